"""Pages work under the Content-Security-Policy: no violation while the map, the charts and
the API docs load in a real browser."""

import datetime

import pytest
from playwright.sync_api import expect

from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def network(live_db):
    MemberFactory(name="Guangzhou", country_id="CN", latitude="23.12910", longitude="113.26440")
    bureau = BodyFactory(
        slug="executive-bureau", name="Executive Bureau", kind=Body.Kind.EXECUTIVE_BUREAU
    )
    SeatFactory(body=bureau, starts_on=datetime.date(2020, 1, 1))


def test_no_page_breaks_the_content_security_policy(page, live_server, network):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(f"{live_server.url}/")
    page.goto(f"{live_server.url}/members/")
    page.get_by_text("Map of members").click()
    expect(page.locator("#member-map canvas")).to_have_count(1)
    page.goto(f"{live_server.url}/governance/executive-bureau/")
    page.locator("[data-chart=share]").scroll_into_view_if_needed()  # charts draw when seen
    expect(page.locator("[data-chart=share] canvas")).to_have_count(1)
    page.goto(f"{live_server.url}/accounts/login/")
    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.get_by_text("/api/v1/members").first).to_be_visible()
    assert violations == []
