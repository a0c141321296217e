"""Forms of attendance: finding and checking in participants, importing a platform's report,
filtering the participant list and choosing the period of the statistics."""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from kota.events.models import Registration
from kota.events.models.events import session_under_way
from kota.lib.uploads import CsvUploadForm


def session_label(session, event):
    """A session's title and its start in the event's zone."""
    start = timezone.localtime(session.starts_at, event.zone)
    return f"{session.display_title} · {date_format(start, 'DATETIME_FORMAT')}"


class SessionForm(forms.Form):
    """The session of `event` someone is checked in at or a report is of; the one under way
    by default. The sessions are read once, however often the form is rendered."""

    session = forms.TypedChoiceField(label=_("Session"), coerce=int, required=False)

    def __init__(self, *args, event, sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.sessions = {s.pk: s for s in (event.sessions.all() if sessions is None else sessions)}
        field = self.fields["session"]
        field.choices = [(pk, session_label(s, event)) for pk, s in self.sessions.items()]
        current = session_under_way(self.sessions.values())
        if current is not None:
            field.initial = current.pk
        if len(self.sessions) < 2:
            field.widget = forms.HiddenInput()

    def clean_session(self):
        """The Session chosen, or None (the one under way)."""
        pk = self.cleaned_data["session"]
        return self.sessions.get(pk) if pk not in (None, "") else None


class CheckInForm(SessionForm):
    """Check in one participant (their registration's id) from the event's check-in page."""

    registration = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, event=event, **kwargs)
        self.fields["registration"].queryset = event.registrations.all()


class CheckInSearchForm(forms.Form):
    q = forms.CharField(label=_("Name or email"), required=False, max_length=100)


class AttendanceImportForm(CsvUploadForm, SessionForm):
    """A platform's attendance report and the session it is the report of (an event without
    sessions is given one, its whole length)."""

    field_order = ["session", "file"]

    def __init__(self, *args, event, **kwargs):
        super().__init__(
            *args,
            event=event,
            sessions=event.sessions_or_default(),
            label=_("Attendance report (CSV)"),
            **kwargs,
        )
        self.fields["session"].required = True
        self.fields["session"].widget = forms.Select(choices=self.fields["session"].choices)


class ParticipantFilterForm(forms.Form):
    ATTENDED = [("", _("Attended or not")), ("yes", _("Attended")), ("no", _("Did not attend"))]

    q = forms.CharField(label=_("Name, email or organisation"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All statuses")), *Registration.Status.choices],
        required=False,
    )
    attended = forms.ChoiceField(label=_("Attendance"), choices=ATTENDED, required=False)

    def filter(self, registrations):
        """`registrations` narrowed to what the form asks (all of them if it is invalid)."""
        if not self.is_valid():
            return registrations
        data = self.cleaned_data
        if data["q"]:
            q = data["q"]
            registrations = registrations.filter(
                Q(name__icontains=q) | Q(email__icontains=q) | Q(organisation__icontains=q)
            )
        if data["status"]:
            registrations = registrations.filter(status=data["status"])
        if data["attended"]:
            registrations = registrations.filter(attended=data["attended"] == "yes")
        return registrations


class PeriodForm(forms.Form):
    """The events counted by the statistics: those that ended between two days."""

    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def period(self):
        """(start, end): the days asked for, by default this year up to today."""
        today = timezone.localdate()
        start, end = datetime.date(today.year, 1, 1), today
        if self.is_valid():
            start = self.cleaned_data["start"] or start
            end = self.cleaned_data["end"] or end
        return (start, end) if start <= end else (end, start)
