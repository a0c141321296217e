"""Files people upload for import or as evidence: one size limit (settings.UPLOAD_MAX_MB), one
message when a file is over it, and the form field and CSV upload form that check it."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


def max_bytes():
    return int(settings.UPLOAD_MAX_MB * 1024 * 1024)


def too_large_message(size):
    """What Kota says about a file of `size` bytes that is over the limit."""
    return _("The file is %(size)s MB; the largest file Kota accepts is %(max)s MB.") % {
        "size": round(size / 1024 / 1024, 1),
        "max": settings.UPLOAD_MAX_MB,
    }


def check_size(size):
    """Raise ValidationError when a file of `size` bytes is over the limit."""
    if size > max_bytes():
        raise ValidationError(too_large_message(size), code="file_size")


class UploadField(forms.FileField):
    """A file field that refuses files over UPLOAD_MAX_MB."""

    def validate(self, value):
        super().validate(value)
        if value:
            check_size(value.size)


class CsvUploadForm(forms.Form):
    """The upload of every CSV import."""

    file = UploadField(label=gettext_lazy("CSV file"))

    def __init__(self, *args, label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if label:
            self.fields["file"].label = label
        self.fields["file"].help_text = _(
            "UTF-8 CSV with the columns described below; at most %(mb)s MB."
        ) % {"mb": settings.UPLOAD_MAX_MB}
