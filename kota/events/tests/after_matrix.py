"""What kota/core/tests/test_permissions.py opens of the after-event and scholarship pages."""

import datetime

from kota.events.factories import (
    ApplicationFactory,
    CriterionFactory,
    EventFactory,
    RegistrationFactory,
    ScholarshipCallFactory,
    in_days,
)
from kota.events.models import Panelist


def after_matrix_objects(personas):
    """By placeholder: an ended event with a participant who attended (their token opens the
    evaluation form and the certificate), and an open scholarship call that the board member
    scores, with an application from Makassar."""
    starts = in_days(-3)
    event = EventFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=4))
    attendee = RegistrationFactory(event=event, member=personas.surabaya_city)
    attendee.record_attendance(event.sessions_or_default()[0], source="staff")
    call = ScholarshipCallFactory()
    CriterionFactory(call=call)
    Panelist.objects.create(call=call, user=personas.board)
    application = ApplicationFactory(call=call, member=personas.makassar_city)
    return {
        "after_event": event.slug,
        "after_token": attendee.token,
        "scholarship_call": call.slug,
        "scholarship_application": application.pk,
    }
