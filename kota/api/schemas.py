"""Shared pieces of the API's schemas."""

import enum

from ninja import Schema


def choices_enum(name, choices):
    """An Enum named `name` with the values of a model's TextChoices. The API needs its own
    names: several models call their choices `Kind` or `Status`, and OpenAPI components
    are keyed by class name, so the schema would mix them up."""
    return enum.Enum(name, {value.upper(): value for value in choices.values}, type=str)


class ErrorItem(Schema):
    location: str
    message: str


class ErrorOut(Schema):
    """Every failure of the API has this shape."""

    ok: bool
    status: int
    error: str
    errors: list[ErrorItem]


NOT_FOUND = {404: ErrorOut}
INVALID = {422: ErrorOut}
