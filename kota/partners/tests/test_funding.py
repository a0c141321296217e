from decimal import Decimal

import pytest

from kota.lib.workflow import InvalidTransition
from kota.partners.factories import OpportunityFactory
from kota.partners.models import Grant, Opportunity

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
