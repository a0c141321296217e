"""Staff check a participant in at the door on a phone: typing part of a name finds them (htmx,
no reload) and one button checks them in; the QR code's page does the same. At 360 and 390
px phones and a 1280 px desktop, nothing is wider than the screen. The statistics page draws
a chart beside each table."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from kota.core.models import User
from kota.events.factories import EventFactory, RegistrationFactory, SessionFactory

pytestmark = pytest.mark.browser
WIDTHS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
    "small-phone": {"width": 360, "height": 740},
}


@pytest.fixture
def door(live_db):
    now = timezone.now()
    event = EventFactory(
        title="Training for women mayors",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=6),
    )
    SessionFactory(event=event, title="Opening", starts_at=event.starts_at, ends_at=event.ends_at)
    siti = RegistrationFactory(
        event=event, name="Siti Nurhaliza Kusumawardhani", email="siti.kusumawardhani@example.org"
    )
    RegistrationFactory(event=event, name="Maria Santos", email="maria@example.org")
    User.objects.create_user("officer", "officer@example.org", "officer-pass-123", is_staff=True)
    return event, siti


def log_in(browser, base, width):
    page = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill("officer-pass-123")
    page.get_by_role("button", name="Log in").click()
    return page


@pytest.mark.parametrize("width", WIDTHS)
def test_staff_find_and_check_in_a_participant_on_a_phone(browser, live_server, door, width):
    event, siti = door
    staff = log_in(browser, live_server.url, width)
    staff.goto(f"{live_server.url}/events/{event.slug}/check-in/")
    expect(staff.get_by_text("0 of 2 confirmed participants checked in.")).to_be_visible()

    staff.get_by_label("Name or email").press_sequentially("kusuma", delay=30)
    button = staff.get_by_role("button", name="Check in Siti Nurhaliza Kusumawardhani")
    expect(button).to_be_visible()  # found live: the page was not submitted
    assert "q=" not in staff.url
    expect(staff.get_by_text("Maria Santos")).to_have_count(0)
    assert staff.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]

    button.click()
    expect(staff.get_by_text("Siti Nurhaliza Kusumawardhani is checked in.")).to_be_visible()
    expect(staff.get_by_text("1 of 2 confirmed participants checked in.")).to_be_visible()
    assert siti.attendances.count() == 1

    staff.goto(f"{live_server.url}/events/check-in/r/{siti.token}/")
    expect(staff.get_by_role("heading", name="Siti Nurhaliza Kusumawardhani")).to_be_visible()
    assert staff.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    staff.get_by_role("button", name="Check in").click()
    expect(staff.get_by_text("Siti Nurhaliza Kusumawardhani is checked in.")).to_be_visible()
    assert siti.attendances.count() == 1  # once per session, however often


def test_the_statistics_draw_a_chart_beside_each_table(browser, live_server, door):
    event, siti = door
    siti.check_in()
    staff = log_in(browser, live_server.url, "phone")
    staff.goto(f"{live_server.url}/events/{event.slug}/statistics/")
    expect(staff.locator("#by-sex canvas")).to_have_count(1)
    expect(staff.locator("#by-country table")).to_contain_text("Indonesia")
    assert staff.evaluate("document.documentElement.scrollWidth") <= 390
