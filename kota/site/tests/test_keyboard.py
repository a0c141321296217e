"""Kota with a keyboard: the first Tab offers a skip link to the content, the focus ring stands
out from the page (at least 3:1), and the language select changes nothing until its button is
pressed (ArrowDown on a closed select used to switch the language at once)."""

import re

import pytest
from playwright.sync_api import expect

from kota.members.factories import MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rgb(css):
    return tuple(int(v) for v in re.findall(r"\d+", css)[:3])


@pytest.fixture
def phone_or_desktop(browser, request):
    context = browser.new_context(viewport=SCREENS[request.param], locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.mark.parametrize("phone_or_desktop", SCREENS, indirect=True)
def test_the_first_tab_offers_a_skip_link_to_the_content(phone_or_desktop, live_server, live_db):
    page = phone_or_desktop
    MemberFactory(name="Surabaya", country_id="ID")
    page.goto(f"{live_server.url}/members/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"
    page.keyboard.press("Tab")
    # The next stop is inside the content: the directory's search field, not the menu.
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize("phone_or_desktop", SCREENS, indirect=True)
def test_the_focus_ring_is_thick_and_stands_out_from_the_page(
    phone_or_desktop, live_server, live_db
):
    page = phone_or_desktop
    page.goto(f"{live_server.url}/members/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the skip link, onto the first link of the header
    ring = page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }"""
    )
    style, width, color = ring
    assert style == "solid" and float(width.removesuffix("px")) >= 2
    background = page.evaluate(
        """() => [document.body, document.documentElement]
                   .map((e) => getComputedStyle(e).backgroundColor)
                   .find((c) => c !== "rgba(0, 0, 0, 0)") || "rgb(255, 255, 255)" """
    )
    assert contrast(rgb(color), rgb(background)) >= 3


@pytest.mark.parametrize("phone_or_desktop", SCREENS, indirect=True)
def test_arrow_down_on_the_language_select_does_not_switch_the_language(
    phone_or_desktop, live_server, live_db
):
    page = phone_or_desktop
    page.goto(f"{live_server.url}/members/")
    select = page.get_by_label("Language", exact=True)
    select.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)
    expect(page.get_by_role("heading", name="Member directory", level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "en"

    select.select_option("id")
    page.locator("form.language").get_by_role("button").click()
    expect(page.get_by_role("heading", name="Direktori anggota", level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "id"
    expect(page).to_have_url(f"{live_server.url}/members/")
