"""What an attachment may be: a PDF, an Office document (DOCX, XLSX, PPTX) or an image (PNG,
JPEG) of at most 20 MB, whose content matches its extension. A renamed executable is refused
with a message that says what to do instead."""

import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 20 * 1024 * 1024

# extension: (MIME type, how to recognise the content)
TYPES = {
    ".pdf": ("application/pdf", ("magic", b"%PDF-")),
    ".png": ("image/png", ("magic", b"\x89PNG\r\n\x1a\n")),
    ".jpg": ("image/jpeg", ("magic", b"\xff\xd8\xff")),
    ".jpeg": ("image/jpeg", ("magic", b"\xff\xd8\xff")),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ("office", "word/"),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ("office", "xl/"),
    ),
    ".pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ("office", "ppt/"),
    ),
}
ACCEPT = ",".join(TYPES)  # for <input type=file accept=...>


def content_type_of(name):
    return TYPES.get(PurePath(name).suffix.lower(), ("application/octet-stream", None))[0]


def _looks_like(upload, check):
    kind, expected = check
    upload.seek(0)
    try:
        if kind == "magic":
            return upload.read(len(expected)) == expected
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
        return "[Content_Types].xml" in names and any(n.startswith(expected) for n in names)
    finally:
        upload.seek(0)


def validate_attachment(upload):
    """Refuse files of the wrong type, of the wrong content, or too large."""
    name = PurePath(upload.name).name
    suffix = PurePath(name).suffix.lower()
    if suffix not in TYPES:
        raise ValidationError(
            _(
                "“%(name)s” is not a kind of file Kota accepts. Attach a PDF, a Word (DOCX), "
                "Excel (XLSX) or PowerPoint (PPTX) document, or a PNG or JPEG image."
            ),
            code="file_type",
            params={"name": name},
        )
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is %(size)s; an attachment can be at most %(max)s."),
            code="file_size",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(MAX_BYTES),
            },
        )
    if not _looks_like(upload, TYPES[suffix][1]):
        raise ValidationError(
            _(
                "“%(name)s” is not a real %(type)s file: its content does not match its "
                "extension. Save it again from the program that made it."
            ),
            code="file_content",
            params={"name": name, "type": suffix[1:].upper()},
        )
