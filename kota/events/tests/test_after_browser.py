"""In a browser, at desktop and phone widths: a participant answers the evaluation, a
panelist scores an application, and neither page is wider than the screen."""

import datetime

import pytest
from playwright.sync_api import expect

from kota.core.models import User
from kota.events.factories import (
    ApplicationFactory,
    CriterionFactory,
    EventFactory,
    RegistrationFactory,
    ScholarshipCallFactory,
    in_days,
)
from kota.events.models import Evaluation, Panelist, Score

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def after(live_db):
    starts = in_days(-2)
    event = EventFactory(
        title="Climate budgeting for cities",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=4),
    )
    participant = RegistrationFactory(event=event, name="Siti Rahmawati")
    participant.record_attendance(event.sessions_or_default()[0], source="staff")
    call = ScholarshipCallFactory(title="Xi'an urban management scholarship")
    CriterionFactory(call=call, name="Motivation", max_score=5)
    panelist = User.objects.create_user("panelist", "panel@example.org", "panel-pass-123")
    Panelist.objects.create(call=call, user=panelist)
    application = ApplicationFactory(call=call, name="Dewi Lestari")
    return participant, call, application


@pytest.mark.parametrize("width", WIDTHS)
def test_a_participant_evaluates_and_a_panelist_scores(browser, live_server, after, width):
    participant, call, application = after
    viewport = WIDTHS[width]
    page = browser.new_context(locale="en-US", viewport=viewport).new_page()

    page.goto(f"{live_server.url}/events/r/{participant.token}/evaluation/")
    page.get_by_label("4", exact=True).check()
    page.get_by_label("What did you learn?").fill("How to tag climate spending")
    page.get_by_role("button", name="Send my evaluation").click()
    expect(page.get_by_text("Thank you: your evaluation is recorded.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert Evaluation.objects.get().satisfaction == 4

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("panelist")
    page.get_by_label("Password").fill("panel-pass-123")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/events/scholarships/{call.slug}/panel/")
    page.get_by_role("link", name="Dewi Lestari").click()
    page.get_by_label("Motivation").select_option("5")
    page.get_by_role("button", name="Save my scores").click()
    expect(page.get_by_text("Your scores are saved.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert Score.objects.get(application=application).value == 5
