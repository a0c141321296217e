"""The demo's programmes and projects, from data/projects.yaml: three programmes and twenty
projects over 2021-2026 with their members, partners and grants, budget lines per year,
transactions in USD, EUR and IDR, quarterly updates (approved, and the latest of a running
project waiting for its second approver) and results broken down by sex and age group. At the
large scale, 2,000 more projects for the benchmarks. Every figure here is invented."""

import datetime
import itertools
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from kota.core.models import User
from kota.demo.data import read_yaml
from kota.lib.money import round_money
from kota.members.models import Member
from kota.partners.models import Grant, Partner
from kota.projects.codelists import (
    ActivityStatus,
    AgeGroup,
    OrganisationRole,
    Sex,
    TransactionType,
)
from kota.projects.models import (
    ActualCell,
    BudgetLine,
    IndicatorPeriod,
    Programme,
    Project,
    ProjectGrant,
    ProjectIndicator,
    ProjectMember,
    ProjectPartner,
    ProjectSector,
    Publisher,
    Result,
    Transaction,
    Update,
)
from kota.results.models import Activity

LARGE = 2_000
RUNNING = (ActivityStatus.IMPLEMENTATION, ActivityStatus.FINALISATION, ActivityStatus.CLOSED)


def build_projects(rng, *, scale, secretariat, reviewer, today=None):
    """Returns the number of projects built."""
    data = read_yaml("projects.yaml")
    today = today or timezone.localdate()
    if not Publisher.objects.exists():
        spec = data["publisher"]
        Publisher.objects.create(ref=spec["ref"], organisation_type=spec["type"], name=spec["name"])
    programmes = {
        spec["code"]: Programme.objects.create(
            code=spec["code"],
            title=spec["title"],
            title_translations=spec.get("titles", {}),
            description=spec["description"],
        )
        for spec in data["programmes"]
    }
    lookups = _Lookups()
    for spec in data["projects"]:
        project = _project(spec, data, programmes, lookups)
        lines = _budget(project, spec, data)
        if project.actual_start and project.status in RUNNING:
            _transactions(rng, project, spec, lines, lookups, today)
            _updates(project, secretariat, reviewer, today)
        if spec.get("results") and project.actual_start:
            _results(rng, project, data["results"][spec["results"]], today)
    built = len(data["projects"])
    if scale == "large":
        built += build_many(rng, LARGE, programmes=list(programmes.values()), note=data["note"])
    return built


class _Lookups:
    def __init__(self):
        self.members = {m.name: m for m in Member.objects.filter(external_id__startswith="demo-")}
        self.partners = {}
        for partner in Partner.objects.all():
            self.partners[partner.name] = partner
            if partner.acronym:
                self.partners[partner.acronym] = partner
        self.grants = {grant.title: grant for grant in Grant.objects.select_related("funder")}
        self.activities = {
            a.code: a
            for a in Activity.objects.filter(strategy__goal__plan__slug="manifesto-2021-2025")
        }


def _project(spec, data, programmes, lookups):
    project = Project.objects.create(
        programme=programmes[spec["programme"]],
        code=spec["code"],
        title=spec["title"],
        title_translations=spec.get("titles", {}),
        description=f"{spec['description']}\n\n{data['note']}",
        status=spec["status"],
        is_public=spec.get("public", True),
        planned_start=spec["start"],
        planned_end=spec["end"],
        actual_start=spec.get("started"),
        actual_end=spec.get("ended"),
        sdg_targets=spec.get("sdg_targets", []),
        default_currency=spec["budget"]["currency"],
    )
    project.countries.set(spec.get("countries", []))
    project.activities.set([lookups.activities[c] for c in spec.get("activities", [])])
    for name, role in spec.get("members", []):
        member = lookups.members.get(name)
        if member is not None:  # a smaller demo may not hold every place
            ProjectMember.objects.create(project=project, member=member, role=role)
    for name, role in spec.get("partners", []):
        ProjectPartner.objects.create(project=project, partner=lookups.partners[name], role=role)
    for code, percentage in spec.get("sectors", {}).items():
        ProjectSector.objects.create(project=project, code=code, percentage=percentage)
    if spec.get("grant"):
        ProjectGrant.objects.create(project=project, grant=lookups.grants[spec["grant"]])
    return project


def _years(project):
    return range(project.planned_start.year, project.planned_end.year + 1)


def _budget(project, spec, data):
    currency, per_year = spec["budget"]["currency"], Decimal(str(spec["budget"]["per_year"]))
    lines = []
    for year in _years(project):
        for label, share in data["budget_lines"].items():
            lines.append(
                BudgetLine.objects.create(
                    project=project,
                    year=year,
                    label=label,
                    amount=round_money(per_year * Decimal(str(share)), currency),
                    currency=currency,
                )
            )
    return lines


def _transactions(rng, project, spec, lines, lookups, today):
    end = min(today, project.actual_end or project.planned_end)
    grant = lookups.grants.get(spec.get("grant"))
    hosts = [link.member.name for link in project.member_roles.all() if link.role == "host"]
    for year in _years(project):
        start = max(project.actual_start, datetime.date(year, 1, 1))
        last = min(end, datetime.date(year, 12, 31))
        if last < start:
            continue
        share_of_year = Decimal((last - start).days + 1) / 365
        year_lines = [line for line in lines if line.year == year]
        if grant is not None:
            Transaction.objects.create(
                project=project,
                kind=TransactionType.INCOMING_FUNDS,
                date=start,
                amount=round_money(sum(line.amount for line in year_lines), grant.currency),
                currency=grant.currency,
                grant=grant,
                description=f"Funds for {year}",
            )
        for line in year_lines:
            used = line.amount * Decimal(str(rng.uniform(0.7, 0.98))) * min(share_of_year, 1)
            parts = rng.choice([2, 3])
            for part in range(parts):
                day = start + datetime.timedelta(
                    days=int((last - start).days * (part + 1) / (parts + 1))
                )
                disbursed = part == 0 and line.label.startswith("Training") and hosts
                Transaction.objects.create(
                    project=project,
                    kind=TransactionType.DISBURSEMENT if disbursed else TransactionType.EXPENDITURE,
                    date=day,
                    amount=round_money(used / parts, line.currency),
                    currency=line.currency,
                    budget_line=line,
                    counterpart=hosts[0] if disbursed else "",
                    description=line.label,
                )


def _quarters(start, end):
    """(first day, last day) of each calendar quarter from `start`'s to the last one ended
    before `end`."""
    year, quarter = start.year, (start.month - 1) // 3
    while True:
        first = datetime.date(year, 3 * quarter + 1, 1)
        following = datetime.date(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1)
        if following > end:
            return
        yield first, following - datetime.timedelta(days=1)
        year, quarter = (year + 1, 0) if quarter == 3 else (year, quarter + 1)


NARRATIVES = [
    "The partner cities agreed the work plan and named their focal points.",
    "A two-day workshop trained the cities' planners; the materials are shared online.",
    "Field visits collected data in the participating districts.",
    "The cities' councils discussed the draft documents with residents.",
    "The team reviewed progress with the funder and adjusted the next quarter's plan.",
]


def _updates(project, secretariat, reviewer, today):
    end = min(today, (project.actual_end or project.planned_end) + datetime.timedelta(days=1))
    quarters = list(_quarters(project.actual_start, end))[-6:]
    for number, (first, last) in enumerate(quarters):
        update = Update.objects.create(
            project=project,
            period_start=first,
            period_end=last,
            narrative=NARRATIVES[(number + len(project.code)) % len(NARRATIVES)],
            evidence_url=f"https://example.org/demo/{project.code.lower()}/{first:%Y-%m}.pdf",
            author=secretariat,
        )
        update.submit(secretariat)
        pending = number == len(quarters) - 1 and project.status == ActivityStatus.IMPLEMENTATION
        if not pending:
            update.approve(reviewer)


def _cells(rng, profile, scale=1.0):
    """{(sex, age group): number} from the profile's shares, about `per_year` in all."""
    total = profile["per_year"] * rng.uniform(0.8, 1.2) * scale
    return {
        (sex, age): Decimal(round(total * s * a))
        for (sex, s), (age, a) in itertools.product(
            zip(Sex.values, profile["sex"], strict=True),
            zip(AgeGroup.values, profile["age"], strict=True),
        )
    }


def _results(rng, project, profile, today):
    spec = profile["result"]
    result = Result.objects.create(
        project=project, title=spec["title"], title_translations=spec.get("titles", {})
    )
    spec = profile["indicator"]
    disaggregated = "sex" in profile
    indicator = ProjectIndicator.objects.create(
        result=result,
        title=spec["title"],
        title_translations=spec.get("titles", {}),
        baseline_year=project.planned_start.year,
        baseline_value=Decimal(0),
        is_disaggregated=disaggregated,
        feeds=spec.get("feeds", ""),
    )
    for year in _years(project):
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        target = Decimal(profile["per_year"])
        if last >= today or year < project.actual_start.year:
            if first <= today:
                indicator.record_period(first, last, target=target)
            continue
        if disaggregated:
            cells = _cells(rng, profile)
            indicator.record_period(
                first, last, target=target, actual=sum(cells.values()), cells=cells
            )
        else:
            actual = Decimal(profile["per_year"] * rng.uniform(0.5, 1.5)).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
            indicator.record_period(first, last, target=target, actual=actual)


def build_many(rng, count, *, programmes, note):
    """`count` more public projects for the benchmarks, written in bulk: each with two
    budget lines, three transactions (USD, EUR, IDR), a country, a partner and a result with
    one disaggregated period."""
    today = timezone.localdate()
    partner = Partner.objects.exclude(iati_identifier="").order_by("pk").first()
    countries = ["ID", "PH", "KH", "LA", "NP", "LK", "BD", "MN", "FJ", "MV"]
    projects = Project.objects.bulk_create(
        [
            Project(
                programme=programmes[n % len(programmes)],
                code=f"BENCH-{n:05d}",
                slug=f"bench-{n:05d}",
                title=f"Benchmark project {n}",
                description=f"A project of the large demo, for benchmarks.\n\n{note}",
                status=ActivityStatus.IMPLEMENTATION,
                is_public=True,
                planned_start=datetime.date(2021 + n % 5, 1, 1),
                planned_end=datetime.date(2026, 12, 31),
                actual_start=datetime.date(2021 + n % 5, 2, 1),
                sdg_targets=["11.3"],
            )
            for n in range(count)
        ],
        batch_size=1_000,
    )
    through = Project.countries.through
    through.objects.bulk_create(
        [
            through(project_id=p.pk, country_id=countries[i % len(countries)])
            for i, p in enumerate(projects)
        ],
        batch_size=5_000,
    )
    if partner is not None:
        ProjectPartner.objects.bulk_create(
            [
                ProjectPartner(project=p, partner=partner, role=OrganisationRole.FUNDING)
                for p in projects
            ],
            batch_size=5_000,
        )
    ProjectSector.objects.bulk_create(
        [ProjectSector(project=p, code="43030", percentage=100) for p in projects], batch_size=5_000
    )
    BudgetLine.objects.bulk_create(
        [
            BudgetLine(project=p, year=today.year, label=label, amount=amount, currency="USD")
            for p in projects
            for label, amount in (("Training and workshops", 40_000), ("Travel", 10_000))
        ],
        batch_size=5_000,
    )
    Transaction.objects.bulk_create(
        [
            Transaction(project=p, kind=kind, date=p.actual_start, amount=amount, currency=currency)
            for p in projects
            for kind, amount, currency in (
                (TransactionType.EXPENDITURE, Decimal("12500.50"), "USD"),
                (TransactionType.EXPENDITURE, Decimal("3000"), "EUR"),
                (TransactionType.DISBURSEMENT, Decimal("150000000"), "IDR"),
            )
        ],
        batch_size=5_000,
    )
    results = Result.objects.bulk_create(
        [Result(project=p, title="Local officials trained") for p in projects], batch_size=5_000
    )
    indicators = ProjectIndicator.objects.bulk_create(
        [
            ProjectIndicator(result=r, title="Officials trained", is_disaggregated=True)
            for r in results
        ],
        batch_size=5_000,
    )
    profile = {"per_year": 60, "sex": [0.46, 0.54], "age": [0.12, 0.8, 0.08]}
    cells = [_cells(rng, profile) for _ in indicators]
    periods = IndicatorPeriod.objects.bulk_create(
        [
            IndicatorPeriod(
                indicator=i,
                period_start=datetime.date(2024, 1, 1),
                period_end=datetime.date(2024, 12, 31),
                target=Decimal(60),
                actual=sum(c.values()),
            )
            for i, c in zip(indicators, cells, strict=True)
        ],
        batch_size=5_000,
    )
    ActualCell.objects.bulk_create(
        [
            ActualCell(period=period, sex=sex, age_group=age, number=number)
            for period, c in zip(periods, cells, strict=True)
            for (sex, age), number in c.items()
        ],
        batch_size=5_000,
    )
    return count


def reviewer_for(secretariat):
    """A second member of the secretariat to approve updates (the results demo's officer)."""
    return User.objects.filter(is_staff=True).exclude(pk=secretariat.pk).order_by("pk").first()
