"""The donor report pack of a grant for a period: the approved quarterly updates of the
projects it funds, their results with every disaggregation, and a financial statement by
budget line and currency, as a PDF (WeasyPrint) and a workbook (openpyxl).

Money is never converted: the tranches of the grant are in its currency, a project's
transactions in whatever currency they moved in, and every total is per currency."""

import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, Sum
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from openpyxl import Workbook

from kota.lib.tables import as_text
from kota.projects.codelists import AgeGroup, Sex, TransactionType
from kota.projects.models import (
    BudgetLine,
    IndicatorPeriod,
    Project,
    Result,
    Transaction,
    Update,
)

ZERO = Decimal(0)
OUT = (TransactionType.DISBURSEMENT, TransactionType.EXPENDITURE)


@dataclass
class StatementLine:
    """One budget line of one project (or its transactions without a budget line)."""

    project: str
    label: str
    currency: str
    budget: Decimal = ZERO
    disbursed: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def used(self):
        return self.disbursed + self.spent

    @property
    def remaining(self):
        return self.budget - self.used


@dataclass
class CurrencyTotal:
    """The statement's totals in one currency."""

    currency: str
    tranches_expected: Decimal = ZERO
    tranches_received: Decimal = ZERO
    incoming: Decimal = ZERO
    budget: Decimal = ZERO
    disbursed: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def used(self):
        return self.disbursed + self.spent

    @property
    def balance(self):
        """What came in (tranches received) less what went out, in this currency."""
        return self.tranches_received - self.used


@dataclass
class FinancialStatement:
    lines: list = field(default_factory=list)
    totals: dict = field(default_factory=dict)  # {currency: CurrencyTotal}
    tranches: list = field(default_factory=list)

    def total(self, currency):
        return self.totals.setdefault(currency, CurrencyTotal(currency))


def financial_statement(grant, start, end):
    """The statement of `grant` between `start` and `end` (dates, both included): tranches
    received, incoming funds from the grant, and every budget line of the projects it funds
    with what was disbursed and spent against it, per currency, in a fixed number of queries."""
    statement = FinancialStatement()
    projects = Project.objects.filter(grant_links__grant=grant)
    for tranche in grant.tranches.order_by("expected_on", "pk"):
        total = statement.total(grant.currency)
        if start <= tranche.expected_on <= end:
            total.tranches_expected += tranche.expected_amount
        if tranche.received_on and start <= tranche.received_on <= end:
            total.tranches_received += tranche.received_amount
            statement.tranches.append(tranche)
    lines = {}
    budget_lines = (
        BudgetLine.objects.filter(project__in=projects, year__gte=start.year, year__lte=end.year)
        .select_related("project")
        .order_by("project__code", "year", "label", "currency")
    )
    for line in budget_lines:
        key = (line.project.code, line.label, line.currency)
        row = lines.setdefault(key, StatementLine(line.project.code, line.label, line.currency))
        row.budget += line.amount
    transactions = Transaction.objects.filter(project__in=projects).between(start, end)
    for row in (
        transactions.order_by()
        .values("project__code", "budget_line__label", "kind", "currency", "grant")
        .annotate(total=Sum("amount"))
    ):
        currency, kind, total = row["currency"], row["kind"], row["total"]
        if kind == TransactionType.INCOMING_FUNDS:
            if row["grant"] == grant.pk:
                statement.total(currency).incoming += total
            continue
        label = row["budget_line__label"] or _("Not on a budget line")
        key = (row["project__code"], label, currency)
        line = lines.setdefault(key, StatementLine(row["project__code"], label, currency))
        if kind == TransactionType.DISBURSEMENT:
            line.disbursed += total
        else:
            line.spent += total
    statement.lines = [lines[key] for key in sorted(lines)]
    for line in statement.lines:
        total = statement.total(line.currency)
        total.budget += line.budget
        total.disbursed += line.disbursed
        total.spent += line.spent
    statement.totals = dict(sorted(statement.totals.items()))
    return statement


@dataclass
class DonorReport:
    grant: object
    start: object
    end: object
    projects: list
    updates: list
    results: list
    statement: FinancialStatement

    @property
    def title(self):
        return _("Report to %(funder)s on %(grant)s, %(start)s to %(end)s") % {
            "funder": self.grant.funder,
            "grant": self.grant,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


def donor_report(grant, start, end):
    """Everything the report pack shows, in a fixed number of queries."""
    projects = list(Project.objects.filter(grant_links__grant=grant).order_by("code").distinct())
    updates = list(
        Update.objects.approved()
        .filter(project__in=projects)
        .within(start, end)
        .select_related("project")
        .order_by("project__code", "period_end")
    )
    results = list(
        Result.objects.filter(project__in=projects)
        .select_related("project")
        .prefetch_related(
            "indicators",
            Prefetch(
                "indicators__periods",
                queryset=IndicatorPeriod.objects.filter(
                    period_end__gte=start, period_start__lte=end
                ).prefetch_related("cells"),
            ),
        )
        .order_by("project__code", "position", "pk")
    )
    return DonorReport(
        grant, start, end, projects, updates, results, financial_statement(grant, start, end)
    )


def report_pdf(report):
    from weasyprint import HTML  # imported here: it loads Pango, which only PDFs need

    html = render_to_string(
        "projects/donor_report_pdf.html",
        {
            "report": report,
            "ages": AgeGroup.choices,
            "KOTA_NAME": settings.KOTA_NAME,
        },
    )
    return HTML(string=html).write_pdf()


def report_xlsx(report):
    """The pack as a workbook: the updates, the results with their cells, the statement."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Updates")[:31])
    sheet.append([_("Project"), _("Quarter"), _("Narrative"), _("Evidence")])
    for update in report.updates:
        sheet.append(
            [
                as_text(update.project.code),
                update.quarter_label,
                as_text(update.narrative),
                as_text(update.evidence_url or (update.evidence_file.name or "")),
            ]
        )
    sheet = book.create_sheet(_("Results")[:31])
    sheet.append(
        [_("Project"), _("Result"), _("Indicator"), _("From"), _("To"), _("Target"), _("Actual")]
        + [f"{sex} · {age}" for _s, sex in Sex.choices for _a, age in AgeGroup.choices]
    )
    for result in report.results:
        for indicator in result.indicators.all():
            for period in indicator.periods.all():
                cells = {(c.sex, c.age_group): c.number for c in period.cells.all()}
                sheet.append(
                    [
                        as_text(result.project.code),
                        as_text(result.display_title),
                        as_text(indicator.display_title),
                        period.period_start,
                        period.period_end,
                        _float(period.target),
                        _float(period.actual),
                    ]
                    + [_float(cells.get((s, a))) for s in Sex.values for a in AgeGroup.values]
                )
    sheet = book.create_sheet(_("Financial statement")[:31])
    sheet.append(
        [_("Project"), _("Budget line"), _("Currency"), _("Budget"), _("Disbursed"),
         _("Spent"), _("Remaining")]
    )  # fmt: skip
    for line in report.statement.lines:
        sheet.append(
            [as_text(line.project), as_text(line.label), line.currency, float(line.budget),
             float(line.disbursed), float(line.spent), float(line.remaining)]
        )  # fmt: skip
    sheet.append([])
    sheet.append(
        [_("Currency"), _("Tranches received"), _("Incoming funds"), _("Budget"),
         _("Disbursed"), _("Spent"), _("Balance")]
    )  # fmt: skip
    for total in report.statement.totals.values():
        sheet.append(
            [total.currency, float(total.tranches_received), float(total.incoming),
             float(total.budget), float(total.disbursed), float(total.spent),
             float(total.balance)]
        )  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _float(number):
    return None if number is None else float(number)
