"""The IATI organisation file: the network's total budget and total expenditure per year and
currency, from the work plans (the newest revision of each year that the Executive Bureau
approved or the Council endorsed) and the spending recorded against them."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from kota.projects.iati import schemas
from kota.projects.iati.activities import XML_LANG, amount, iati_language, named
from kota.projects.models import Publisher
from kota.workplans.models import WorkPlan, WorkPlanItem


class NoIdentifier(Exception):
    """The publisher has no IATI organisation identifier: no organisation file exists."""


def budget_and_spending_by_year():
    """[{"year", "currency", "budget", "spent"}] of the approved and endorsed work plans
    (newest revision of each year), in one grouped query."""
    work_plans = WorkPlan.objects.latest_revisions().filter(
        status__in=[WorkPlan.Status.APPROVED, WorkPlan.Status.ENDORSED]
    )
    rows = WorkPlanItem.objects.filter(work_plan__in=work_plans).budget_by("work_plan__year")
    return [{**row, "year": row.pop("work_plan__year")} for row in rows]


def organisation_file(now=None):
    now = now or timezone.now()
    publisher = Publisher.current()
    if not publisher.ref.strip():
        raise NoIdentifier(
            _(
                "%(name)s has no IATI organisation identifier; add it as the IATI publisher in "
                "the administration."
            )
            % {"name": publisher.display_name}
        )
    root = etree.Element(
        "iati-organisations",
        {"version": "2.03", "generated-datetime": now.isoformat(timespec="seconds")},
    )
    organisation = etree.SubElement(
        root,
        "iati-organisation",
        {"last-updated-datetime": now.isoformat(timespec="seconds"), "default-currency": "USD"},
    )
    organisation.set(XML_LANG, iati_language(settings.LANGUAGE_CODE))
    etree.SubElement(organisation, "organisation-identifier").text = publisher.ref
    named(organisation, "name", publisher.display_name)
    named(
        organisation,
        "reporting-org",
        publisher.display_name,
        ref=publisher.ref,
        type=publisher.organisation_type,
    )
    rows = budget_and_spending_by_year()
    for key, status in (("budget", "2"), ("spent", None)):
        for row in rows:
            if key == "spent" and not row["spent"]:
                continue
            tag = "total-budget" if key == "budget" else "total-expenditure"
            element = etree.SubElement(organisation, tag, {"status": status} if status else {})
            start = datetime.date(row["year"], 1, 1)
            etree.SubElement(element, "period-start", {"iso-date": start.isoformat()})
            etree.SubElement(
                element, "period-end", {"iso-date": datetime.date(row["year"], 12, 31).isoformat()}
            )
            value = etree.SubElement(
                element, "value", {"currency": row["currency"], "value-date": start.isoformat()}
            )
            value.text = amount(row[key], row["currency"])
    schemas.require_valid(root, "organisations")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
