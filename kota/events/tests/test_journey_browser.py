"""The events journey across its parts: a focal point registers two officials of their city,
a secretariat officer checks one of them in at the door on a phone, and the participants KPI
on the results page counts the new participant. At desktop and phone widths."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from kota.events.factories import EventFactory
from kota.results.factories import IndicatorFactory, PlanFactory
from kota.results.models import Indicator
from kota.test import Personas

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def training(live_db):
    people = Personas()
    now = timezone.localtime()
    # Under way today, ending before midnight (the KPI counts an event on the day it ends).
    ends = now.replace(hour=23, minute=59, second=0, microsecond=0)
    event = EventFactory(
        title="Training on climate budgeting",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=max(ends, now + datetime.timedelta(minutes=1)),
        capacity=30,
    )
    plan = PlanFactory(
        slug="manifesto",
        starts_on=datetime.date(now.year, 1, 1),
        ends_on=datetime.date(now.year + 2, 12, 31),
    )
    indicator = IndicatorFactory(
        plan=plan,
        code="KPI-1.1.2",
        name="Participants in capacity-building events",
        source=Indicator.Source.COMPUTED,
        measure="events.participants",
        frequency=Indicator.Frequency.QUARTERLY,
        is_cumulative=True,
        is_public=True,
    )
    return people, event, indicator


def log_in(page, base, username, password):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_delegation_is_checked_in_and_counted(browser, live_server, training, width):
    _people, event, indicator = training
    base = live_server.url
    kpi_url = f"{base}/results/{indicator.plan.slug}/indicators/{indicator.code}/"

    public = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    public.goto(kpi_url)
    expect(public.locator("#live-value strong")).to_have_text("0")

    focal_point = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    log_in(focal_point, base, "surabaya", "pw-surabaya")
    focal_point.goto(f"{base}/events/{event.slug}/delegation/")
    officials = [
        ("Siti Rahmawati", "siti@surabaya.example", "Female", "35-44"),
        ("Budi Santoso", "budi@surabaya.example", "Male", "45-59"),
    ]
    for n, (name, email, sex, age) in enumerate(officials, start=1):
        row = focal_point.get_by_role("group", name=f"Official {n}")
        row.get_by_label("Full name").fill(name)
        row.get_by_label("Email", exact=True).fill(email)
        row.get_by_label("Sex", exact=True).select_option(label=sex)
        row.get_by_label("Age group").select_option(label=age)
        row.get_by_label("Role").select_option(label="Official")
    focal_point.get_by_label("These officials agreed").check()
    focal_point.get_by_role("button", name="Register these officials").click()
    delegates = focal_point.locator("table")
    expect(delegates).to_contain_text("Siti Rahmawati")
    expect(delegates).to_contain_text("Budi Santoso")

    # At the door, on a phone.
    staff = browser.new_context(locale="en-US", viewport=WIDTHS["phone"]).new_page()
    log_in(staff, base, "secretariat", "pw-secretariat")
    staff.goto(f"{base}/events/{event.slug}/check-in/")
    staff.get_by_role("searchbox").fill("Siti")
    staff.get_by_role("searchbox").press("Enter")
    staff.get_by_role("button", name="Check in Siti Rahmawati").click()
    expect(staff.get_by_text("Siti Rahmawati").first).to_be_visible()
    assert staff.evaluate("document.documentElement.scrollWidth") <= 390

    assert event.registrations.attended().count() == 1
    public.goto(kpi_url)
    expect(public.locator("#live-value strong")).to_have_text("1")
