"""Forms of the after-event pages: the participant's evaluation and the recording that staff
publish to the knowledge hub."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from kota.core.models import Country
from kota.events.models import Evaluation


class EvaluationForm(forms.ModelForm):
    satisfaction = forms.TypedChoiceField(
        label=_("How satisfied are you with this event?"),
        choices=[
            (1, _("1 – not at all")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, _("5 – very satisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Evaluation
        fields = ["satisfaction", "learned", "will_apply"]
        labels = {
            "learned": _("What did you learn?"),
            "will_apply": _("What will you apply in your work?"),
        }
        widgets = {
            "learned": forms.Textarea(attrs={"rows": 4}),
            "will_apply": forms.Textarea(attrs={"rows": 4}),
        }


def _links(text):
    """(label, url) for each line of `text`: "label | https://..." or a bare address."""
    links, check = [], URLValidator(schemes=["http", "https"])
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        label, _sep, url = line.rpartition("|")
        url = url.strip()
        try:
            check(url)
        except ValidationError:
            raise ValidationError(
                _("Line %(number)s is not a web address: %(line)s"),
                params={"number": number, "line": line},
            ) from None
        links.append((label.strip()[:200], url[:500]))
    return links


class RecordingForm(forms.Form):
    """What the knowledge hub item of an event's recording says beyond what the event holds."""

    recording_url = forms.URLField(
        label=_("Recording (web address)"), max_length=500, assume_scheme="https"
    )
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences for the knowledge hub."),
    )
    materials = forms.CharField(
        label=_("Materials"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: a title, a vertical bar, then the web address."),
    )
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all())

    def clean_materials(self):
        return _links(self.cleaned_data["materials"])
