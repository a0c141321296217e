"""Public projects: what the project list and a project's page show to anyone."""

import datetime
from decimal import Decimal

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from kota.api.pagination import MAX_PAGE_SIZE, BoundedPages
from kota.api.schemas import INVALID, NOT_FOUND
from kota.projects.codelists import ActivityStatus
from kota.projects.models import (
    IndicatorPeriod,
    Project,
    ProjectMember,
    ProjectPartner,
    Transaction,
)

router = Router(tags=["projects"])
MAX_ID = 2**31 - 1


class ProjectFilters(Schema):
    programme: str | None = Field(None, max_length=120, description="a programme's slug")
    status: int | None = Field(None, ge=1, le=6, description="IATI ActivityStatus code")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")


class ProjectOut(Schema):
    id: int
    code: str
    slug: str
    title: str
    title_translations: dict[str, str]
    programme: str
    status: int = Field(..., description="IATI ActivityStatus code (1-6)")
    status_name: str
    planned_start: datetime.date
    planned_end: datetime.date
    actual_start: datetime.date | None
    actual_end: datetime.date | None
    countries: list[str]
    url: str = Field(..., alias="get_absolute_url")

    @staticmethod
    def resolve_programme(project):
        return project.programme.code

    @staticmethod
    def resolve_status_name(project):
        return str(ActivityStatus(project.status).label)

    @staticmethod
    def resolve_countries(project):
        return [country.code for country in project.countries.all()]


class OrganisationOut(Schema):
    name: str
    role: str
    iati_identifier: str | None = None


class MoneyOut(Schema):
    amount: Decimal
    currency: str


class BudgetOut(MoneyOut):
    year: int


class TransactionOut(MoneyOut):
    type: int = Field(..., description="IATI TransactionType code (1, 3 or 4)")
    date: datetime.date
    description: str


class CellOut(Schema):
    sex: str
    age_group: str
    value: Decimal


class PeriodOut(Schema):
    start: datetime.date
    end: datetime.date
    target: Decimal | None
    actual: Decimal | None
    cells: list[CellOut]


class IndicatorOut(Schema):
    title: str
    baseline_year: int | None
    baseline: Decimal | None
    periods: list[PeriodOut]


class ResultOut(Schema):
    title: str
    type: int
    indicators: list[IndicatorOut]


class ProjectDetailOut(ProjectOut):
    description: str
    description_translations: dict[str, str]
    sectors: list[str] = Field(..., description="DAC 5-digit codes")
    sdg_targets: list[str]
    members: list[OrganisationOut]
    partners: list[OrganisationOut]
    budget: list[BudgetOut]
    transactions: list[TransactionOut]
    results: list[ResultOut]

    @staticmethod
    def resolve_sectors(project):
        return [sector.code for sector in project.sectors.all()]

    @staticmethod
    def resolve_members(project):
        return [{"name": m.member.name, "role": m.role} for m in project.member_roles.all()]

    @staticmethod
    def resolve_partners(project):
        return [
            {
                "name": link.partner.name,
                "role": str(link.role),
                "iati_identifier": link.partner.iati_identifier or None,
            }
            for link in project.partner_roles.all()
        ]

    @staticmethod
    def resolve_budget(project):
        return [
            {"year": year, "currency": currency, "amount": amount}
            for (year, currency), amount in sorted(_budget(project).items())
        ]

    @staticmethod
    def resolve_transactions(project):
        return [
            {
                "type": t.kind,
                "date": t.date,
                "amount": t.amount,
                "currency": t.currency,
                "description": t.description,
            }
            for t in project.transactions.all()
        ]

    @staticmethod
    def resolve_results(project):
        return [
            {
                "title": result.title,
                "type": result.kind,
                "indicators": [
                    {
                        "title": indicator.title,
                        "baseline_year": indicator.baseline_year,
                        "baseline": indicator.baseline_value,
                        "periods": [
                            {
                                "start": period.period_start,
                                "end": period.period_end,
                                "target": period.target,
                                "actual": period.actual,
                                "cells": [
                                    {"sex": c.sex, "age_group": c.age_group, "value": c.number}
                                    for c in period.cells.all()
                                ],
                            }
                            for period in indicator.periods.all()
                        ],
                    }
                    for indicator in result.indicators.all()
                ],
            }
            for result in project.results.all()
        ]


def _budget(project):
    sums = {}
    for line in project.budget_lines.all():
        key = (line.year, line.currency)
        sums[key] = sums.get(key, Decimal(0)) + line.amount
    return sums


def public_projects():
    return Project.objects.public().select_related("programme").prefetch_related("countries")


@router.get("", response={200: list[ProjectOut], **INVALID}, summary="List public projects")
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_projects(request, filters: Query[ProjectFilters]):
    """Public projects by code, filtered by programme, status and country;
    `{"items": [...], "count": N}`, 50 a page."""
    return (
        public_projects()
        .matching(
            programme=filters.programme,
            status=filters.status,
            country=filters.country and filters.country.upper(),
        )
        .order_by("code", "pk")
    )


@router.get(
    "/{id}", response={200: ProjectDetailOut, **NOT_FOUND, **INVALID}, summary="One project"
)
def get_project(request, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002 - the path says id
    """A public project with its members, partners, budget per year and currency,
    transactions in their own currencies, and results with their cells by sex and age."""
    projects = public_projects().prefetch_related(
        "sectors",
        "budget_lines",
        Prefetch("member_roles", queryset=ProjectMember.objects.select_related("member")),
        Prefetch("partner_roles", queryset=ProjectPartner.objects.select_related("partner")),
        Prefetch("transactions", queryset=Transaction.objects.order_by("date", "pk")),
        "results__indicators",
        Prefetch(
            "results__indicators__periods",
            queryset=IndicatorPeriod.objects.prefetch_related("cells").order_by("period_end"),
        ),
    )
    return get_object_or_404(projects, pk=id)
