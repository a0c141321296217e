"""The peer-matching journey: a focal point opens a learning request, the secretariat picks a
provider Kota proposed (with its reasons), records the exchange and later the outcome, and the
KPI "practices replicated" counts it, on the results page and on the cooperation page. At
desktop and phone widths."""

import datetime

import pytest
from playwright.sync_api import expect

from kota.core.models import CoreArea
from kota.knowledge.factories import KnowledgeItemFactory
from kota.members.factories import MemberFactory
from kota.results.factories import IndicatorFactory, PlanFactory
from kota.results.models import Indicator
from kota.test import Personas

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def hub(live_db):
    people = Personas()
    provider = MemberFactory(name="Cebu City", country_id="PH")
    KnowledgeItemFactory(
        title="Community flood early warning",
        members=[provider],
        core_areas=[CoreArea.objects.get(slug="climate-drr")],
        published=True,
    )
    today = datetime.date.today()
    plan = PlanFactory(
        slug="manifesto",
        starts_on=datetime.date(today.year, 1, 1),
        ends_on=datetime.date(today.year + 2, 12, 31),
    )
    indicator = IndicatorFactory(
        plan=plan,
        code="KPI-4.1.2",
        name="Practices replicated through peer exchanges",
        source=Indicator.Source.COMPUTED,
        measure="cooperation.practices_replicated",
        frequency=Indicator.Frequency.QUARTERLY,
        is_cumulative=True,
        is_public=True,
    )
    return people, provider, indicator


def log_in(page, base, username, password):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_a_learning_request_is_matched_followed_and_counted(browser, live_server, hub, width):
    _people, provider, indicator = hub
    base = live_server.url
    viewport = WIDTHS[width]
    kpi_url = f"{base}/results/{indicator.plan.slug}/indicators/{indicator.code}/"

    public = browser.new_context(locale="en-US", viewport=viewport).new_page()
    public.goto(kpi_url)
    expect(public.locator("#live-value strong")).to_have_text("0")

    focal_point = browser.new_context(locale="en-US", viewport=viewport).new_page()
    log_in(focal_point, base, "surabaya", "pw-surabaya")
    focal_point.goto(f"{base}/cooperation/learning/new/")
    focal_point.get_by_label("Member that wants to learn").select_option(label="Surabaya")
    focal_point.get_by_label("Theme").select_option(
        label="Climate Change Adaptation and Disaster Risk Reduction"
    )
    focal_point.get_by_label("What do you want to learn?").fill("A flood early warning system.")
    focal_point.get_by_role("button", name="Open the request").click()
    expect(focal_point.get_by_role("heading", name="Surabaya wants to learn")).to_be_visible()
    request_url = focal_point.url
    fits(focal_point, viewport["width"])

    staff = browser.new_context(locale="en-US", viewport=viewport).new_page()
    log_in(staff, base, "secretariat", "pw-secretariat")
    staff.goto(request_url)
    proposals = staff.locator("#proposals")
    expect(proposals).to_contain_text("Cebu City")
    expect(proposals).to_contain_text("Shares the core area Climate Change Adaptation")
    staff.get_by_role("button", name="Introduce Cebu City").click()
    expect(staff.get_by_text("Introduced to Cebu City.")).to_be_visible()

    exchange = staff.locator("#exchange-form")
    exchange.get_by_label("Exchange").select_option(label="Study visit")
    exchange.get_by_label("Date").fill(datetime.date.today().isoformat())
    exchange.get_by_role("button", name="Record the exchange").click()
    expect(staff.get_by_text("Exchange recorded.")).to_be_visible()

    # Six months later.
    outcome = staff.locator("#outcome-form")
    outcome.get_by_label("After").select_option(label="6 months")
    outcome.get_by_label("Result").select_option(label="Replicated")
    outcome.get_by_role("button", name="Record the outcome").click()
    expect(staff.locator("#outcomes")).to_contain_text("Replicated")
    fits(staff, viewport["width"])

    public.goto(kpi_url)
    expect(public.locator("#live-value strong")).to_have_text("1")
    public.goto(f"{base}/cooperation/")
    expect(public.locator('[data-kpi="replicated"]')).to_have_text("1")
    fits(public, viewport["width"])
