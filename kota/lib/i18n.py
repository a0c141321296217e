"""Names a secretariat writes, with their translations.

A record keeps its name in the site's default language in one field and the other languages in
a JSON object keyed by language code (`{"id": "Buletin", "zh-hans": "通讯"}`);
`translated()` picks the reader's, falling back to the default name.
"""

from django.db import models
from django.utils import translation
from django.utils.choices import CallableChoiceIterator
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import gettext_lazy as _


def translated(name, translations, language=None):
    """`name` in `language` (the active language by default) when `translations` has it."""
    language = (language or translation.get_language() or "").lower()
    translations = translations or {}
    return translations.get(language) or translations.get(language.split("-")[0]) or name


def translations_field():
    """The field that holds a name's other languages, the same on every model that has one
    (mailing topics, dues tiers, SDGs, core areas): a JSON object keyed by language code."""
    return models.JSONField(
        _("name in other languages"),
        default=dict,
        blank=True,
        help_text=_('For example {"id": "Buletin", "zh-hans": "通讯"}.'),
    )


def status_in_sentence(label):
    """A status's label (Draft, Submitted) inside a sentence: lower case in English ("a value
    that is submitted"); Kota's other languages keep the label, which their sentences quote as
    the status's name (Indonesian: berstatus “Diajukan”; Chinese has no case)."""
    language = translation.get_language() or "en"
    return str(label).lower() if language.startswith("en") else str(label)


class ChoiceLabels:
    """A model mixin (put it before models.Model) whose get_FOO_display() looks the label up
    in a table made once per field: Django's own makes the table on every call, hashing each
    choice's lazily translated label, which translates it (31 µs a call for seven choices
    against 7.8 µs; a list of 50 members shows two labels a row). Same answer: the label in the
    active language, or the value itself when it is not a choice. Fields whose choices are
    computed (a callable) are looked up Django's way, each time."""

    _choice_labels = {}  # field -> {hashable value: label}, shared by every model

    def _get_FIELD_display(self, field):
        labels = ChoiceLabels._choice_labels.get(field)
        if labels is None:
            if isinstance(field.choices, CallableChoiceIterator):
                return super()._get_FIELD_display(field)
            labels = {make_hashable(value): label for value, label in field.flatchoices}
            ChoiceLabels._choice_labels[field] = labels
        value = getattr(self, field.attname)
        return force_str(labels.get(make_hashable(value), value), strings_only=True)
