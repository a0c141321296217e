"""The funding journey across partners and projects: a secretariat officer records an
opportunity, wins it as a grant, attaches the grant to a project and records a disbursement,
and the project's page shows it. At desktop and phone widths."""

import pytest
from playwright.sync_api import expect

from kota.partners.factories import PartnerFactory
from kota.projects.factories import ProjectFactory
from kota.test import Personas

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def setting(live_db):
    Personas()
    PartnerFactory(name="Cities Alliance", acronym="")
    return ProjectFactory(code="JOURNEY", title="Informal settlements in Makassar")


@pytest.mark.parametrize("width", WIDTHS)
def test_an_opportunity_won_funds_a_project_that_shows_its_disbursement(
    browser, live_server, setting, width
):
    project = setting
    base = live_server.url
    context = browser.new_context(viewport=WIDTHS[width], locale="en-US")
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("secretariat")
    page.get_by_label("Password").fill("pw-secretariat")
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{base}/partners/opportunities/new/")
    form = page.locator("main form")
    form.locator("select[name=funder]").select_option(label="Cities Alliance")
    form.locator("input[name=title]").fill("Upgrading informal settlements")
    form.locator("input[name=amount]").fill("80000")
    form.locator("select[name=currency]").select_option("EUR")
    form.locator("input[name=probability]").fill("60")
    form.get_by_role("button", name="Record the opportunity").click()

    win = page.locator("#win")
    win.get_by_label("Grant title").fill("Informal settlements grant")
    win.get_by_label("Amount granted").fill("75000")
    win.get_by_role("button", name="Win it as a grant").click()
    expect(page.locator("main")).to_contain_text("Informal settlements grant")

    page.goto(f"{base}{project.get_absolute_url()}")
    attach = page.locator("form[action$='/grants/']")
    attach.locator("select[name=grant]").select_option(label="Informal settlements grant")
    attach.get_by_role("button", name="Attach the grant").click()
    expect(page.locator("#money")).to_contain_text("Informal settlements grant")

    page.locator("#money summary", has_text="Record a transaction").click()
    record = page.locator("form[action$='/transactions/']")
    record.locator("select[name=kind]").select_option(label="Disbursement")
    record.locator("input[name=date]").fill("2026-03-02")
    record.locator("input[name=amount]").fill("12000")
    record.locator("select[name=currency]").select_option("EUR")
    record.locator("input[name=counterpart]").fill("Kota Makassar")
    record.get_by_role("button", name="Record the transaction").click()

    expect(page.get_by_role("status")).to_contain_text("The transaction is recorded.")
    row = page.locator("#transactions tbody tr", has_text="Kota Makassar")
    expect(row).to_contain_text("Disbursement")
    expect(row).to_contain_text("€12,000.00")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    context.close()
