"""The knowledge journey in headless Chromium: search, narrow by a facet, open an item; then a
focal point shares a practice, and the secretariat publishes it so that everyone finds it."""

import re

import pytest
from django.apps import apps
from playwright.sync_api import expect

from kota.core.models import User
from kota.core.taxonomy_data import load_taxonomies
from kota.knowledge import indexing
from kota.knowledge.factories import KnowledgeItemFactory
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def network(transactional_db):
    load_taxonomies(apps)  # a live-server test empties every table, countries included
    indexing.backend().clear()  # ...but not the search index, which Kota keeps itself
    surabaya = MemberFactory(name="Surabaya", country_id="ID")
    cebu = MemberFactory(name="Cebu City", country_id="PH")
    FocalPointFactory(
        member=surabaya, user=User.objects.create_user("rini", password="surabaya-pass-1")
    )
    User.objects.create_user("officer", password="officer-pass-1", is_staff=True)
    KnowledgeItemFactory(
        published=True,
        title="Flood early warning",
        summary="Sirens and text messages before the river rises.",
        members=[cebu],
        country_id="PH",
    )
    KnowledgeItemFactory(
        published=True,
        title="Flood-proof markets",
        summary="Raised stalls after the flood.",
        members=[surabaya],
        country_id="ID",
    )
    KnowledgeItemFactory(published=True, title="Waste banks", members=[surabaya])


def log_in(page, base, username, password):
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_search_a_facet_and_an_item_then_a_practice_goes_from_submission_to_publication(
    page, live_server, network
):
    base = live_server.url
    page.goto(base + "/knowledge/")
    expect(page.locator(".count")).to_have_text(re.compile(r"^3 items\b"))

    page.get_by_role("searchbox").fill("flood")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator(".count")).to_have_text(re.compile(r"^2 items\b"))
    expect(page).to_have_url(re.compile(r"q=flood"))
    expect(page.locator(".result h2 mark")).to_have_count(2)

    page.locator(".facets").get_by_role("link", name="Philippines").click()
    expect(page.locator(".count")).to_have_text(re.compile(r"^1 item\b"))
    expect(page).to_have_url(re.compile(r"country=PH"))
    page.get_by_role("link", name="Flood early warning").click()
    expect(page.get_by_role("heading", name="Flood early warning", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Cebu City")).to_be_visible()

    log_in(page, base, "rini", "surabaya-pass-1")
    page.goto(f"{base}/knowledge/new/")
    form = page.locator("main form")
    form.get_by_label(re.compile("^Kind")).select_option("good_practice")
    form.get_by_label(re.compile("^Title")).fill("Kampung waste banks 垃圾分类")
    form.get_by_label(re.compile("^Summary")).fill("Residents sell sorted waste to local banks.")
    form.get_by_label(re.compile("^Language")).select_option("id")
    page.get_by_role("button", name="Save and submit for review").click()
    expect(page.get_by_text("Submitted for review. We will email you.")).to_be_visible()

    log_in(page, base, "officer", "officer-pass-1")
    page.goto(f"{base}/knowledge/review/")
    page.get_by_role("link", name="Kampung waste banks 垃圾分类").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("will be public: on the knowledge hub")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published.", exact=True)).to_be_visible()

    page.context.clear_cookies()
    page.goto(f"{base}/knowledge/?q=垃圾")
    expect(page.locator(".count")).to_have_text(re.compile(r"^1 item\b"))
    expect(page.get_by_role("link", name="Kampung waste banks 垃圾分类")).to_be_visible()


def test_on_a_phone_the_results_come_first_and_the_facets_wait_behind_filters(
    browser, live_server, network
):
    for n in range(40):  # facet lists as long as a real hub's
        KnowledgeItemFactory(published=True, title=f"Practice {n}", country_id="PH")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    page = phone.new_page()
    page.goto(f"{live_server.url}/knowledge/")
    first = page.locator(".result").first
    expect(first).to_be_visible()
    top = first.bounding_box()["y"]
    print(f"first knowledge result at {top:.0f}px on a 390x844 screen")
    assert top < 844, f"the first result starts {top:.0f}px down, below the first screen"
    facet = page.locator(".facets").get_by_role("link", name="Philippines")
    expect(facet).to_be_hidden()
    page.get_by_text("Filters", exact=True).click()
    facet.click()
    expect(page).to_have_url(re.compile(r"country=PH"))
    expect(page.locator(".filters-panel > summary")).to_have_text("Filters (1)")
    expect(page.locator(".result").first).to_be_in_viewport()
    phone.close()

    desktop = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    page = desktop.new_page()
    page.goto(f"{live_server.url}/knowledge/")
    expect(page.locator(".facets").get_by_role("link", name="Philippines")).to_be_visible()
    expect(page.locator(".filters-panel > summary")).to_be_hidden()
    desktop.close()


def test_without_javascript_the_filters_open_by_hand(browser, live_server, network):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="en-US", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/knowledge/")
    page.get_by_text("Filters", exact=True).click()
    page.locator(".facets").get_by_role("link", name="Philippines").click()
    expect(page.locator(".count")).to_have_text(re.compile(r"^1 item\b"))
    context.close()
