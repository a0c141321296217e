"""Every page and endpoint, for every persona: who may open what.

200 opens, 302 is sent elsewhere (to log in, or to their own member), 403 is refused."""

import pytest

from kota.cooperation.factories import permission_matrix_objects as cooperation_objects
from kota.core.models import ImportJob
from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice
from kota.dues.services import issue_invoices
from kota.events.factories import attendance_matrix_objects, registration_matrix_objects
from kota.events.tests.after_matrix import after_matrix_objects
from kota.mailings.factories import permission_matrix_objects as mailings_objects
from kota.partners.factories import permission_matrix_objects as partners_objects
from kota.projects.factories import permission_matrix_objects as projects_objects
from kota.surveys.factories import permission_matrix_objects as surveys_objects
from kota.test import client_for
from kota.workplans.factories import permission_matrix_objects

pytestmark = pytest.mark.django_db

PERSONAS = ["secretariat", "surabaya", "makassar", "board", "anonymous"]
OPEN = dict.fromkeys(PERSONAS, 200)
STAFF_ONLY = {"secretariat": 200, "surabaya": 403, "makassar": 403, "board": 403, "anonymous": 302}
ADMIN = {"secretariat": 200, "surabaya": 302, "makassar": 302, "board": 302, "anonymous": 302}
BOARD = {"secretariat": 200, "surabaya": 403, "makassar": 403, "board": 200, "anonymous": 302}
BOARD_SEES = {"secretariat": 200, "surabaya": 404, "makassar": 404, "board": 200, "anonymous": 404}
RESULTS = "/results/manifesto-2021-2025"

MATRIX = {
    "/": OPEN,
    "/me/": {"secretariat": 200, "surabaya": 302, "makassar": 302, "board": 200, "anonymous": 302},
    "/members/": OPEN,
    "/members/map.json": OPEN,
    "/members/surabaya/": OPEN,
    "/members/surabaya/edit/": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 403,
        "board": 403,
        "anonymous": 302,
    },
    "/members/makassar/edit/": {
        "secretariat": 200,
        "surabaya": 403,
        "makassar": 200,
        "board": 403,
        "anonymous": 302,
    },
    "/members/surabaya/history/": STAFF_ONLY,
    "/members/import/": STAFF_ONLY,
    "/members/import/{members_job}/": STAFF_ONLY,
    "/governance/": OPEN,
    "/governance/executive-bureau/": OPEN,
    "/admin/": ADMIN,
    "/admin/members/member/": ADMIN,
    "/admin/governance/seat/": ADMIN,
    "/api/v1/members": OPEN,
    "/api/v1/members/surabaya": OPEN,
    "/api/v1/bodies": OPEN,
    "/api/v1/openapi.json": OPEN,
    "/api/v1/docs": OPEN,
    "/accounts/login/": {
        "secretariat": 302,
        "surabaya": 302,
        "makassar": 302,
        "board": 302,
        "anonymous": 200,
    },
    "/accounts/password_reset/": OPEN,
    "/dues/": STAFF_ONLY,
    "/dues/invoices/": STAFF_ONLY,
    "/dues/invoices/{invoice}/": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 404,
        "board": 404,
        "anonymous": 404,
    },
    "/dues/invoices/{invoice}/pdf/": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 404,
        "board": 404,
        "anonymous": 404,
    },
    "/dues/arrears/": STAFF_ONLY,
    "/dues/export/invoices.xlsx": STAFF_ONLY,
    "/dues/payments/import/": STAFF_ONLY,
    "/dues/payments/import/{payments_job}/": STAFF_ONLY,
    "/results/": dict.fromkeys(PERSONAS, 302),
    f"{RESULTS}/": OPEN,
    f"{RESULTS}/goals/1/": OPEN,
    f"{RESULTS}/indicators/KPI-1.4.2/": OPEN,
    f"{RESULTS}/indicators/KPI-6.5.1/": BOARD_SEES,
    f"{RESULTS}/indicators/{{indicator}}/values/new/": STAFF_ONLY,
    f"{RESULTS}/lessons/": BOARD,
    f"{RESULTS}/workplans/": OPEN,
    f"{RESULTS}/export/tree.csv": OPEN,
    f"{RESULTS}/export/indicators.xlsx": OPEN,
    f"{RESULTS}/export/workplans.csv": OPEN,
    "/results/review/": STAFF_ONLY,
    "/results/values/{value}/": STAFF_ONLY,
    "/results/values/{value}/evidence/": BOARD_SEES,
    "/results/values/{approved}/evidence/": OPEN,
    "/results/workplans/{workplan}/": BOARD_SEES,
    "/dues/{year}/issue/": STAFF_ONLY,  # what issuing would do, asked first
    "/results/workplans/{endorsed}/": OPEN,
    "/results/workplans/{workplan}/items/new/": STAFF_ONLY,
    "/results/workplans/items/{item}/": STAFF_ONLY,
    "/results/workplans/{endorsed}/spending/import/": STAFF_ONLY,
    "/results/workplans/spending/imports/{spending_job}/": STAFF_ONLY,
    "/api/v1/results/plans": OPEN,
    "/api/v1/results/plans/manifesto-2021-2025": OPEN,
    "/api/v1/results/plans/manifesto-2021-2025/indicators": OPEN,
    "/api/v1/results/plans/manifesto-2021-2025/indicators/KPI-6.5.1": BOARD_SEES,
    "/api/v1/results/plans/manifesto-2021-2025/workplans": OPEN,
    # Events: registration. A registration's token is the permission: the link in its emails.
    "/events/": OPEN,
    "/events/calendar.ics": OPEN,
    "/events/{event}/": OPEN,
    "/events/{draft_event}/": BOARD_SEES | {"board": 404},
    "/events/new/": STAFF_ONLY,
    "/events/{event}/edit/": STAFF_ONLY,
    "/events/{event}/pending/": STAFF_ONLY,
    "/events/{event}/delegation/": {
        "secretariat": 200,
        "surabaya": 200,
        "makassar": 200,
        "board": 403,
        "anonymous": 302,
    },
    "/events/r/{registration}/": OPEN,
    "/events/r/{registration}/event.ics": OPEN,
    "/api/v1/events": OPEN,
    "/api/v1/events/{event_id}": OPEN,
}
# POST-only actions: who may act (302 back to the invoice), who is refused.
MATRIX.update(
    {
        "/mailings/": STAFF_ONLY,
        "/mailings/new/": STAFF_ONLY,
        "/mailings/{mailing}/": STAFF_ONLY,
        "/mailings/{mailing}/edit/": STAFF_ONLY,
        "/mailings/audiences/": STAFF_ONLY,
        "/mailings/audiences/new/?source=focal_points": STAFF_ONLY,
        "/mailings/audiences/{audience}/": STAFF_ONLY,
        "/mailings/images/": STAFF_ONLY,
        "/mailings/contacts/": STAFF_ONLY,
        # A contact's key or a delivery's token is the permission: links in their emails.
        "/mailings/preferences/{contact_key}/": OPEN,
        "/mailings/unsubscribe/{contact_key}/": OPEN,
        "/mailings/view/{token}/": OPEN,
        "/mailings/o/{token}/": OPEN,
        "/mailings/c/{token}/5/": dict.fromkeys(PERSONAS, 404),
        "/mailings/preferences/not-a-key/": dict.fromkeys(PERSONAS, 404),
        "/newsletter/": OPEN,
        "/newsletter/thanks/": OPEN,
        "/newsletter/confirm/{confirm}/": OPEN,
        "/newsletter/confirm/forged/": dict.fromkeys(PERSONAS, 400),
        "/newsletter/archive/": OPEN,
        "/newsletter/archive/{archived}/": OPEN,
    }
)
# Events: attendance. Personal data is seen by the secretariat and the organiser (Surabaya).
ORGANISER = STAFF_ONLY | {"surabaya": 200}
MATRIX.update(
    {
        "/events/statistics/": BOARD,
        "/events/check-in/r/{att_token}/": STAFF_ONLY,
        "/events/{att_event}/check-in/": STAFF_ONLY,
        "/events/{att_event}/attendance/import/": STAFF_ONLY,
        "/events/{att_event}/attendance/import/{attendance_job}/": STAFF_ONLY,
        "/events/{att_event}/participants/": ORGANISER,
        "/events/{att_event}/participants.csv": ORGANISER,
        "/events/{att_event}/statistics/": ORGANISER,
    }
)

# After the event and scholarships: staff pages, the participant's token, the panel.
PANELIST = {"secretariat": 403, "surabaya": 403, "makassar": 403, "board": 200, "anonymous": 302}
CALL = "/events/scholarships/{scholarship_call}"
MATRIX.update(
    {
        "/events/{after_event}/after/": STAFF_ONLY,
        "/events/{after_event}/after/evaluations/": STAFF_ONLY,
        "/events/{after_event}/after/recording/": STAFF_ONLY,
        "/events/r/{after_token}/evaluation/": OPEN,
        "/events/r/{after_token}/certificate.pdf": OPEN,
        "/events/certificates/{after_token}/verify/": OPEN,
        "/events/certificates/forged/verify/": dict.fromkeys(PERSONAS, 404),
        "/events/scholarships/": OPEN,
        f"{CALL}/": OPEN,
        f"{CALL}/nominate/": OPEN | {"board": 403, "anonymous": 302},
        f"{CALL}/manage/": STAFF_ONLY,
        f"{CALL}/panel/": PANELIST,
        f"{CALL}/applications/{{scholarship_application}}/score/": PANELIST,
        f"{CALL}/ranking/": STAFF_ONLY,
        f"{CALL}/alumni/": STAFF_ONLY,
    }
)

# City-to-city cooperation: open to all but proposing, brokering and pledging; a cooperation
# still awaiting a side is seen by its sides and the secretariat only.
FOCAL_POINTS = {
    "secretariat": 200,
    "surabaya": 200,
    "makassar": 200,
    "board": 403,
    "anonymous": 302,
}
COOP = "/cooperation"
MATRIX.update(
    {
        f"{COOP}/": OPEN,
        f"{COOP}/network.json": OPEN,
        f"{COOP}/new/": FOCAL_POINTS,
        f"{COOP}/export/cooperations.csv": OPEN,
        f"{COOP}/export/cooperations.xlsx": OPEN,
        f"{COOP}/{{cooperation}}/": OPEN,
        f"{COOP}/{{proposed_cooperation}}/": BOARD_SEES | {"surabaya": 200, "board": 404},
        f"{COOP}/learning/": OPEN,
        f"{COOP}/learning/new/": FOCAL_POINTS,
        f"{COOP}/learning/{{learning_request}}/": OPEN,
        f"{COOP}/export/learning-requests.csv": OPEN,
        f"{COOP}/appeals/": OPEN,
        f"{COOP}/appeals/new/": STAFF_ONLY,
        f"{COOP}/appeals/{{appeal}}/": OPEN,
        "/api/v1/cooperations": OPEN,
        "/api/v1/cooperations/{cooperation}": OPEN,
        "/api/v1/learning-requests": OPEN,
        "/api/v1/learning-requests/{learning_request}": OPEN,
    }
)
# Partners: public organisations; funding and interactions for the secretariat; an agreement
# and its signed document for the secretariat and the focal points of its member parties.
PARTY_SEES = {"secretariat": 200, "surabaya": 200, "makassar": 404, "board": 404, "anonymous": 404}
MATRIX.update(
    {
        "/partners/": OPEN,
        "/partners/{partner}/": OPEN,
        "/partners/next-steps/": STAFF_ONLY,
        "/partners/pipeline/": STAFF_ONLY,
        "/partners/forecast/": STAFF_ONLY,
        "/partners/opportunities/new/": STAFF_ONLY,
        "/partners/opportunities/{opportunity}/": STAFF_ONLY,
        "/partners/grants/": STAFF_ONLY,
        "/partners/grants/{grant}/": STAFF_ONLY,
        "/partners/agreements/": dict.fromkeys(PERSONAS, 200) | {"anonymous": 302},
        "/partners/agreements/{agreement}/": PARTY_SEES,
        "/partners/files/{agreement_file}": PARTY_SEES,
        "/partners/files/{report_file}": PARTY_SEES | {"surabaya": 404},
        "/api/v1/partners": OPEN,
        "/api/v1/partners/{partner_id}": OPEN,
    }
)

SURVEY = "/surveys/{survey_campaign}"
SURVEY_RESPONSE = f"{SURVEY}/responses/{{survey_response}}"
OWN_RESPONSE = {
    "secretariat": 200,
    "surabaya": 200,
    "makassar": 404,
    "board": 404,
    "anonymous": 302,
}
STAFF_SEES = {"secretariat": 200, "surabaya": 404, "makassar": 404, "board": 404, "anonymous": 404}
MATRIX.update(
    {
        "/surveys/": OPEN | {"anonymous": 302},
        "/surveys/new/": STAFF_ONLY,
        "/surveys/new/?source=focal_points": STAFF_ONLY,
        "/surveys/questionnaires/{questionnaire}/v1/": STAFF_ONLY,
        f"{SURVEY}/": STAFF_ONLY,
        f"{SURVEY}/summary/": STAFF_SEES,
        f"{SURVEY}/answers.csv": STAFF_ONLY,
        f"{SURVEY_RESPONSE}/": OWN_RESPONSE,
        f"{SURVEY_RESPONSE}/files/evidence": OWN_RESPONSE,
        "/surveys/cee/": OPEN,
        "/surveys/cee/compare/": OPEN,
        "/surveys/cee/{cee_edition}/": OPEN,
        "/surveys/cee/{cee_edition}/ID/": OPEN,
        "/surveys/cee/{cee_draft}/": BOARD_SEES,
        "/api/v1/surveys/{survey_campaign}/summary": dict.fromkeys(PERSONAS, 404),
        "/api/v1/cee/{cee_edition}": OPEN,
        "/api/v1/cee/{cee_draft}": dict.fromkeys(PERSONAS, 404),
    }
)

# Projects: public projects and their open data for everyone; private projects, the IATI
# status page and donor reports for the secretariat (STAFF_SEES, as for surveys above).
REPORT = "/projects/grants/{project_grant}/report"
MATRIX.update(
    {
        "/projects/": OPEN,
        "/projects/map/": OPEN,
        "/projects/iati/": STAFF_ONLY,
        "/projects/{project}/": OPEN,
        "/projects/{private_project}/": STAFF_SEES,
        f"{REPORT}/?start=2025-01-01&end=2025-12-31": STAFF_ONLY,
        f"{REPORT}.pdf?start=2025-01-01&end=2025-12-31": STAFF_ONLY,
        "/iati/activities.xml": OPEN,
        "/iati/organisation.xml": OPEN,
        "/api/v1/projects": OPEN,
        "/api/v1/projects/{project_id}": OPEN,
    }
)

ACTIONS = {
    "/mailings/{mailing}/test/": STAFF_ONLY | {"secretariat": 302},
    "/mailings/{mailing}/schedule/": STAFF_ONLY | {"secretariat": 302},
    "/mailings/{mailing}/unschedule/": STAFF_ONLY | {"secretariat": 302},
    "/mailings/{mailing}/cancel/": STAFF_ONLY | {"secretariat": 302},
    "/mailings/{mailing}/resend/": STAFF_ONLY | {"secretariat": 302},
    "/mailings/contacts/{contact}/lift/": STAFF_ONLY | {"secretariat": 302},
    "/dues/{year}/issue/": STAFF_ONLY,  # without confirm=yes: the confirmation page
    "/dues/invoices/{invoice}/payments/": STAFF_ONLY | {"secretariat": 302},
    "/dues/invoices/{invoice}/adjustments/": STAFF_ONLY | {"secretariat": 302},
    "/dues/invoices/{invoice}/void/": STAFF_ONLY | {"secretariat": 302},
    "/results/values/{value}/submit/": STAFF_ONLY | {"secretariat": 302},
    "/results/values/{value}/approve/": STAFF_ONLY | {"secretariat": 302},
    "/results/values/{value}/return/": STAFF_ONLY | {"secretariat": 302},
    f"{RESULTS}/workplans/new/": STAFF_ONLY | {"secretariat": 302},
    "/results/workplans/{workplan}/submit/": BOARD | {"secretariat": 302, "board": 302},
    "/results/workplans/{endorsed}/spending/": STAFF_ONLY | {"secretariat": 302},
    f"{RESULTS}/activities/1.1.1/lessons/": BOARD | {"secretariat": 302, "board": 302},
    "/events/{event}/publish/": STAFF_ONLY | {"secretariat": 302},
    "/events/{cancel_event}/cancel/": STAFF_ONLY | {"secretariat": 302},
    "/events/r/{pending}/approve/": STAFF_ONLY | {"secretariat": 302},
    "/events/r/{pending}/decline/": STAFF_ONLY | {"secretariat": 302},
    "/events/r/{registration}/cancel/": dict.fromkeys(PERSONAS, 302),
    "/events/{event}/delegation/{delegate}/cancel/": {
        "secretariat": 302,
        "surabaya": 302,
        "makassar": 404,
        "board": 404,
        "anonymous": 302,
    },
    "/events/{after_event}/after/evaluations/send/": STAFF_ONLY | {"secretariat": 302},
    f"{CALL}/manage/": STAFF_ONLY | {"secretariat": 302},
    f"{CALL}/applications/{{scholarship_application}}/decide/": STAFF_ONLY | {"secretariat": 302},
    "/events/{att_event}/check-in/": STAFF_ONLY | {"secretariat": 302},
    "/events/check-in/r/{att_token}/": STAFF_ONLY | {"secretariat": 302},
    # Without a member: nobody confirms (a side's focal point names their member).
    f"{COOP}/{{proposed_cooperation}}/confirm/": dict.fromkeys(PERSONAS, 404) | {"anonymous": 302},
    f"{COOP}/{{proposed_cooperation}}/verify/": STAFF_ONLY | {"secretariat": 302},
    f"{COOP}/{{cooperation}}/activities/": FOCAL_POINTS
    | {"secretariat": 302, "surabaya": 302, "makassar": 302},
    f"{COOP}/new/": FOCAL_POINTS,  # an empty form, shown again
    f"{COOP}/learning/new/": FOCAL_POINTS,
    f"{COOP}/learning/{{learning_request}}/introduce/": STAFF_ONLY | {"secretariat": 302},
    f"{COOP}/learning/{{learning_request}}/exchange/": STAFF_ONLY | {"secretariat": 302},
    f"{COOP}/learning/{{learning_request}}/outcome/": STAFF_ONLY | {"secretariat": 302},
    f"{COOP}/appeals/new/": STAFF_ONLY,
    f"{COOP}/appeals/{{appeal}}/needs/": FOCAL_POINTS
    | {"secretariat": 302, "surabaya": 302, "makassar": 302},
    f"{COOP}/appeals/{{appeal}}/pledge/": FOCAL_POINTS
    | {"secretariat": 302, "surabaya": 302, "makassar": 302},
    f"{COOP}/pledges/{{pledge}}/ship/": STAFF_ONLY | {"secretariat": 302, "surabaya": 302},
    f"{COOP}/pledges/{{pledge}}/receive/": STAFF_ONLY | {"secretariat": 302, "makassar": 302},
    "/partners/{partner}/interactions/": STAFF_ONLY | {"secretariat": 302},
    "/partners/{partner}/events/": STAFF_ONLY | {"secretariat": 302},
    "/partners/{partner}/events/{event_link}/unlink/": STAFF_ONLY | {"secretariat": 302},
    "/partners/interactions/{interaction}/done/": STAFF_ONLY | {"secretariat": 302},
    "/partners/opportunities/{opportunity}/win/": STAFF_ONLY | {"secretariat": 302},
    "/partners/opportunities/{lost_opportunity}/lose/": STAFF_ONLY | {"secretariat": 302},
    "/partners/tranches/{tranche}/receive/": STAFF_ONLY | {"secretariat": 302},
    "/partners/reports/{obligation}/submit/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY_RESPONSE}/": OWN_RESPONSE | {"secretariat": 403, "surabaya": 403},  # submitted
    f"{SURVEY_RESPONSE}/return/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY_RESPONSE}/validate/": STAFF_ONLY | {"secretariat": 302},
    "/surveys/questionnaires/{questionnaire}/v1/publish/": STAFF_ONLY | {"secretariat": 302},
    "/surveys/questionnaires/{questionnaire}/v1/new-version/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY}/open/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY}/remind/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY}/publish/": STAFF_ONLY | {"secretariat": 302},
    f"{SURVEY}/close/": STAFF_ONLY | {"secretariat": 302},
    "/surveys/cee/{cee_draft}/consolidate/": STAFF_ONLY | {"secretariat": 302},
    "/surveys/cee/{cee_draft}/validate/": STAFF_ONLY | {"secretariat": 302},
    "/surveys/cee/{cee_draft}/publish/": STAFF_ONLY | {"secretariat": 302},
}

# Projects: a form posted empty is shown again with its errors (400) to the secretariat.
ACTIONS.update(
    {
        "/projects/{project}/grants/": STAFF_ONLY | {"secretariat": 400},
        "/projects/{project}/transactions/": STAFF_ONLY | {"secretariat": 400},
        "/projects/{project}/updates/": STAFF_ONLY | {"secretariat": 400},
        "/projects/updates/{project_update}/submit/": STAFF_ONLY | {"secretariat": 302},
    }
)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_opens_exactly_the_pages_it_may(client, personas, persona, settings, tmp_path):
    jobs = {
        f"{kind}_job": ImportJob.objects.create(
            kind=kind,
            params=params,
            created_by=personas.secretariat,
            filename="x.csv",
            content=b"",
            state=ImportJob.State.DONE,
            summary={"rows": 1, "created": 1, "updated": 0, "unchanged": 0}
            | {"recorded": 1, "skipped": 0},
        ).pk
        for kind, params in [("members", {}), ("payments", {}), ("spending", {"work_plan": 1})]
    }
    FeeScheduleFactory(year=2026)
    issue_invoices(year=2026)
    names = {
        **jobs,
        "year": 2026,
        "invoice": Invoice.objects.get(dues__member=personas.surabaya_city).number,
    }
    settings.MEDIA_ROOT = tmp_path
    names.update(permission_matrix_objects(personas))
    names.update(mailings_objects(personas))
    names.update(registration_matrix_objects(personas))
    names.update(after_matrix_objects(personas))
    names.update(attendance_matrix_objects(personas))
    names.update(cooperation_objects(personas))
    names.update(partners_objects(personas))
    names.update(surveys_objects(personas))
    names.update(projects_objects(personas))
    client = client_for(client, dict(personas.all())[persona])
    seen = {path: client.get(path.format(**names)).status_code for path in MATRIX}
    assert seen == {path: expected[persona] for path, expected in MATRIX.items()}
    acted = {path: client.post(path.format(**names)).status_code for path in ACTIONS}
    assert acted == {path: expected[persona] for path, expected in ACTIONS.items()}


def test_a_focal_point_with_one_member_lands_on_its_page(client, personas):
    client.force_login(personas.surabaya)
    assert client.get("/me/").url == "/members/surabaya/"


def test_every_url_pattern_is_in_the_matrix():
    from django.urls import get_resolver

    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if hasattr(pattern, "url_patterns"):
                # Anymail's webhooks answer email services only: kota/mailings/tests/test_webhooks.py
                skipped = (
                    "admin/",
                    "accounts/",
                    "i18n/",
                    "api/",
                    "knowledge/",
                    "mailings/anymail/",
                )
                if not route.startswith(skipped):
                    yield from walk(pattern.url_patterns, route)
            else:
                yield route

    routes = set(walk(get_resolver().url_patterns))
    covered = {
        "",
        "me/",
        "members/",
        "members/map.json",
        "members/import/",
        "members/import/<int:pk>/",
        "members/<slug:slug>/",
        "members/<slug:slug>/edit/",
        "members/<slug:slug>/history/",
        "governance/",
        "governance/<slug:slug>/",
        "accounts/login/",
        "accounts/logout/",  # anyone; kota/core/tests/test_accounts.py
        "i18n/setlang/",  # open to all; kota/core/tests/test_home.py
        "dues/",
        "dues/<int:year>/issue/",
        "dues/invoices/",
        "dues/invoices/<str:number>/",
        "dues/invoices/<str:number>/pdf/",
        "dues/invoices/<str:number>/payments/",
        "dues/invoices/<str:number>/adjustments/",
        "dues/invoices/<str:number>/void/",
        "dues/arrears/",
        "dues/export/<str:what>.<str:fmt>",
        "dues/payments/import/",
        "dues/payments/import/<int:pk>/",
        "results/",
        "results/review/",
        "results/values/<int:pk>/",
        "results/values/<int:pk>/submit/",
        "results/values/<int:pk>/approve/",
        "results/values/<int:pk>/return/",
        "results/values/<int:pk>/evidence/",
        "results/workplans/<int:pk>/",
        "results/workplans/<int:pk>/items/new/",
        "results/workplans/<int:pk>/spending/",
        "results/workplans/<int:pk>/spending/import/",
        "results/workplans/spending/imports/<int:pk>/",
        "results/workplans/<int:pk>/<str:step>/",
        "results/workplans/items/<int:pk>/",
        "results/<slug:plan>/",
        "results/<slug:plan>/goals/<str:code>/",
        "results/<slug:plan>/indicators/<str:code>/",
        "results/<slug:plan>/indicators/<str:code>/values/new/",
        "results/<slug:plan>/activities/<str:code>/lessons/",
        "results/<slug:plan>/lessons/",
        "results/<slug:plan>/workplans/",
        "results/<slug:plan>/workplans/new/",
        "results/<slug:plan>/export/workplans.<str:fmt>",
        "results/<slug:plan>/export/<str:what>.<str:fmt>",
        "mailings/",
        "mailings/new/",
        "mailings/<int:pk>/",
        "mailings/<int:pk>/edit/",
        "mailings/<int:pk>/test/",
        "mailings/<int:pk>/schedule/",
        "mailings/<int:pk>/unschedule/",
        "mailings/<int:pk>/cancel/",
        "mailings/<int:pk>/resend/",
        "mailings/audiences/",
        "mailings/audiences/new/",
        "mailings/audiences/<int:pk>/",
        "mailings/images/",
        "mailings/images/<int:pk>/<str:name>",  # public; kota/mailings/tests/test_pages.py
        "mailings/contacts/",
        "mailings/contacts/<int:pk>/lift/",
        "mailings/preferences/<str:key>/",
        "mailings/unsubscribe/<str:key>/",
        "mailings/view/<str:token>/",
        "mailings/o/<str:token>/",
        "mailings/c/<str:token>/<int:n>/",
        "newsletter/",
        "newsletter/thanks/",
        "newsletter/confirm/<str:token>/",
        "newsletter/archive/",
        "newsletter/archive/<slug:slug>/",
        "events/",
        "events/calendar.ics",
        "events/new/",
        "events/<slug:slug>/",
        "events/<slug:slug>/edit/",
        "events/<slug:slug>/publish/",
        "events/<slug:slug>/cancel/",
        "events/<slug:slug>/pending/",
        "events/<slug:slug>/delegation/",
        "events/<slug:slug>/delegation/<str:token>/cancel/",
        "events/r/<str:token>/",
        "events/r/<str:token>/cancel/",
        "events/r/<str:token>/event.ics",
        "events/r/<str:token>/approve/",
        "events/r/<str:token>/decline/",
    }
    covered |= {
        "partners/",
        "partners/next-steps/",
        "partners/interactions/<int:pk>/done/",
        "partners/pipeline/",
        "partners/forecast/",
        "partners/opportunities/new/",
        "partners/opportunities/<int:pk>/",
        "partners/opportunities/<int:pk>/win/",
        "partners/opportunities/<int:pk>/lose/",
        "partners/grants/",
        "partners/grants/<int:pk>/",
        "partners/tranches/<int:pk>/receive/",
        "partners/reports/<int:pk>/submit/",
        "partners/agreements/",
        "partners/agreements/<int:pk>/",
        "partners/files/<path:name>",
        "partners/<slug:slug>/",
        "partners/<slug:slug>/interactions/",
        "partners/<slug:slug>/events/",
        "partners/<slug:slug>/events/<int:pk>/unlink/",
    }
    covered |= {
        "events/<slug:slug>/after/",
        "events/<slug:slug>/after/evaluations/",
        "events/<slug:slug>/after/evaluations/send/",
        "events/<slug:slug>/after/recording/",
        "events/r/<str:token>/evaluation/",
        "events/r/<str:token>/certificate.pdf",
        "events/certificates/<str:token>/verify/",
        "events/scholarships/",
        "events/scholarships/<slug:slug>/",
        "events/scholarships/<slug:slug>/nominate/",
        "events/scholarships/<slug:slug>/manage/",
        "events/scholarships/<slug:slug>/panel/",
        "events/scholarships/<slug:slug>/applications/<int:pk>/score/",
        "events/scholarships/<slug:slug>/applications/<int:pk>/decide/",
        "events/scholarships/<slug:slug>/ranking/",
        "events/scholarships/<slug:slug>/alumni/",
        "events/statistics/",
        "events/check-in/r/<str:token>/",
        "events/<slug:slug>/check-in/",
        "events/<slug:slug>/attendance/import/",
        "events/<slug:slug>/attendance/import/<int:pk>/",
        "events/<slug:slug>/participants/",
        "events/<slug:slug>/participants.<str:fmt>",
        "events/<slug:slug>/statistics/",
    }
    covered |= {
        "surveys/",
        "surveys/new/",
        "surveys/questionnaires/<slug:slug>/v<int:number>/",
        "surveys/questionnaires/<slug:slug>/v<int:number>/publish/",
        "surveys/questionnaires/<slug:slug>/v<int:number>/new-version/",
        "surveys/<slug:slug>/",
        "surveys/<slug:slug>/summary/",
        "surveys/<slug:slug>/answers.<str:fmt>",
        "surveys/<slug:slug>/responses/<int:pk>/",
        "surveys/<slug:slug>/responses/<int:pk>/files/<slug:key>",
        "surveys/<slug:slug>/responses/<int:pk>/validate/",
        "surveys/<slug:slug>/responses/<int:pk>/return/",
        "surveys/<slug:slug>/open/",
        "surveys/<slug:slug>/remind/",
        "surveys/<slug:slug>/close/",
        "surveys/<slug:slug>/publish/",
        "surveys/cee/",
        "surveys/cee/compare/",
        "surveys/cee/<slug:slug>/",
        "surveys/cee/<slug:slug>/consolidate/",
        "surveys/cee/<slug:slug>/validate/",
        "surveys/cee/<slug:slug>/publish/",
        "surveys/cee/<slug:slug>/<str:code>/",
        "cooperation/",
        "cooperation/network.json",
        "cooperation/new/",
        "cooperation/export/cooperations.<str:fmt>",
        "cooperation/export/learning-requests.<str:fmt>",
        "cooperation/<int:pk>/",
        "cooperation/<int:pk>/confirm/",
        "cooperation/<int:pk>/verify/",
        "cooperation/<int:pk>/activities/",
        "cooperation/learning/",
        "cooperation/learning/new/",
        "cooperation/learning/<int:pk>/",
        "cooperation/learning/<int:pk>/introduce/",
        "cooperation/learning/<int:pk>/exchange/",
        "cooperation/learning/<int:pk>/outcome/",
        "cooperation/appeals/",
        "cooperation/appeals/new/",
        "cooperation/appeals/<slug:slug>/",
        "cooperation/appeals/<slug:slug>/needs/",
        "cooperation/appeals/<slug:slug>/pledge/",
        "cooperation/pledges/<int:pk>/ship/",
        "cooperation/pledges/<int:pk>/receive/",
        "projects/",
        "projects/map/",
        "projects/iati/",
        "projects/<slug:slug>/",
        "projects/<slug:slug>/grants/",
        "projects/<slug:slug>/transactions/",
        "projects/<slug:slug>/updates/",
        "projects/updates/<int:pk>/<str:step>/",  # approve and return: test_pages.py
        "projects/grants/<int:pk>/report/",
        "projects/grants/<int:pk>/report.<str:fmt>",
        "iati/activities.xml",
        "iati/organisation.xml",
    }
    assert routes == covered, "a new page needs a row in MATRIX"
