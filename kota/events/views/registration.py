"""A registrant's own page (reached by the link in their emails), a focal point's delegation,
and the staff's management of an event: create, edit, publish, cancel, approve."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.core.access import focal_point_member_ids, is_secretariat, staff_required
from kota.events.calendars import calendar_file, check_in_qr_svg, ics_filename
from kota.events.forms.registration import (
    DelegationFormSet,
    DelegationMemberForm,
    EventForm,
    QuestionFormSet,
    SessionFormSet,
)
from kota.events.models import Event, Registration
from kota.events.tasks import notice_for_status, notify, notify_cancelled_event
from kota.events.views.calendar import get_event_for_user
from kota.members.models import Member


def _get_registration(token):
    registrations = Registration.objects.select_related("event", "member", "country")
    return get_object_or_404(registrations, token=token)


# The registrant ------------------------------------------------------------------------------


@never_cache
@require_GET
def registration(request, token):
    """The registrant's own page: the token in its link is the permission."""
    registration = _get_registration(token)
    event = registration.event
    confirmed = registration.holds_place and event.status == Event.Status.PUBLISHED
    context = {
        "registration": registration,
        "event": event,
        "position": registration.waitlist_position(),
        "online_url": event.online_url if confirmed else "",
        "qr_code": check_in_qr_svg(registration) if confirmed else "",
        "can_cancel": registration.is_active and not event.is_over(),
    }
    return render(request, "events/registration.html", context)


@require_POST
def cancel_registration(request, token):
    registration = _get_registration(token)
    if registration.is_active and not registration.event.is_over():
        _cancel(registration)
        messages.success(request, _("Your registration is cancelled."))
    return redirect(registration)


def _cancel(registration):
    """Cancel, and tell those the freed place went to."""
    with transaction.atomic():
        for promoted in registration.cancel():
            notify(promoted, "promoted")


@never_cache
@require_GET
def registration_ics(request, token):
    registration = _get_registration(token)
    response = HttpResponse(
        calendar_file([registration.event], registration=registration),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{ics_filename(registration.event)}"'
    return response


# A focal point's delegation --------------------------------------------------------------------


def _delegating_members(user):
    """The members `user` may register officials for: their own; any active one for staff."""
    if is_secretariat(user):
        return Member.objects.filter(status=Member.Status.ACTIVE).order_by("name")
    return Member.objects.filter(pk__in=focal_point_member_ids(user)).order_by("name")


@login_required
@require_http_methods(["GET", "POST"])
def delegation(request, slug):
    event = get_event_for_user(request, slug)
    members = _delegating_members(request.user)
    member_ids = list(members.values_list("pk", flat=True))
    if not member_ids:
        raise PermissionDenied
    is_open = event.is_registration_open()
    data = request.POST if request.method == "POST" and is_open else None
    member_form = DelegationMemberForm(data, members=members, member_ids=member_ids)
    formset = DelegationFormSet(data, prefix="d")
    if data is not None and member_form.is_valid() and formset.is_valid():
        registered = _register_delegation(
            event, member_form.cleaned_data["member"], formset, by=request.user
        )
        if registered is not None:
            messages.success(
                request,
                ngettext(
                    "%(n)s official registered.", "%(n)s officials registered.", len(registered)
                )
                % {"n": len(registered)},
            )
            return redirect("events:delegation", event.slug)
    # Only the delegates of the user's own members, never another member's.
    delegates = (
        event.registrations.filter(member__in=member_ids)
        .select_related("member")
        .order_by("member__name", "name", "pk")
    )
    context = {
        "event": event,
        "is_open": is_open,
        "member_form": member_form,
        "formset": formset,
        "delegates": delegates,
    }
    return render(request, "events/delegation.html", context)


def _register_delegation(event, member, formset, *, by):
    """Register every filled row, all or none; a refused row gets its error beside it."""
    registered = []
    try:
        with transaction.atomic():
            for form in formset.forms:
                if not form.cleaned_data:
                    continue
                try:
                    registered.append(
                        event.register(
                            registered_by=by,
                            member=member,
                            country_id=member.country_id,
                            organisation=member.name,
                            **form.cleaned_data,
                        )
                    )
                except ValidationError as error:
                    for message in error.messages:
                        form.add_error(None, message)
            if any(form.errors for form in formset.forms):
                raise _RowRefused
            for person in registered:
                notify(person, notice_for_status(person))
    except _RowRefused:
        return None
    return registered


class _RowRefused(Exception):
    """A row of the delegation was refused: nothing of it is registered."""


@login_required
@require_POST
def cancel_delegate(request, slug, token):
    """A focal point cancels one of their own member's delegates (staff: anyone's)."""
    registration = _get_registration(token)
    allowed = registration.event.slug == slug and (
        is_secretariat(request.user)
        or registration.member_id in focal_point_member_ids(request.user)
    )
    if not allowed:
        raise Http404
    if registration.is_active:
        _cancel(registration)
        messages.success(
            request, _("The registration of %(name)s is cancelled.") % {"name": registration.name}
        )
    return redirect("events:delegation", slug)


# Staff -------------------------------------------------------------------------------------------


@staff_required
@require_http_methods(["GET", "POST"])
def event_edit(request, slug=None):
    event = get_object_or_404(Event, slug=slug) if slug else Event()
    data = request.POST if request.method == "POST" else None
    form = EventForm(data, instance=event)
    zone_name = form.zone_name() if data else event.time_zone
    sessions = SessionFormSet(
        data, instance=event, prefix="s", form_kwargs={"zone_name": zone_name}
    )
    questions = QuestionFormSet(data, instance=event, prefix="q")
    if data is not None and form.is_valid() and sessions.is_valid() and questions.is_valid():
        with transaction.atomic():
            event = form.save()
            sessions.instance = questions.instance = event
            sessions.save()
            questions.save()
        messages.success(request, _("The event is saved."))
        return redirect(event)
    context = {"event": event, "form": form, "sessions": sessions, "questions": questions}
    return render(request, "events/event_form.html", context)


@staff_required
@require_POST
def publish(request, slug):
    event = get_object_or_404(Event, slug=slug)
    try:
        event.publish()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The event is published."))
    return redirect(event)


@staff_required
@require_POST
def cancel_event(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if event.status != Event.Status.CANCELLED:
        with transaction.atomic():
            event.cancel()
            notify_cancelled_event(event)
        messages.success(request, _("The event is cancelled; its registrants are told."))
    return redirect(event)


@staff_required
@require_GET
def pending(request, slug):
    event = get_object_or_404(Event, slug=slug)
    registrations = (
        event.registrations.filter(status=Registration.Status.PENDING)
        .select_related("member", "country")
        .order_by("created_at", "pk")
    )
    return render(
        request,
        "events/pending.html",
        {"event": event, "registrations": registrations, "places_left": event.places_left()},
    )


def _decide(request, token, decide):
    registration = _get_registration(token)
    try:
        with transaction.atomic():
            decide(registration)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("events:pending", registration.event.slug)


@staff_required
@require_POST
def approve(request, token):
    def decide(registration):
        registration.approve()
        registration.refresh_from_db(fields=["status"])
        if registration.holds_place:
            notify(registration, "approved")
            messages.success(request, _("%(name)s is confirmed.") % {"name": registration.name})
        else:
            notify(registration, "waitlisted")
            messages.success(
                request,
                _("%(name)s is approved; the event is full, so they wait for a place.")
                % {"name": registration.name},
            )

    return _decide(request, token, decide)


@staff_required
@require_POST
def decline(request, token):
    def decide(registration):
        registration.decline()
        notify(registration, "declined")
        messages.success(request, _("%(name)s is declined.") % {"name": registration.name})

    return _decide(request, token, decide)


urlpatterns = [
    path("new/", event_edit, name="new"),
    path("r/<str:token>/", registration, name="registration"),
    path("r/<str:token>/cancel/", cancel_registration, name="cancel_registration"),
    path("r/<str:token>/event.ics", registration_ics, name="registration_ics"),
    path("r/<str:token>/approve/", approve, name="approve"),
    path("r/<str:token>/decline/", decline, name="decline"),
    path("<slug:slug>/edit/", event_edit, name="edit"),
    path("<slug:slug>/publish/", publish, name="publish"),
    path("<slug:slug>/cancel/", cancel_event, name="cancel"),
    path("<slug:slug>/pending/", pending, name="pending"),
    path("<slug:slug>/delegation/", delegation, name="delegation"),
    path("<slug:slug>/delegation/<str:token>/cancel/", cancel_delegate, name="cancel_delegate"),
]
