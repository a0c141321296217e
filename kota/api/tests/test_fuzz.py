"""Schemathesis generates requests from /api/v1/openapi.json and sends them to Kota in-process:
no response may be a server error, and every response must match the schema it documents.
Bounded: at most MAX_EXAMPLES requests per operation."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from kota.wsgi import application

MAX_EXAMPLES = 40

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def network(personas):
    """The personas' network, served in-process. Like Django's test client, keep the
    request signals from closing the test's database connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield personas
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_every_request_within_its_schema(case, network):
    # Schemathesis' in-process (WSGI) client says it accepts gzip, as requests does, but
    # does not decompress; Kota compresses for clients that ask (test_compression.py).
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
