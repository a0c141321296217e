import unicodedata

from django.utils.text import slugify


def fold(text):
    """Lower-case `text` and strip diacritics, so that "Đà Nẵng" and "da nang" compare equal.
    Scripts without diacritics (Chinese, Thai...) pass through unchanged apart from NFKC."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return unicodedata.normalize("NFKC", text).casefold()


def unique_slug(text, taken, *, default, reserved=()):
    """A slug of `text` (`default` when it has no letters) that no row of `taken`, a QuerySet
    of the same model without the record itself, holds: "name", then "name-2", "name-3"...
    A slug in `reserved` (a fixed page's path segment) becomes "name-<default>" first."""
    base = slugify(text)[:100] or default
    if base in reserved:
        base = f"{base}-{default}"
    slug, n = base, 2
    while taken.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
