from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.lib.uploads import check_size
from kota.mailings.models import Audience, Image, Mailing, MailingTranslation, Topic

OTHER_LANGUAGES = [
    (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]


class MailingForm(forms.ModelForm):
    """The composer: the English text, a translation per other language (a language left
    empty falls back to English), and who it goes to."""

    class Meta:
        model = Mailing
        fields = ["kind", "topic", "audiences", "to_subscribers", "in_archive", "subject", "body"]
        widgets = {
            "audiences": forms.CheckboxSelectMultiple,
            "body": forms.Textarea(attrs={"rows": 12}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = _(
            "Markdown: **bold**, *italic*, [a link](https://...), ## headings, - lists. "
            "Images: upload them to the images library and paste the line it gives."
        )
        existing = {}
        if self.instance.pk:
            existing = {t.language: t for t in self.instance.translations.all()}
        for code, name in OTHER_LANGUAGES:
            translation = existing.get(code)
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject in %(language)s") % {"language": name},
                required=False,
                max_length=200,
                initial=translation.subject if translation else "",
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Message in %(language)s") % {"language": name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 8}),
                initial=translation.body if translation else "",
            )

    def translation_fields(self):
        return [
            (name, self[f"subject_{code}"], self[f"body_{code}"]) for code, name in OTHER_LANGUAGES
        ]

    def main_fields(self):
        return [self[name] for name in self.Meta.fields]

    def clean(self):
        data = super().clean()
        for code, name in OTHER_LANGUAGES:
            if data.get(f"body_{code}") and not data.get(f"subject_{code}"):
                self.add_error(
                    f"subject_{code}",
                    _("Give the subject in %(language)s too, or leave both empty.")
                    % {"language": name},
                )
        if (
            data.get("kind") == Mailing.Kind.NEWSLETTER
            and not data.get("topic")
            and Topic.objects.exists()
        ):
            self.add_error("topic", _("A newsletter has a topic; subscribers choose by topic."))
        return data

    def save(self, commit=True):
        mailing = super().save(commit=commit)
        for code, _name in OTHER_LANGUAGES:
            subject = self.cleaned_data.get(f"subject_{code}", "")
            body = self.cleaned_data.get(f"body_{code}", "")
            if subject or body:
                MailingTranslation.objects.update_or_create(
                    mailing=mailing, language=code, defaults={"subject": subject, "body": body}
                )
            else:
                MailingTranslation.objects.filter(mailing=mailing, language=code).delete()
        return mailing


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        label=_("Send at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Leave empty to send now."),
    )

    def clean_send_at(self):
        send_at = self.cleaned_data["send_at"]
        if send_at and send_at < timezone.now() - timezone.timedelta(minutes=5):
            raise forms.ValidationError(_("That time has passed; leave it empty to send now."))
        return send_at or timezone.now()


class TestSendForm(forms.Form):
    email = forms.EmailField(label=_("Send a test to"))
    language = forms.ChoiceField(label=_("In"), choices=settings.LANGUAGES)


class AudienceForm(forms.ModelForm):
    class Meta:
        model = Audience
        fields = ["name"]


class ImageForm(forms.ModelForm):
    class Meta:
        model = Image
        fields = ["file", "alt"]

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file:
            check_size(file.size)
        return file


def _public_topics():
    return Topic.objects.filter(public=True)


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    name = forms.CharField(label=_("Name"), required=False, max_length=150)
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    # Left empty by people; filled by robots that fill every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = _public_topics()
        self.fields["topics"].label_from_instance = lambda topic: topic.label
        if self.fields["topics"].queryset.exists():
            self.fields["topics"].required = True
            self.fields["topics"].error_messages["required"] = _("Choose at least one topic.")


class PreferencesForm(forms.Form):
    newsletter = forms.BooleanField(label=_("Receive the newsletter"), required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    announcements = forms.BooleanField(
        label=_("Receive announcements and invitations"),
        required=False,
        help_text=_("Invoices and other messages about your own records always come."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    tracking = forms.BooleanField(
        label=_("Count my opens and clicks"),
        required=False,
        help_text=_("Helps the secretariat see which news reaches members."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = _public_topics()
        self.fields["topics"].label_from_instance = lambda topic: topic.label
