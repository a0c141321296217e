"""Every knowledge page and action, for every persona: 200 opens, 302 sends elsewhere (to log
in, or back to the item after acting), 403 refuses, 404 hides what the persona may not know."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import KnowledgeItem
from kota.test import client_for

pytestmark = pytest.mark.django_db

PERSONAS = ["secretariat", "surabaya", "makassar", "board", "anonymous"]
OPEN = dict.fromkeys(PERSONAS, 200)
STAFF_ONLY = {"secretariat": 200, "surabaya": 403, "makassar": 403, "board": 403, "anonymous": 302}
OWNER_ONLY = {"secretariat": 200, "surabaya": 200, "makassar": 404, "board": 404, "anonymous": 404}

PAGES = {
    "/knowledge/": OPEN,
    "/knowledge/feed/": OPEN,
    "/knowledge/mine/": OPEN | {"anonymous": 302},
    "/knowledge/new/": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 200,
        "board": 403,
        "anonymous": 302,
    },
    "/knowledge/new/items/?translation_of=flood": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 200,
        "board": 403,
        "anonymous": 302,
    },
    "/knowledge/review/": STAFF_ONLY,
    "/knowledge/coverage/": STAFF_ONLY,
    "{published}": OPEN,
    "{draft}": OWNER_ONLY,
    "{returned}": OWNER_ONLY,
    "{submitted}": OWNER_ONLY,
    "/knowledge/{draft.pk}/edit/": OWNER_ONLY | {"anonymous": 302},
    "/knowledge/{returned.pk}/edit/": OWNER_ONLY | {"anonymous": 302},
    "/knowledge/{submitted.pk}/edit/": OWNER_ONLY | {"surabaya": 403, "anonymous": 302},
    "/knowledge/{published.pk}/edit/": {
        "secretariat": 200,
        "surabaya": 403,
        "makassar": 403,
        "board": 403,
        "anonymous": 302,
    },
    "/api/v1/knowledge": OPEN,
    "/api/v1/knowledge/{published.pk}": OPEN,
    "/api/v1/knowledge/{draft.pk}": dict.fromkeys(PERSONAS, 404),
}
ACTED = {"secretariat": 302, "surabaya": 302, "makassar": 404, "board": 404, "anonymous": 302}
STAFF_ACTS = {"secretariat": 302, "surabaya": 403, "makassar": 403, "board": 403, "anonymous": 302}
ACTIONS = {
    "/knowledge/{draft.pk}/submit/": ACTED,
    "/knowledge/{draft.pk}/comment/": ACTED,
    # Without confirm=yes, the secretariat is asked first (200); kota/knowledge/tests/test_workflow.py
    "/knowledge/{submitted.pk}/publish/": STAFF_ACTS | {"secretariat": 200},
    "/knowledge/{submitted.pk}/return/": STAFF_ACTS,
    "/knowledge/{published.pk}/interest/": {
        "secretariat": 403,
        "surabaya": 403,  # its own practice
        "makassar": 302,
        "board": 403,
        "anonymous": 302,
    },
}


def items(personas):
    def make(status, **kwargs):
        published = status == KnowledgeItem.Status.PUBLISHED
        return KnowledgeItemFactory(
            members=[personas.surabaya_city], status=status, published=published, **kwargs
        )

    return {status.value: make(status) for status in KnowledgeItem.Status}


def url(path, made):
    if path.startswith("{") and path.endswith("}"):
        return made[path[1:-1]].get_absolute_url()
    return path.format(**made)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_opens_exactly_the_knowledge_pages_it_may(client, personas, persona):
    made = items(personas)
    client = client_for(client, dict(personas.all())[persona])
    seen = {path: client.get(url(path, made)).status_code for path in PAGES}
    assert seen == {path: expected[persona] for path, expected in PAGES.items()}


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_takes_exactly_the_steps_it_may(client, personas, persona):
    made = items(personas)
    client = client_for(client, dict(personas.all())[persona])
    data = {"text": "Please add photos", "reason": "Needs photos", "want": "1"}
    acted = {path: client.post(url(path, made), data).status_code for path in ACTIONS}
    assert acted == {path: expected[persona] for path, expected in ACTIONS.items()}


def test_the_knowledge_actions_refuse_get(client, personas):
    made = items(personas)
    client.force_login(personas.secretariat)
    for path in ACTIONS:
        assert client.get(url(path, made)).status_code == 405


@pytest.mark.parametrize("persona", PERSONAS)
def test_attachments_download_for_exactly_who_may_see_their_item(
    client, personas, persona, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    made = items(personas)
    files = {}
    for status in ("published", "draft"):
        attachment = made[status].attachments.create(
            file=SimpleUploadedFile(f"{status}.pdf", b"%PDF-1.7 " + status.encode()),
        )
        files[status] = attachment
    client = client_for(client, dict(personas.all())[persona])
    seen = {status: client.get(a.file.url) for status, a in files.items()}
    expected = {"published": OPEN[persona], "draft": OWNER_ONLY[persona]}
    assert {status: r.status_code for status, r in seen.items()} == expected
    published = seen["published"]
    assert b"".join(published.streaming_content) == b"%PDF-1.7 published"
    assert published["Content-Type"] == "application/pdf"
    assert published["Content-Disposition"].startswith("attachment;")
    if expected["draft"] == 200:
        assert "no-store" in seen["draft"]["Cache-Control"]
    page = client.get(made["published"].get_absolute_url())
    assert f'href="{files["published"].file.url}"'.encode() in page.content
    assert files["published"].file.url.startswith("/knowledge/files/knowledge/")
