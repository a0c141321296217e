"""Staff compose a newsletter in English and Chinese, preview it in Chinese, send a test,
schedule it; once it has gone out, the public archive shows it. At desktop and phone widths."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from kota.core.models import User
from kota.mailings.factories import SubscriberFactory, TopicFactory
from kota.mailings.models import Mailing

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def readers(live_db):
    topic = TopicFactory(slug="network-news", name="Network news")
    SubscriberFactory(email="ani@example.org", language="id", topics=[topic])
    SubscriberFactory(email="li@example.org", language="zh-hans", topics=[topic])
    User.objects.create_user("officer", "officer@example.org", "officer-pass-123", is_staff=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_staff_compose_preview_test_and_schedule_a_newsletter(browser, live_server, readers, width):
    base = live_server.url
    staff = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    staff.goto(f"{base}/accounts/login/")
    staff.get_by_label("Username").fill("officer")
    staff.get_by_label("Password").fill("officer-pass-123")
    staff.get_by_role("button", name="Log in").click()

    staff.goto(f"{base}/mailings/")
    staff.get_by_role("button", name="New mailing").click()
    staff.get_by_label("Topic").select_option(label="Network news")
    staff.get_by_label("also to newsletter subscribers").check()
    staff.get_by_label("Subject", exact=True).fill("Cities share flood lessons")
    staff.get_by_label("Message (Markdown)", exact=True).fill(
        "Three cities compared **early warning**."
    )
    staff.get_by_text("Translation: 简体中文").click()
    staff.get_by_label("Subject in 简体中文").fill("城市交流防洪经验")
    staff.get_by_label("Message in 简体中文").fill("三个城市比较了**预警**系统。")
    staff.get_by_role("button", name="Save draft").click()
    expect(staff.get_by_text("Draft saved.")).to_be_visible()
    expect(staff.locator("#recipient-count")).to_contain_text("2 addresses, each counted once.")

    staff.get_by_role("link", name="简体中文").click()
    expect(staff.locator("#preview")).to_contain_text("城市交流防洪经验")
    expect(staff.locator("#preview strong", has_text="预警")).to_be_visible()

    staff.get_by_label("Send a test to").fill("officer@example.org")
    staff.get_by_role("button", name="Send test").click()
    expect(staff.get_by_text("Test sent to officer@example.org.")).to_be_visible()
    assert [message.subject for message in mail.outbox] == ["[测试] 城市交流防洪经验"]

    in_an_hour = timezone.localtime() + datetime.timedelta(hours=1)
    staff.get_by_label("Send at").fill(in_an_hour.strftime("%Y-%m-%dT%H:%M"))
    staff.get_by_role("button", name="Schedule").click()
    expect(staff.get_by_text("Scheduled for")).to_be_visible()
    public = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    public.goto(f"{base}/newsletter/archive/")
    expect(public.get_by_text("No newsletter has been sent yet.")).to_be_visible()

    # An hour later the minute job hands it to the worker (here, tasks run at once).
    Mailing.objects.update(scheduled_at=timezone.now())
    call_command("send_mailings")
    assert sorted(message.subject for message in mail.outbox[1:]) == [
        "Cities share flood lessons",
        "城市交流防洪经验",
    ]
    staff.reload()
    expect(staff.locator("#statistics")).to_contain_text("2")
    assert staff.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]

    public.goto(f"{base}/newsletter/archive/")
    public.get_by_role("link", name="Cities share flood lessons").click()
    expect(public.get_by_role("heading", name="Cities share flood lessons")).to_be_visible()
    width_used = public.evaluate("document.documentElement.scrollWidth")
    assert width_used <= WIDTHS[width]["width"]
