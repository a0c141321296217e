"""Rows out as CSV or XLSX downloads, for accounting systems and spreadsheets.

Cells come from people (a member's name, a bank reference), so a text that a spreadsheet
would run as a formula is written as text: OWASP's rule for CSV injection, applied to both
formats, prefixes a text starting with =, +, -, @, a tab or a carriage return with a single
quote. Numbers and dates are written as they are, so a negative amount stays a number.
"""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook

from kota.lib.web import private_download

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(cell):
    """`cell` unchanged, unless it is a text a spreadsheet would run as a formula."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def table_response(headers, rows, filename, fmt):
    """A download of `rows` (sequences of cells) under `headers`, as CSV or XLSX."""
    if fmt == "xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet(filename[:31])
        sheet.append([as_text(h) for h in headers])
        for row in rows:
            sheet.append([float(c) if isinstance(c, Decimal) else as_text(c) for c in row])
        buffer = io.BytesIO()
        book.save(buffer)
        content = buffer.getvalue()
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([as_text(h) for h in headers])
        writer.writerows([as_text(c) for c in row] for row in rows)
        content = "\ufeff" + buffer.getvalue()  # the BOM makes spreadsheet programs read UTF-8
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    # Every export shows what the person downloading may see, so none is kept by a cache.
    return private_download(response)
