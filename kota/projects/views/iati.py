"""The IATI files at /iati/activities.xml and /iati/organisation.xml, validated before they
are served, and the staff page that says which project is left out and why."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kota.core.access import staff_required
from kota.projects.iati.activities import NothingToPublish, activities_file
from kota.projects.iati.organisation import NoIdentifier, organisation_file
from kota.projects.models import Publisher


def _xml(content):
    # Kept by the page cache (kota/site/pagecache.py) until the next write: a second visitor
    # is served the file without building and validating it again.
    return HttpResponse(content, content_type="application/xml; charset=utf-8")


def _unavailable(message):
    return HttpResponse(message, status=404, content_type="text/plain; charset=utf-8")


@require_GET
def activities_xml(request):
    try:
        return _xml(activities_file().content)
    except NothingToPublish:
        return _unavailable(_("No public project can be published yet."))


@require_GET
def organisation_xml(request):
    try:
        return _xml(organisation_file())
    except NoIdentifier as refusal:
        return _unavailable(str(refusal))


@require_GET
@staff_required
def iati_status(request):
    """What the activities file holds and which projects it leaves out, in plain words."""
    left_out, included, refusal = [], 0, None
    try:
        published = activities_file()
        left_out, included = published.left_out, published.included
    except NothingToPublish as nothing:
        left_out = nothing.args[0]
    try:
        organisation_file()
    except NoIdentifier as error:
        refusal = str(error)
    context = {
        "left_out": left_out,
        "included": included,
        "organisation_refusal": refusal,
        "publisher": Publisher.current(),
    }
    return render(request, "projects/iati.html", context)


urlpatterns = [path("iati/", iati_status, name="iati")]
# Mounted at the site's root by kota/urls.py.
public_files = [
    path("iati/activities.xml", activities_xml, name="iati_activities"),
    path("iati/organisation.xml", organisation_xml, name="iati_organisation"),
]
