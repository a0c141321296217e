"""The member journey in headless Chromium: find a city in Chinese script, open it, log in as
its focal point, change a phone number, see it saved; another city's focal point is refused."""

import re

import pytest
from playwright.sync_api import expect

from kota.core.models import User
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import FocalPoint, Visibility

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def network(live_db):
    guangzhou = MemberFactory(
        name="Guangzhou",
        local_name="广州市",
        country_id="CN",
        latitude="23.12910",
        longitude="113.26440",
    )
    MemberFactory(name="Hangzhou", local_name="杭州市", country_id="CN")
    MemberFactory(name="Surabaya", local_name="Kota Surabaya", country_id="ID")
    officer = User.objects.create_user("liwei", password="guangzhou-pass-1")
    FocalPointFactory(
        member=guangzhou,
        user=officer,
        name="Li Wei",
        phone="+86 20 1111 2222",
        phone_visibility=Visibility.MEMBERS,
        is_primary=True,
    )
    other = MemberFactory(name="Makassar", country_id="ID")
    FocalPointFactory(
        member=other, user=User.objects.create_user("dewi", password="makassar-pass-1")
    )
    return guangzhou


def log_in(page, base, username, password):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_focal_point_finds_their_city_and_updates_its_phone(page, live_server, network):
    base = live_server.url
    page.goto(base + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.get_by_role("link", name="Members", exact=True).click()
    expect(page.get_by_text("4 members")).to_be_visible()

    page.get_by_label("Search by name").fill("广州")
    expect(page.get_by_text("1 member", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"q=%E5%B9%BF%E5%B7%9E"))
    page.get_by_role("link", name="Guangzhou").click()
    expect(page.get_by_role("heading", name="Guangzhou")).to_be_visible()
    expect(page.get_by_text("广州市")).to_be_visible()
    expect(page.get_by_text("+86 20 1111 2222")).to_have_count(0)  # members only

    log_in(page, base, "liwei", "guangzhou-pass-1")
    expect(page).to_have_url(f"{base}/members/guangzhou/")
    page.get_by_role("button", name="Edit profile and contacts").click()
    page.locator("input[name=contacts-0-phone]").fill("+86 20 8888 9999")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved the profile of Guangzhou.")).to_be_visible()
    expect(page.get_by_text("+86 20 8888 9999")).to_be_visible()
    assert FocalPoint.objects.get(name="Li Wei").phone == "+86 20 8888 9999"


def test_another_citys_focal_point_is_refused_the_edit_page(page, live_server, network):
    log_in(page, live_server.url, "dewi", "makassar-pass-1")
    response = page.goto(f"{live_server.url}/members/guangzhou/edit/")
    assert response.status == 403
    expect(page.get_by_role("heading", name="You may not open this page")).to_be_visible()


def test_the_directory_works_on_a_phone_screen(browser, live_server, network):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="en-US")
    page = context.new_page()
    page.goto(f"{live_server.url}/members/")
    expect(page.get_by_role("link", name="Guangzhou")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375 + 1, f"the page is {width}px wide on a 375px screen"
    page.get_by_text("Map of members").click()
    expect(page.locator("#member-map canvas")).to_have_count(1)
    context.close()


def test_the_maps_tooltip_shows_a_members_name_as_text(page, live_server, live_db):
    planted = '<img src="x" id="planted" onerror="document.title=1">Kota'
    MemberFactory(name=planted, country_id="ID", latitude="-7.25750", longitude="112.75210")
    page.goto(f"{live_server.url}/members/")
    page.get_by_text("Map of members").click()
    expect(page.locator("#member-map canvas")).to_have_count(1)
    page.wait_for_function("echarts.getInstanceByDom(document.getElementById('member-map'))")
    page.evaluate(
        """() => echarts.getInstanceByDom(document.getElementById("member-map"))
             .dispatchAction({type: "showTip", seriesIndex: 0, dataIndex: 0})"""
    )
    expect(page.locator("#member-map").get_by_text(planted)).to_be_visible()
    assert page.locator("#planted").count() == 0
