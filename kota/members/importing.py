"""Member import from CSV: every row is checked before anything is written; a file with any
bad row is rejected whole, with one message per bad cell; a good file is written in one
transaction; rows are matched on `external_id`, so importing the same file twice changes nothing.

Used by the `import_members` command and by the staff upload page (through a task).
"""

import csv
import io
from dataclasses import dataclass, field

from charset_normalizer import from_bytes
from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from kota.core.models import Country
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
MAX_REPORTED_ERRORS = 200
PROGRESS_EVERY = 500


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        where = _("Row %(row)s") % {"row": self.row}
        if self.column:
            where += ", " + _("column “%(column)s”") % {"column": self.column}
        return f"{where}: {self.message}"

    def as_dict(self):
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ImportRejected(Exception):
    errors: list
    total_errors: int = 0

    def __post_init__(self):
        self.total_errors = self.total_errors or len(self.errors)

    def __str__(self):
        return "\n".join(str(error) for error in self.errors)


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


def _file_error(message):
    return ImportRejected([RowError(1, "", message)])


def decode(content):
    """The text of an uploaded file, or ImportRejected saying what is wrong with its bytes."""
    if len(content) > settings.IMPORT_MAX_BYTES:
        raise _file_error(
            _(
                "The file is %(size)s MB; the largest file Kota accepts is %(max)s MB. "
                "Split it into smaller files and import them one after the other."
            )
            % {
                "size": round(len(content) / 1024 / 1024, 1),
                "max": settings.IMPORT_MAX_BYTES // (1024 * 1024),
            }
        )
    if not content.strip():
        raise _file_error(_("The file is empty."))
    if content.startswith(b"PK\x03\x04"):
        raise _file_error(
            _(
                "This is a spreadsheet workbook (XLSX), not a CSV file. In your spreadsheet "
                "program choose “Save as” and the format “CSV UTF-8”."
            )
        )
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        guess = from_bytes(content[:100_000]).best()
        looks_like = (
            _(" It looks like %(encoding)s.") % {"encoding": guess.encoding.upper()}
            if guess and guess.encoding not in ("utf_8", "ascii")
            else ""
        )
        raise ImportRejected(
            [
                RowError(
                    line,
                    "",
                    _(
                        "The file is not UTF-8 text (a byte that UTF-8 does not "
                        "allow is on line %(line)s).%(looks_like)s Save it as "
                        "“CSV UTF-8” and upload it again."
                    )
                    % {"line": line, "looks_like": looks_like},
                )
            ]
        ) from None


def _dialect(text):
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    return delimiter


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
            return Member.Status.ACTIVE
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


def _parse(text):
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise _file_error(_("The file cannot be read as CSV: %(error)s") % {"error": exc}) from None
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise _file_error(
            _(
                "Required column(s) missing: %(missing)s. The first row must name the columns; "
                "Kota reads: %(columns)s."
            )
            % {"missing": ", ".join(missing), "columns": ", ".join(COLUMNS)}
        )
    reader.fieldnames = header
    return reader


def check(content, progress=None):
    """Read and check every row of `content` (bytes). Returns the cleaned rows, or raises
    ImportRejected listing every bad cell (at most MAX_REPORTED_ERRORS of them)."""
    text = decode(content)
    reader = _parse(text)
    total = max(text.count("\n") - 1, 1)
    countries = _country_lookup()
    rows, errors, error_count, first_row_of = [], [], 0, {}
    try:
        for number, raw in enumerate(reader, start=2):
            if None in raw:
                errors.append(RowError(number, "", _("This row has more cells than the header.")))
                error_count += 1
                continue
            data = {k: (v or "").strip() for k, v in raw.items() if k in COLUMNS}
            if not any(data.values()):
                continue
            form = MemberRowForm(data, countries=countries)
            if form.is_valid():
                external_id = form.cleaned_data["external_id"]
                if external_id in first_row_of:
                    error_count += 1
                    errors.append(
                        RowError(
                            number,
                            "external_id",
                            _(
                                "The id “%(id)s” is already used on row %(row)s; "
                                "every row needs its own id."
                            )
                            % {"id": external_id, "row": first_row_of[external_id]},
                        )
                    )
                else:
                    first_row_of[external_id] = number
                    rows.append(form.cleaned_data)
            else:
                for column, messages in form.errors.items():
                    for message in messages:
                        error_count += 1
                        errors.append(RowError(number, column, message))
            if progress and number % PROGRESS_EVERY == 0:
                progress(min(number, total), total)
    except csv.Error as exc:
        error_count += 1
        errors.append(
            RowError(
                reader.line_num, "", _("The CSV is malformed here: %(error)s") % {"error": exc}
            )
        )
    if errors:
        raise ImportRejected(errors[:MAX_REPORTED_ERRORS], error_count)
    if not rows:
        raise _file_error(_("The file has a header but no member rows."))
    if progress:
        progress(total, total)
    return rows


def _values(row):
    return {name: row.get(name) if row.get(name) != "" else None for name in IMPORTED_FIELDS}


def _normalise(name, value):
    if name in ("local_name", "subdivision", "website"):
        return value or ""
    return value


@transaction.atomic
def write(rows):
    """Create or update one member per row, in one transaction. Unchanged members are not
    touched, so a re-import leaves no history behind."""
    summary = ImportSummary(rows=len(rows))
    ids = [row["external_id"] for row in rows]
    existing = {}
    for start in range(0, len(ids), 500):
        for member in Member.objects.filter(external_id__in=ids[start : start + 500]):
            existing[member.external_id] = member
    taken_slugs = set(Member.objects.values_list("slug", flat=True))
    to_create, to_update = [], []
    for row in rows:
        values = {name: _normalise(name, value) for name, value in _values(row).items()}
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
        bulk_update_with_history(
            to_update, Member, IMPORTED_FIELDS + ["search_name"], batch_size=500
        )
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
