"""What each message says: a mailing rendered once per language (with and without tracking),
then personalised with the delivery's token and the contact's key; the unsubscribe headers;
and a test send."""

import re
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kota.lib.email import absolute_url, site_host
from kota.lib.markdown import render_markdown
from kota.mailings.models import Contact

TOKEN = "kota-delivery-token"
KEY = "kota-contact-key"
ANCHOR = re.compile(r'<a href="(https?://[^"]+)"')


def mailing_links(mailing):
    """Every web link in every language of the mailing, in order, once: click tracking sends
    readers through /mailings/c/<token>/<n>/ to the n-th, and never anywhere else."""
    links = []
    for language in mailing.languages():
        for url in ANCHOR.findall(str(render_markdown(mailing.translation(language)[1]))):
            if url not in links:
                links.append(url)
    return links


class Renderer:
    """A mailing rendered once per language (and once with, once without tracking); a
    recipient's message only swaps in their delivery token and contact key."""

    def __init__(self, mailing):
        self.mailing = mailing
        self.cache = {}

    def rendered(self, language, *, tracked):
        key = (language, tracked)
        if key not in self.cache:
            self.cache[key] = render_mailing(self.mailing, language, tracked=tracked)
        return self.cache[key]

    def message(self, delivery, contact, *, connection=None):
        tracked = contact.tracking
        subject, text, html = self.rendered(delivery.language, tracked=tracked)

        def personal(content):
            return content.replace(TOKEN, delivery.token).replace(KEY, contact.key)

        message = EmailMultiAlternatives(
            subject,
            personal(text),
            settings.DEFAULT_FROM_EMAIL,
            [formataddr((delivery.name, delivery.email)) if delivery.name else delivery.email],
            headers={"Message-ID": delivery.message_id, **unsubscribe_headers(contact)},
            connection=connection,
        )
        if self.mailing.topic_id:
            message.extra_headers["List-Id"] = list_id(self.mailing.topic.slug)
        message.attach_alternative(personal(html), "text/html")
        return message


def list_id(slug):
    return f"<{slug}.{site_host()}>"


def unsubscribe_headers(contact):
    """RFC 8058 one-click unsubscribe: a mail program POSTs to the link, no page, no log-in."""
    url = absolute_url(reverse("mailings:unsubscribe", args=[contact.key]))
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def render_mailing(mailing, language, *, tracked, token=TOKEN, key=KEY):
    """(subject, text, html) of `mailing` in `language` (English if it has no translation),
    with the delivery's `token` and the contact's `key` in its links."""
    subject, body, shown_language = mailing.translation(language)
    html_body = str(render_markdown(body))
    if tracked:
        links = mailing.links or []

        def tracked_link(match):
            url = match.group(1)
            if url not in links:
                return match.group(0)
            path = reverse("mailings:click", args=[token, links.index(url)])
            return f'<a href="{absolute_url(path)}"'

        html_body = ANCHOR.sub(tracked_link, html_body)
    context = {
        "mailing": mailing,
        "subject": subject,
        "body_html": html_body,
        "body_text": body,
        "language": shown_language,
        "web_url": absolute_url(
            mailing.get_archive_url()
            if mailing.shows_in_archive
            else reverse("mailings:view", args=[token])
        ),
        "preferences_url": absolute_url(reverse("mailings:preferences", args=[key])),
        "unsubscribe_url": absolute_url(reverse("mailings:unsubscribe", args=[key])),
        "pixel_url": absolute_url(reverse("mailings:open", args=[token])) if tracked else "",
        "KOTA_NAME": settings.KOTA_NAME,
        "SITE_URL": settings.SITE_URL,
    }
    with translation.override(shown_language):
        text = render_to_string("mailings/email/mailing.txt", context)
        html = render_to_string("mailings/email/mailing.html", context)
    return subject, text, html


def send_test(mailing, email, language):
    """Send `mailing` in `language` to `email` only, marked as a test; nothing is recorded."""
    contact = Contact.objects.for_address(email, language=language)
    subject, text, html = render_mailing(mailing, language, tracked=False, key=contact.key)
    with translation.override(language):
        subject = _("[Test] %(subject)s") % {"subject": subject}
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [contact.email])
    message.attach_alternative(html, "text/html")
    message.send()
