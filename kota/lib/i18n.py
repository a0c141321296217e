"""Names a secretariat writes, with their translations.

A record keeps its name in the site's default language in one field and the other languages in
a JSON object keyed by language code (`{"id": "Buletin", "zh-hans": "通讯"}`);
`translated()` picks the reader's, falling back to the default name.
"""

from django.utils import translation


def translated(name, translations, language=None):
    """`name` in `language` (the active language by default) when `translations` has it."""
    language = (language or translation.get_language() or "").lower()
    translations = translations or {}
    return translations.get(language) or translations.get(language.split("-")[0]) or name
