"""Forms of the partners' pages: the list's filters, an interaction, a link from an event to a
partner, an opportunity, winning it, a tranche received and a report submitted."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country
from kota.events.models import Event
from kota.lib.money import COMMON_CURRENCIES, currency_choices
from kota.lib.uploads import UploadField
from kota.partners.models import (
    EventPartner,
    Interaction,
    Opportunity,
    OrganisationType,
    Partner,
)

AMOUNT = {"max_digits": 16, "decimal_places": 3}
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PartnerFilterForm(forms.Form):
    """The partner list's GET filters; an invalid value is ignored, never a 500."""

    q = forms.CharField(label=_("Name or acronym"), required=False, max_length=200)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        required=False,
        choices=[("", _("All types"))] + OrganisationType.choices,
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.filter(partners__isnull=False).distinct().order_by("name"),
        required=False,
        empty_label=_("All countries"),
    )

    def filters(self):
        """The valid filters as keyword arguments of PartnerQuerySet.matching()."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "q": data["q"] or None,
            "organisation_type": data["organisation_type"] or None,
            "country": data["country"],
        }


class InteractionForm(forms.ModelForm):
    class Meta:
        model = Interaction
        fields = ["kind", "happened_on", "summary", "next_steps", "next_step_due_on"]
        widgets = {
            "happened_on": DATE,
            "next_step_due_on": DATE,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "next_steps": forms.Textarea(attrs={"rows": 2}),
        }


class EventPartnerForm(forms.ModelForm):
    """Link an event to this partner (staff)."""

    class Meta:
        model = EventPartner
        fields = ["event", "role"]

    def __init__(self, *args, partner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.partner = partner
        self.fields["event"].queryset = Event.objects.exclude(
            partner_links__partner=partner
        ).order_by("-starts_at")


class OpportunityForm(forms.ModelForm):
    currency = forms.ChoiceField(label=_("Currency"), choices=currency_choices)
    call_url = forms.URLField(label=_("Link to the call"), required=False, assume_scheme="https")

    class Meta:
        model = Opportunity
        fields = [
            "funder",
            "title",
            "call",
            "call_url",
            "stage",
            "amount",
            "currency",
            "probability",
            "decision_on",
            "notes",
        ]
        widgets = {"decision_on": DATE, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["funder"].queryset = Partner.objects.order_by("name")
        self.fields["stage"].choices = [
            (value, label)
            for value, label in Opportunity.Stage.choices
            if value in Opportunity.OPEN_STAGES or value == self.instance.stage
        ]
        if not self.instance.pk:
            self.initial.setdefault("currency", COMMON_CURRENCIES[0])


class WinForm(forms.Form):
    """What the grant won from an opportunity is: its title, the funder's reference, the
    amount granted and its dates."""

    title = forms.CharField(label=_("Grant title"), max_length=200)
    reference = forms.CharField(label=_("Funder's reference"), max_length=100, required=False)
    amount = forms.DecimalField(
        label=_("Amount granted"), min_value=0, max_digits=16, decimal_places=3
    )
    starts_on = forms.DateField(label=_("Starts"), required=False, widget=DATE)
    ends_on = forms.DateField(label=_("Ends"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("A grant cannot end before it starts."))
        return data


class ReceiveForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount received"), min_value=0, max_digits=16, decimal_places=3
    )
    received_on = forms.DateField(label=_("Received on"), widget=DATE)


class ReportForm(forms.Form):
    report = UploadField(label=_("Submitted report"))
