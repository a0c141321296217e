import datetime
from decimal import Decimal

import factory

from kota.partners.factories import GrantFactory, PartnerFactory
from kota.projects.codelists import ActivityStatus, OrganisationRole, TransactionType
from kota.projects.models import (
    BudgetLine,
    Programme,
    Project,
    ProjectGrant,
    ProjectIndicator,
    ProjectPartner,
    ProjectSector,
    Publisher,
    Result,
    Transaction,
    Update,
)


class PublisherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publisher

    ref = "XI-KOTA-TEST"
    organisation_type = "23"
    name = "UCLG ASPAC"


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    code = factory.Sequence(lambda n: f"PRG{n}")
    title = factory.Sequence(lambda n: f"Localising the SDGs {n}")
    description = "A programme of the network."


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    code = factory.Sequence(lambda n: f"P-{n:04d}")
    title = factory.Sequence(lambda n: f"Voluntary local reviews in Java {n}")
    title_translations = {"id": "Tinjauan lokal sukarela", "zh-hans": "地方自愿审查"}
    description = "Cities write their voluntary local review with their residents."
    description_translations = {"id": "Kota menulis tinjauan lokal sukarela."}
    status = ActivityStatus.IMPLEMENTATION
    is_public = True
    planned_start = datetime.date(2024, 1, 1)
    planned_end = datetime.date(2026, 12, 31)
    actual_start = datetime.date(2024, 2, 1)
    sdg_targets = ["11.3", "17.17"]

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create:
            self.countries.set(extracted if extracted is not None else ["ID"])


class FundedPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectPartner

    project = factory.SubFactory(ProjectFactory)
    partner = factory.SubFactory(
        PartnerFactory, iati_identifier=factory.Sequence(lambda n: f"XM-DAC-4{n:04d}")
    )
    role = OrganisationRole.FUNDING


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectSector

    project = factory.SubFactory(ProjectFactory)
    code = "43030"
    percentage = Decimal("100")


class ProjectGrantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectGrant

    project = factory.SubFactory(ProjectFactory)
    grant = factory.SubFactory(GrantFactory)


class BudgetLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BudgetLine

    project = factory.SubFactory(ProjectFactory)
    year = 2025
    label = "Training"
    amount = Decimal("40000")
    currency = "USD"


class TransactionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Transaction

    project = factory.SubFactory(ProjectFactory)
    kind = TransactionType.EXPENDITURE
    date = datetime.date(2025, 3, 15)
    amount = Decimal("1000")
    currency = "USD"
    description = "Workshop venue"


class ResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Result

    project = factory.SubFactory(ProjectFactory)
    title = "Local officials trained"


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectIndicator

    result = factory.SubFactory(ResultFactory)
    title = "Officials trained"
    baseline_year = 2024
    baseline_value = Decimal("0")
    is_disaggregated = True


class UpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Update

    project = factory.SubFactory(ProjectFactory)
    period_start = datetime.date(2025, 1, 1)
    period_end = datetime.date(2025, 3, 31)
    narrative = "Two cities started their reviews."
    evidence_url = "https://example.org/report.pdf"


def full_project(**kwargs):
    """A public project with everything the IATI file shows: partners, a sector, budgets in
    two currencies, transactions in three, and a disaggregated result."""
    project = ProjectFactory(**kwargs)
    FundedPartnerFactory(project=project)
    SectorFactory(project=project)
    BudgetLineFactory(project=project)
    BudgetLineFactory(project=project, year=2026, currency="EUR", amount=Decimal("25000"))
    grant = ProjectGrantFactory(project=project).grant
    TransactionFactory(
        project=project,
        kind=TransactionType.INCOMING_FUNDS,
        grant=grant,
        amount=Decimal("50000"),
        description="",
    )
    TransactionFactory(project=project, currency="EUR", amount=Decimal("1200.50"))
    TransactionFactory(
        project=project,
        kind=TransactionType.DISBURSEMENT,
        currency="IDR",
        amount=Decimal("15000000"),
        counterpart="Kota Surabaya",
    )
    indicator = IndicatorFactory(result=ResultFactory(project=project))
    indicator.record_period(
        datetime.date(2025, 1, 1),
        datetime.date(2025, 12, 31),
        target=40,
        actual=30,
        cells={
            ("female", "under-25"): 5,
            ("female", "25-59"): 10,
            ("female", "60-plus"): 1,
            ("male", "under-25"): 4,
            ("male", "25-59"): 9,
            ("male", "60-plus"): 1,
        },
    )
    return project


def permission_matrix_objects(personas):
    """What kota/core/tests/test_permissions.py opens in the projects app, by placeholder: a
    public project with a grant and a draft update, a private project, and the IATI
    publisher the public files need."""
    PublisherFactory()
    project = full_project(code="MATRIX")
    private = ProjectFactory(code="MATRIX-PRIVATE", is_public=False)
    update = UpdateFactory(project=project, author=personas.secretariat)
    return {
        "project": project.slug,
        "project_id": project.pk,
        "private_project": private.slug,
        "project_update": update.pk,
        "project_grant": project.grant_links.get().grant_id,
    }
