"""Dues workflows that span members and invoices: issuing a year's invoices, applying the
grace period (lapse and reinstatement), and reminders."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kota.dues.models import Dues, FeeSchedule, Invoice
from kota.dues.tasks import send_invoice_reminder
from kota.members.models import Member

BILLED_STATUSES = (Member.Status.ACTIVE, Member.Status.LAPSED)


@dataclass
class IssueSummary:
    year: int
    issued: list = field(default_factory=list)
    already: int = 0
    unplaced: list = field(default_factory=list)


@dataclass
class IssuePreview:
    """What issuing a year's invoices would do now: how many invoices, for how much."""

    year: int
    currency: str
    count: int = 0
    total: Decimal = Decimal(0)
    already: int = 0
    unplaced: list = field(default_factory=list)


def issue_invoices(*, year, by=None, today=None, progress=None):
    """Create the dues and the invoice of every active or lapsed member who joined by the end
    of `year` and has no live invoice for it yet. Idempotent: a second run issues nothing.
    All or nothing: the run is one transaction, so a failure leaves no invoice and no number
    used. Members no tier rule places are listed, not invoiced."""
    today = today or timezone.localdate()
    with transaction.atomic():
        # Two runs for the same year wait for each other here; the second finds the first's
        # invoices and issues nothing twice.
        schedule = FeeSchedule.objects.select_for_update().get(year=year)
        summary = IssueSummary(year=year)
        candidates = _candidates(schedule, year)
        total = len(candidates)
        for done, (member, dues, placement) in enumerate(candidates, start=1):
            if dues is ALREADY:
                summary.already += 1
                continue
            if dues is None:
                tier, amount, note = placement
                if tier is None:
                    summary.unplaced.append(member)
                    continue
                dues = Dues.objects.create(
                    member=member,
                    year=year,
                    schedule=schedule,
                    tier=tier,
                    amount=amount,
                    currency=schedule.currency,
                    note=note,
                )
            summary.issued.append(Invoice.issue(dues, issued_on=today, by=by))
            if progress and done % 100 == 0:
                progress(done, total)
        return summary


def preview_invoices(*, year):
    """What `issue_invoices(year=year)` would issue now, writing nothing: the staff's
    confirmation page says it before they issue."""
    schedule = FeeSchedule.objects.get(year=year)
    preview = IssuePreview(year=year, currency=schedule.currency)
    for member, dues, placement in _candidates(schedule, year):
        if dues is ALREADY:
            preview.already += 1
        elif dues is None and placement[0] is None:
            preview.unplaced.append(member)
        else:
            preview.count += 1
            preview.total += dues.amount if dues is not None else placement[1]
    return preview


ALREADY = object()  # a member with a live invoice for the year


def _candidates(schedule, year):
    """[(member, dues, placement)] for every member billed in `year`, by name: `dues` is
    ALREADY for a member with a live invoice, their Dues if they have one without an invoice
    (a voided one), else None with `placement` = (tier, amount, note), tier None when no
    rule places them."""
    rules = list(schedule.rules.select_related("tier").order_by("priority", "pk"))
    rates = {rate.tier_id: rate.amount for rate in schedule.rates.all()}
    overrides = {o.member_id: o for o in schedule.overrides.select_related("tier")}
    members = (
        Member.objects.filter(status__in=BILLED_STATUSES)
        .exclude(joined_on__gt=datetime.date(year, 12, 31))
        .select_related("country")
        .order_by("name", "pk")
    )
    existing = {d.member_id: d for d in Dues.objects.filter(year=year)}
    invoiced = set(
        Invoice.objects.live().filter(year=year).values_list("dues__member_id", flat=True)
    )
    candidates = []
    for member in members:
        if member.pk in invoiced:
            candidates.append((member, ALREADY, None))
        elif member.pk in existing:
            candidates.append((member, existing[member.pk], None))
        else:
            placement = schedule.placement(member, rules, rates, overrides)
            candidates.append((member, None, placement))
    return candidates


def apply_standing(*, today=None):
    """The nightly rules, idempotent: refresh every live invoice's status, lapse active
    members with money owed past the due date plus the grace period, and reinstate lapsed
    members who owe nothing past it any more. Returns (lapsed, reinstated) member lists."""
    today = today or timezone.localdate()
    for invoice in Invoice.objects.live().exclude(status=Invoice.Status.PAID):
        invoice.refresh_status(today)
    behind = set()
    for invoice in Invoice.objects.in_arrears(today).select_related("dues__schedule"):
        if invoice.due_on + datetime.timedelta(days=invoice.dues.schedule.grace_days) < today:
            behind.add(invoice.dues.member_id)
    lapsed, reinstated = [], []
    with transaction.atomic():
        for member in Member.objects.filter(status=Member.Status.ACTIVE, pk__in=behind):
            member.status = Member.Status.LAPSED
            member._change_reason = "Dues unpaid after the grace period"
            member.save(update_fields=["status", "updated_at"])
            lapsed.append(member)
        for member in Member.objects.filter(status=Member.Status.LAPSED).exclude(pk__in=behind):
            member.status = Member.Status.ACTIVE
            member._change_reason = "Dues paid: reinstated"
            member.save(update_fields=["status", "updated_at"])
            reinstated.append(member)
    return lapsed, reinstated


def send_reminders(*, today=None):
    """For each invoice with money owed, the latest reminder whose day has come (DUES_REMINDER_
    DAYS_BEFORE / _AFTER the due date) is logged and emailed once, as a task, to the member's
    billing contacts. Older reminders missed are not sent late. Returns the reminders made."""
    today = today or timezone.localdate()
    offsets = sorted(
        [-d for d in settings.DUES_REMINDER_DAYS_BEFORE] + list(settings.DUES_REMINDER_DAYS_AFTER)
    )
    made = []
    invoices = (
        Invoice.objects.live()
        .with_totals()
        .filter(balance_due__gt=0)
        .select_related("dues__member")
        .prefetch_related("reminders")
    )
    for invoice in invoices:
        passed = [d for d in offsets if invoice.due_on + datetime.timedelta(days=d) <= today]
        if not passed or any(r.days >= passed[-1] for r in invoice.reminders.all()):
            continue
        recipients = [c.email for c in invoice.dues.member.focal_points.billing()]
        if not recipients:
            continue
        with transaction.atomic():
            reminder = invoice.reminders.create(days=passed[-1], recipients=", ".join(recipients))
            transaction.on_commit(lambda pk=reminder.pk: send_invoice_reminder.enqueue(pk))
        made.append(reminder)
    return made
