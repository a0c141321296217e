from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from kota.core.access import is_secretariat, require, staff_required
from kota.core.models import ImportJob
from kota.lib.uploads import CsvUploadForm
from kota.lib.web import import_job_page, is_htmx
from kota.members.forms import (
    DirectoryFilterForm,
    FocalPointFormSet,
    MemberProfileForm,
    StaffMemberForm,
)
from kota.members.importing import COLUMNS, REQUIRED_COLUMNS
from kota.members.models import FocalPoint, Member
from kota.members.sections import render_profile_sections
from kota.members.tasks import KIND, enqueue_member_import


def _get_member_for_editor(request, slug):
    member = get_object_or_404(Member, slug=slug)
    require(member.can_be_edited_by(request.user))
    return member


def _filtered_members(request):
    form = DirectoryFilterForm(request.GET or None)
    return form, form.filter(Member.objects.for_directory())


@require_GET
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    members = form.results(Member.objects.for_directory())
    page = Paginator(members, settings.DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    if is_htmx(request):
        return render(request, "members/_results.html", context)
    return render(request, "members/directory.html", context)


@require_GET
def directory_map(request):
    """The directory's members as map points, with the directory's filters."""
    _form, members = _filtered_members(request)
    rows = (
        members.exclude(latitude=None)
        .exclude(longitude=None)
        .values_list("name", "longitude", "latitude", "slug")
    )
    points = [[name, float(lon), float(lat), slug] for name, lon, lat, slug in rows]
    return JsonResponse({"points": points})


@require_GET
def profile(request, slug):
    member = get_object_or_404(Member.objects.select_related("country"), slug=slug)
    audience = member.audience_of(request.user)
    contacts = [fp.as_seen_by(audience) for fp in member.focal_points.visible_to(audience)]
    can_edit = member.can_be_edited_by(request.user)
    context = {
        "member": member,
        "contacts": contacts,
        "can_edit": can_edit,
        "sections": render_profile_sections(request, member, can_edit=can_edit),
    }
    return render(request, "members/profile.html", context)


@login_required
def edit(request, slug):
    member = _get_member_for_editor(request, slug)
    form_class = StaffMemberForm if is_secretariat(request.user) else MemberProfileForm
    form = form_class(request.POST or None, instance=member)
    contacts = FocalPointFormSet(request.POST or None, instance=member, prefix="contacts")
    if request.method == "POST" and form.is_valid() and contacts.is_valid():
        with transaction.atomic():
            form.save()
            contacts.save()
        messages.success(request, _("Saved the profile of %(member)s.") % {"member": member})
        return redirect(member)
    return render(
        request,
        "members/edit.html",
        {
            "member": member,
            "form": form,
            "contacts": contacts,
        },
    )


def _with_changes(records):
    """(record, [changes against the same object's previous record]) for each record, newest
    first. The previous record is read from the list itself; only an object whose older
    records fall past the list's end costs a query (at most one per object)."""
    rows, last_seen = [], {}
    for record in reversed(list(records)):
        previous = last_seen.get(record.id)
        if previous is None and record.history_type != "+":
            previous = record.prev_record
        changes = record.diff_against(previous).changes if previous else []
        rows.append((record, changes))
        last_seen[record.id] = record
    return rows[::-1]


@staff_required
def history(request, slug):
    member = get_object_or_404(Member, slug=slug)
    records = member.history.select_related("history_user")[:200]
    contact_records = FocalPoint.history.filter(member_id=member.pk).select_related("history_user")[
        :200
    ]
    return render(
        request,
        "members/history.html",
        {
            "member": member,
            "records": _with_changes(records),
            "contact_records": _with_changes(contact_records),
        },
    )


@staff_required
def import_upload(request):
    form = CsvUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with transaction.atomic():
            job = ImportJob.objects.create(
                kind=KIND,
                created_by=request.user,
                filename=upload.name[:255],
                content=upload.read(),
            )
            enqueue_member_import(job)
        return redirect("members:import_job", job.pk)
    return render(
        request,
        "members/import.html",
        {
            "form": form,
            "jobs": ImportJob.objects.recent(KIND),
            "columns": COLUMNS,
            "required": REQUIRED_COLUMNS,
        },
    )


@staff_required
def import_job(request, pk):
    job = get_object_or_404(ImportJob.objects.of_kind(KIND).defer("content"), pk=pk)

    def done(summary):
        return (
            ngettext(
                "Imported %(rows)s row: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged.",
                "Imported %(rows)s rows: %(created)s created, %(updated)s updated, "
                "%(unchanged)s unchanged.",
                summary["rows"],
            )
            % summary
        )

    return import_job_page(
        request, job, title=_("Import members"), done=done, back=reverse("members:import")
    )
