"""Whether this site holds demo records, answered without a database query per request: each
process asks the database once, then again only after TTL seconds, or at once after this
process built or deleted the demo (`forget()`)."""

import time

from kota.demo.models import DemoRecord

TTL = 60  # seconds another process's seed_demo or delete_demo may take to show
_state = {"value": None, "checked": 0.0}


def is_demo_site():
    now = time.monotonic()
    if _state["value"] is None or now - _state["checked"] > TTL:
        _state["value"] = DemoRecord.objects.exists()
        _state["checked"] = now
    return _state["value"]


def forget():
    """Ask the database again at the next question (this process changed the answer)."""
    _state["value"] = None


def settle(value):
    """Take `value` as the answer for the next TTL seconds (tests use it to keep query counts
    free of this question)."""
    _state["value"], _state["checked"] = value, time.monotonic()
