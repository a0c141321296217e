"""The calendar of events, its iCalendar feed, and an event's public page with the
registration form."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.events.calendars import calendar_file, feed_window
from kota.events.forms.registration import CalendarFilterForm, RegistrationForm
from kota.events.models import Event, Registration, Session
from kota.events.tasks import notice_for_status, notify
from kota.lib.markdown import render_markdown

PAGE_SIZE = 20


@require_GET
def calendar(request):
    form = CalendarFilterForm(request.GET)
    when = form.period()
    events = Event.objects.visible_to(request.user).matching(**form.filters()).for_calendar()
    events = events.upcoming() if when == "upcoming" else events.past()
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    tabs = request.GET.copy()
    tabs.pop("page", None)
    tabs.pop("when", None)
    context = {
        "form": form,
        "page": page,
        "when": when,
        "query": query.urlencode(),
        "tabs": tabs.urlencode(),
    }
    if request.headers.get("HX-Request"):
        return render(request, "events/_calendar_results.html", context)
    return render(request, "events/calendar.html", context)


@require_GET
def feed(request):
    """The public events of the past year and the future, for calendar programs."""
    events = Event.objects.public().filter(ends_at__gte=feed_window()).order_by("starts_at", "pk")
    body = calendar_file(events, name=_("%(name)s events") % {"name": settings.KOTA_NAME})
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def get_event_for_user(request, slug, queryset=None):
    """The event if `request.user` may see it; 404 otherwise (drafts and unlisted events
    stay unknown to those who may not see them)."""
    events = Event.objects.visible_to(request.user) if queryset is None else queryset
    return get_object_or_404(events.filter(slug=slug))


def _event_page_queryset(user):
    return (
        Event.objects.visible_to(user)
        .select_related(
            "country", "organiser_member", "organiser_body", "organiser_unit", "recording"
        )
        .prefetch_related(
            "co_hosts",
            "core_areas",
            "sdgs",
            "activities",
            "questions",
            Prefetch("sessions", Session.objects.order_by("starts_at", "pk")),
        )
    )


@require_http_methods(["GET", "POST"])
def event(request, slug):
    event = get_event_for_user(request, slug, _event_page_queryset(request.user))
    is_open = event.is_registration_open()
    form = None
    if is_open:
        form = RegistrationForm(request.POST or None, event=event)
        if request.method == "POST" and form.is_valid():
            try:
                registration = event.register(**form.person())
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                notify(registration, notice_for_status(registration))
                messages.success(request, _status_message(registration))
                return redirect(registration)
    elif request.method == "POST":
        messages.error(request, _("Registration for this event is closed."))
        return redirect(event)
    places_left = event.places_left()
    context = {
        "event": event,
        "description": render_markdown(event.display_description),
        "form": form,
        "is_open": is_open,
        "places_left": places_left,
        "waitlist": places_left == 0 and event.has_waitlist,
        "sessions": event.sessions.all(),
        "can_manage": is_secretariat(request.user),
        "can_send_delegation": is_open and bool(focal_point_member_ids(request.user)),
    }
    return render(request, "events/event.html", context)


def _status_message(registration):
    if registration.status == Registration.Status.CONFIRMED:
        return _("You are registered. We have emailed you a confirmation.")
    if registration.status == Registration.Status.WAITLISTED:
        return _("The event is full: you are number %(n)s on the waitlist.") % {
            "n": registration.waitlist_position()
        }
    return _("Thank you. The organisers will confirm your registration.")


urlpatterns = [
    path("", calendar, name="calendar"),
    path("calendar.ics", feed, name="feed"),
]

# The event's page answers any other single segment (its slug): kota/events/urls.py lists it
# after every part's own routes.
catch_all = [
    path("<slug:slug>/", event, name="event"),
]
