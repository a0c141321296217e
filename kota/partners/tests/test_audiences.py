"""Partner contacts as an audience of mailings and survey campaigns."""

import pytest

from kota.mailings.audiences import source
from kota.partners.factories import PartnerContactFactory, PartnerFactory
from kota.partners.models import OrganisationType

pytestmark = pytest.mark.django_db


def test_the_contacts_of_partners_of_the_chosen_types_with_an_address():
    bank = PartnerFactory(name="Development Bank", organisation_type=OrganisationType.MULTILATERAL)
    university = PartnerFactory(name="University", organisation_type=OrganisationType.ACADEMIC)
    PartnerContactFactory(partner=bank, email="ana@bank.example", is_primary=True)
    PartnerContactFactory(partner=bank, email="budi@bank.example")
    PartnerContactFactory(partner=bank, email="")
    PartnerContactFactory(partner=university, email="chen@uni.example")
    contacts = source("partner_contacts")

    everyone = {r.email for r in contacts.recipients({})}
    assert everyone == {"ana@bank.example", "budi@bank.example", "chen@uni.example"}
    banks = {r.email for r in contacts.recipients({"organisation_type": ["40"]})}
    assert banks == {"ana@bank.example", "budi@bank.example"}
    primary = [r.email for r in contacts.recipients({"primary_only": True})]
    assert primary == ["ana@bank.example"]
    assert all(r.member_id is None for r in contacts.recipients({}))
