"""Downloads of a plan's tree and indicator values as CSV or XLSX; each shows what the person
downloading may see on the pages (the work plans' own is kota.workplans.views.export)."""

from django.http import Http404
from django.views.decorators.http import require_GET

from kota.lib.tables import FORMATS, table_response
from kota.results import exports
from kota.results.views.common import get_plan

EXPORTS = {
    "tree": lambda plan, user: exports.plan_tree(plan),
    "indicators": exports.indicator_values,
}


@require_GET
def export(request, plan, what, fmt):
    if what not in EXPORTS or fmt not in FORMATS:
        raise Http404
    plan = get_plan(plan)
    headers, rows = EXPORTS[what](plan, request.user)
    return table_response(headers, rows, f"{plan.slug}-{what}", fmt)
