"""A visitor finds a training in the calendar and registers; a focal point registers two
officials of their city. At desktop and phone widths, with the browser's JavaScript."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from kota.core.models import User
from kota.events.factories import EventFactory, in_days
from kota.events.models import Event, Registration
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def events(live_db):
    EventFactory(title="Webinar on smart cities", kind=Event.Kind.WEBINAR, starts_at=in_days(3))
    training = EventFactory(
        title="Training for women mayors",
        kind=Event.Kind.TRAINING,
        time_zone="Asia/Manila",
        capacity=1,
        starts_at=in_days(10),
    )
    city = MemberFactory(name="Surabaya", country_id="ID")
    user = User.objects.create_user("focal", "focal@surabaya.example", "focal-pass-123")
    FocalPointFactory(member=city, user=user)
    return training


@pytest.mark.parametrize("width", WIDTHS)
def test_a_visitor_registers_and_a_focal_point_sends_a_delegation(
    browser, live_server, events, width
):
    base = live_server.url
    page = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    page.goto(f"{base}/events/")
    expect(page.get_by_text("Webinar on smart cities")).to_be_visible()
    page.get_by_label("Kind").select_option(label="Training")
    expect(page.get_by_text("Webinar on smart cities")).to_have_count(0)
    page.get_by_role("link", name="Training for women mayors").click()

    expect(page.get_by_text("Asia/Manila time")).to_be_visible()
    expect(page.locator("[data-local-times]")).to_be_visible()  # rewritten into the reader's zone
    expect(page.get_by_text("1 place left")).to_be_visible()
    page.get_by_label("Full name").fill("Maria Santos")
    page.get_by_label("Email", exact=True).fill("maria@example.org")
    page.get_by_label("Sex").select_option(label="Female")
    page.get_by_label("Age group").select_option(label="45-59")
    page.get_by_label("Role").select_option(label="Mayor or governor")
    page.get_by_label("Country").select_option(value="PH")
    page.get_by_role("button", name="Register for this event").click()
    expect(page.get_by_text("We can only register you with your consent.")).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_value("Maria Santos")
    page.get_by_label("I agree that the organisers").check()
    page.get_by_role("button", name="Register for this event").click()

    expect(page.get_by_text("your place is confirmed.")).to_be_visible()
    expect(page.locator(".qr-code svg")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert [m.to for m in mail.outbox] == [["maria@example.org"]]

    # The training is now full: a focal point's officials join the waitlist.
    focal = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    focal.goto(f"{base}/accounts/login/")
    focal.get_by_label("Username").fill("focal")
    focal.get_by_label("Password").fill("focal-pass-123")
    focal.get_by_role("button", name="Log in").click()
    focal.goto(f"{base}{events.get_absolute_url()}")
    focal.get_by_role("link", name="Register a delegation of officials for your member").click()
    for n, (name, email, sex) in enumerate(
        [
            ("Ani Wijaya", "ani@surabaya.example", "Female"),
            ("Budi", "budi@surabaya.example", "Male"),
        ]
    ):
        row = focal.get_by_role("group", name=f"Official {n + 1}")
        row.get_by_label("Full name").fill(name)
        row.get_by_label("Email", exact=True).fill(email)
        row.get_by_label("Sex").select_option(label=sex)
        row.get_by_label("Age group").select_option(label="25-34")
        row.get_by_label("Role").select_option(label="Official")
    focal.get_by_label("These officials agreed").check()
    focal.get_by_role("button", name="Register these officials").click()
    expect(focal.get_by_text("2 officials registered.")).to_be_visible()
    expect(focal.get_by_role("cell", name="On the waitlist")).to_have_count(2)
    assert focal.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert Registration.objects.filter(status="waitlisted", member__name="Surabaya").count() == 2
