from datetime import date
from decimal import Decimal

import pytest

from kota.lib import measures
from kota.lib.workflow import InvalidTransition
from kota.partners.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    GrantFactory,
    OpportunityFactory,
    PartnerFactory,
    TrancheFactory,
)
from kota.partners.forecast import income_forecast
from kota.partners.models import Grant, Opportunity, Tranche

pytestmark = pytest.mark.django_db


def test_winning_an_opportunity_creates_its_grant_from_the_funder_in_its_currency():
    opportunity = OpportunityFactory(amount=Decimal("120000"), currency="EUR", probability=40)

    grant = opportunity.win(reference="EU-2026-17")

    opportunity.refresh_from_db()
    assert opportunity.stage == Opportunity.Stage.WON
    assert opportunity.probability == 100
    assert grant.funder == opportunity.funder
    assert (grant.amount, grant.currency, grant.reference) == (
        Decimal("120000"),
        "EUR",
        "EU-2026-17",
    )
    assert grant.opportunity == opportunity
    assert grant.status == Grant.Status.ACTIVE


def test_an_opportunity_is_won_once():
    opportunity = OpportunityFactory()
    opportunity.win()

    with pytest.raises(InvalidTransition):
        opportunity.win()
    assert Grant.objects.count() == 1


def _grants_in_three_currencies():
    usd = GrantFactory(currency="USD", amount=Decimal("500000"))
    eur = GrantFactory(currency="EUR", amount=Decimal("300000"))
    idr = GrantFactory(currency="IDR", amount=Decimal("2000000000"))
    TrancheFactory(
        grant=usd,
        expected_amount=Decimal("200000.50"),
        received_on=date(2026, 2, 1),
        received_amount=Decimal("200000.50"),
    )
    TrancheFactory(grant=usd, expected_amount=Decimal("299999.50"), expected_on=date(2027, 2, 1))
    TrancheFactory(
        grant=GrantFactory(currency="USD"),
        expected_amount=Decimal("1000"),
        expected_on=date(2026, 9, 1),
    )
    TrancheFactory(
        grant=eur,
        expected_amount=Decimal("150000"),
        received_on=date(2026, 3, 1),
        received_amount=Decimal("149000"),
    )
    TrancheFactory(grant=eur, expected_amount=Decimal("150000"), expected_on=date(2026, 12, 1))
    TrancheFactory(
        grant=idr,
        expected_amount=Decimal("750000000"),
        received_on=date(2026, 4, 1),
        received_amount=Decimal("750000000"),
    )
    TrancheFactory(grant=idr, expected_amount=Decimal("1250000000"), expected_on=date(2027, 4, 1))


def test_tranches_add_up_per_currency_and_never_across_currencies():
    _grants_in_three_currencies()

    totals = Tranche.objects.totals_by_currency()

    assert totals == {
        "USD": {"expected": Decimal("501000"), "received": Decimal("200000.50")},
        "EUR": {"expected": Decimal("300000"), "received": Decimal("149000")},
        "IDR": {"expected": Decimal("2000000000"), "received": Decimal("750000000")},
    }


def test_the_forecast_counts_tranches_by_year_and_weights_open_opportunities():
    _grants_in_three_currencies()
    OpportunityFactory(
        currency="EUR", amount=Decimal("100000"), probability=25, decision_on=date(2026, 11, 1)
    )
    OpportunityFactory(currency="USD", amount=Decimal("80000"), probability=50, decision_on=None)
    OpportunityFactory(currency="USD", amount=Decimal("999"), stage=Opportunity.Stage.LOST)

    rows = {(r.year, r.currency): r for r in income_forecast(this_year=2026)}

    assert set(rows) == {(2026, "USD"), (2027, "USD"), (2026, "EUR"), (2026, "IDR"), (2027, "IDR")}
    eur = rows[(2026, "EUR")]
    assert (eur.received, eur.expected, eur.weighted) == (
        Decimal("149000"),
        Decimal("150000"),
        Decimal("25000.00"),
    )
    assert eur.total == Decimal("324000")
    usd = rows[(2026, "USD")]
    assert (usd.received, usd.expected, usd.weighted) == (
        Decimal("200000.50"),
        Decimal("1000"),
        Decimal("40000.00"),
    )
    assert rows[(2027, "IDR")].expected == Decimal("1250000000")


def test_the_funds_measures_count_one_currency_at_a_time():
    _grants_in_three_currencies()
    year = (date(2026, 1, 1), date(2026, 12, 31))

    assert measures.get("partners.funds_received")(*year, currency="EUR") == Decimal("149000")
    assert measures.get("partners.funds_received")(*year) == Decimal("200000.50")
    assert measures.get("partners.funds_received")(*year, currency="IDR") == Decimal("750000000")


def test_the_partnership_measures_count_agreements_in_force_on_the_last_day():
    unhabitat, giz = PartnerFactory(), PartnerFactory()
    for partner, until in [(unhabitat, date(2027, 1, 1)), (giz, date(2026, 6, 30))]:
        AgreementPartyFactory(
            partner=partner,
            agreement=AgreementFactory(valid_from=date(2025, 1, 1), valid_until=until),
        )
    AgreementPartyFactory(partner=giz, agreement=AgreementFactory(status="draft"))

    end = date(2026, 12, 31)
    assert measures.get("partners.agreements_in_force")(date(2026, 1, 1), end) == 1
    assert measures.get("partners.active_partners")(date(2026, 1, 1), end) == 1
    assert measures.get("partners.agreements_in_force")(date(2026, 1, 1), date(2026, 6, 1)) == 2
