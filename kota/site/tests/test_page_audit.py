"""The main pages of Kota, as the demo network fills them, checked the way a newcomer meets them:
in Chromium at 1280x800 and on a 390x844 phone, as a visitor, a focal point and a secretariat
officer. On every page:

- axe-core finds no serious or critical accessibility violation, at both widths;
- nothing is wider than a 360 px phone screen (the phone pass narrows the window to 360 px);
- the HTML that Kota sends passes the Nu Html Checker without an error.

The demo is seeded once (about a minute), so the whole audit is one test that lists every
problem it found before failing."""

from io import StringIO

import pytest
from django.core.management import call_command

from kota.cooperation.models import Appeal, Cooperation, LearningRequest
from kota.demo import presence
from kota.dues.models import Invoice
from kota.events.models import Event
from kota.knowledge import indexing
from kota.knowledge.models import KnowledgeItem
from kota.lib.testing import axe_violations, nu_errors, page_width, require_nu_checker
from kota.surveys.models import Response
from kota.workplans.models import WorkPlan

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PLAN = "/results/manifesto-2021-2025"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
NARROWEST = 360


def main_pages(
    item_url,
    invoice_url,
    workplan_url,
    event_url,
    survey_url,
    cooperation_url,
    request_url,
    appeal_url,
):
    """The pages of the main journeys, for each persona (None: a visitor)."""
    return {
        None: [
            "/",
            "/members/",
            "/members/?q=sura",
            "/members/surabaya/",
            "/governance/",
            "/governance/executive-bureau/",
            "/governance/council/",
            "/knowledge/",
            "/knowledge/?q=flood",
            item_url,
            f"{PLAN}/",
            f"{PLAN}/goals/1/",
            f"{PLAN}/indicators/KPI-1.2/",
            f"{PLAN}/workplans/",
            workplan_url,
            "/newsletter/",
            "/newsletter/archive/",
            "/events/",
            event_url,
            "/cooperation/",
            cooperation_url,
            "/cooperation/learning/",
            request_url,
            appeal_url,
            "/projects/",
            "/projects/ls-03/",
            "/projects/map/",
            "/accounts/login/",
            "/api/v1/docs",
            "/partners/",
            "/partners/un-habitat/",
            "/surveys/cee/",
            "/surveys/cee/cee-2025-demo/",
            "/surveys/cee/cee-2025-demo/ID/",
            "/surveys/cee/compare/",
            "/surveys/member-satisfaction-2025/summary/",
        ],
        "surabaya": [
            "/members/surabaya/",
            invoice_url,
            "/knowledge/new/",
            "/knowledge/mine/",
            "/cooperation/learning/new/",
            appeal_url,
            "/partners/uncdf/",
            "/surveys/",
            survey_url,
        ],
        "secretariat": [
            "/me/",
            "/dues/",
            "/dues/invoices/",
            invoice_url,
            "/dues/arrears/",
            f"{PLAN}/",
            f"{PLAN}/goals/1/",
            f"{PLAN}/indicators/KPI-1.2/",
            "/results/review/",
            workplan_url,
            "/knowledge/review/",
            "/knowledge/new/",
            "/mailings/",
            "/members/surabaya/",
            request_url,
            "/cooperation/new/",
            "/partners/",
            "/partners/un-habitat/",
            "/partners/pipeline/",
            "/partners/forecast/",
            "/partners/grants/",
            "/partners/opportunities/new/",
            "/surveys/",
            "/surveys/member-satisfaction-2025/",
            "/surveys/member-satisfaction-2025/summary/",
            "/surveys/cee/cee-2025-demo/ID/",
            "/projects/ls-03/",
            "/projects/iati/",
        ],
    }


@pytest.fixture
def demo(live_db, settings):
    indexing.backend().clear()  # the search index is Kota's own, not flushed between tests
    settings.DEBUG = True  # seed_demo prints the demo accounts' passwords
    call_command("seed_demo", "--scale", "small", "--seed", "1", stdout=StringIO())
    settings.DEBUG = False
    presence.forget()
    item = KnowledgeItem.objects.published().order_by("pk").first()
    invoice = Invoice.objects.filter(dues__member__slug="surabaya").order_by("-year").first()
    # The endorsed work plan, which visitors see (its key differs between databases).
    workplan = WorkPlan.objects.get(year=2025)
    event = Event.objects.public().upcoming().first()  # open for registration: its form too
    # Surabaya's answers to this year's satisfaction survey: the form to fill in.
    survey = Response.objects.get(campaign__status="open", member__slug="surabaya")
    cooperation = Cooperation.objects.public().order_by("pk").first()
    # A request still open: the secretariat sees the providers proposed and can introduce one.
    request = LearningRequest.objects.filter(stage=LearningRequest.Stage.INTRODUCED).first()
    appeal = Appeal.objects.get()
    urls = item, invoice, workplan, event, survey, cooperation, request, appeal
    return tuple(record.get_absolute_url() for record in urls)


def log_in(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.locator("main input[name=username]").fill(username)
    page.locator("main input[name=password]").fill(f"{username}-kota-demo")
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()


def test_the_main_pages_are_accessible_fit_a_phone_and_are_valid_html(browser, live_server, demo):
    base = live_server.url
    problems, documents = [], {}
    for persona, urls in main_pages(*demo).items():
        for screen in (DESKTOP, PHONE):
            context = browser.new_context(viewport=screen, locale="en-US")
            page = context.new_page()
            page.set_default_timeout(30_000)
            if persona:
                log_in(page, base, persona)
            for url in urls:
                page.set_viewport_size(screen)
                response = page.goto(base + url)
                page.wait_for_load_state("networkidle")
                where = f"{url} as {persona or 'a visitor'} at {screen['width']} px"
                if response.status != 200:
                    problems.append(f"{where}: status {response.status}")
                    continue
                problems += [f"{where}: {v}" for v in axe_violations(page)]
                if screen is DESKTOP:
                    documents[f"{url} as {persona or 'a visitor'}"] = response.text()
                else:
                    # Loaded anew at 360 px: a chart is drawn for the width it starts at.
                    page.set_viewport_size({"width": NARROWEST, "height": screen["height"]})
                    page.reload()
                    page.wait_for_load_state("networkidle")
                    if (width := page_width(page)) > NARROWEST:
                        problems.append(f"{url} as {persona or 'a visitor'}: {width} px wide")
            context.close()
    assert not problems, "\n".join(problems)

    require_nu_checker()
    errors = nu_errors(documents)
    assert not errors, "\n".join(f"{page}: {error}" for page, e in errors.items() for error in e)
