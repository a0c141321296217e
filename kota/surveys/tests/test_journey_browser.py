"""In Chromium: the focal point of Surabaya answers the satisfaction survey in Bahasa Indonesia
(the question asked only after a low score appears when that score is chosen), saves a draft,
comes back to find the answers kept, and submits; a secretariat officer validates the
response; the summary's chart and table show the answer. On a phone and at desktop width."""

import pytest
from playwright.sync_api import expect

from kota.surveys.factories import CampaignFactory, ResponseFactory
from kota.surveys.models import Response
from kota.test import Personas

pytestmark = pytest.mark.browser
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}


@pytest.fixture
def survey(live_db):
    personas = Personas()
    campaign = CampaignFactory(slug="kepuasan-2026")
    response = ResponseFactory(campaign=campaign, member=personas.surabaya_city, language="id")
    return campaign, response


def log_in(browser, base, width, locale, username, password):
    page = browser.new_context(locale=locale, viewport=WIDTHS[width]).new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    return page


def fits(page, width):
    return page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_focal_point_answers_in_indonesian_and_staff_validates(
    browser, live_server, survey, width
):
    campaign, response = survey
    base = live_server.url
    focal = log_in(browser, base, width, "id-ID", "surabaya", "pw-surabaya")
    focal.goto(f"{base}/surveys/")
    focal.get_by_role("link", name="Survei kepuasan anggota").click()
    expect(focal.get_by_role("heading", name="Layanan kami")).to_be_visible()

    why = focal.get_by_label("Apa yang harus kami perbaiki?")
    expect(why).to_be_hidden()  # asked only after a poor score
    focal.get_by_label("Buruk", exact=True).check()
    expect(why).to_be_visible()
    why.fill("Balasan email lebih cepat")
    focal.get_by_label("Staf yang menangani hubungan internasional (people)").fill("3")
    assert fits(focal, width)
    focal.get_by_role("button", name="Simpan sebagai draf").click()
    expect(focal.get_by_text("Jawaban Anda disimpan sebagai draf.")).to_be_visible()

    focal.goto(f"{base}/surveys/")  # away, and back
    focal.get_by_role("link", name="Survei kepuasan anggota").click()
    expect(focal.get_by_label("Buruk", exact=True)).to_be_checked()
    expect(focal.get_by_label("Apa yang harus kami perbaiki?")).to_have_value(
        "Balasan email lebih cepat"
    )
    focal.get_by_role("button", name="Ajukan", exact=True).click()
    expect(focal.get_by_text("Jawaban Anda telah diajukan. Terima kasih.")).to_be_visible()
    expect(focal.locator("#response-status")).to_have_text("Diajukan")
    assert fits(focal, width)
    response.refresh_from_db()
    assert response.status == Response.Status.SUBMITTED
    assert response.answers == {
        "satisfaction": "2",
        "why_not": "Balasan email lebih cepat",
        "staff": "3",
    }

    staff = log_in(browser, base, width, "en-US", "secretariat", "pw-secretariat")
    staff.goto(f"{base}/surveys/{campaign.slug}/")
    expect(staff.locator("#progress")).to_contain_text("Submitted, to review")
    staff.get_by_role("link", name="Surabaya").click()
    expect(staff.get_by_text("Balasan email lebih cepat")).to_be_visible()
    staff.get_by_role("button", name="Validate").click()
    expect(staff.get_by_text("The response is validated.")).to_be_visible()

    staff.goto(f"{base}/surveys/{campaign.slug}/summary/")
    poor = staff.get_by_role("cell", name="Poor", exact=True)
    row = staff.locator("#table-satisfaction tr", has=poor)
    expect(row.locator("td").nth(1)).to_have_text("1")
    chart = staff.locator("#summary-satisfaction .chart-area")
    chart.scroll_into_view_if_needed()
    expect(chart).to_have_class("chart-area drawn")
    expect(chart.locator("canvas")).to_be_visible()
    assert fits(staff, width)
