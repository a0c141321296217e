"""Rows out as CSV or XLSX downloads, for accounting systems and spreadsheets."""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def table_response(headers, rows, filename, fmt):
    """A download of `rows` (sequences of cells) under `headers`, as CSV or XLSX."""
    if fmt == "xlsx":
        book = Workbook(write_only=True)
        sheet = book.create_sheet(filename[:31])
        sheet.append(list(headers))
        for row in rows:
            sheet.append([float(c) if isinstance(c, Decimal) else c for c in row])
        buffer = io.BytesIO()
        book.save(buffer)
        content = buffer.getvalue()
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(rows)
        content = "\ufeff" + buffer.getvalue()  # the BOM makes spreadsheet programs read UTF-8
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
