"""Kota's emails: a subject, a text body and, where a template exists, an HTML body, rendered
from templates in the recipient's language, with absolute links that start with SITE_URL."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


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


def send_email(template, context, *, to, language, attachments=()):
    """Render `template` (see render_email) in `language` and send it to the addresses in
    `to`, with `attachments` as (filename, content, mimetype)."""
    subject, text, html = render_email(template, context, language)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, list(to))
    if html is not None:
        message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    message.send()
    return message
