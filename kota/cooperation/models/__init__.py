"""City-to-city cooperation: agreements between members (cooperations), peer matching from a
learning request to its outcome, and solidarity in a crisis."""

from kota.cooperation.models.cooperations import (
    Cooperation,
    CooperationActivity,
    CooperationDocument,
    Party,
)
from kota.cooperation.models.learning import LearningRequest, Outcome
from kota.cooperation.models.solidarity import Appeal, Need, Pledge, PledgeRefused

__all__ = [
    "Appeal",
    "Cooperation",
    "CooperationActivity",
    "CooperationDocument",
    "LearningRequest",
    "Need",
    "Outcome",
    "Party",
    "Pledge",
    "PledgeRefused",
]
