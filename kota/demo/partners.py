"""The demo's partners, from data/partners.yaml: organisations UCLG ASPAC really works with,
with invented contacts, interactions, agreements (one always due for renewal), opportunities
at every stage and grants with tranches in USD, EUR and IDR; and a few demo events linked to
them as co-hosts. Every person, agreement and amount here is invented."""

import datetime
from decimal import Decimal

from django.utils import timezone

from kota.demo.data import read_yaml
from kota.events.models import Event
from kota.members.models import Member, Visibility
from kota.partners.models import (
    Agreement,
    AgreementParty,
    EventPartner,
    Grant,
    GrantCondition,
    Interaction,
    Opportunity,
    Partner,
    PartnerContact,
    ReportingObligation,
    Tranche,
)


def _date(value, today):
    """A fixed date, or {in_days: N} from `today`; None stays None."""
    if isinstance(value, dict):
        return today + datetime.timedelta(days=value["in_days"])
    return value


def _email(name):
    return name.lower().replace(" ", ".") + "@example.org"


def build_partners(secretariat, today=None):
    """Returns the number of partners built."""
    data = read_yaml("partners.yaml")
    today = today or timezone.localdate()
    partners = {}
    for spec in data["partners"]:
        partner = Partner.objects.create(
            name=spec["name"],
            acronym=spec.get("acronym", ""),
            organisation_type=spec["type"],
            country_id=spec.get("country"),
            iati_identifier=spec.get("iati_identifier", ""),
            website=spec.get("website", ""),
            description=f"{spec['description']}\n\n{data['note']}",
        )
        for number, person in enumerate(spec.get("contacts", [])):
            PartnerContact.objects.create(
                partner=partner,
                name=person["name"],
                name_visibility=person["visibility"],
                title=person["title"],
                email=_email(person["name"]),
                email_visibility=Visibility.MEMBERS,
                phone=f"+00 555 01{number:02d}",
                phone_visibility=Visibility.STAFF,
                is_primary=number == 0,
            )
        for title in spec.get("events", []):
            event = Event.objects.filter(title=title).first()
            if event is not None:
                EventPartner.objects.create(event=event, partner=partner)
        partners[spec["name"]] = partners[partner.short_name] = partner
    for spec in data["interactions"]:
        Interaction.objects.create(
            partner=partners[spec["partner"]],
            kind=spec["kind"],
            happened_on=_date(spec["date"], today),
            summary=spec["summary"],
            next_steps=spec.get("next_steps", ""),
            next_step_due_on=_date(spec.get("due"), today),
            recorded_by=secretariat,
        )
    agreements = {spec["title"]: _agreement(spec, partners, today) for spec in data["agreements"]}
    grants = {spec["title"]: _grant(spec, partners, agreements, today) for spec in data["grants"]}
    for spec in data["opportunities"]:
        opportunity = Opportunity.objects.create(
            funder=partners[spec["funder"]],
            title=spec["title"],
            call=spec.get("call", ""),
            stage=spec["stage"],
            amount=Decimal(spec["amount"]),
            currency=spec["currency"],
            probability=spec["probability"],
            decision_on=_date(spec.get("decision"), today),
            owner=secretariat,
        )
        if spec.get("grant"):
            Grant.objects.filter(pk=grants[spec["grant"]].pk).update(opportunity=opportunity)
    return len(data["partners"])


def _agreement(spec, partners, today):
    status = spec.get("status", Agreement.Status.SIGNED)
    agreement = Agreement.objects.create(
        kind=spec["kind"],
        title=spec["title"],
        title_translations=spec.get("translations", {}),
        scope=spec.get("scope", ""),
        status=status,
        signed_on=_date(spec.get("signed"), today),
        valid_from=_date(spec.get("from"), today),
        valid_until=_date(spec.get("until"), today),
        renewal_notice_days=spec.get("notice", 90),
    )
    for name in spec.get("partners", []):
        AgreementParty.objects.create(agreement=agreement, partner=partners[name])
    for name in spec.get("members", []):
        member = Member.objects.filter(name=name).first()
        if member is not None:
            AgreementParty.objects.create(agreement=agreement, member=member)
    return agreement


def _grant(spec, partners, agreements, today):
    grant = Grant.objects.create(
        funder=partners[spec["funder"]],
        agreement=agreements.get(spec.get("agreement")),
        title=spec["title"],
        reference=spec.get("reference", ""),
        amount=Decimal(spec["amount"]),
        currency=spec["currency"],
        starts_on=spec["starts"],
        ends_on=spec["ends"],
        status=Grant.Status.CLOSED if spec["ends"] < today else Grant.Status.ACTIVE,
    )
    for tranche in spec.get("tranches", []):
        Tranche.objects.create(
            grant=grant,
            expected_on=tranche["expected"],
            expected_amount=Decimal(tranche["amount"]),
            received_on=tranche.get("received"),
            received_amount=(
                Decimal(tranche["received_amount"]) if "received_amount" in tranche else None
            ),
        )
    for condition in spec.get("conditions", []):
        GrantCondition.objects.create(
            grant=grant,
            description=condition["text"],
            due_on=condition.get("due"),
            met_on=condition.get("met"),
        )
    for report in spec.get("reports", []):
        submitted = report.get("submitted")
        ReportingObligation.objects.create(
            grant=grant,
            title=report["title"],
            due_on=_date(report["due"], today),
            period_start=report.get("from"),
            period_end=report.get("to"),
            submitted_at=(
                datetime.datetime.combine(submitted, datetime.time(9), tzinfo=datetime.UTC)
                if submitted
                else None
            ),
        )
    return grant
