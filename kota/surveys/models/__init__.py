from kota.surveys.models.campaigns import Campaign, Response  # noqa: F401
from kota.surveys.models.cee import (  # noqa: F401
    CONSOLIDATION_RULE,
    CountryScore,
    Criterion,
    Edition,
    Framework,
    Rater,
    Rating,
)
from kota.surveys.models.questionnaires import Question, Questionnaire, Section, Version  # noqa: F401
