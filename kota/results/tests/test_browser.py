"""The results journey in headless Chromium: an officer enters a value with evidence and
submits it, a second officer approves it from the review queue, and a visitor sees it counted
on the dashboard and drawn on the indicator's chart."""

import pytest
from playwright.sync_api import expect

from kota.core.models import User
from kota.results.factories import IndicatorFactory
from kota.results.loading import MANIFESTO, load_plan_file
from kota.results.models import Plan, Strategy

pytestmark = pytest.mark.browser
RESULTS = "/results/manifesto-2021-2025"


@pytest.fixture
def network(live_db):
    load_plan_file(MANIFESTO)  # the flush of earlier live tests removed what migrations loaded
    plan = Plan.objects.get(slug="manifesto-2021-2025")
    indicator = IndicatorFactory(
        plan=plan, code="KPI-T", name="Cities trained in SDG localisation", is_public=True
    )
    indicator.strategies.add(Strategy.objects.get(goal__plan=plan, code="3.1"))
    User.objects.create_user("ayu", password="ayu-pass-123", is_staff=True)
    User.objects.create_user("budi", password="budi-pass-123", is_staff=True)


def log_in(page, base, username, password):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_value_is_entered_approved_and_charted(browser, live_server, network):
    base = live_server.url
    ayu = browser.new_context(locale="en-US").new_page()
    log_in(ayu, base, "ayu", "ayu-pass-123")
    ayu.goto(f"{base}{RESULTS}/indicators/KPI-T/")
    ayu.get_by_role("button", name="Enter a value").click()
    ayu.get_by_label("Period").select_option(label="2023")
    ayu.get_by_label("Value", exact=True).fill("42")
    ayu.get_by_label("Evidence (link)").fill("https://example.org/training-report-2023.pdf")
    ayu.get_by_role("button", name="Save and submit for approval").click()
    expect(ayu.get_by_text("Submitted for approval.")).to_be_visible()
    expect(ayu.locator("#value-status")).to_have_text("Submitted for approval")

    budi = browser.new_context(locale="en-US").new_page()
    log_in(budi, base, "budi", "budi-pass-123")
    budi.goto(f"{base}/results/review/")
    budi.locator("#awaiting").get_by_role("link", name="2023").click()
    budi.get_by_role("button", name="Approve").click()
    expect(budi.get_by_text("Approved: the value of KPI-T for 2023 now counts.")).to_be_visible()

    visitor = browser.new_context(locale="en-US").new_page()
    violations = []
    visitor.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    visitor.goto(f"{base}{RESULTS}/")
    row = visitor.locator("#indicator-KPI-T")
    expect(row).to_contain_text("42")
    visitor.locator("[data-chart=statuses]").scroll_into_view_if_needed()
    expect(visitor.locator("[data-chart=statuses] canvas")).to_have_count(1)
    row.get_by_role("link", name="KPI-T").click()
    expect(visitor.locator("#latest strong")).to_have_text("42")
    visitor.locator("#indicator-chart").scroll_into_view_if_needed()
    expect(visitor.locator("#indicator-chart canvas")).to_have_count(1)
    assert violations == []


def test_a_chart_loads_only_when_it_comes_into_view_and_links_to_its_table_until_then(
    browser, live_server, network
):
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = phone.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}{RESULTS}/indicators/KPI-T/", wait_until="load")
    page.wait_for_timeout(500)
    assert not [url for url in requested if "echarts" in url]
    area = page.locator(".chart-area")
    expect(area.get_by_role("link", name="See the figures in the table")).to_have_attribute(
        "href", "#values"
    )
    assert page.locator("#values").bounding_box()["y"] < area.bounding_box()["y"]

    area.scroll_into_view_if_needed()
    expect(page.locator("#indicator-chart canvas")).to_have_count(1)
    expect(area.locator(".chart-placeholder")).to_be_hidden()
    assert len([url for url in requested if "echarts" in url]) == 1
    phone.close()


def test_an_indicator_prints_without_navigation_or_buttons_and_its_chart_fits_the_page(
    browser, live_server, network
):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    page = context.new_page()
    log_in(page, live_server.url, "ayu", "ayu-pass-123")
    page.goto(f"{live_server.url}{RESULTS}/indicators/KPI-T/")
    page.locator("#indicator-chart").scroll_into_view_if_needed()
    expect(page.locator("#indicator-chart canvas")).to_have_count(1)
    expect(page.get_by_role("button", name="Enter a value")).to_be_visible()

    page.emulate_media(media="print")
    # A printed page is narrower than the screen the chart was drawn on, and printing sends
    # no resize event: narrow the body as the printer's page does.
    page.evaluate("document.body.style.width = '650px'")
    expect(page.locator("body > header")).to_be_hidden()
    expect(page.get_by_role("button", name="Enter a value")).to_be_hidden()
    expect(page.locator("body > footer")).to_be_hidden()
    chart = page.locator("#indicator-chart canvas").bounding_box()
    assert chart["x"] + chart["width"] <= 650, "the chart runs off the printed page"
    context.close()
