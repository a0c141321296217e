"""The forms of cooperation: filters (GET, an invalid value ignored), proposing a
cooperation, a learning request and the secretariat's brokering, an appeal, its needs and
pledges."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kota.cooperation.models import Appeal, Cooperation, LearningRequest, Need, Outcome
from kota.core.access import is_secretariat
from kota.core.models import SDG, CoreArea, Country, Language
from kota.events.models import Event
from kota.knowledge.models import KnowledgeItem
from kota.members.models import Member
from kota.partners.models import Partner

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def members_of(user):
    """The members `user` acts for: their own; every active one for the secretariat."""
    if is_secretariat(user):
        return Member.objects.active().order_by("name")
    return Member.objects.focal_point_of(user).order_by("name")


class CooperationFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Cooperation.Kind.choices]
    )
    core_area = forms.ModelChoiceField(
        label=_("Core area"),
        queryset=CoreArea.objects.all(),
        required=False,
        empty_label=_("All core areas"),
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.filter(members__cooperation_parties__isnull=False)
        .distinct()
        .order_by("name"),
        required=False,
        empty_label=_("All countries"),
    )
    member = forms.SlugField(required=False, widget=forms.HiddenInput)

    def filters(self):
        """The valid filters as keyword arguments of CooperationQuerySet.matching()."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "kind": data["kind"] or None,
            "core_area": data["core_area"],
            "country": data["country"],
        }


class CooperationForm(forms.ModelForm):
    member = forms.ModelChoiceField(label=_("Proposed for"), queryset=Member.objects.none())
    others = forms.ModelMultipleChoiceField(
        label=_("With"),
        queryset=Member.objects.none(),
        required=False,
        help_text=_("The other sides: each one's focal point confirms for their member."),
    )
    partners = forms.ModelMultipleChoiceField(
        label=_("And partner organisations"),
        queryset=Partner.objects.order_by("name"),
        required=False,
        help_text=_("The secretariat confirms for a partner once it has agreed."),
    )

    class Meta:
        model = Cooperation
        fields = ["kind", "title", "description", "core_areas", "sdgs", "started_on", "ends_on"]
        widgets = {"started_on": DATE, "ends_on": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members_of(user)
        self.fields["others"].queryset = Member.objects.active().order_by("name")


class ActivityForm(forms.Form):
    happened_on = forms.DateField(label=_("Date"), widget=DATE)
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 3}))
    is_result = forms.BooleanField(label=_("This is a result"), required=False)


class LearningRequestForm(forms.Form):
    member = forms.ModelChoiceField(
        label=_("Member that wants to learn"), queryset=Member.objects.none()
    )
    core_area = forms.ModelChoiceField(
        label=_("Theme"), queryset=CoreArea.objects.all(), required=False
    )
    sdgs = forms.ModelMultipleChoiceField(
        label=_("SDGs"), queryset=SDG.objects.all(), required=False
    )
    practice = forms.IntegerField(required=False, widget=forms.HiddenInput)
    languages = forms.ModelMultipleChoiceField(
        label=_("Preferred languages"), queryset=Language.objects.all(), required=False
    )
    region = forms.ChoiceField(
        label=_("Preferred region"),
        required=False,
        choices=[("", _("Any region")), *LearningRequest._meta.get_field("region").choices],
    )
    description = forms.CharField(
        label=_("What do you want to learn?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members_of(user)

    def clean_practice(self):
        pk = self.cleaned_data.get("practice")
        if pk is None:
            return None
        practice = KnowledgeItem.objects.published().filter(pk=pk).first()
        if practice is None:
            raise forms.ValidationError(_("This practice is not published."))
        return practice


class IntroduceForm(forms.Form):
    provider = forms.ModelChoiceField(label=_("Provider"), queryset=Member.objects.active())


class ExchangeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Exchange"), choices=LearningRequest.ExchangeKind.choices)
    on = forms.DateField(label=_("Date"), widget=DATE)
    event = forms.ModelChoiceField(
        label=_("Event"),
        queryset=Event.objects.published().order_by("-starts_at"),
        required=False,
        empty_label=_("No event in Kota"),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class OutcomeForm(forms.Form):
    months = forms.TypedChoiceField(label=_("After"), choices=Outcome.MONTHS, coerce=int)
    result = forms.ChoiceField(label=_("Result"), choices=Outcome.Result.choices)
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the practice was not pursued."),
    )


class AppealForm(forms.ModelForm):
    class Meta:
        model = Appeal
        fields = ["title", "crisis", "description", "opened_on"]
        widgets = {"opened_on": DATE}


class NeedForm(forms.ModelForm):
    class Meta:
        model = Need
        fields = ["member", "item", "quantity", "unit", "deadline"]
        widgets = {"deadline": DATE}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = members_of(user)


class PledgeForm(forms.Form):
    need = forms.ModelChoiceField(label=_("Need"), queryset=Need.objects.none())
    member = forms.ModelChoiceField(
        label=_("Pledging member"), queryset=Member.objects.none(), required=False
    )
    partner = forms.ModelChoiceField(
        label=_("or a partner"), queryset=Partner.objects.order_by("name"), required=False
    )
    partner_name = forms.CharField(
        label=_("or another organisation"), required=False, max_length=200
    )
    quantity = forms.DecimalField(label=_("Quantity"), min_value=0, max_digits=12, decimal_places=2)
    note = forms.CharField(label=_("Note"), required=False, max_length=300)

    def __init__(self, *args, user, appeal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["need"].queryset = appeal.needs.select_related("member")
        self.fields["member"].queryset = members_of(user)
        if not is_secretariat(user):
            del self.fields["partner"]
            del self.fields["partner_name"]
            self.fields["member"].required = True

    def clean(self):
        data = super().clean()
        if not (data.get("member") or data.get("partner") or data.get("partner_name")):
            raise forms.ValidationError(_("Name the member or partner that pledges."))
        return data


class ShipForm(forms.Form):
    reference = forms.CharField(label=_("Shipment reference"), required=False, max_length=100)
