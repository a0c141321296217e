"""Feedback on a slow link, in headless Chromium with the network slowed down through the
DevTools protocol: a live search says it is working, and an upload shows its progress and
then the page the server answered with."""

import re

import pytest
from playwright.sync_api import expect

from kota.core.models import User
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def slow_down(page, latency_ms, kb_per_second):
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": latency_ms,
            "downloadThroughput": kb_per_second * 1024,
            "uploadThroughput": kb_per_second * 1024,
        },
    )


def test_a_live_search_shows_that_it_is_working_until_the_results_come(page, live_server, live_db):
    MemberFactory(name="Surabaya", country_id="ID")
    MemberFactory(name="Makassar", country_id="ID")
    page.goto(f"{live_server.url}/members/")
    slow_down(page, latency_ms=1500, kb_per_second=50)
    page.get_by_role("searchbox").fill("Surabaya")
    expect(page.locator("#results")).to_have_attribute("aria-busy", "true")
    expect(page.locator("html")).to_have_class(re.compile(r"\bhtmx-busy\b"))
    expect(page.get_by_role("link", name="Makassar")).to_be_hidden(timeout=15_000)
    expect(page.locator("#results")).not_to_have_attribute("aria-busy", "true")
    expect(page.locator("html")).not_to_have_class(re.compile(r"\bhtmx-busy\b"))


def test_an_upload_shows_its_progress_then_the_import_page(page, live_server, live_db, tmp_path):
    User.objects.create_user("officer", password="officer-pass-1", is_staff=True)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill("officer-pass-1")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/members/import/")

    members = tmp_path / "members.csv"
    rows = [f"ext-{n},Kota {n},city,ID" for n in range(6000)]
    members.write_text("external_id,name,kind,country\n" + "\n".join(rows) + "\n")
    assert members.stat().st_size > 100_000  # two seconds and more at 50 KB/s
    page.get_by_label("CSV file").set_input_files(members)
    slow_down(page, latency_ms=100, kb_per_second=50)
    page.get_by_role("button", name="Check and import").click()

    progress = page.locator(".upload-progress progress")
    expect(progress).to_be_visible()
    expect(page.get_by_role("button", name="Check and import")).to_be_disabled()
    expect(page.locator(".upload-progress")).to_contain_text(re.compile(r"\b[1-9]\d*%"))
    expect(page).to_have_url(re.compile(r"/members/import/\d+/$"), timeout=60_000)
    expect(page.get_by_role("heading", level=1)).to_contain_text("members.csv")
    expect(page.get_by_role("link", name="Import another file")).to_be_visible()


def test_a_practice_sent_with_a_document_lands_on_its_page_with_the_message(
    page, live_server, live_db, tmp_path
):
    surabaya = MemberFactory(name="Surabaya", country_id="ID")
    FocalPointFactory(member=surabaya, user=User.objects.create_user("rini", password="rini-pw-1"))
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("rini")
    page.get_by_label("Password").fill("rini-pw-1")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/knowledge/new/")
    form = page.locator("main form")
    form.get_by_label(re.compile("^Kind")).select_option("good_practice")
    form.get_by_label(re.compile("^Title")).fill("Kampung waste banks")
    form.get_by_label(re.compile("^Summary")).fill("Residents sell sorted waste to local banks.")
    form.get_by_label(re.compile("^Language")).select_option("id")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n" + b"% waste banks\n" * 8000 + b"%%EOF\n")
    form.locator("input[type=file]").first.set_input_files(report)
    slow_down(page, latency_ms=100, kb_per_second=50)
    page.get_by_role("button", name="Save and submit for review").click()
    expect(page.locator(".upload-progress progress")).to_be_visible()
    expect(page.get_by_text("Submitted for review. We will email you.")).to_be_visible(
        timeout=60_000
    )
    expect(page.get_by_role("heading", name="Kampung waste banks", level=1)).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("report"))).to_be_visible()
