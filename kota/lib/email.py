"""Kota's emails: a subject, a text body and, where a template exists, an HTML body, rendered
from templates in the recipient's language, with absolute links that start with SITE_URL.
They are sent by kota.mailings.sending.send_message, which applies consent and suppression."""

from urllib.parse import urlsplit

from django.conf import settings
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


def site_host():
    """The host name of SITE_URL, for the Message-ID and List-Id headers."""
    return urlsplit(settings.SITE_URL).hostname or "kota.local"


def absolute_url(path):
    """`path` (such as a model's get_absolute_url()) as a link that works from an email."""
    return settings.SITE_URL + path


def render_email(template, context, language):
    """(subject, text, html) from `template`_subject.txt, `template`.txt and, if it exists,
    `template`.html, rendered in `language`; html is None without its template. The context
    also holds KOTA_NAME and SITE_URL."""
    context = {"KOTA_NAME": settings.KOTA_NAME, "SITE_URL": settings.SITE_URL, **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    return subject, text, html
