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

MAX_REPORTED_ERRORS = 1000
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


class CheckedRow(dict):
    """One checked row: its cleaned values by column, and `line`, the line of the file it
    starts on (what error messages name)."""

    def __init__(self, values, line):
        super().__init__(values)
        self.line = line


class CheckedRows(list):
    """The checked rows of a file, and `columns`: the columns Kota reads that the file has
    (an import leaves the fields of absent columns as they are)."""

    def __init__(self, rows=(), columns=()):
        super().__init__(rows)
        self.columns = list(columns)


class _Errors:
    """The errors of a file: the first MAX_REPORTED_ERRORS kept, every one counted, so a file
    with a million bad rows costs no more memory than one with a thousand."""

    def __init__(self):
        self.kept, self.count = [], 0

    def add(self, line, column, message):
        self.count += 1
        if len(self.kept) < MAX_REPORTED_ERRORS:
            self.kept.append(RowError(line, column, message))


def read_rows(
    content,
    *,
    form_class,
    required,
    columns,
    unique=None,
    form_kwargs=None,
    progress=None,
    aliases=None,
):
    """Check every row of `content` (bytes) with `form_class` (its field names are the column
    names) and return the cleaned rows (CheckedRows of CheckedRow). `unique` names a column, or
    a tuple of columns, whose values must differ from row to row. `aliases` maps other
    headings (lower case) to the column they name, for files that other software writes.
    Raises ImportRejected listing the bad cells by the line of the file they are on, at most
    MAX_REPORTED_ERRORS of them."""
    text = decode(content)
    reader, header = _reader(text, required, columns, aliases)
    unique = (unique,) if isinstance(unique, str) else tuple(unique or ())
    total = max(text.count("\n") - 1, 1)
    rows = CheckedRows(columns=[name for name in header if name in columns])
    errors, first_line_of = _Errors(), {}
    checked, header_lines = 0, reader.line_num
    while True:
        line = reader.line_num + 1  # where the next record starts
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.add(line, "", _malformed(exc, line))
            break
        checked += 1
        if progress and checked % PROGRESS_EVERY == 0:
            progress(min(reader.line_num - header_lines, total), total)
        if not cells:
            continue  # a blank line
        if len(cells) > len(header):
            errors.add(line, "", _("This row has more cells than the header."))
            continue
        data = {
            name: cell.strip() for name, cell in zip(header, cells, strict=False) if name in columns
        }
        if not any(data.values()):
            continue
        form = form_class(data, **(form_kwargs or {}))
        if not form.is_valid():
            for column, messages in form.errors.items():
                for message in messages:
                    errors.add(line, column, message)
            continue
        if unique:
            key = tuple(form.cleaned_data[name] for name in unique)
            if key in first_line_of:
                shown = tuple(data[name] for name in unique)  # as written in the file
                errors.add(line, unique[-1], _repeated(unique, shown, first_line_of[key]))
                continue
            first_line_of[key] = line
        rows.append(CheckedRow(form.cleaned_data, line))
    if errors.count:
        raise ImportRejected(errors.kept, errors.count)
    if not rows:
        raise file_error(_("The file has a header but no rows."))
    if progress:
        progress(total, total)
    return rows


def _repeated(columns, key, first_line):
    if len(columns) == 1:
        return _(
            "The value “%(value)s” is already used on row %(row)s; "
            "every row needs its own %(column)s."
        ) % {"value": key[0], "row": first_line, "column": columns[0]}
    return _("Row %(row)s has the same %(columns)s (%(values)s); a file lists each one once.") % {
        "row": first_line,
        "columns": ", ".join(columns),
        "values": ", ".join(f"“{value}”" for value in key),
    }


def _malformed(error, line):
    # Python's csv module finds the fault; its words are for programmers, so the common one
    # (a quoted cell that runs to the end of the file) is said plainly.
    if "unexpected end of data" in str(error):
        return _(
            'A quote (") opened on this row is never closed, so the rest of the file would '
            "be read as one cell. Close the quote or remove it."
        )
    return _("The CSV is malformed on this row: %(error)s") % {"error": error}


def _reader(text, required, columns, aliases=None):
    """A csv reader past the header, and the header's column names (stripped, lower case,
    an alias replaced by the column it names)."""
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    # strict: a quote that is never closed is an error, not a cell running to the end of file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        names = next((row for row in reader if row), [])
    except csv.Error as exc:
        raise file_error(_("The file cannot be read as CSV: %(error)s") % {"error": exc}) from None
    header = [name.strip().lower() for name in names]
    header = [(aliases or {}).get(name, name) for name in header]
    for name in columns:
        places = [str(n) for n, heading in enumerate(header, start=1) if heading == name]
        if len(places) > 1:
            raise file_error(
                _(
                    "The column “%(column)s” appears more than once (columns %(places)s); "
                    "keep one of them."
                )
                % {"column": name, "places": ", ".join(places)}
            )
    missing = [column for column in required if column not in header]
    if missing:
        raise file_error(
            _(
                "Required column(s) missing: %(missing)s. The first row must name the columns; "
                "Kota reads: %(columns)s."
            )
            % {"missing": ", ".join(missing), "columns": ", ".join(columns)}
        )
    return reader, header


def record_rows(rows, *, key, seen, record, column, lock=None, refused=(ValidationError,)):
    """Write checked rows in one transaction. `lock()`, called first, takes the row locks that
    make a second import of the same rows wait for this one to commit; only then is `seen` (a
    QuerySet of the keys written by earlier imports) read, so two uploads of one file at the
    same moment (a double click, two clerks) cannot both find the rows new. On SQLite the
    transaction itself is the lock: it starts IMMEDIATE (see settings), one writer at a time.
    A row whose `key(row)` is in `seen` is skipped; `record(row)` writes the others. If it
    refuses a row (raises one of `refused`), every row is rolled back and ImportRejected names
    that row's line and `column`. Returns (recorded, skipped)."""
    recorded = skipped = 0
    with transaction.atomic():
        if lock is not None:
            lock()
        seen = set(seen)
        for row in rows:
            if key(row) in seen:
                skipped += 1
                continue
            try:
                record(row)
            except refused as error:
                transaction.set_rollback(True)
                message = " ".join(getattr(error, "messages", [str(error)]))
                raise ImportRejected([RowError(row.line, column, message)]) from None
            seen.add(key(row))
            recorded += 1
    return recorded, skipped
