"""The IATI activities file: one <iati-activity> per public project, in the element order
the 2.03 schema requires (identifier, reporting-org, title, description, participating-org,
activity-status, activity-date, recipient-country, sector, tag, budget, transaction, result).

A project whose data would break the file, or the IATI's rules the schema cannot check (an
accountable partner without an identifier), is left out and named with the rule it breaks; the
file is validated before it is returned, and a project the schema still refuses is left out
with the schema's words, so the file that is served is always valid."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from lxml import etree

from kota.lib.money import round_money
from kota.projects.codelists import MemberRole, OrganisationRole, TransactionType
from kota.projects.iati import schemas
from kota.projects.models import (
    IndicatorPeriod,
    Project,
    ProjectMember,
    ProjectPartner,
    Publisher,
    Transaction,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The role whose organisation must be identified: the accountable organisation answers for
# the activity, and a file that cannot say which one it is does not say who is responsible.
# Others (a funder without an IATI identifier, a town council implementing) are named.
ROLES_NEEDING_REF = (OrganisationRole.ACCOUNTABLE,)


class NothingToPublish(Exception):
    """No project can go into the file (an IATI file holds at least one activity)."""


@dataclass
class LeftOut:
    project: Project
    reasons: list = field(default_factory=list)

    def __str__(self):
        return _("Project %(code)s: %(reasons)s") % {
            "code": self.project.code,
            "reasons": "; ".join(str(reason) for reason in self.reasons),
        }


@dataclass
class Published:
    content: bytes
    included: int
    left_out: list


def iati_language(code):
    """The ISO 639-1 code the IATI uses for one of Kota's languages ("zh-hans" -> "zh")."""
    return code.split("-")[0].lower()


def number(value):
    return format(value.normalize() if value == value.to_integral() else value, "f")


def amount(value, currency):
    """Money as the IATI takes it: the currency's minor unit, no exponent."""
    return format(round_money(value, currency), "f")


def iso(day):
    return day.isoformat() if isinstance(day, datetime.date) else str(day)


def narratives(parent, texts):
    """A <narrative xml:lang="..."> under `parent` for each {language: text}."""
    for language, text in texts.items():
        element = etree.SubElement(parent, "narrative")
        element.set(XML_LANG, iati_language(language))
        element.text = text
    return parent


def named(parent, tag, name, **attributes):
    element = etree.SubElement(parent, tag, {k: v for k, v in attributes.items() if v})
    narratives(element, {settings.LANGUAGE_CODE: name})
    return element


def for_iati(projects):
    """`projects` with everything the file shows, in a fixed number of queries."""
    return projects.select_related("programme").prefetch_related(
        "countries",
        "sectors",
        "budget_lines",
        Prefetch(
            "partner_roles",
            queryset=ProjectPartner.objects.select_related("partner").order_by("role", "pk"),
        ),
        Prefetch(
            "member_roles",
            queryset=ProjectMember.objects.filter(role=MemberRole.IMPLEMENTER).select_related(
                "member"
            ),
            to_attr="implementers",
        ),
        Prefetch(
            "transactions",
            queryset=Transaction.objects.select_related("grant__funder").order_by("date", "pk"),
        ),
        Prefetch(
            "results__indicators__periods",
            queryset=IndicatorPeriod.objects.prefetch_related("cells").order_by("period_end"),
        ),
    )


def problems(project, publisher):
    """What keeps `project` out of the file, in plain words (none when it can go in)."""
    found = []
    if not publisher.ref.strip():
        found.append(
            _(
                "the reporting organisation (%(name)s) has no IATI organisation identifier; "
                "add it as the IATI publisher in the administration"
            )
            % {"name": publisher.display_name}
        )
    if not project.title.strip():
        found.append(_("it has no title"))
    if not project.description.strip():
        found.append(_("it has no description"))
    for link in project.partner_roles.all():
        if link.role in ROLES_NEEDING_REF and not (link.partner.iati_identifier or "").strip():
            found.append(
                _(
                    "%(partner)s is its %(role)s partner but has no IATI organisation "
                    "identifier, which the IATI requires of that role"
                )
                % {"partner": link.partner, "role": link.get_role_display().lower()}
            )
    return found


def activity_element(project, publisher):
    activity = etree.Element(
        "iati-activity",
        {
            "last-updated-datetime": project.updated_at.isoformat(timespec="seconds"),
            "default-currency": project.default_currency,
        },
    )
    activity.set(XML_LANG, iati_language(settings.LANGUAGE_CODE))
    etree.SubElement(activity, "iati-identifier").text = f"{publisher.ref}-{project.code}"
    named(
        activity,
        "reporting-org",
        publisher.display_name,
        ref=publisher.ref,
        type=publisher.organisation_type,
    )
    narratives(etree.SubElement(activity, "title"), project.titles())
    narratives(etree.SubElement(activity, "description", type="1"), project.descriptions())
    _participants(activity, project, publisher)
    etree.SubElement(activity, "activity-status", code=str(project.status))
    for kind, day in (
        ("1", project.planned_start),
        ("2", project.actual_start),
        ("3", project.planned_end),
        ("4", project.actual_end),
    ):
        if day:
            etree.SubElement(activity, "activity-date", type=kind, **{"iso-date": iso(day)})
    for country in project.countries.all():
        etree.SubElement(activity, "recipient-country", code=country.code)
    for sector in project.sectors.all():
        attributes = {"vocabulary": "1", "code": sector.code}
        if sector.percentage is not None:
            attributes["percentage"] = number(sector.percentage)
        etree.SubElement(activity, "sector", attributes)
    for target in project.sdg_targets or []:
        etree.SubElement(activity, "tag", vocabulary="3", code=str(target))
    _budgets(activity, project)
    for transaction in project.transactions.all():
        _transaction(activity, transaction)
    for result in project.results.all():
        _result(activity, result)
    return activity


def _participants(activity, project, publisher):
    roles = list(project.partner_roles.all())
    if not any(link.role == OrganisationRole.ACCOUNTABLE for link in roles):
        named(
            activity,
            "participating-org",
            publisher.display_name,
            ref=publisher.ref,
            type=publisher.organisation_type,
            role=str(OrganisationRole.ACCOUNTABLE.value),
        )
    for link in roles:
        partner = link.partner
        named(
            activity,
            "participating-org",
            partner.name,
            ref=(partner.iati_identifier or "").strip(),
            type=partner.organisation_type or "",
            role=str(link.role),
        )
    for link in project.implementers:
        named(
            activity,
            "participating-org",
            link.member.name,
            type="11",  # local government
            role=str(OrganisationRole.IMPLEMENTING.value),
        )


def _budgets(activity, project):
    sums = defaultdict(lambda: 0)
    for line in project.budget_lines.all():
        sums[(line.year, line.currency)] += line.amount
    for (year, currency), total in sorted(sums.items()):
        start = max(datetime.date(year, 1, 1), project.planned_start)
        end = min(datetime.date(year, 12, 31), project.planned_end)
        if end < start:
            start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        budget = etree.SubElement(activity, "budget", type="1", status="1")
        etree.SubElement(budget, "period-start", {"iso-date": iso(start)})
        etree.SubElement(budget, "period-end", {"iso-date": iso(end)})
        value = etree.SubElement(budget, "value", {"currency": currency, "value-date": iso(start)})
        value.text = amount(total, currency)


def _transaction(activity, transaction):
    element = etree.SubElement(activity, "transaction")
    etree.SubElement(element, "transaction-type", code=str(transaction.kind))
    etree.SubElement(element, "transaction-date", {"iso-date": iso(transaction.date)})
    value = etree.SubElement(
        element, "value", {"currency": transaction.currency, "value-date": iso(transaction.date)}
    )
    value.text = amount(transaction.amount, transaction.currency)
    if transaction.description:
        narratives(
            etree.SubElement(element, "description"),
            {settings.LANGUAGE_CODE: transaction.description},
        )
    if transaction.kind == TransactionType.INCOMING_FUNDS and transaction.grant_id:
        funder = transaction.grant.funder
        named(
            element,
            "provider-org",
            funder.name,
            ref=(funder.iati_identifier or "").strip(),
            type=funder.organisation_type or "",
        )
    elif transaction.counterpart:
        named(element, "receiver-org", transaction.counterpart)


def _result(activity, result):
    indicators = list(result.indicators.all())
    if not indicators:
        return  # a result holds at least one indicator
    element = etree.SubElement(activity, "result", type=str(result.kind))
    narratives(etree.SubElement(element, "title"), _texts(result))
    for indicator in indicators:
        _indicator(element, indicator)


def _texts(record):
    return {settings.LANGUAGE_CODE: record.title} | {
        language: text for language, text in (record.title_translations or {}).items() if text
    }


def _indicator(result, indicator):
    element = etree.SubElement(
        result,
        "indicator",
        measure=str(indicator.measure),
        ascending="1" if indicator.ascending else "0",
    )
    narratives(etree.SubElement(element, "title"), _texts(indicator))
    if indicator.baseline_year:
        baseline = etree.SubElement(element, "baseline", year=str(indicator.baseline_year))
        if indicator.baseline_value is not None:
            baseline.set("value", number(indicator.baseline_value))
    for period in indicator.periods.all():
        element_period = etree.SubElement(element, "period")
        etree.SubElement(element_period, "period-start", {"iso-date": iso(period.period_start)})
        etree.SubElement(element_period, "period-end", {"iso-date": iso(period.period_end)})
        if period.target is not None:
            etree.SubElement(element_period, "target", value=number(period.target))
        if period.actual is not None:
            etree.SubElement(element_period, "actual", value=number(period.actual))
            for cell in period.cells.all():
                actual = etree.SubElement(element_period, "actual", value=number(cell.number))
                etree.SubElement(actual, "dimension", name="sex", value=cell.sex)
                etree.SubElement(actual, "dimension", name="age", value=cell.age_group)


def _document(now):
    return etree.Element(
        "iati-activities",
        {"version": "2.03", "generated-datetime": now.isoformat(timespec="seconds")},
    )


def activities_file(projects=None, now=None):
    """The IATI activities file of `projects` (the public projects by default), validated."""
    now = now or timezone.now()
    publisher = Publisher.current()
    projects = for_iati(projects if projects is not None else Project.objects.public())
    root = _document(now)
    left_out, placed = [], []
    for project in projects.order_by("code"):
        reasons = problems(project, publisher)
        if reasons:
            left_out.append(LeftOut(project, reasons))
            continue
        element = activity_element(project, publisher)
        root.append(element)
        placed.append((project, element))
    if schemas.errors(root, "activities"):
        # A rule Kota does not check itself: find the activities the schema refuses, one by
        # one, and leave them out with the schema's words.
        for project, element in placed:
            alone = _document(now)
            alone.append(etree.fromstring(etree.tostring(element)))
            found = schemas.errors(alone, "activities")
            if found:
                root.remove(element)
                left_out.append(LeftOut(project, [_("the IATI schema refuses it (%s)") % found[0]]))
    if not len(root):
        raise NothingToPublish(left_out)
    schemas.require_valid(root, "activities")
    content = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Published(content=content, included=len(root), left_out=left_out)
