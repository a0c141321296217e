"""attempt(): a model verb's refusal becomes an error message, its success a message; form
errors become messages with their field's label."""

import datetime

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory
from django.urls import reverse

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice
from kota.dues.services import issue_invoices
from kota.lib.web import attempt, form_errors_as_messages
from kota.lib.workflow import InvalidTransition, NotAllowed
from kota.members.factories import MemberFactory
from kota.test import client_for


def request():
    request = RequestFactory().post("/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


def shown(request):
    return [(m.level_tag, str(m)) for m in get_messages(request)]


def refuse(error):
    def step():
        raise error

    return step


def test_a_failing_verbs_error_appears_as_a_message():
    r = request()
    assert attempt(r, refuse(InvalidTransition("Already published.")), "Published.") is False
    assert shown(r) == [("error", "Already published.")]


def test_a_verb_refused_to_this_person_appears_as_a_message():
    r = request()
    assert not attempt(r, refuse(NotAllowed("Only staff approve values.")), "Approved.")
    assert shown(r) == [("error", "Only staff approve values.")]


def test_field_errors_of_a_verb_are_joined_in_one_message():
    r = request()
    attempt(r, refuse(ValidationError({"reason": ["Say why.", "Be brief."]})), "Done.")
    assert shown(r) == [("error", "Say why. Be brief.")]


def test_a_verb_that_succeeds_says_so():
    r = request()
    assert attempt(r, lambda: None, "Payment recorded.") is True
    assert shown(r) == [("success", "Payment recorded.")]


def test_any_other_refusal_still_refuses_the_request():
    with pytest.raises(PermissionDenied):
        attempt(request(), refuse(PermissionDenied()), "Done.")


class YearForm(forms.Form):
    year = forms.IntegerField(label="Year", min_value=2000)


def test_form_errors_become_messages_with_their_label():
    r = request()
    form = YearForm({"year": "1999"})
    assert not form.is_valid()
    form_errors_as_messages(r, form)
    assert shown(r) == [("error", "Year: Ensure this value is greater than or equal to 2000.")]


@pytest.mark.django_db
def test_a_refused_payment_shows_the_invoices_reason_as_a_message(client, personas):
    FeeScheduleFactory(year=2026, fee="1000", currency="USD")
    member = MemberFactory(name="Ormoc City")
    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))
    invoice = Invoice.objects.get(dues__member=member)
    client = client_for(client, personas.secretariat)
    response = client.post(
        reverse("dues:record_payment", args=[invoice.number]),
        {
            "amount": "1000.01",
            "currency": "USD",
            "paid_on": "2026-02-01",
            "method": "bank_transfer",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "more than the balance due" in response.content.decode()
    assert not invoice.payments.exists()
