"""Who a mailing can go to: sources of recipients, and criteria over members.

`mailings` may not import the apps above it, so each of them says whom it can write to in its
own `audiences.py`, found at start-up by `MailingsConfig.ready()`:

    @audience_source("event_participants", label=_("Participants of an event"), form=EventForm)
    def participants(criteria):
        for person in Participant.objects.filter(event=criteria["event"]):
            yield Recipient(person.email, person.name, person.language)

and apps that know something about members add criteria to "Focal points of members":

    @member_criterion("tier", label=_("Dues tier"), choices=tier_choices)
    def in_tier(members, values):
        return members.filter(dues__tier__in=values)

A saved `Audience` stores a source's key and the cleaned values of its form (strings and lists
of strings), so that it is evaluated afresh every time it is counted or sent.
"""

from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country, SubRegion
from kota.mailings.models import Contact, Topic
from kota.mailings.models.contacts import normalise_email
from kota.members.models import FocalPoint, Member


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str = ""
    language: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class Source:
    key: str
    label: Any
    form: type
    select: Any

    def recipients(self, criteria):
        return self.select(criteria or {})


@dataclass(frozen=True)
class MemberCriterion:
    key: str
    label: Any
    choices: Any
    apply: Any


_sources: dict[str, Source] = {}
_member_criteria: dict[str, MemberCriterion] = {}


class UnknownSource(LookupError):
    pass


def audience_source(key, *, label, form):
    """Decorator: `function(criteria)` yields the Recipients that `form`'s values select."""

    def decorator(function):
        _sources[key] = Source(key, label, form, function)
        return function

    return decorator


def member_criterion(key, *, label, choices):
    """Decorator: `function(members, values)` narrows a Member queryset to those matching the
    chosen `values` (strings from `choices`, a callable returning (value, label) pairs)."""

    def decorator(function):
        _member_criteria[key] = MemberCriterion(key, label, choices, function)
        return function

    return decorator


def sources():
    return sorted(_sources.values(), key=lambda source: str(source.label))


def source(key):
    try:
        return _sources[key]
    except KeyError:
        raise UnknownSource(key) from None


def deduplicated(recipients):
    """{address: Recipient}, the first recipient of each address kept."""
    unique = {}
    for recipient in recipients:
        email = normalise_email(recipient.email)
        if email and email not in unique:
            unique[email] = recipient
    return unique


def audience_recipients(audience):
    return source(audience.source).recipients(audience.criteria)


# Focal points of members ------------------------------------------------------------------


def _countries():
    return [(c.code, c.name) for c in Country.objects.filter(members__isnull=False).distinct()]


class FocalPointCriteriaForm(forms.Form):
    """Which members' focal points: every criterion left empty selects all members."""

    ROLES = [
        ("all", _("Every focal point")),
        ("primary", _("Primary contacts")),
        ("billing", _("Billing contacts")),
    ]

    status = forms.MultipleChoiceField(
        label=_("Membership status"),
        choices=Member.Status.choices,
        required=False,
        initial=[Member.Status.ACTIVE],
        widget=forms.CheckboxSelectMultiple,
    )
    kind = forms.MultipleChoiceField(
        label=_("Kind"),
        choices=Member.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    subregion = forms.MultipleChoiceField(
        label=_("Sub-region"),
        choices=SubRegion.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    country = forms.MultipleChoiceField(label=_("Country"), choices=_countries, required=False)
    role = forms.ChoiceField(label=_("Which focal points"), choices=ROLES, initial="all")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in sorted(_member_criteria.values(), key=lambda c: c.key):
            self.fields[criterion.key] = forms.MultipleChoiceField(
                label=criterion.label, choices=criterion.choices, required=False
            )


def selected_members(criteria):
    """The members `criteria` (FocalPointCriteriaForm's values) select."""
    members = Member.objects.all()
    if criteria.get("status"):
        members = members.filter(status__in=criteria["status"])
    if criteria.get("kind"):
        members = members.filter(kind__in=criteria["kind"])
    if criteria.get("subregion"):
        members = members.filter(country__subregion__in=criteria["subregion"])
    if criteria.get("country"):
        members = members.filter(country__in=criteria["country"])
    for key, criterion in _member_criteria.items():
        if criteria.get(key):
            members = criterion.apply(members, criteria[key])
    return members


@audience_source("focal_points", label=_("Focal points of members"), form=FocalPointCriteriaForm)
def focal_points(criteria):
    people = FocalPoint.objects.filter(member__in=selected_members(criteria)).exclude(email="")
    role = criteria.get("role") or "all"
    if role == "primary":
        people = people.filter(is_primary=True)
    elif role == "billing":
        people = people.filter(is_billing=True)
    rows = people.order_by("member_id", "-is_primary", "pk").values_list(
        "email", "name", "member__language", "member_id"
    )
    for email, name, language, member_id in rows.iterator(chunk_size=2000):
        yield Recipient(email, name, language, member_id)


# Newsletter subscribers ----------------------------------------------------------------------


class SubscriberCriteriaForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("Any topic"))] + [
            (topic.slug, topic.label) for topic in Topic.objects.all()
        ]


def subscribers(topic=None):
    contacts = Contact.objects.subscribed(topic)
    for email, name, language in (
        contacts.order_by("pk").values_list("email", "name", "language").iterator(chunk_size=2000)
    ):
        yield Recipient(email, name, language)


@audience_source("subscribers", label=_("Newsletter subscribers"), form=SubscriberCriteriaForm)
def newsletter_subscribers(criteria):
    topic = (
        Topic.objects.filter(slug=criteria.get("topic")).first() if criteria.get("topic") else None
    )
    return subscribers(topic)
