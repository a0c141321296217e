"""Reading CSV files people upload: bytes to text with a clear word on wrong encodings, the
header checked, every row checked by a form before anything is written, and every problem
reported by row and column. Shared by every import in Kota."""

import csv
import io
from dataclasses import dataclass

from charset_normalizer import from_bytes
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from kota.lib.uploads import max_bytes, too_large_message

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


def file_error(message):
    return ImportRejected([RowError(1, "", message)])


def decode(content):
    """The text of an uploaded file, or ImportRejected saying what is wrong with its bytes."""
    if len(content) > max_bytes():
        raise file_error(too_large_message(len(content)))
    if not content.strip():
        raise file_error(_("The file is empty."))
    if content.startswith(b"PK\x03\x04"):
        raise file_error(
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


def read_rows(
    content, *, form_class, required, columns, unique=None, form_kwargs=None, progress=None
):
    """Check every row of `content` (bytes) with `form_class` (its field names are the column
    names) and return the cleaned rows. `unique` names a column whose values must differ from
    row to row. Raises ImportRejected listing every bad cell, at most MAX_REPORTED_ERRORS."""
    text = decode(content)
    reader = _reader(text, required, columns)
    total = max(text.count("\n") - 1, 1)
    rows, errors, error_count, first_row_of = [], [], 0, {}
    try:
        for number, raw in enumerate(reader, start=2):
            if None in raw:
                errors.append(RowError(number, "", _("This row has more cells than the header.")))
                error_count += 1
                continue
            data = {k: (v or "").strip() for k, v in raw.items() if k in columns}
            if not any(data.values()):
                continue
            form = form_class(data, **(form_kwargs or {}))
            if not form.is_valid():
                for column, messages in form.errors.items():
                    for message in messages:
                        error_count += 1
                        errors.append(RowError(number, column, message))
            elif unique and form.cleaned_data[unique] in first_row_of:
                value = form.cleaned_data[unique]
                error_count += 1
                errors.append(
                    RowError(
                        number,
                        unique,
                        _(
                            "The value “%(value)s” is already used on row %(row)s; "
                            "every row needs its own %(column)s."
                        )
                        % {"value": value, "row": first_row_of[value], "column": unique},
                    )
                )
            else:
                if unique:
                    first_row_of[form.cleaned_data[unique]] = number
                rows.append(form.cleaned_data)
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
        raise file_error(_("The file has a header but no rows."))
    if progress:
        progress(total, total)
    return rows


def _reader(text, required, columns):
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise file_error(_("The file cannot be read as CSV: %(error)s") % {"error": exc}) from None
    missing = [column for column in required if column not in header]
    if missing:
        raise file_error(
            _(
                "Required column(s) missing: %(missing)s. The first row must name the columns; "
                "Kota reads: %(columns)s."
            )
            % {"missing": ", ".join(missing), "columns": ", ".join(columns)}
        )
    reader.fieldnames = header
    return reader


def record_rows(rows, *, key, seen, record, column, refused=(ValidationError,)):
    """Write checked rows in one transaction. A row whose `key(row)` is in `seen` (written by
    an earlier import of the same file) is skipped; `record(row)` writes the others. If it
    refuses a row (raises one of `refused`), every row is rolled back and ImportRejected names
    that row and `column`. Returns (recorded, skipped)."""
    seen = set(seen)
    recorded = skipped = 0
    with transaction.atomic():
        for number, row in enumerate(rows, start=2):
            if key(row) in seen:
                skipped += 1
                continue
            try:
                record(row)
            except refused as error:
                transaction.set_rollback(True)
                message = " ".join(getattr(error, "messages", [str(error)]))
                raise ImportRejected([RowError(number, column, message)]) from None
            seen.add(key(row))
            recorded += 1
    return recorded, skipped
