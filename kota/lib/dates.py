"""Dates people type or banks export: a window that catches a wrong year (0001-01-01,
9999-12-31, 2206 for 2026) before it lands in the books."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# Kota's books start with the network (2004); 2000 leaves room for older records.
EARLIEST = datetime.date(2000, 1, 1)


def validate_in_window(day, today=None):
    """Refuse `day` unless it falls between EARLIEST and the end of next year."""
    latest = datetime.date((today or timezone.localdate()).year + 1, 12, 31)
    if not EARLIEST <= day <= latest:
        raise ValidationError(
            _("%(day)s is not a date Kota accepts here: give one from %(earliest)s to %(latest)s.")
            % {
                "day": day.isoformat(),
                "earliest": EARLIEST.isoformat(),
                "latest": latest.isoformat(),
            },
            code="date_window",
        )
