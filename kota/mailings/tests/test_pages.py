"""The mailing pages as the secretariat and the public use them."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kota.mailings.factories import (
    AudienceFactory,
    ContactFactory,
    MailingFactory,
    MailingTranslationFactory,
    SubscriberFactory,
    TopicFactory,
)
from kota.mailings.models import Contact, Delivery, Image, Mailing
from kota.mailings.sending import send_batch, send_message
from kota.mailings.tasks import send_mailing
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = pytest.mark.django_db

GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
    b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x01D\x00;"
)


@pytest.fixture
def staff(client, personas):
    client.force_login(personas.secretariat)
    return client


def test_staff_compose_a_translated_newsletter_preview_it_test_it_and_send_it(
    staff, personas, django_capture_on_commit_callbacks
):
    topic = TopicFactory(slug="news", name="Network news")
    SubscriberFactory(email="zh@example.org", language="zh-hans", topics=[topic])
    SubscriberFactory(email="en@example.org", topics=[topic])
    response = staff.post(
        "/mailings/new/",
        {
            "kind": "newsletter",
            "topic": topic.pk,
            "to_subscribers": "on",
            "in_archive": "on",
            "subject": "Cities adapt to floods",
            "body": "Makassar **opened** new [retention ponds](https://example.org/ponds).",
            "subject_zh-hans": "城市适应洪水",
            "body_zh-hans": "望加锡**启用**了新的[蓄水池](https://example.org/ponds)。",
            "subject_id": "",
            "body_id": "",
        },
    )
    mailing = Mailing.objects.get()
    assert response.url == f"/mailings/{mailing.pk}/"

    page = staff.get(f"/mailings/{mailing.pk}/?lang=zh-hans").content.decode()
    assert "城市适应洪水" in page and "<strong>启用</strong>" in page
    assert "2 addresses, each counted once." in page
    page = staff.get(f"/mailings/{mailing.pk}/?lang=id").content.decode()
    assert "No translation in this language" in page and "Cities adapt to floods" in page

    staff.post(f"/mailings/{mailing.pk}/test/", {"email": "me@example.org", "language": "zh-hans"})
    (test,) = mail.outbox
    assert test.to == ["me@example.org"] and test.subject == "[测试] 城市适应洪水"
    assert Delivery.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/mailings/{mailing.pk}/schedule/", {"send_at": ""})
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENT
    subjects = sorted(message.subject for message in mail.outbox[1:])
    assert subjects == ["Cities adapt to floods", "城市适应洪水"]
    page = staff.get(f"/mailings/{mailing.pk}/").content.decode()
    assert re.search(r"<th>Sent</th><td class=\"num\">2</td>", page)

    archive = staff.get("/newsletter/archive/").content.decode()
    assert "Cities adapt to floods" in archive
    assert (
        "城市适应洪水"
        in staff.get(mailing.get_archive_url(), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    )


def test_a_draft_is_not_in_the_archive_and_a_focal_point_cannot_compose(client, personas):
    MailingFactory(subject="Not yet")
    assert "Not yet" not in client.get("/newsletter/archive/").content.decode()
    client.force_login(personas.surabaya)
    assert client.get("/mailings/new/").status_code == 403
    assert client.post("/mailings/new/", {"subject": "x", "body": "y"}).status_code == 403
    assert Mailing.objects.count() == 1


def test_a_scheduled_mailing_can_go_back_to_draft_and_a_sent_one_cannot_be_edited(
    staff, django_capture_on_commit_callbacks
):
    SubscriberFactory()
    mailing = MailingFactory(to_subscribers=True)
    staff.post(f"/mailings/{mailing.pk}/schedule/", {"send_at": "2099-01-01T09:00"})
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SCHEDULED and mail.outbox == []
    staff.post(f"/mailings/{mailing.pk}/unschedule/")
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.DRAFT

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/mailings/{mailing.pk}/schedule/", {"send_at": ""})
    response = staff.get(f"/mailings/{mailing.pk}/edit/", follow=True)
    assert "cannot be changed" in response.content.decode()


def test_a_mailing_without_an_audience_cannot_be_scheduled(staff):
    mailing = MailingFactory()
    response = staff.post(f"/mailings/{mailing.pk}/schedule/", {"send_at": ""}, follow=True)
    assert "Choose an audience first." in response.content.decode()
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.DRAFT


def test_an_audience_of_focal_points_is_counted_by_address(staff):
    for name in ("Bogor", "Depok"):
        FocalPointFactory(
            member=MemberFactory(name=name, country_id="ID"), email="shared@id.example"
        )
    FocalPointFactory(member=MemberFactory(country_id="PH"), email="one@ph.example")
    response = staff.post(
        "/mailings/audiences/new/?source=focal_points",
        {"name": "Philippines", "c-status": ["active"], "c-country": ["PH"], "c-role": "all"},
    )
    audience = AudienceFactory._meta.model.objects.get(name="Philippines")
    assert response.url == f"/mailings/audiences/{audience.pk}/"
    assert audience.criteria["country"] == ["PH"]
    page = staff.get(response.url).content.decode()
    assert "1 address today, counted once." in page


def test_people_subscribe_with_double_opt_in(client, django_capture_on_commit_callbacks):
    topic = TopicFactory(
        slug="news", name="Network news", name_translations={"id": "Berita jaringan"}
    )
    form = client.get("/newsletter/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Berita jaringan" in form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/newsletter/",
            {"email": "Ani@Example.org", "name": "Ani", "language": "id", "topics": [topic.pk]},
        )
    assert response.url == "/newsletter/thanks/"
    contact = Contact.objects.get(email="ani@example.org")
    assert contact.subscription == Contact.Subscription.PENDING
    (message,) = mail.outbox
    assert "List-Unsubscribe" not in message.extra_headers  # transactional
    link = re.search(r"http://\S+/newsletter/confirm/\S+/", message.body).group(0)
    path = link.split("8000", 1)[1]

    assert "Confirm" in client.get(path).content.decode()  # a link scanner's GET changes nothing
    contact.refresh_from_db()
    assert contact.subscription == Contact.Subscription.PENDING
    client.post(path)
    contact.refresh_from_db()
    assert contact.subscription == Contact.Subscription.CONFIRMED
    assert list(contact.topics.all()) == [topic]


def test_a_robot_filling_the_hidden_field_subscribes_nobody(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/newsletter/", {"email": "bot@example.org", "language": "en", "website": "x"}
        )
    assert response.url == "/newsletter/thanks/"
    assert Contact.objects.count() == 0 and mail.outbox == []


def test_one_click_unsubscribe_needs_no_form_and_no_login(client):
    contact = SubscriberFactory()
    response = client.post(
        f"/mailings/unsubscribe/{contact.key}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    contact.refresh_from_db()
    assert contact.opted_out_at is not None
    assert client.post("/mailings/unsubscribe/wrong-key/").status_code == 404


def test_a_reader_chooses_language_topics_and_no_tracking(client):
    topic = TopicFactory(slug="news")
    contact = SubscriberFactory(topics=[topic])
    client.post(
        f"/mailings/preferences/{contact.key}/",
        {"newsletter": "on", "announcements": "on", "language": "zh-hans", "topics": []},
    )
    contact.refresh_from_db()
    assert (contact.language, contact.tracking, list(contact.topics.all())) == (
        "zh-hans",
        False,
        [],
    )


def test_opens_and_clicks_are_counted_only_for_readers_who_allow_it(client):
    counted = SubscriberFactory(email="yes@example.org")
    SubscriberFactory(email="no@example.org", tracking=False)
    mailing = MailingFactory(to_subscribers=True)
    staff_send(mailing)
    by_address = {message.to[0].rsplit("<", 1)[-1].rstrip(">"): message for message in mail.outbox}
    tracked_html = by_address["yes@example.org"].alternatives[0][0]
    plain_html = by_address["no@example.org"].alternatives[0][0]
    assert "/mailings/o/" in tracked_html and "/mailings/c/" in tracked_html
    assert "/mailings/o/" not in plain_html and 'href="https://example.org/story"' in plain_html

    delivery = Delivery.objects.get(email=counted.email)
    assert client.get(f"/mailings/o/{delivery.token}/")["Content-Type"] == "image/gif"
    response = client.get(f"/mailings/c/{delivery.token}/0/")
    assert response.status_code == 302 and response.url == "https://example.org/story"
    untracked = Delivery.objects.get(email="no@example.org")
    client.get(f"/mailings/o/{untracked.token}/")
    statistics = mailing.deliveries.statistics()
    assert (statistics["opened"], statistics["clicked"]) == (1, 1)


def staff_send(mailing):
    mailing.schedule(timezone.now())
    send_mailing.call(mailing.pk)


def test_an_uploaded_image_is_served_to_anyone_with_its_markdown_line(
    staff, client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    response = staff.post(
        "/mailings/images/",
        {"file": SimpleUploadedFile("pond.gif", GIF, "image/gif"), "alt": "A pond"},
    )
    assert response.status_code == 302
    picture = Image.objects.get()
    assert picture.markdown().startswith("![A pond](http://127.0.0.1:8000/mailings/images/")
    staff.logout()
    served = client.get(picture.get_absolute_url())
    assert served.status_code == 200 and served["Content-Type"] == "image/gif"
    assert client.get(picture.get_absolute_url() + "x").status_code == 404


def test_a_web_version_shows_the_readers_language(client):
    mailing = MailingFactory(kind=Mailing.Kind.ANNOUNCEMENT, in_archive=False)
    MailingTranslationFactory(mailing=mailing)
    contact = ContactFactory(language="zh-hans")
    delivery = Delivery.objects.create(
        mailing=mailing, contact=contact, email=contact.email, language="zh-hans"
    )
    assert "城市在行动" in client.get(f"/mailings/view/{delivery.token}/").content.decode()
    assert client.get(f"/newsletter/archive/{mailing.slug}/").status_code == 404


def test_a_sending_mailing_shows_its_progress_and_updates_itself(staff):
    SubscriberFactory.create_batch(3)
    mailing = MailingFactory(to_subscribers=True)
    mailing.schedule(timezone.now())
    send_batch(mailing.pk, batch_size=1)
    page = staff.get(f"/mailings/{mailing.pk}/").content.decode()
    assert '<progress value="1" max="3"' in page
    assert 'data-hx-trigger="every 5s"' in page


def test_the_secretariat_sees_the_emails_sent_to_a_member_on_its_profile(client, personas):
    send_message(
        "mailings/email/confirm",
        {"url": "x"},
        to=["fp@surabaya.example"],
        language="en",
        transactional=True,
        member=personas.surabaya_city,
    )
    client.force_login(personas.secretariat)
    page = client.get("/members/surabaya/").content.decode()
    assert "Emails sent" in page and "fp@surabaya.example" in page
    client.force_login(personas.surabaya)
    assert "Emails sent" not in client.get("/members/surabaya/").content.decode()
