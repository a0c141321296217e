"""An event's participants as rows for CSV and XLSX downloads (kota/lib/tables.py writes them,
a text a spreadsheet would run as a formula written as text). Labels are in the reader's
language; the rows come from one query whatever their number."""

from django.db.models import Count
from django.utils import timezone

PARTICIPANT_COLUMNS = [
    "name",
    "email",
    "sex",
    "age_group",
    "role",
    "position",
    "organisation",
    "member",
    "country",
    "status",
    "attended",
    "sessions_attended",
    "checked_in_at",
    "registered_at",
    "language",
]


def _moment(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def participant_rows(registrations):
    """One row per registration of `registrations` (a Registration QuerySet), in
    PARTICIPANT_COLUMNS' order."""
    rows = (
        registrations.select_related("member", "country")
        .annotate(sessions_attended=Count("attendances"))
        .order_by("name", "pk")
    )
    for r in rows.iterator(chunk_size=2000):
        yield (
            r.name,
            r.email,
            r.get_sex_display(),
            r.get_age_group_display(),
            r.get_role_display(),
            r.position,
            r.organisation,
            r.member.name if r.member else "",
            r.country.display_name,
            r.get_status_display(),
            r.attended,
            r.sessions_attended,
            _moment(r.checked_in_at),
            _moment(r.created_at),
            r.language,
        )
