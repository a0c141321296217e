"""What a registrant carries away: iCalendar files (one event, or the feed of public events)
and the QR code that takes the staff at the door to their check-in."""

import datetime

import icalendar
import segno
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import strip_tags

from kota.lib.email import absolute_url, site_host
from kota.lib.markdown import render_markdown

PRODID = "-//UCLG ASPAC//Kota events//EN"


def _vevent(event, *, registration=None):
    item = icalendar.Event()
    item.add("uid", f"event-{event.pk}@{site_host()}")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", event.local_starts_at)
    item.add("dtend", event.local_ends_at)
    item.add("summary", event.display_title)
    item.add("url", absolute_url(event.get_absolute_url()))
    description = strip_tags(str(render_markdown(event.display_description))).strip()
    if registration is not None:
        link = absolute_url(registration.get_absolute_url())
        description = f"{description}\n\n{link}".strip()
        if registration.holds_place and event.online_url:
            description = f"{description}\n{event.online_url}"
    if description:
        item.add("description", description)
    place = ", ".join(part for part in (event.venue, event.city) if part)
    if place:
        item.add("location", place)
    elif registration is not None and registration.holds_place and event.online_url:
        item.add("location", event.online_url)
    if event.status == event.Status.CANCELLED:
        item.add("status", "CANCELLED")
    else:
        item.add("status", "CONFIRMED")
    item.add("last-modified", event.updated_at)
    return item


def calendar_file(events, *, name=None, registration=None):
    """An iCalendar file (bytes) of `events`; with `registration`, the one event as that
    registrant sees it (their page's link, and the online link once they hold a place)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_vevent(event, registration=registration))
    # The zones the events' times are written in, so that any calendar program reads them right.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def check_in_path(token):
    """The path of the staff's check-in page for the registration with `token`."""
    try:
        return reverse("events:check_in_registration", args=[token])
    except NoReverseMatch:
        # The check-in page is built with the attendance pages, at this agreed path.
        return f"/events/check-in/r/{token}/"


def check_in_qr_svg(registration):
    """An inline SVG QR code of the absolute URL of this registration's check-in page."""
    url = absolute_url(check_in_path(registration.token))
    return segno.make(url, error="m").svg_inline(scale=4, title=registration.name)


def ics_filename(event):
    return f"{event.slug[:60]}.ics"


def feed_window(now=None):
    """The public feed lists events that ended at most a year ago, and every later one."""
    return (now or timezone.now()) - datetime.timedelta(days=365)
