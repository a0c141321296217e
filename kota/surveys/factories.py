"""Factories for surveys' tests: a published member-satisfaction questionnaire with skip
logic, a campaign to focal points, and a small CEE edition."""

import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from kota.surveys.models import (
    Campaign,
    Criterion,
    Edition,
    Framework,
    Question,
    Questionnaire,
    Rater,
    Rating,
    Response,
    Section,
    Version,
)

SATISFACTION = [
    {"value": "1", "label": "Very poor", "translations": {"id": "Sangat buruk"}},
    {"value": "2", "label": "Poor", "translations": {"id": "Buruk"}},
    {"value": "3", "label": "Fair", "translations": {"id": "Cukup"}},
    {"value": "4", "label": "Good", "translations": {"id": "Baik"}},
    {"value": "5", "label": "Very good", "translations": {"id": "Sangat baik"}},
]


class QuestionnaireFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Questionnaire

    slug = factory.Sequence(lambda n: f"member-satisfaction-{n}")
    title = "Member satisfaction"
    translations = {"id": "Kepuasan anggota"}


def satisfaction_version(questionnaire=None, *, publish=True):
    """A version with: satisfaction (scale 1-5, required), used_services (multiple choice),
    why_not (long text asked only when satisfaction is 1 or 2), staff (number 0-10000),
    priorities (matrix) and comments (short text)."""
    questionnaire = questionnaire or QuestionnaireFactory()
    version = Version.objects.create(questionnaire=questionnaire, number=1)
    section = Section.objects.create(
        version=version, position=1, title="Our services", translations={"id": "Layanan kami"}
    )
    ask = lambda position, **fields: Question.objects.create(  # noqa: E731
        version=version, section=section, position=position, **fields
    )
    ask(
        1,
        key="satisfaction",
        kind=Question.Kind.SCALE,
        label="How satisfied are you with the secretariat's services?",
        translations={"id": "Seberapa puas Anda dengan layanan sekretariat?"},
        minimum=Decimal(1),
        maximum=Decimal(5),
        options=SATISFACTION,
        required=True,
    )
    ask(
        2,
        key="why_not",
        kind=Question.Kind.LONG_TEXT,
        label="What should we improve?",
        translations={"id": "Apa yang harus kami perbaiki?"},
        required=True,
        show_if_question="satisfaction",
        show_if_values=["1", "2"],
    )
    ask(
        3,
        key="used_services",
        kind=Question.Kind.MULTIPLE,
        label="Which services did you use?",
        translations={"id": "Layanan apa yang Anda gunakan?"},
        options=[
            {"value": "training", "label": "Trainings", "translations": {"id": "Pelatihan"}},
            {"value": "advocacy", "label": "Advocacy", "translations": {"id": "Advokasi"}},
            {
                "value": "exchange",
                "label": "City exchanges",
                "translations": {"id": "Pertukaran kota"},
            },
        ],
    )
    ask(
        4,
        key="staff",
        kind=Question.Kind.NUMBER,
        label="Staff working on international relations",
        translations={"id": "Staf yang menangani hubungan internasional"},
        unit="people",
        minimum=Decimal(0),
        maximum=Decimal(10000),
    )
    ask(
        5,
        key="priorities",
        kind=Question.Kind.MATRIX,
        label="How important is each topic?",
        translations={"id": "Seberapa penting setiap topik?"},
        options=[
            {"value": "low", "label": "Low", "translations": {"id": "Rendah"}},
            {"value": "high", "label": "High", "translations": {"id": "Tinggi"}},
        ],
        rows=[
            {"value": "climate", "label": "Climate", "translations": {"id": "Iklim"}},
            {"value": "finance", "label": "Finance", "translations": {"id": "Keuangan"}},
        ],
    )
    ask(
        6,
        key="comments",
        kind=Question.Kind.SHORT_TEXT,
        label="Any other comment",
        translations={"id": "Komentar lain"},
    )
    if publish:
        version.publish()
    return version


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    slug = factory.Sequence(lambda n: f"satisfaction-{n}")
    title = "Member satisfaction survey"
    translations = {"id": "Survei kepuasan anggota"}
    version = factory.LazyFunction(satisfaction_version)
    audience_source = "focal_points"
    audience_criteria = factory.LazyFunction(lambda: {"status": ["active"]})
    due_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))
    status = Campaign.Status.OPEN


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Response

    campaign = factory.SubFactory(CampaignFactory)
    member = factory.SubFactory("kota.members.factories.MemberFactory")
    email = factory.Sequence(lambda n: f"respondent{n}@example.org")
    language = "en"


def with_file_question(version):
    """`version` (a draft) with a last question asking for a file, keyed "evidence"."""
    section = version.sections.order_by("position").last()
    Question.objects.create(
        version=version,
        section=section,
        position=99,
        key="evidence",
        kind=Question.Kind.FILE,
        label="Your latest budget",
        translations={"id": "Anggaran terakhir Anda"},
    )
    return version


def cee_framework(criteria=3):
    framework = Framework.objects.create(
        slug=f"cee-{Framework.objects.count()}", name="CEE", scale_min=1, scale_max=4
    )
    for position in range(1, criteria + 1):
        Criterion.objects.create(
            framework=framework,
            position=position,
            slug=f"c{position}",
            name=f"Criterion {position}",
        )
    return framework


def cee_edition(framework=None, *, year=2023, ratings=None):
    """An edition whose `ratings` is {country code: [[score per criterion] per rater]}, None
    for a criterion a rater left out."""
    framework = framework or cee_framework()
    edition = Edition.objects.create(
        framework=framework,
        slug=f"cee-{year}-{Edition.objects.count()}",
        year=year,
        title=f"CEE {year}",
    )
    criteria = list(framework.criteria.all())
    for code, raters in (ratings or {}).items():
        for n, scores in enumerate(raters):
            rater = Rater.objects.create(
                edition=edition, country_id=code, name=f"Rater {n}", kind=Rater.Kind.EXPERT
            )
            for criterion, score in zip(criteria, scores, strict=False):
                if score is not None:
                    Rating.objects.create(rater=rater, criterion=criterion, score=score)
    return edition


def permission_matrix_objects(personas):
    """What kota/core/tests/test_permissions.py opens in the surveys app, by placeholder: a
    questionnaire's published version, an open campaign (results not published) with Surabaya's
    response submitted, a published CEE edition and a draft one."""
    version = with_file_question(satisfaction_version(publish=False))
    version.publish()
    campaign = CampaignFactory(version=version)
    stored = default_storage.save("surveys/matrix/budget.txt", ContentFile(b"2026 budget"))
    response = ResponseFactory(
        campaign=campaign,
        member=personas.surabaya_city,
        status=Response.Status.SUBMITTED,
        answers={"satisfaction": "4", "evidence": stored},
    )
    framework = cee_framework()
    published = cee_edition(framework, year=2018, ratings={"ID": [[2, 3, 4]]})
    published.consolidate(personas.secretariat)
    published.validate_scores(personas.secretariat)
    published.publish(personas.secretariat)
    draft = cee_edition(framework, year=2023, ratings={"ID": [[3, 3, 4]]})
    return {
        "questionnaire": campaign.version.questionnaire.slug,
        "survey_campaign": campaign.slug,
        "survey_response": response.pk,
        "cee_edition": published.slug,
        "cee_draft": draft.slug,
    }
