import unicodedata


def fold(text):
    """Lower-case `text` and strip diacritics, so that "Đà Nẵng" and "da nang" compare equal.
    Scripts without diacritics (Chinese, Thai...) pass through unchanged apart from NFKC."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return unicodedata.normalize("NFKC", text).casefold()
