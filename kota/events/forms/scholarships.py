"""Forms of the scholarship pages: a nomination, the call's settings, criteria, panelists,
scores and alumni follow-up."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.events.models import AlumniUpdate, Application, Criterion, ScholarshipCall
from kota.members.models import Member


class NominationForm(forms.ModelForm):
    """An official nominated by a focal point for one of their members (staff: any)."""

    class Meta:
        model = Application
        fields = [
            "member",
            "name",
            "email",
            "sex",
            "age_group",
            "role",
            "position",
            "country",
            "motivation",
        ]
        widgets = {"motivation": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        members = Member.objects.order_by("name")
        if not is_secretariat(user):
            members = members.filter(pk__in=focal_point_member_ids(user))
        self.fields["member"].queryset = members
        if members.count() == 1:
            self.fields["member"].initial = members.first().pk
            self.fields["country"].initial = members.first().country_id


class CallSettingsForm(forms.ModelForm):
    class Meta:
        model = ScholarshipCall
        fields = ["status", "places", "deadline", "host", "eligibility"]
        widgets = {
            "deadline": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
        }


class CriterionForm(forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["name", "weight", "max_score"]


class PanelistForm(forms.Form):
    user = forms.CharField(label=_("Panelist's user name or email"), max_length=150, strip=True)

    def clean_user(self):
        value = self.cleaned_data["user"]
        found = get_user_model().objects.filter(
            Q(username__iexact=value) | Q(email__iexact=value), is_active=True
        )
        if found.count() != 1:
            raise forms.ValidationError(_("No single active account has that name or email."))
        return found.get()


class ScoreForm(forms.Form):
    """One field per criterion of the call, each from 0 to the criterion's highest score."""

    def __init__(self, *args, criteria, scores, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"c{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.display_name,
                choices=[(n, n) for n in range(criterion.max_score + 1)],
                coerce=int,
                initial=scores.get(criterion.pk),
                help_text=_("Weight %(weight)s") % {"weight": criterion.weight.normalize()},
            )

    def scored(self):
        """(criterion, value) for every criterion."""
        return [(c, self.cleaned_data[f"c{c.pk}"]) for c in self.criteria]


class AlumniUpdateForm(forms.ModelForm):
    class Meta:
        model = AlumniUpdate
        fields = ["noted_on", "position", "note"]
        widgets = {
            "noted_on": forms.DateInput(attrs={"type": "date"}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
