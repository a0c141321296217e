"""Certificates of attendance: a PDF per participant who attended an event that has ended, in
the participant's language, with a link and a QR code to the public page that verifies it."""

import datetime

import segno
from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import translation

from kota.events.models import Attendance, Registration
from kota.lib.email import absolute_url


def certified_registration(token):
    """The registration behind a certificate's token, with its event and the sessions it
    attended; 404 unless it is a participant who attended an event that has ended."""
    registration = get_object_or_404(
        Registration.objects.select_related("event").prefetch_related(
            Prefetch(
                "attendances",
                queryset=Attendance.objects.select_related("session").order_by(
                    "session__starts_at", "session__pk"
                ),
            )
        ),
        token=token,
    )
    if not registration.has_certificate:
        raise Http404
    return registration


def attended_sessions(registration):
    """The sessions `registration` attended, in order, and the hours they lasted (for a
    platform's report, the minutes it recorded when fewer than the session's length)."""
    sessions, total = [], datetime.timedelta()
    for attendance in registration.attendances.all():
        session = attendance.session
        length = session.ends_at - session.starts_at
        if attendance.minutes is not None:
            length = min(length, datetime.timedelta(minutes=attendance.minutes))
        sessions.append(session)
        total += length
    return sessions, round(total.total_seconds() / 3600, 1)


def qr_code_svg(url):
    """An inline SVG QR code for `url`."""
    return segno.make(url, error="m").svg_inline(scale=3, border=1)


def certificate_pdf(registration):
    """The certificate of `registration` (see certified_registration) as PDF bytes, in the
    participant's language."""
    from weasyprint import HTML  # imported here: it loads Pango, which only PDFs need

    event = registration.event
    sessions, hours = attended_sessions(registration)
    verify = absolute_url(registration.verification_url())
    with translation.override(registration.language):
        html = render_to_string(
            "events/after/certificate_pdf.html",
            {
                "registration": registration,
                "event": event,
                "title": event.display_title,
                "sessions": sessions,
                "session_count": event.sessions.count() or 1,
                "hours": hours,
                "verify_url": verify,
                "qr_code": qr_code_svg(verify),
                "language": registration.language,
                "KOTA_NAME": settings.KOTA_NAME,
            },
        )
    return HTML(string=html).write_pdf()
