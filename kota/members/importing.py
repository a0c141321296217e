"""Member import from CSV: every row is checked before anything is written; a file with any
bad row is rejected whole, with one message per bad cell; a good file is written in one
transaction; rows are matched on `external_id`, so importing the same file twice changes nothing.
A column absent from the file leaves that field of matched members as it is; an empty cell in a
present column clears it, except `status`, which an empty cell leaves as it is (a new member is
active).

Used by the `import_members` command and by the staff upload page (through a task).
"""

from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from kota.core.models import Country
from kota.lib.csvfile import read_rows
from kota.lib.text import fold
from kota.members.models import Member

REQUIRED_COLUMNS = ["external_id", "name", "kind", "country"]
OPTIONAL_COLUMNS = [
    "local_name",
    "subdivision",
    "population",
    "latitude",
    "longitude",
    "website",
    "joined_on",
    "status",
]
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
IMPORTED_FIELDS = [c for c in COLUMNS if c != "external_id"]


@dataclass
class ImportSummary:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    changed_ids: list = field(default_factory=list)

    def as_dict(self):
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


class MemberRowForm(forms.Form):
    """One CSV row. Field names are the column names, so errors name the column."""

    external_id = forms.CharField(max_length=64)
    name = forms.CharField(max_length=200)
    local_name = forms.CharField(max_length=200, required=False)
    kind = forms.CharField()
    country = forms.CharField()
    subdivision = forms.CharField(max_length=120, required=False)
    population = forms.IntegerField(min_value=0, required=False)
    latitude = forms.DecimalField(min_value=-90, max_value=90, decimal_places=5, required=False)
    longitude = forms.DecimalField(min_value=-180, max_value=180, decimal_places=5, required=False)
    website = forms.URLField(required=False, assume_scheme="https")
    joined_on = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    status = forms.CharField(required=False)

    def __init__(self, *args, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.countries = countries

    @staticmethod
    def _choice(value, choices, column):
        folded = fold(value).strip()
        for key, label in choices:
            if folded in (key, fold(str(label))):
                return key
        raise forms.ValidationError(
            _("“%(value)s” is not a %(column)s Kota knows; use one of: %(choices)s.")
            % {"value": value, "column": column, "choices": ", ".join(k for k, _l in choices)}
        )

    def clean_kind(self):
        return self._choice(self.cleaned_data["kind"], Member.Kind.choices, "kind")

    def clean_status(self):
        value = self.cleaned_data["status"]
        if not value:
            return ""  # left as it is; a new member is active
        return self._choice(value, Member.Status.choices, "status")

    def clean_country(self):
        value = self.cleaned_data["country"].strip()
        country = self.countries.get(fold(value))
        if country is None:
            raise forms.ValidationError(
                _(
                    "Unknown country “%(value)s”: give its ISO 3166 code (e.g. ID, PH, CN) or its "
                    "English name."
                )
                % {"value": value}
            )
        return country


def _country_lookup():
    lookup = {}
    for country in Country.objects.all():
        for key in (country.code, country.alpha3, country.name):
            lookup[fold(key)] = country
    return lookup


def check(content, progress=None):
    """Read and check every row of `content` (bytes). Returns the cleaned rows, or raises
    ImportRejected listing every bad cell."""
    return read_rows(
        content,
        form_class=MemberRowForm,
        required=REQUIRED_COLUMNS,
        columns=COLUMNS,
        unique="external_id",
        form_kwargs={"countries": _country_lookup()},
        progress=progress,
    )


def _values(row, fields):
    """The values of `fields` that the row sets: an empty cell clears a field (None, or "" for
    text), except an empty status, which leaves the status as it is."""
    values = {}
    for name in fields:
        value = row.get(name)
        if name == "status" and not value:
            continue
        if name in ("local_name", "subdivision", "website"):
            values[name] = value or ""
        else:
            values[name] = None if value == "" else value
    return values


@transaction.atomic
def write(rows):
    """Create or update one member per row, in one transaction. Only the columns the file has
    (`rows.columns`) are written; unchanged members are not touched, so a re-import leaves no
    history behind."""
    summary = ImportSummary(rows=len(rows))
    present = getattr(rows, "columns", COLUMNS)
    fields = [name for name in IMPORTED_FIELDS if name in present]
    ids = [row["external_id"] for row in rows]
    existing = {}
    for start in range(0, len(ids), 500):
        for member in Member.objects.filter(external_id__in=ids[start : start + 500]):
            existing[member.external_id] = member
    taken_slugs = set(Member.objects.values_list("slug", flat=True))
    to_create, to_update = [], []
    for row in rows:
        values = _values(row, fields)
        member = existing.get(row["external_id"])
        if member is None:
            member = Member(external_id=row["external_id"], **values)
            member.slug = _free_slug(slugify(member.name)[:100] or "member", taken_slugs)
            member.search_name = fold(f"{member.name} {member.local_name}")
            to_create.append(member)
            continue
        changed = [name for name, value in values.items() if getattr(member, name) != value]
        if not changed:
            summary.unchanged += 1
            continue
        for name in changed:
            setattr(member, name, values[name])
        member.search_name = fold(f"{member.name} {member.local_name}")
        to_update.append(member)
    bulk_create_with_history(to_create, Member, batch_size=500)
    if to_update:
        bulk_update_with_history(to_update, Member, fields + ["search_name"], batch_size=500)
    summary.created, summary.updated = len(to_create), len(to_update)
    summary.changed_ids = [m.external_id for m in to_create + to_update]
    return summary


def _free_slug(base, taken):
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def import_members(content, progress=None):
    """Check then write `content`; raises ImportRejected and writes nothing on any bad row."""
    return write(check(content, progress=progress))
