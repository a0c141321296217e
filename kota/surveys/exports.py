"""The raw answers of a campaign as CSV or XLSX: one row per response, one column per question
(per row of a matrix). Cells come from respondents, so kota.lib.tables writes any text that a
spreadsheet would run as a formula (=, +, -, @) as text."""

from kota.lib.tables import table_response
from kota.surveys.models import Question


def answer_columns(questions):
    """[(heading, key, row)] of every column of answers."""
    columns = []
    for question in questions:
        if question.kind == Question.Kind.MATRIX:
            for row, _label in question.row_choices():
                columns.append((f"{question.key}:{row}", question.key, row))
        else:
            columns.append((question.key, question.key, None))
    return columns


def cell(answers, key, row):
    value = answers.get(key)
    if row is not None:
        return (value or {}).get(row, "") if isinstance(value, dict) else ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def export_answers(campaign, responses, fmt):
    """A download of `responses` (of `campaign`) in `fmt` ("csv" or "xlsx")."""
    columns = answer_columns(campaign.version.ordered_questions())
    headers = ["respondent", "country", "kind", "email", "language", "status", "submitted_at"]
    headers += [heading for heading, _k, _r in columns]
    rows = (
        [
            response.respondent,
            response.member.country_id if response.member_id else "",
            response.member.kind if response.member_id else "",
            response.email,
            response.language,
            response.status,
            response.submitted_at.isoformat() if response.submitted_at else "",
        ]
        + [cell(response.answers, key, row) for _h, key, row in columns]
        for response in responses.select_related("member").order_by("pk").iterator(chunk_size=1000)
    )
    return table_response(headers, rows, f"{campaign.slug}-answers", fmt)
