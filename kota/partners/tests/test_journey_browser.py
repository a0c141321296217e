"""The resource mobilisation journey: a secretariat officer records an opportunity from a
partner's page and wins it as a grant, which the grant page then shows. At desktop and phone
widths. (kota/projects extends it: the grant attached to a project, a disbursement recorded.)"""

import pytest
from playwright.sync_api import expect

from kota.partners.factories import PartnerFactory
from kota.partners.models import Grant, Opportunity
from kota.test import Personas

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def giz(live_db):
    Personas()
    return PartnerFactory(
        name="Deutsche Gesellschaft für Internationale Zusammenarbeit", acronym="GIZ"
    )


def log_in(page, base, username, password):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def record_and_win(page, base, partner, *, title, amount, currency):
    """From `partner`'s page, record an opportunity at the proposal stage and win it as a
    grant; leaves `page` on the grant's page."""
    page.goto(f"{base}{partner.get_absolute_url()}")
    page.get_by_role("link", name="Record an opportunity").click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Stage").select_option(label="Proposal")
    page.get_by_label("Amount sought").fill(amount)
    page.get_by_label("Currency").select_option(value=currency)
    page.get_by_label("Probability (%)").fill("40")
    page.get_by_role("button", name="Record the opportunity").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_label("Funder's reference").fill("81234567")
    page.get_by_role("button", name="Win it as a grant").click()
    expect(page.get_by_text("Won. The grant is recorded")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_staff_record_an_opportunity_and_win_it_as_a_grant(browser, live_server, giz, width):
    base = live_server.url
    page = browser.new_context(locale="en-US", viewport=WIDTHS[width]).new_page()
    log_in(page, base, "secretariat", "pw-secretariat")

    record_and_win(
        page,
        base,
        giz,
        title="Climate budgeting in intermediary cities",
        amount="600000",
        currency="EUR",
    )

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Climate budgeting in intermediary cities"
    )
    expect(page.locator("dl.facts")).to_contain_text("€600,000.00")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    grant = Grant.objects.get()
    assert (grant.funder, grant.currency, grant.reference) == (giz, "EUR", "81234567")
    assert grant.opportunity.stage == Opportunity.Stage.WON

    page.goto(f"{base}/partners/pipeline/")
    expect(page.get_by_role("region", name="Won")).to_contain_text(
        "Climate budgeting in intermediary cities"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
