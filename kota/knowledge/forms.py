import re

from django import forms
from django.forms import inlineformset_factory
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from kota.core.models import Language
from kota.knowledge.files import ACCEPT
from kota.knowledge.models import Attachment, ExternalLink, KnowledgeItem
from kota.knowledge.search import SORTS, Criteria


class QueryField(forms.CharField):
    """Free text where any input is valid: NUL characters are dropped rather than refused."""

    def to_python(self, value):
        return super().to_python(value).replace("\x00", " ")


class KnowledgeSearchForm(forms.Form):
    """The search page's GET parameters. A value that is not understood is ignored (and said
    so), never an error page; the query itself is always valid."""

    q = QueryField(label=_("Search"), required=False, strip=True)
    kind = forms.ChoiceField(required=False, choices=KnowledgeItem.Kind.choices)
    sdg = forms.IntegerField(required=False, min_value=1, max_value=17)
    core_area = forms.SlugField(required=False, max_length=50)
    country = forms.RegexField(required=False, regex=r"^[A-Za-z]{2}$")
    language = forms.RegexField(required=False, regex=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=list(SORTS.items()))

    FILTERS = ("kind", "sdg", "core_area", "country", "language", "year")

    def criteria(self):
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}
        if data.get("country"):
            data["country"] = data["country"].upper()
        data.setdefault("sort", "relevance")
        data.setdefault("q", "")
        return Criteria(**data)


def item_reference(item):
    """How an item is named in the "Translation of" field and its suggestions: its number,
    which is what the field reads back, then its title."""
    return f"{item.pk} · {item.title}"


class ItemReferenceField(forms.ModelChoiceField):
    """An item chosen by typing instead of from a select of hundreds: its number (as the
    suggestions offer it, "123 · Title", or just "123") or its whole title. While the person
    types, htmx fills the field's datalist with the items that match; without JavaScript the
    number or the title alone does, and a part of a title shows the items it matches."""

    default_error_messages = {
        "invalid_choice": _("No item matches this. Type its number or its whole title."),
    }

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "list": "translation-of-options",
                    "autocomplete": "off",
                    "data-hx-get": reverse_lazy("knowledge:item_options"),
                    "data-hx-trigger": "input changed delay:300ms",
                    "data-hx-target": "#translation-of-options",
                    "data-hx-swap": "outerHTML",
                }
            ),
        )
        super().__init__(queryset, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, KnowledgeItem):
            return item_reference(value)
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            item = self.queryset.filter(pk=int(value)).first()
            return item_reference(item) if item else value
        return value

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        if number := re.match(r"^#?(\d+)(\s|·|$)", text):
            item = self.queryset.filter(pk=int(number[1])).first()
        else:
            found = list(self.queryset.filter(title__iexact=text)[:2])
            item = found[0] if len(found) == 1 else None
        if item is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], "invalid_choice")
        return item

    def suggestions(self, text, limit=20):
        """The items whose number is `text` or whose title contains it, for the datalist."""
        text = (text or "").strip()
        if not text:
            return []
        if number := re.match(r"^#?(\d+)", text):
            return list(self.queryset.filter(pk=int(number[1]))[:1])
        return list(self.queryset.filter(title__icontains=text).order_by("title", "pk")[:limit])


def language_choices():
    return [(lang.code, f"{lang.native_name} ({lang.name})") for lang in Language.objects.all()]


class KnowledgeItemForm(forms.ModelForm):
    """What a focal point writes about a practice. Staff also see the contact fields and may
    link the item to the original it translates."""

    class Meta:
        model = KnowledgeItem
        fields = [
            "kind",
            "title",
            "summary",
            "body",
            "language",
            "country",
            "members",
            "period_start",
            "period_end",
            *KnowledgeItem.PRACTICE_FIELDS,
            "sdgs",
            "core_areas",
            "activities",
            "contact_name",
            "contact_email",
            "contact_phone",
            "translation_of",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 6}),
            "period_start": forms.DateInput(attrs={"type": "date"}),
            "period_end": forms.DateInput(attrs={"type": "date"}),
            "sdgs": forms.CheckboxSelectMultiple,
            "core_areas": forms.CheckboxSelectMultiple,
            "activities": forms.SelectMultiple(attrs={"size": 6}),
            **{name: forms.Textarea(attrs={"rows": 3}) for name in KnowledgeItem.PRACTICE_FIELDS},
        }
        help_texts = {
            "contact_name": _("Seen by the secretariat only."),
            "translation_of": _("If this is a translation, the item in its original language."),
        }

    # Sections of the form that a phone shows folded unless they hold something.
    SECTIONS = {
        "practice": KnowledgeItem.PRACTICE_FIELDS,
        "tags": ("sdgs", "core_areas", "activities"),
        "contact": ("contact_name", "contact_email", "contact_phone"),
    }

    def __init__(self, *args, user, members, own=None, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.own = own  # a focal point's members, one of which must stay an author
        self.fields["members"].queryset = members
        self.fields["translation_of"] = ItemReferenceField(
            KnowledgeItem.objects.visible_to(user).exclude(pk=self.instance.pk),
            required=False,
            label=self.fields["translation_of"].label,
            help_text=self.fields["translation_of"].help_text,
        )
        if language and not self.instance.pk and not self.initial.get("language"):
            # The language the person reads Kota in, until they choose another.
            self.initial["language"] = (
                Language.objects.filter(code__iexact=language).values_list("pk", flat=True).first()
            )
        self.fields["activities"].queryset = self.fields["activities"].queryset.select_related(
            "strategy"
        )
        if len(choices := list(members[:2])) == 1 and not self.instance.pk:
            self.initial["members"] = self.initial.get("members") or choices
            self.initial["country"] = self.initial.get("country") or choices[0].country_id

    def open_sections(self):
        """The sections to show unfolded: those with an error or with something in them."""
        opened = set()
        for section, names in self.SECTIONS.items():
            for name in names:
                if name not in self.fields:
                    continue
                if self.errors.get(name) if self.is_bound else False:
                    opened.add(section)
                value = self[name].value()
                if value not in (None, "", [], ()):
                    opened.add(section)
        return opened

    def translation_suggestions(self):
        """Items matching what was typed in "Translation of" when it matched none (so that a
        part of a title, sent without JavaScript, comes back with the items it names)."""
        if not (self.is_bound and self.errors.get("translation_of")):
            return []
        field = self.fields["translation_of"]
        return field.suggestions(self.data.get(self.add_prefix("translation_of")))

    def clean_members(self):
        members = self.cleaned_data["members"]
        if self.own is not None and not set(members) & set(self.own):
            raise forms.ValidationError(_("Keep your own member among the authors."))
        return members


AttachmentFormSet = inlineformset_factory(
    KnowledgeItem,
    Attachment,
    fields=["file", "title"],
    widgets={"file": forms.ClearableFileInput(attrs={"accept": ACCEPT})},
    extra=2,
    can_delete=True,
)


class LinkForm(forms.ModelForm):
    url = forms.URLField(
        label=_("address"),
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )

    class Meta:
        model = ExternalLink
        fields = ["url", "label"]


LinkFormSet = inlineformset_factory(
    KnowledgeItem, ExternalLink, form=LinkForm, extra=2, can_delete=True
)


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}))


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("What should change"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent to the submitter by email."),
    )
