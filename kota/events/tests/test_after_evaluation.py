"""The evaluation after an event: sent once to those who attended, in their language; one
answer per registration, correctable for 30 days; the staff summary."""

import datetime

import pytest
import time_machine
from django.core import mail

from kota.events.factories import EventFactory, RegistrationFactory, in_days
from kota.events.models import Evaluation, Registration
from kota.test import client_for

pytestmark = pytest.mark.django_db


def ended_event(**fields):
    starts = in_days(-3)
    return EventFactory(starts_at=starts, ends_at=starts + datetime.timedelta(hours=6), **fields)


def attendee(event, **fields):
    registration = RegistrationFactory(event=event, **fields)
    registration.record_attendance(event.sessions_or_default()[0], source="staff")
    registration.refresh_from_db()
    return registration


def test_staff_send_the_form_once_to_those_who_attended_each_in_their_language(
    client, personas, django_capture_on_commit_callbacks
):
    event = ended_event(title="Climate budgeting", title_translations={"id": "Anggaran iklim"})
    english = attendee(event, email="ana@example.org", language="en")
    bahasa = attendee(event, email="budi@example.org", language="id")
    RegistrationFactory(event=event, email="absent@example.org")
    client_for(client, personas.secretariat)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/events/{event.slug}/after/evaluations/send/")

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "budi@example.org"]
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "Climate budgeting" in by_address["ana@example.org"].subject
    assert "Anggaran iklim" in by_address["budi@example.org"].subject
    assert f"/events/r/{bahasa.token}/evaluation/" in by_address["budi@example.org"].body
    assert all(
        r.evaluation_sent_at for r in Registration.objects.filter(pk__in=[english.pk, bahasa.pk])
    )

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/events/{event.slug}/after/evaluations/send/")
    assert len(mail.outbox) == 2


def test_the_form_is_not_sent_before_the_event_ends_nor_by_others(
    client, personas, django_capture_on_commit_callbacks
):
    upcoming = EventFactory()
    attendee(upcoming)
    client_for(client, personas.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/events/{upcoming.slug}/after/evaluations/send/")
    assert mail.outbox == []

    event = ended_event()
    attendee(event)
    for user in (personas.surabaya, personas.board):
        client.force_login(user)
        assert client.post(f"/events/{event.slug}/after/evaluations/send/").status_code == 403
    assert mail.outbox == []


def test_a_participant_answers_once_and_may_correct_it_for_thirty_days(client):
    event = ended_event()
    registration = attendee(event)
    url = f"/events/r/{registration.token}/evaluation/"

    page = client.get(url).content.decode()
    assert page.count('type="radio" name="satisfaction"') == 5

    client.post(url, {"satisfaction": "3", "learned": "Tagging climate spending"})
    client.post(url, {"satisfaction": "5", "will_apply": "A budget tag in 2027"})

    answer = Evaluation.objects.get(registration=registration)
    assert (answer.satisfaction, answer.will_apply) == (5, "A budget tag in 2027")
    assert Evaluation.objects.count() == 1

    with time_machine.travel(event.ends_at + datetime.timedelta(days=31)):
        response = client.post(url, {"satisfaction": "1"})
        assert "The evaluation of this event is closed." in response.content.decode()
    answer.refresh_from_db()
    assert answer.satisfaction == 5


def test_a_satisfaction_outside_one_to_five_is_refused(client):
    registration = attendee(ended_event())
    response = client.post(f"/events/r/{registration.token}/evaluation/", {"satisfaction": "7"})
    assert response.status_code == 400
    assert not Evaluation.objects.exists()


def test_only_those_who_attended_an_ended_event_reach_the_form(client):
    absent = RegistrationFactory(event=ended_event())
    upcoming = EventFactory()
    early = attendee(upcoming)
    for registration in (absent, early):
        url = f"/events/r/{registration.token}/evaluation/"
        assert client.get(url).status_code == 404
        assert client.post(url, {"satisfaction": "4"}).status_code == 404
    assert not Evaluation.objects.exists()


def test_staff_see_the_mean_the_distribution_and_the_answers(client, personas):
    event = ended_event()
    for n, score in enumerate([5, 4, 4, 2]):
        Evaluation.objects.create(
            registration=attendee(event, name=f"Participant {n}"),
            satisfaction=score,
            learned=f"Lesson {n}",
        )
    attendee(event)  # attended, did not answer
    client_for(client, personas.secretariat)

    response = client.get(f"/events/{event.slug}/after/evaluations/")

    page = response.content.decode()
    assert response.context["mean"] == 3.75
    assert [(row["score"], row["n"]) for row in response.context["distribution"]] == [
        (5, 1),
        (4, 2),
        (3, 0),
        (2, 1),
        (1, 0),
    ]
    assert "3.8" in page and "Lesson 3" in page
    assert response.context["attended"] == 5

    client.force_login(personas.surabaya)
    assert client.get(f"/events/{event.slug}/after/evaluations/").status_code == 403
