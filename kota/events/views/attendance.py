"""Attendance: check-in at the door (by name or by the QR code of a confirmation), the import
of a webinar platform's report, the participant list with its exports, and statistics of who
attended by sex, age group, role and country."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from kota.core.access import (
    is_focal_point_of,
    is_secretariat,
    require,
    staff_or_board_required,
    staff_required,
)
from kota.core.models import Country, ImportJob
from kota.events.exports import PARTICIPANT_COLUMNS, participant_rows
from kota.events.forms.attendance import (
    AttendanceImportForm,
    CheckInForm,
    CheckInSearchForm,
    ParticipantFilterForm,
    PeriodForm,
    SessionForm,
)
from kota.events.importing import ATTENDANCE, COLUMNS, HEADINGS, queue_attendance_import
from kota.events.models import AgeGroup, Event, Registration, Role, Sex
from kota.lib.tables import FORMATS, table_response
from kota.lib.web import attempt, form_errors_as_messages, import_job_page

SEARCH_LIMIT = 20
RECENT_CHECK_INS = 20
PER_PAGE = 50


def _event_for_organiser(request, slug):
    """The event if `request.user` may see its participants' personal data: the secretariat,
    and the focal points of the member that organises it (refused, 403, for anyone else)."""
    event = get_object_or_404(
        Event.objects.visible_to(request.user).select_related("organiser_member"), slug=slug
    )
    require(
        is_secretariat(request.user)
        or (
            event.organiser_member_id and is_focal_point_of(request.user, event.organiser_member_id)
        )
    )
    return event


# Check-in -------------------------------------------------------------------------------------


def _check_in(request, registration, form, back):
    """Check `registration` in at the session `form` names (the one under way by default)."""
    if form.is_valid():
        attempt(
            request,
            lambda: registration.check_in(form.cleaned_data["session"]),
            _("%(name)s is checked in.") % {"name": registration.name},
        )
    return redirect(back)


@staff_required
def check_in(request, slug):
    """Find a participant by name or email (live with htmx, a plain GET without it) and check
    them in with one button."""
    event = get_object_or_404(Event, slug=slug)
    if request.method == "POST":
        form = CheckInForm(request.POST, event=event)
        if not form.is_valid():
            form_errors_as_messages(request, form)
            return redirect("events:check_in", slug)
        return _check_in(
            request,
            form.cleaned_data["registration"],
            form,
            reverse("events:check_in", args=[slug]),
        )
    search = CheckInSearchForm(request.GET)
    found = []
    if search.is_valid() and search.cleaned_data["q"]:
        q = search.cleaned_data["q"]
        found = list(
            event.registrations.active()
            .filter(Q(name__icontains=q) | Q(email__icontains=q))
            .select_related("member")
            .order_by("name", "pk")[:SEARCH_LIMIT]
        )
    context = {
        "event": event,
        "search": search,
        "found": found,
        "session_form": SessionForm(event=event),
    }
    if request.headers.get("HX-Request"):
        return render(request, "events/attendance/_check_in_results.html", context)
    confirmed = event.registrations.holding_places()
    context.update(
        checked_in=confirmed.filter(checked_in_at__isnull=False)
        .select_related("member")
        .order_by("-checked_in_at", "-pk")[:RECENT_CHECK_INS],
        counts=confirmed.aggregate(
            confirmed=Count("pk"), checked_in=Count("pk", filter=Q(checked_in_at__isnull=False))
        ),
    )
    return render(request, "events/attendance/check_in.html", context)


@staff_required
def check_in_registration(request, token):
    """The page a participant's QR code opens: their name, status and one button (a visitor
    is sent to log in first, anyone but staff refused)."""
    registration = get_object_or_404(
        Registration.objects.select_related("event", "member", "country"), token=token
    )
    event = registration.event
    if request.method == "POST":
        form = SessionForm(request.POST, event=event)
        return _check_in(request, registration, form, request.path)
    return render(
        request,
        "events/attendance/check_in_registration.html",
        {
            "event": event,
            "registration": registration,
            "session_form": SessionForm(event=event),
            "sessions": registration.attendances.select_related("session"),
        },
    )


# Import ---------------------------------------------------------------------------------------


@staff_required
def import_attendance(request, slug):
    event = get_object_or_404(Event, slug=slug)
    form = AttendanceImportForm(request.POST or None, request.FILES or None, event=event)
    if request.method == "POST" and form.is_valid():
        job = queue_attendance_import(
            form.cleaned_data["file"], session=form.cleaned_data["session"], by=request.user
        )
        return redirect("events:import_attendance_job", slug, job.pk)
    jobs = [
        (job, reverse("events:import_attendance_job", args=[slug, job.pk]))
        for job in ImportJob.objects.recent(ATTENDANCE, event=event.pk)
    ]
    headings = [(column, HEADINGS[column]) for column in COLUMNS]
    return render(
        request,
        "events/attendance/import.html",
        {"event": event, "form": form, "jobs": jobs, "headings": headings},
    )


@staff_required
def import_attendance_job(request, slug, pk):
    event = get_object_or_404(Event, slug=slug)
    jobs = ImportJob.objects.of_kind(ATTENDANCE).filter(params__event=event.pk)
    job = get_object_or_404(jobs.defer("content"), pk=pk)

    def done(summary):
        return (
            ngettext(
                "%(recorded)s participant recorded as present at “%(session)s”; "
                "%(skipped)s were already recorded.",
                "%(recorded)s participants recorded as present at “%(session)s”; "
                "%(skipped)s were already recorded.",
                summary["recorded"],
            )
            % summary
        )

    return import_job_page(
        request,
        job,
        title=_("Import attendance: %(event)s") % {"event": event.display_title},
        done=done,
        back=reverse("events:import_attendance", args=[slug]),
    )


# Participants ---------------------------------------------------------------------------------


@require_GET
@login_required
def participants(request, slug):
    event = _event_for_organiser(request, slug)
    form = ParticipantFilterForm(request.GET)
    rows = form.filter(
        event.registrations.for_list().annotate(sessions_attended=Count("attendances"))
    )
    page = Paginator(rows.order_by("name", "pk"), PER_PAGE).get_page(request.GET.get("page"))
    confirmed = event.registrations.holding_places().count()
    sessions = list(event.sessions.with_attendance())
    for session in sessions:
        session.rate = round(100 * session.present / confirmed) if confirmed else None
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "events/attendance/participants.html",
        {
            "event": event,
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "sessions": sessions,
            "confirmed": confirmed,
            "formats": FORMATS,
        },
    )


@require_GET
@login_required
def export_participants(request, slug, fmt):
    if fmt not in FORMATS:
        raise Http404
    event = _event_for_organiser(request, slug)
    form = ParticipantFilterForm(request.GET)
    registrations = form.filter(event.registrations.all())
    return table_response(
        PARTICIPANT_COLUMNS, participant_rows(registrations), f"participants-{event.slug}", fmt
    )


# Statistics -----------------------------------------------------------------------------------


def _breakdowns(attended):
    """Who attended, by sex, age group, role and country: a list of dicts with the key, the
    title, the rows (label, count) and the total, in the reader's language."""
    sections = []
    for key, title, choices in (
        ("sex", _("By sex"), Sex),
        ("age_group", _("By age group"), AgeGroup),
        ("role", _("By role"), Role),
    ):
        counts = {value: n for (value,), n in attended.breakdown(key).items()}
        rows = [(label, counts.get(value, 0)) for value, label in choices.choices]
        sections.append({"key": key, "title": title, "rows": rows})
    by_country = {code: n for (code,), n in attended.breakdown("country").items()}
    names = {c.code: c.display_name for c in Country.objects.filter(code__in=by_country)}
    countries = sorted(by_country.items(), key=lambda item: (-item[1], names.get(item[0], "")))
    sections.append(
        {
            "key": "country",
            "title": _("By country"),
            "rows": [(names.get(code, code), n) for code, n in countries],
        }
    )
    for section in sections:
        section["total"] = sum(n for _label, n in section["rows"])
        section["chart"] = {
            "labels": [str(label) for label, _n in section["rows"]],
            "values": [n for _label, n in section["rows"]],
        }
    return sections


@require_GET
@login_required
def event_statistics(request, slug):
    event = _event_for_organiser(request, slug)
    attended = event.registrations.attended()
    return render(
        request,
        "events/attendance/statistics.html",
        {
            "event": event,
            "sections": _breakdowns(attended),
            "total": attended.count(),
            "registered": event.registrations.holding_places().count(),
        },
    )


@require_GET
@staff_or_board_required
def statistics(request):
    form = PeriodForm(request.GET)
    start, end = form.period()
    events = Event.objects.held_between(start, end)
    attended = Registration.objects.attended().filter(event__in=events)
    return render(
        request,
        "events/attendance/statistics.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "sections": _breakdowns(attended),
            "total": attended.count(),
            "events": events.count(),
        },
    )


urlpatterns = [
    path("statistics/", statistics, name="statistics"),
    path("check-in/r/<str:token>/", check_in_registration, name="check_in_registration"),
    path("<slug:slug>/check-in/", check_in, name="check_in"),
    path("<slug:slug>/attendance/import/", import_attendance, name="import_attendance"),
    path(
        "<slug:slug>/attendance/import/<int:pk>/",
        import_attendance_job,
        name="import_attendance_job",
    ),
    path("<slug:slug>/participants/", participants, name="participants"),
    path("<slug:slug>/participants.<str:fmt>", export_participants, name="export_participants"),
    path("<slug:slug>/statistics/", event_statistics, name="event_statistics"),
]
