"""A focal point writes and submits; the secretariat comments, returns or publishes; the
submitter is emailed about each step by a task, after the step is committed."""

import io
import zipfile

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.files import validate_attachment
from kota.knowledge.models import InvalidTransition, KnowledgeItem, ReviewEvent
from kota.knowledge.search import Criteria, Search

pytestmark = pytest.mark.django_db
Status = KnowledgeItem.Status


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def form_data(personas, **changes):
    data = {
        "kind": "good_practice",
        "title": "Waste banks in every kampung",
        "summary": "Residents sell sorted waste to neighbourhood banks.",
        "body": "Since **2010**, Surabaya ...",
        "language": "id",
        "country": "ID",
        "members": [personas.surabaya_city.pk],
        "sdgs": ["11", "12"],
        "core_areas": ["sdgs-localisation"],
        "objectives": "Less waste in landfill.",
        "contact_name": "Ibu Rini",
        "contact_email": "rini@surabaya.example",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-0-url": "https://surabaya.example/bank-sampah",
        "links-0-label": "Programme page",
    }
    data.update(changes)
    return data


def pdf(name="report.pdf", content=b"%PDF-1.7\n%...\n"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def docx(name="plan.docx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def test_a_focal_point_saves_a_draft_for_their_own_member(client, personas):
    client.force_login(personas.surabaya)
    data = form_data(personas, **{"attachments-0-file": pdf(), "attachments-0-title": "Report"})
    response = client.post("/knowledge/new/", data)
    item = KnowledgeItem.objects.get()
    assert response.url == item.get_absolute_url()
    assert item.status == Status.DRAFT
    assert list(item.members.all()) == [personas.surabaya_city]
    assert sorted(item.sdgs.values_list("number", flat=True)) == [11, 12]
    assert item.attachments.get().content_type == "application/pdf"
    assert item.links.get().label == "Programme page"
    assert item.created_by == personas.surabaya
    assert Search(Criteria(q="waste")).count == 0


def test_a_focal_point_cannot_write_for_another_member(client, personas):
    client.force_login(personas.surabaya)
    response = client.post(
        "/knowledge/new/", form_data(personas, members=[personas.makassar_city.pk])
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_submitting_emails_the_submitter_after_commit(
    client, personas, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(personas.surabaya)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/knowledge/new/", form_data(personas, submit="1"))
    item = KnowledgeItem.objects.get()
    assert item.status == Status.SUBMITTED
    assert item.submitted_by == personas.surabaya
    [mail] = mailoutbox
    assert mail.to == ["fp@surabaya.example"]
    assert mail.subject == "Received for review: Waste banks in every kampung"
    assert item.get_absolute_url() in mail.body


def test_no_email_leaves_before_the_step_is_committed(
    personas, mailoutbox, django_capture_on_commit_callbacks
):
    item = KnowledgeItemFactory(members=[personas.surabaya_city])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        item.submit(personas.surabaya)
    assert mailoutbox == []
    assert len(callbacks) == 1


def test_the_secretariat_comments_returns_with_a_reason_and_publishes(
    client, personas, mailoutbox, django_capture_on_commit_callbacks
):
    item = KnowledgeItemFactory(members=[personas.surabaya_city], title="Bank sampah")
    item.submit(personas.surabaya)
    client.force_login(personas.secretariat)
    assert "Bank sampah" in client.get("/knowledge/review/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/knowledge/{item.pk}/comment/", {"text": "Lovely. Any photos?"})
        client.post(f"/knowledge/{item.pk}/return/", {"reason": ""})
        item.refresh_from_db()
        assert item.status == Status.SUBMITTED  # a return needs a reason
        client.post(f"/knowledge/{item.pk}/return/", {"reason": "Please add the budget."})
        item.refresh_from_db()
        assert item.status == Status.RETURNED
        item.submit(personas.surabaya)
        asked = client.post(f"/knowledge/{item.pk}/publish/").content.decode()
        assert "“Bank sampah” will be public: on the knowledge hub" in asked
        item.refresh_from_db()
        assert item.status == Status.SUBMITTED  # asked, not yet published
        client.post(f"/knowledge/{item.pk}/publish/", {"confirm": "yes"})
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED
    assert item.published_at is not None
    assert Search(Criteria(q="sampah")).count == 1
    assert [mail.subject for mail in mailoutbox] == [
        "New comment on Bank sampah",
        "Changes requested: Bank sampah",
        "Received for review: Bank sampah",
        "Published: Bank sampah",
    ]
    assert "Please add the budget." in mailoutbox[1].body
    assert list(item.events.values_list("action", flat=True)) == [
        "submitted",
        "commented",
        "returned",
        "submitted",
        "published",
    ]


def test_the_workflow_verbs_guard_their_transitions(personas):
    item = KnowledgeItemFactory(members=[personas.surabaya_city])
    with pytest.raises(PermissionDenied):
        item.publish(personas.surabaya)
    with pytest.raises(PermissionDenied):
        item.submit(personas.makassar)
    with pytest.raises(InvalidTransition):
        item.return_to_submitter(personas.secretariat, "Not yet submitted")
    item.publish(personas.secretariat)
    with pytest.raises(InvalidTransition):
        item.publish(personas.secretariat)
    with pytest.raises(ValidationError):
        item.return_to_submitter(personas.secretariat, "   ")
    assert item.events.filter(action=ReviewEvent.Action.PUBLISHED).count() == 1


def test_a_focal_point_edits_a_returned_item_but_not_a_submitted_one(client, personas):
    item = KnowledgeItemFactory(members=[personas.surabaya_city], status=Status.RETURNED)
    client.force_login(personas.surabaya)
    data = form_data(personas, title="Better title")
    assert client.post(f"/knowledge/{item.pk}/edit/", data).status_code == 302
    item.refresh_from_db()
    assert item.title == "Better title"
    item.submit(personas.surabaya)
    assert client.post(f"/knowledge/{item.pk}/edit/", data).status_code == 403


def test_a_focal_point_lists_only_their_members_items(client, personas):
    KnowledgeItemFactory(members=[personas.surabaya_city], title="Ours")
    KnowledgeItemFactory(members=[personas.makassar_city], title="Theirs")
    client.force_login(personas.surabaya)
    html = client.get("/knowledge/mine/").content.decode()
    assert "Ours" in html and "Theirs" not in html


def test_every_change_is_kept_in_history(personas):
    item = KnowledgeItemFactory(members=[personas.surabaya_city])
    item.submit(personas.surabaya)
    item.publish(personas.secretariat)
    assert [h.status for h in item.history.order_by("history_date")] == [
        "draft",
        "submitted",
        "published",
    ]


def test_the_contact_is_shown_to_staff_only(client, personas):
    item = KnowledgeItemFactory(
        published=True, members=[personas.surabaya_city], contact_email="rini@surabaya.example"
    )
    assert "rini@surabaya.example" not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(personas.surabaya)
    assert "rini@surabaya.example" not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(personas.secretariat)
    assert "rini@surabaya.example" in client.get(item.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("virus.exe", b"MZ"), "is not a kind of file Kota accepts"),
        (SimpleUploadedFile("report.pdf", b"MZ\x90\x00"), "is not a real PDF file"),
        (SimpleUploadedFile("plan.docx", b"%PDF-1.4"), "is not a real DOCX file"),
    ],
)
def test_attachments_of_the_wrong_type_are_refused_with_a_clear_message(upload, message):
    with pytest.raises(ValidationError) as refused:
        validate_attachment(upload)
    assert message in refused.value.messages[0]


def test_attachments_over_20_mb_are_refused():
    upload = pdf()
    upload.size = 21 * 1024 * 1024
    with pytest.raises(ValidationError) as refused:
        validate_attachment(upload)
    assert refused.value.messages == [
        "“report.pdf” is 21.0\xa0MB; an attachment can be at most 20.0\xa0MB."
    ]


def test_real_office_documents_and_images_are_accepted():
    validate_attachment(docx())
    validate_attachment(SimpleUploadedFile("photo.JPG", b"\xff\xd8\xff\xe0rest"))
    validate_attachment(pdf())


def test_the_form_shows_why_an_attachment_was_refused(client, personas):
    client.force_login(personas.surabaya)
    data = form_data(personas, **{"attachments-0-file": SimpleUploadedFile("x.exe", b"MZ")})
    response = client.post("/knowledge/new/", data)
    assert "“x.exe” is not a kind of file Kota accepts" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_the_new_item_form_starts_with_the_focal_points_member_and_country(client, personas):
    client.force_login(personas.surabaya)
    form = client.get("/knowledge/new/").context["form"]
    assert form.initial["members"] == [personas.surabaya_city]
    assert form.initial["country"] == "ID"


def test_staff_open_the_item_in_the_admin(client, personas):
    item = KnowledgeItemFactory(published=True)
    client.force_login(personas.secretariat)
    assert client.get("/admin/knowledge/knowledgeitem/").status_code == 200
    assert client.get(f"/admin/knowledge/knowledgeitem/{item.pk}/change/").status_code == 200
