"""The refusals of model verbs (submit, approve, publish...), shared by every workflow."""

from django.core.exceptions import PermissionDenied, ValidationError


class InvalidTransition(ValidationError):
    """A workflow step that the record's status does not allow (publishing an item twice,
    approving a value that is not submitted...)."""


class NotAllowed(PermissionDenied):
    """This person may not take this step on this record; views show it as a message
    (kota.lib.web.attempt)."""
