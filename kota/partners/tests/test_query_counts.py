"""The partners' lists, on their pages and in the API, run the same number of queries for 3
rows as for 30: a new N+1 fails here. The numbers are pinned exactly."""

import datetime

import pytest

from kota.events.factories import EventFactory
from kota.partners.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    GrantFactory,
    InteractionFactory,
    OpportunityFactory,
    PartnerContactFactory,
    PartnerFactory,
    TrancheFactory,
)
from kota.partners.models import AgreementParty, EventPartner, Partner

pytestmark = pytest.mark.django_db
SIZES = [3, 30]


def partners(personas, rows):
    """`rows` partners, each with an agreement in force and a grant."""
    for n in range(rows):
        partner = PartnerFactory(name=f"Agency {n:02d}", country_id="TH")
        AgreementPartyFactory(partner=partner)
        GrantFactory(funder=partner)
    return "Agency 00"


def escap_with_everything(personas, rows):
    """A partner with `rows` contacts, agreements (each with a member party too), grants with
    tranches, opportunities, co-hosted events and interactions."""
    escap = PartnerFactory(name="UN ESCAP", slug="escap")
    for n in range(rows):
        PartnerContactFactory(partner=escap, name=f"Officer {n:02d}")
        agreement = AgreementFactory(title=f"Agreement {n:02d}")
        AgreementPartyFactory(agreement=agreement, partner=escap)
        AgreementParty.objects.create(agreement=agreement, member=personas.surabaya_city)
        TrancheFactory(grant=GrantFactory(funder=escap, title=f"Grant {n:02d}"))
        OpportunityFactory(funder=escap, title=f"Opportunity {n:02d}")
        EventPartner.objects.create(partner=escap, event=EventFactory(title=f"Forum {n:02d}"))
        InteractionFactory(partner=escap, summary=f"Meeting {n:02d}")
    return "Meeting 00"


def opportunities(personas, rows):
    for n in range(rows):
        OpportunityFactory(title=f"Call {n:02d}", stage=["identified", "proposal", "won"][n % 3])
    return "Call 00"


def grants(personas, rows):
    for n in range(rows):
        TrancheFactory(grant=GrantFactory(title=f"Grant {n:02d}"))
    return "Grant 00"


def tranches_over_years(personas, rows):
    """Tranches expected in `rows` years, and open opportunities decided in them."""
    for n in range(rows):
        TrancheFactory(expected_on=datetime.date(2001 + n, 6, 1))
        OpportunityFactory(decision_on=datetime.date(2001 + n, 6, 1), currency="EUR")
    return "2001"


PAGES = {
    # name: (url, persona, builder, queries[, what the page shows instead of the marker])
    "partners": ("/partners/", "secretariat", partners, 5),
    # A partner's page: its own sections, then one query for each section the apps above add
    # (kota.partners.sections: projects, cooperation).
    "partner": ("/partners/escap/", "secretariat", escap_with_everything, 13),
    "partner-focal-point": (
        "/partners/escap/",
        "surabaya",
        escap_with_everything,
        10,
        "Agreement 00",
    ),
    "pipeline": ("/partners/pipeline/", "secretariat", opportunities, 3),
    "grants": ("/partners/grants/", "secretariat", grants, 4),
    "forecast": ("/partners/forecast/", "secretariat", tranches_over_years, 5),
    "api-partners": ("/api/v1/partners", "secretariat", partners, 2),
    "api-partner": (
        "/api/v1/partners/{escap}",
        "secretariat",
        escap_with_everything,
        5,
        "Officer 00",
    ),
}


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_list_runs_as_many_queries_for_30_rows_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, build, queries, *shown = PAGES[page]
    marker = build(personas, rows)
    marker = shown[0] if shown else marker
    if "{escap}" in url:
        url = url.format(escap=Partner.objects.get(slug="escap").pk)
    client.force_login(getattr(personas, persona))
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    assert marker in response.content.decode()
