"""Emails: subject, text and HTML from templates, in the recipient's language, with absolute
links that start with SITE_URL."""

import pytest

from kota.knowledge.factories import KnowledgeItemFactory
from kota.lib.email import absolute_url, render_email

pytestmark = pytest.mark.django_db


def test_a_review_email_links_to_the_item_with_an_absolute_url_on_site_url(
    personas, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://kota.example.org"
    settings.ALLOWED_HOSTS = ["internal.example"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://proxy.example"]
    item = KnowledgeItemFactory(members=[personas.surabaya_city])
    with django_capture_on_commit_callbacks(execute=True):
        item.submit(personas.surabaya)
    [mail] = mailoutbox
    assert f"https://kota.example.org{item.get_absolute_url()}" in mail.body
    assert "internal.example" not in mail.body and "proxy.example" not in mail.body


def test_absolute_url_puts_site_url_before_the_path(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert absolute_url("/knowledge/1/") == "http://127.0.0.1:8000/knowledge/1/"


@pytest.fixture
def templates(settings, tmp_path):
    """A greeting email: subject, text and HTML templates in a template folder of its own."""
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "greeting_subject.txt").write_text(
        '{% load i18n %}\n{% translate "Members" %}  {{ KOTA_NAME }}\n'
    )
    (folder / "greeting.txt").write_text('{% load i18n %}{% translate "Saved." %} {{ SITE_URL }}')
    (folder / "greeting.html").write_text("<p>{{ name }}</p>")
    (folder / "plain_subject.txt").write_text("Plain")
    (folder / "plain.txt").write_text("Text only")
    engine = {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    settings.TEMPLATES = [engine]
    settings.KOTA_NAME = "UCLG ASPAC"
    settings.SITE_URL = "https://kota.example.org"


def test_an_email_is_rendered_in_the_recipients_language(templates):
    subject, text, html = render_email("mail/greeting", {"name": "Ani"}, "id")
    assert subject == "Anggota UCLG ASPAC"
    assert text == "Tersimpan. https://kota.example.org"
    assert html == "<p>Ani</p>"
    assert render_email("mail/greeting", {"name": "Ani"}, "en")[0] == "Members UCLG ASPAC"
