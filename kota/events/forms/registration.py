"""Forms of the registration part: the calendar's filters, the public registration form with
the event's own questions, a focal point's delegation, and the staff's event form with its
sessions and questions."""

import zoneinfo

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from kota.core.models import CoreArea, Country
from kota.events.models import AgeGroup, Event, Question, Registration, Role, Session, Sex
from kota.members.models import Member

BLANK = [("", "---------")]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
OTHER_LANGUAGES = [(code, name) for code, name in settings.LANGUAGES]


class CalendarFilterForm(forms.Form):
    """The calendar's GET filters; an invalid value is ignored, never a 500."""

    WHEN = [("upcoming", _("Upcoming")), ("past", _("Past"))]

    when = forms.ChoiceField(
        label=_("When"), choices=WHEN, required=False, widget=forms.HiddenInput
    )
    q = forms.CharField(label=_("Words in the title"), required=False, max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds"))] + Event.Kind.choices
    )
    core_area = forms.ModelChoiceField(
        label=_("Core area"),
        queryset=CoreArea.objects.all(),
        required=False,
        empty_label=_("All core areas"),
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.filter(events__isnull=False).distinct().order_by("name"),
        required=False,
        empty_label=_("All countries"),
    )

    def filters(self):
        """The valid filters as keyword arguments of EventQuerySet.matching()."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "kind": data["kind"] or None,
            "core_area": data["core_area"],
            "country": data["country"],
            "q": data["q"] or None,
        }

    def period(self):
        return (self.is_valid() and self.cleaned_data["when"]) or "upcoming"


class PersonForm(forms.Form):
    """Who a participant is: what every registration records."""

    name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    sex = forms.ChoiceField(label=_("Sex"), choices=BLANK + Sex.choices)
    age_group = forms.ChoiceField(label=_("Age group"), choices=BLANK + AgeGroup.choices)
    role = forms.ChoiceField(label=_("Role"), choices=BLANK + Role.choices)
    position = forms.CharField(label=_("Position or job title"), max_length=150, required=False)
    language = forms.ChoiceField(label=_("Language for emails"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", translation.get_language())
        super().__init__(*args, **kwargs)


class RegistrationForm(PersonForm):
    """The public registration form: the person, their member and country, the event's own
    questions and consent to the use of their personal data."""

    member = forms.ModelChoiceField(
        label=_("Member government or association"),
        queryset=Member.objects.filter(status=Member.Status.ACTIVE).order_by("name"),
        required=False,
        empty_label=_("None"),
        help_text=_("If you come on behalf of a member of the network."),
    )
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.order_by("name"), empty_label="---------"
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the organisers and the UCLG ASPAC secretariat keep these details to "
            "run this event, count its participants and send me messages about it."
        ),
        help_text=_(
            "Your details are seen by the organisers and the secretariat only. Statistics "
            "published about the event count people by sex, age group and country, never by "
            "name."
        ),
        error_messages={"required": _("We can only register you with your consent.")},
    )

    field_order = [
        "name",
        "email",
        "sex",
        "age_group",
        "role",
        "position",
        "organisation",
        "member",
        "country",
        "language",
    ]

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.questions = list(event.questions.all())
        for question in self.questions:
            self.fields[self.question_field(question)] = _question_field(question)
        # Consent comes last, after the event's questions.
        self.fields["consent"] = self.fields.pop("consent")

    @staticmethod
    def question_field(question):
        return f"question_{question.pk}"

    def person(self):
        """The keyword arguments of Event.register()."""
        data = self.cleaned_data
        answers = {}
        for question in self.questions:
            value = data.get(self.question_field(question))
            if value not in (None, ""):
                answers[str(question.pk)] = value
        return {
            "name": data["name"],
            "email": data["email"],
            "sex": data["sex"],
            "age_group": data["age_group"],
            "role": data["role"],
            "position": data["position"],
            "organisation": data["organisation"],
            "member": data["member"],
            "country": data["country"],
            "language": data["language"],
            "answers": answers,
        }


def _question_field(question):
    label = question.display_text
    if question.kind == Question.Kind.CHOICE:
        choices = [(c, c) for c in question.choice_list]
        return forms.ChoiceField(
            label=label, choices=choices, required=question.required, widget=forms.RadioSelect
        )
    if question.kind == Question.Kind.YES_NO:
        return forms.ChoiceField(
            label=label, choices=YES_NO, required=question.required, widget=forms.RadioSelect
        )
    return forms.CharField(
        label=label, max_length=1000, required=question.required, widget=forms.Textarea
    )


class DelegateForm(PersonForm):
    """One official of a delegation; a row left empty is skipped."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_permitted = True
        self.use_required_attribute = False


class BaseDelegationFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        emails = [
            Registration.normalise_email(form.cleaned_data["email"])
            for form in self.forms
            if form.cleaned_data
        ]
        if not emails:
            raise forms.ValidationError(_("Fill in at least one official."))
        if len(set(emails)) != len(emails):
            raise forms.ValidationError(_("Each official needs their own email address."))


DelegationFormSet = forms.formset_factory(
    DelegateForm, formset=BaseDelegationFormSet, extra=3, max_num=30, absolute_max=30
)


class DelegationMemberForm(forms.Form):
    """Which of their members a focal point registers for (shown when they have several)."""

    member = forms.ModelChoiceField(label=_("Member"), queryset=Member.objects.none())
    consent = forms.BooleanField(
        label=_(
            "These officials agreed that the organisers and the secretariat keep their details "
            "to run this event and count its participants."
        )
    )

    def __init__(self, *args, members, member_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members
        if len(member_ids) == 1:
            self.fields["member"].initial = member_ids[0]


# Staff ----------------------------------------------------------------------------------------


def _translation_fields(field, label, widget=None):
    """A form field per language other than the site's default, for a JSON of translations."""
    fields = {}
    for code, name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        fields[f"{field}_{code}"] = forms.CharField(
            label=_("%(field)s in %(language)s") % {"field": label, "language": _(name)},
            required=False,
            widget=widget,
        )
    return fields


def translated_codes():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class InZoneMixin:
    """Times typed and shown in the event's own time zone, whatever the viewer's."""

    zoned = ()

    def zone_name(self):
        raise NotImplementedError

    def show_in_zone(self, zone):
        if zone is None:
            return
        for name in self.zoned:
            value = getattr(self.instance, name, None)
            if value:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        data = super().clean()
        try:
            zone = zoneinfo.ZoneInfo(self.zone_name())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
            return data
        for name in self.zoned:
            if data.get(name) is not None:
                data[name] = data[name].replace(tzinfo=None).replace(tzinfo=zone)
                setattr(self.instance, name, data[name])
        return data


class EventForm(InZoneMixin, forms.ModelForm):
    """An event with its title and description in each language as fields of their own."""

    zoned = ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")

    starts_at = forms.DateTimeField(
        label=_("Starts (in the event's time zone)"),
        widget=DATETIME,
    )
    ends_at = forms.DateTimeField(
        label=_("Ends (in the event's time zone)"),
        widget=DATETIME,
    )

    class Meta:
        model = Event
        fields = [
            "kind",
            "title",
            "description",
            "language",
            "is_public",
            "organiser_unit",
            "organiser_body",
            "organiser_member",
            "co_hosts",
            "partner_names",
            "time_zone",
            "starts_at",
            "ends_at",
            "venue",
            "city",
            "country",
            "online_url",
            "capacity",
            "has_waitlist",
            "registration_opens_at",
            "registration_closes_at",
            "requires_approval",
            "minimum_attendance",
            "core_areas",
            "sdgs",
            "activities",
            "work_plan_item",
        ]
        widgets = {
            "registration_opens_at": DATETIME,
            "registration_closes_at": DATETIME,
            "core_areas": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_translation_fields("title", _("Title")))
        self.fields.update(_translation_fields("description", _("Description"), forms.Textarea))
        for code in translated_codes():
            self.initial.setdefault(f"title_{code}", self.instance.title_translations.get(code))
            self.initial.setdefault(
                f"description_{code}", self.instance.description_translations.get(code)
            )
        self.show_in_zone(self.instance.zone if self.instance.pk else None)

    def zone_name(self):
        return self.data.get(self.add_prefix("time_zone")) or self.instance.time_zone

    def save(self, commit=True):
        event = self.instance
        event.title_translations = {
            code: self.cleaned_data[f"title_{code}"].strip()
            for code in translated_codes()
            if self.cleaned_data.get(f"title_{code}", "").strip()
        }
        event.description_translations = {
            code: self.cleaned_data[f"description_{code}"].strip()
            for code in translated_codes()
            if self.cleaned_data.get(f"description_{code}", "").strip()
        }
        return super().save(commit)


class SessionForm(InZoneMixin, forms.ModelForm):
    zoned = ("starts_at", "ends_at")

    def __init__(self, *args, zone_name=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._zone_name = zone_name
        if zone_name:
            self.show_in_zone(zoneinfo.ZoneInfo(zone_name))

    def zone_name(self):
        return self._zone_name

    class Meta:
        model = Session
        fields = ["title", "starts_at", "ends_at", "speakers"]
        widgets = {
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "speakers": forms.Textarea(attrs={"rows": 2}),
        }


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["position", "kind", "text", "choices", "required"]
        widgets = {"choices": forms.Textarea(attrs={"rows": 2})}


SessionFormSet = forms.inlineformset_factory(
    Event, Session, form=SessionForm, extra=1, can_delete=True
)
QuestionFormSet = forms.inlineformset_factory(
    Event, Question, form=QuestionForm, extra=1, can_delete=True
)
