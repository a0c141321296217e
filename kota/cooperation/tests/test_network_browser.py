"""The map and the network graph of cooperation are drawn by the trimmed ECharts build (its
graph and lines series), from the data the table above them lists."""

import pytest
from playwright.sync_api import expect

from kota.cooperation.factories import CooperationFactory
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def network(live_db):
    surabaya = MemberFactory(name="Surabaya", country_id="ID", latitude=-7.25, longitude=112.75)
    busan = MemberFactory(name="Busan", country_id="KR", latitude=35.18, longitude=129.08)
    kitakyushu = MemberFactory(name="Kitakyushu", country_id="JP", latitude=33.88, longitude=130.88)
    CooperationFactory(title="Surabaya–Busan", sides=[surabaya, busan])
    CooperationFactory(title="Kitakyushu–Surabaya", sides=[kitakyushu, surabaya])


@pytest.mark.parametrize("panel", ["Map of cooperation", "Network of cooperation"])
def test_the_map_and_the_graph_are_drawn(browser, live_server, network, panel):
    page = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 800}).new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/cooperation/")
    expect(page.locator("#cooperation-table")).to_contain_text("Surabaya–Busan")
    page.get_by_text(panel).click()
    area = page.locator("details[open] .map")
    expect(area.locator("canvas").first).to_be_visible()
    expect(area).not_to_have_attribute("aria-busy", "true")
    series = page.evaluate(
        """() => echarts.getInstanceByDom(document.querySelector('details[open] .map'))
                 .getOption().series.map((s) => [s.type, s.data.length])"""
    )
    if panel.startswith("Map"):
        assert series == [["lines", 2], ["scatter", 3]]
    else:
        assert series == [["graph", 3]]
    assert errors == []
