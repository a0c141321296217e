from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country
from kota.core.regions import SubRegion
from kota.members.models import FocalPoint, Member


class DirectoryFilterForm(forms.Form):
    """The directory's GET filters. They combine; an invalid value is ignored, never a 500."""

    SORTS = {
        "name": ("name", _("Name (A-Z)")),
        "-name": ("-name", _("Name (Z-A)")),
        "country": ("country__name", _("Country")),
        "-joined": ("-joined_on", _("Newest members")),
        "joined": ("joined_on", _("Longest-standing members")),
        "-population": ("-population", _("Largest population")),
    }

    q = forms.CharField(label=_("Search by name"), required=False, max_length=200)
    country = forms.ModelChoiceField(
        label=_("Country"),
        queryset=Country.objects.none(),
        required=False,
        to_field_name="code",
        empty_label=_("All countries"),
    )
    subregion = forms.ChoiceField(
        label=_("Sub-region"),
        required=False,
        choices=[("", _("All sub-regions"))] + SubRegion.choices,
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds"))] + Member.Kind.choices
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses"))] + Member.Status.choices,
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(key, label) for key, (_field, label) in SORTS.items()],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.filter(members__isnull=False).distinct()

    def filter(self, members):
        """Apply the valid filters to `members`; invalid ones are dropped (and shown as errors)."""
        data = (
            self.cleaned_data
            if self.is_valid()
            else {name: value for name, value in getattr(self, "cleaned_data", {}).items()}
        )
        members = members.matching(
            q=data.get("q"),
            country=data.get("country"),
            subregion=data.get("subregion"),
            kind=data.get("kind"),
            status=data.get("status"),
        )
        order = self.SORTS.get(data.get("sort") or "name")[0]
        return members.order_by(order, "name", "pk")


class MemberProfileForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Member
        fields = [
            "name",
            "local_name",
            "subdivision",
            "population",
            "website",
            "latitude",
            "longitude",
            "language",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}


class StaffMemberForm(MemberProfileForm):
    class Meta(MemberProfileForm.Meta):
        fields = [
            "name",
            "local_name",
            "kind",
            "country",
            "subdivision",
            "population",
            "website",
            "latitude",
            "longitude",
            "joined_on",
            "status",
            "language",
            "description",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "joined_on": forms.DateInput(attrs={"type": "date"}),
        }


FocalPointFormSet = inlineformset_factory(
    Member,
    FocalPoint,
    fields=[
        "name",
        "name_visibility",
        "title",
        "sex",
        "email",
        "email_visibility",
        "phone",
        "phone_visibility",
        "is_primary",
        "is_billing",
    ],
    extra=1,
    can_delete=True,
)
