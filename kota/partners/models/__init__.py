from kota.partners.models.agreements import Agreement, AgreementParty  # noqa: F401
from kota.partners.models.funding import (  # noqa: F401
    Grant,
    GrantCondition,
    Opportunity,
    ReportingObligation,
    Tranche,
)
from kota.partners.models.partners import (  # noqa: F401
    EventPartner,
    Interaction,
    OrganisationType,
    Partner,
    PartnerContact,
)
