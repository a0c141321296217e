"""The IATI codes a project uses: activity status, organisation role, transaction type, result
type and indicator measure as choices (the same numbers as the IATI 2.03 codelists), and the
DAC 5-digit sectors Kota uses, read from the vendored extract in iati/codelists/sector.csv."""

import csv
from functools import cache
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

CODELISTS = Path(__file__).resolve().parent / "iati" / "codelists"


class ActivityStatus(models.IntegerChoices):
    PIPELINE = 1, _("Pipeline or identification")
    IMPLEMENTATION = 2, _("Implementation")
    FINALISATION = 3, _("Finalisation")
    CLOSED = 4, _("Closed")
    CANCELLED = 5, _("Cancelled")
    SUSPENDED = 6, _("Suspended")


class OrganisationRole(models.IntegerChoices):
    FUNDING = 1, _("Funding")
    ACCOUNTABLE = 2, _("Accountable")
    EXTENDING = 3, _("Extending")
    IMPLEMENTING = 4, _("Implementing")


class TransactionType(models.IntegerChoices):
    INCOMING_FUNDS = 1, _("Incoming funds")
    DISBURSEMENT = 3, _("Disbursement")
    EXPENDITURE = 4, _("Expenditure")


class ResultType(models.IntegerChoices):
    OUTPUT = 1, _("Output")
    OUTCOME = 2, _("Outcome")
    IMPACT = 3, _("Impact")


class IndicatorMeasure(models.IntegerChoices):
    UNIT = 1, _("Unit")
    PERCENTAGE = 2, _("Percentage")


class MemberRole(models.TextChoices):
    BENEFICIARY = "beneficiary", _("Beneficiary")
    IMPLEMENTER = "implementer", _("Implementer")
    HOST = "host", _("Host")


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")


class AgeGroup(models.TextChoices):
    UNDER_25 = "under-25", _("Under 25")
    FROM_25 = "25-59", _("25-59")
    FROM_60 = "60-plus", _("60 and over")


@cache
def dac_sectors():
    """{code: name} of the DAC 5-digit sectors in the vendored extract."""
    with (CODELISTS / "sector.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


def sector_choices():
    return [(code, f"{code} {name}") for code, name in sorted(dac_sectors().items())]
