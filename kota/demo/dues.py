"""The demo network's dues: tiers, fee schedules and five years of invoices and payments with
a believable collection story: most members pay on time, some late, some in part, some lapse
for a year or two and come back; some pay in their own currency."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from kota.demo.data import read_yaml
from kota.dues.models import Adjustment, FeeRate, FeeSchedule, Payment, Tier, TierRule
from kota.dues.services import apply_standing, issue_invoices
from kota.lib.money import round_money

DUES = read_yaml("dues.yaml")
YEARS = range(2021, 2028)  # the last year's schedule is ready, its invoices not issued


def build_dues(rng, members, secretariat, years=YEARS):
    """Fee schedules for `years` and the invoices and payments of each year."""
    tiers = {}
    for position, spec in enumerate(DUES["tiers"]):
        tiers[spec["slug"]] = Tier.objects.create(
            slug=spec["slug"],
            name=spec["name"],
            name_translations=spec.get("names", {}),
            services=spec["services"],
            audience=spec["audience"],
            position=position,
        )
    month, day = (int(part) for part in DUES["due"].split("-"))
    for year in years:
        schedule = FeeSchedule.objects.create(
            year=year,
            currency=DUES["currency"],
            due_on=datetime.date(year, month, day),
            grace_days=DUES["grace_days"],
        )
        for spec in DUES["tiers"]:
            FeeRate.objects.create(schedule=schedule, tier=tiers[spec["slug"]], amount=spec["fee"])
        for priority, rule in enumerate(DUES["rules"], start=1):
            conditions = {key: value for key, value in rule.items() if key != "tier"}
            TierRule.objects.create(
                schedule=schedule, tier=tiers[rule["tier"]], priority=priority, **conditions
            )
    steady = set(read_yaml("members.yaml")["steady"])
    story = DUES["story"]
    profiles = {
        m.pk: story.get(m.name) or ("prompt" if m.name in steady else _profile(rng))
        for m in members
    }
    today = timezone.localdate()
    last_year = max((y for y in years if datetime.date(y, 1, 15) <= today), default=None)
    for year in years:
        issued_on = datetime.date(year, 1, 15)
        if issued_on > today:
            break
        with transaction.atomic():
            for invoice in issue_invoices(year=year, today=issued_on, by=secretariat).issued:
                profile = profiles[invoice.dues.member_id]
                if profile.endswith("-this-year"):
                    profile = profile.removesuffix("-this-year") if year == last_year else "prompt"
                _pay(rng, invoice, profile, year, today, secretariat)
    apply_standing(today=today)


def _profile(rng):
    roll, total = rng.random(), 0
    for name, share in DUES["profiles"].items():
        total += share
        if roll < total:
            return name
    return name


def _pay(rng, invoice, profile, year, today, secretariat):
    due = invoice.due_on
    if profile == "prompt":
        plan = [(1, due - datetime.timedelta(days=rng.randint(5, 60)))]
    elif profile == "late":
        plan = [(1, due + datetime.timedelta(days=rng.randint(10, 80)))]
    elif profile == "partial":
        plan = [(Decimal("0.5"), due + datetime.timedelta(days=rng.randint(0, 40)))]
        if rng.random() < 0.6:
            plan.append((1, due + datetime.timedelta(days=rng.randint(120, 250))))
    elif profile == "unpaid":
        plan = []
    elif profile == "part-paid":
        plan = [(Decimal("0.5"), due - datetime.timedelta(days=rng.randint(5, 30)))]
    else:  # skips a year now and then, lapses, and pays to come back
        plan = (
            []
            if rng.random() < 0.45
            else [(1, due + datetime.timedelta(days=rng.randint(100, 300)))]
        )
    balance = invoice.amount  # just issued; each _record settles exactly `amount`
    for share, paid_on in plan:
        if paid_on > today:
            break
        amount = balance if share == 1 else round_money(invoice.amount * share, invoice.currency)
        if amount <= 0:
            continue
        _record(rng, invoice, amount, paid_on, secretariat)
        balance -= amount


def _record(rng, invoice, amount, paid_on, secretariat):
    local = DUES["local_currencies"].get(invoice.dues.member.country_id)
    if local and rng.random() < 0.4:
        currency, rate = local["currency"], Decimal(local["rate"])
        paid = round_money(amount / rate, currency)
        while round_money(round_money(paid, currency) * rate, invoice.currency) > amount:
            paid -= 1
        payment = invoice.record_payment(
            amount=paid,
            currency=currency,
            exchange_rate=rate,
            rate_date=paid_on,
            paid_on=paid_on,
            method=Payment.Method.BANK_TRANSFER,
            reference=f"TRX-{rng.randint(100000, 999999)}",
            by=secretariat,
        )
        difference = amount - payment.amount_in_invoice_currency
        if difference > 0:
            invoice.adjust(
                kind=Adjustment.Kind.CREDIT_NOTE,
                amount=difference,
                reason="Exchange difference written off",
                approved_by=secretariat,
                by=secretariat,
            )
        return
    invoice.record_payment(
        amount=amount,
        currency=invoice.currency,
        paid_on=paid_on,
        method=rng.choice([Payment.Method.BANK_TRANSFER] * 4 + [Payment.Method.CARD]),
        reference=f"TRX-{rng.randint(100000, 999999)}",
        by=secretariat,
    )
