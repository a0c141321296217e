from django import forms
from django.db.models import Exists, OuterRef
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country
from kota.core.regions import SubRegion
from kota.members import directory
from kota.members.models import FocalPoint, Member


class DirectoryFilterForm(forms.Form):
    """The directory's GET filters. They combine; an invalid value is ignored, never a 500."""

    SORTS = {
        key: (directory.SORTS[key], label)
        for key, label in {
            "name": _("Name (A-Z)"),
            "-name": _("Name (Z-A)"),
            "country": _("Country"),
            "-joined": _("Newest members"),
            "joined": _("Longest-standing members"),
            "-population": _("Largest population"),
        }.items()
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
        # The countries that have members: a probe of the members' country index per country
        # rather than a join of every member.
        self.fields["country"].queryset = Country.objects.filter(
            Exists(Member.objects.filter(country=OuterRef("pk")))
        )

    def criteria(self):
        """What the valid filters and the sort ask for; invalid ones are dropped (and shown as
        errors)."""
        data = (
            self.cleaned_data
            if self.is_valid()
            else {name: value for name, value in getattr(self, "cleaned_data", {}).items()}
        )
        country = data.get("country")
        return directory.Criteria(
            q=data.get("q") or "",
            country=country.pk if country else "",
            subregion=data.get("subregion") or "",
            kind=data.get("kind") or "",
            status=data.get("status") or "",
            sort=data.get("sort") or "name",
        )

    def filter(self, members):
        """Apply the valid filters and the sort to `members`, a QuerySet, in the database."""
        return self.criteria().reference(members)

    def results(self, members):
        """The members the filters select, in order, from the directory's index (see
        kota.members.directory): what filter() selects, counted and sliced without a scan."""
        return directory.select(members, self.criteria())


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
