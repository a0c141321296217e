"""Back after htmx: a live search pushes its URL into the history, and the page and its htmx
fragment share that URL. Opening a result and pressing Back must bring the whole page back,
with its header and styles, never the bare fragment that htmx fetched."""

import re

import pytest
from django.apps import apps
from playwright.sync_api import expect

from kota.core.taxonomy_data import load_taxonomies
from kota.knowledge import indexing
from kota.knowledge.factories import KnowledgeItemFactory
from kota.members.factories import MemberFactory

SCREENS = {"desktop": (1280, 800), "phone": (390, 844)}


def test_every_response_varies_with_the_htmx_header(client, db):
    for url in ("/members/", "/members/?q=a", "/knowledge/", "/"):
        page = client.get(url)
        fragment = client.get(url, headers={"HX-Request": "true"})
        for response in (page, fragment):
            assert "HX-Request" in response["Vary"], url


def test_the_directory_answers_htmx_with_a_fragment_and_a_history_restore_with_the_page(client, db):
    MemberFactory(name="Surabaya", country_id="ID")
    fragment = client.get("/members/?q=sura", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and "Surabaya" in fragment
    restored = client.get(
        "/members/?q=sura",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    ).content.decode()
    assert restored.startswith("<!doctype html>") and "Surabaya" in restored


def test_the_knowledge_hub_answers_a_history_restore_with_the_page(client, db):
    restored = client.get(
        "/knowledge/?q=flood",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    ).content.decode()
    assert restored.startswith("<!doctype html>")


@pytest.fixture
def network(transactional_db):
    load_taxonomies(apps)  # a live-server test empties every table, countries included
    indexing.backend().clear()  # ...but not the search index, which Kota keeps itself
    guangzhou = MemberFactory(name="Guangzhou", local_name="广州市", country_id="CN")
    MemberFactory(name="Surabaya", country_id="ID")
    KnowledgeItemFactory(
        published=True, title="Flood early warning", members=[guangzhou], country_id="CN"
    )
    KnowledgeItemFactory(published=True, title="Waste banks", members=[guangzhou])


def assert_the_whole_page_is_back(page, heading):
    expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
    expect(page.locator("header nav")).to_be_visible()
    # The styles apply: Pico gives the body its own font, not the browser's serif default.
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "serif" not in family.split(",")[0].lower() and "Times" not in family
    assert page.evaluate("document.querySelectorAll('html').length") == 1


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("screen", SCREENS)
def test_back_after_a_live_search_in_the_directory_shows_the_whole_page(
    browser, live_server, network, screen
):
    width, height = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/members/")
    page.get_by_label("Search by name").fill("广州")
    expect(page.get_by_text("1 member", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"q=%E5%B9%BF%E5%B7%9E"))
    page.get_by_role("link", name="Guangzhou").click()
    expect(page.get_by_role("heading", name="Guangzhou", level=1)).to_be_visible()

    page.go_back()
    expect(page).to_have_url(re.compile(r"/members/\?q=%E5%B9%BF%E5%B7%9E"))
    assert_the_whole_page_is_back(page, "Member directory")
    expect(page.get_by_text("1 member", exact=True)).to_be_visible()
    # A reload, which asks the server again, shows the whole page too.
    page.reload()
    assert_the_whole_page_is_back(page, "Member directory")
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("screen", SCREENS)
def test_back_after_a_search_and_a_facet_in_the_knowledge_hub_shows_the_whole_page(
    browser, live_server, network, screen
):
    width, height = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/knowledge/")
    page.get_by_role("searchbox").fill("flood")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=flood"))
    expect(page.locator(".count")).to_have_text(re.compile(r"^1 item\b"))
    page.get_by_role("link", name="Flood early warning").click()
    expect(page.get_by_role("heading", name="Flood early warning", level=1)).to_be_visible()

    page.go_back()
    expect(page).to_have_url(re.compile(r"/knowledge/\?q=flood"))
    assert_the_whole_page_is_back(page, "Knowledge")
    expect(page.locator(".count")).to_have_text(re.compile(r"^1 item\b"))
    context.close()
