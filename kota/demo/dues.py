"""The demo network's dues: tiers, fee schedules and five years of invoices and payments with
a believable collection story: most members pay on time, some late, some in part, some lapse
for a year or two and come back; some pay in their own currency."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from kota.dues.models import Adjustment, FeeRate, FeeSchedule, Payment, Tier, TierRule
from kota.dues.services import apply_standing, issue_invoices
from kota.lib.money import round_money
from kota.members.models import Member

TIERS = [
    # slug, name, annual fee (USD), services, audience
    (
        "a",
        "Tier A: metropolitan",
        5000,
        "All programmes, two Council seats eligible",
        "Cities of a million people or more in high-income countries",
    ),
    (
        "b",
        "Tier B: large city",
        2500,
        "All programmes",
        "Cities of a million or more in upper-middle-income countries",
    ),
    ("c", "Tier C: city and regency", 1000, "All programmes", "Other local governments"),
    (
        "d",
        "Tier D: least developed",
        500,
        "All programmes, travel support",
        "Local governments in low-income countries",
    ),
    (
        "associations",
        "Associations",
        2000,
        "All programmes, national policy dialogues",
        "Local government associations",
    ),
]
# Local currencies members sometimes pay in, with an indicative rate (USD per unit).
LOCAL = {
    "ID": ("IDR", "0.0000625"),
    "JP": ("JPY", "0.00667"),
    "KR": ("KRW", "0.00073"),
    "PH": ("PHP", "0.0175"),
    "MY": ("MYR", "0.22"),
}
YEARS = range(2021, 2027)
PROFILES = [("prompt", 0.55), ("late", 0.25), ("partial", 0.10), ("lapser", 0.10)]


def build_dues(rng, members, secretariat, years=YEARS):
    """Fee schedules for `years` and the invoices and payments of each year."""
    tiers = {}
    for position, (slug, name, _fee, services, audience) in enumerate(TIERS):
        tiers[slug] = Tier.objects.create(
            slug=slug, name=name, services=services, audience=audience, position=position
        )
    for year in years:
        schedule = FeeSchedule.objects.create(
            year=year, currency="USD", due_on=datetime.date(year, 3, 31), grace_days=90
        )
        for slug, _name, fee, _s, _a in TIERS:
            FeeRate.objects.create(schedule=schedule, tier=tiers[slug], amount=fee)
        rules = [
            ("associations", {"member_kind": Member.Kind.ASSOCIATION}),
            ("a", {"income_group": "H", "min_population": 1_000_000}),
            ("b", {"income_group": "UM", "min_population": 1_000_000}),
            ("d", {"income_group": "L"}),
            ("c", {}),
        ]
        for priority, (slug, conditions) in enumerate(rules, start=1):
            TierRule.objects.create(
                schedule=schedule, tier=tiers[slug], priority=priority, **conditions
            )
    profiles = {m.pk: _profile(rng) for m in members}
    today = timezone.localdate()
    for year in years:
        issued_on = datetime.date(year, 1, 15)
        if issued_on > today:
            break
        with transaction.atomic():
            for invoice in issue_invoices(year=year, today=issued_on, by=secretariat).issued:
                _pay(rng, invoice, profiles[invoice.dues.member_id], year, today, secretariat)
    apply_standing(today=today)


def _profile(rng):
    roll, total = rng.random(), 0
    for name, share in PROFILES:
        total += share
        if roll < total:
            return name
    return PROFILES[-1][0]


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
    local = LOCAL.get(invoice.dues.member.country_id)
    if local and rng.random() < 0.4:
        currency, rate = local[0], Decimal(local[1])
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
