"""What events add to mailings' audiences: the participants of an event, by the status of
their registration, so that invitations and follow-ups go through the mailings composer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kota.events.models import Event, Registration
from kota.mailings.audiences import Recipient, audience_source


def _event_choices():
    events = Event.objects.published().order_by("-starts_at", "pk")[:500]
    return [
        (str(pk), f"{title} ({starts:%Y-%m-%d})")
        for pk, title, starts in events.values_list("pk", "title", "starts_at")
    ]


class ParticipantsForm(forms.Form):
    STATUSES = [
        *Registration.Status.choices,
        ("attended", _("Attended")),
    ]

    event = forms.ChoiceField(label=_("Event"), choices=_event_choices)
    status = forms.MultipleChoiceField(
        label=_("Registrations"),
        choices=STATUSES,
        initial=[Registration.Status.CONFIRMED],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for everyone whose registration still stands."),
        required=False,
    )


def participants_of(event_id, statuses=()):
    """The registrations of the event with `event_id` in `statuses` ("attended" for those
    who attended); every standing registration when none is given."""
    registrations = Registration.objects.filter(event_id=event_id)
    statuses = set(statuses or ())
    if not statuses:
        return registrations.active()
    selected = registrations.filter(status__in=statuses - {"attended"})
    if "attended" in statuses:
        selected = selected | registrations.filter(attended=True)
    return selected


@audience_source("event_participants", label=_("Participants of an event"), form=ParticipantsForm)
def participants(criteria):
    event_id = criteria.get("event")
    if not event_id or not str(event_id).isdigit():
        return
    rows = (
        participants_of(int(event_id), criteria.get("status"))
        .order_by("pk")
        .values_list("email", "name", "language", "member_id")
    )
    for email, name, language, member_id in rows.iterator(chunk_size=2000):
        yield Recipient(email, name, language, member_id)
