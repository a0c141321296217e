import datetime

import factory
from django.utils import timezone

from kota.core.models import ImportJob
from kota.events.models import (
    AgeGroup,
    Application,
    Criterion,
    Event,
    Registration,
    Role,
    ScholarshipCall,
    Session,
    Sex,
)
from kota.members.factories import MemberFactory


def in_days(days, hour=9):
    """A moment `days` from now at `hour` o'clock UTC."""
    day = timezone.now().date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    kind = Event.Kind.TRAINING
    status = Event.Status.PUBLISHED
    title = factory.Sequence(lambda n: f"Training on climate budgeting {n}")
    description = "Two days on tagging climate spending in local budgets."
    starts_at = factory.LazyFunction(lambda: in_days(14))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + datetime.timedelta(hours=8))
    venue = "UCLG ASPAC secretariat, Jakarta"
    city = "Jakarta"
    country_id = "ID"
    capacity = 40


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Session {n}")
    starts_at = factory.LazyAttribute(lambda s: s.event.starts_at)
    ends_at = factory.LazyAttribute(lambda s: s.event.starts_at + datetime.timedelta(hours=2))


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration written directly (use Event.register() to test the rules)."""

    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    status = Registration.Status.CONFIRMED
    name = factory.Sequence(lambda n: f"Participant {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    sex = Sex.FEMALE
    age_group = AgeGroup.FROM_35
    role = Role.OFFICIAL
    member = factory.SubFactory(MemberFactory)
    country_id = "ID"
    consent_at = factory.LazyFunction(timezone.now)


def person(n=0, **overrides):
    """The keyword arguments of Event.register() for one person."""
    values = {
        "name": f"Official {n}",
        "email": f"official{n}@example.org",
        "sex": Sex.FEMALE,
        "age_group": AgeGroup.FROM_35,
        "role": Role.OFFICIAL,
        "country_id": "ID",
        "language": "en",
    }
    values.update(overrides)
    return values


class ScholarshipCallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScholarshipCall

    title = factory.Sequence(lambda n: f"Urban management scholarship {n}")
    host = "Xi'an Municipal Government"
    places = 2
    status = ScholarshipCall.Status.OPEN
    deadline = factory.LazyFunction(lambda: in_days(30))


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    call = factory.SubFactory(ScholarshipCallFactory)
    name = factory.Sequence(lambda n: f"Criterion {n}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    call = factory.SubFactory(ScholarshipCallFactory)
    member = factory.SubFactory(MemberFactory)
    name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    sex = Sex.FEMALE
    age_group = AgeGroup.FROM_25
    role = Role.OFFICIAL
    country_id = "PH"
    motivation = "Leads the city's solid waste reform."


def registration_matrix_objects(personas):
    """What kota/core/tests/test_permissions.py opens of the registration pages, by
    placeholder: a published event (with a delegate of Surabaya and a registration waiting
    for approval), a draft, and an event to cancel."""
    event = EventFactory(slug="urban-resilience-training")
    delegate = RegistrationFactory(event=event, member=personas.surabaya_city)
    pending = RegistrationFactory(event=event, status=Registration.Status.PENDING)
    return {
        "event": event.slug,
        "event_id": event.pk,
        "draft_event": EventFactory(status=Event.Status.DRAFT).slug,
        "cancel_event": EventFactory().slug,
        "registration": RegistrationFactory(event=event).token,
        "delegate": delegate.token,
        "pending": pending.token,
    }


def attendance_matrix_objects(personas):
    """What the permission matrix opens attendance pages with: an event Surabaya organises,
    a confirmed registration's token and an attendance import of that event."""
    event = EventFactory(organiser_member=personas.surabaya_city)
    registration = RegistrationFactory(event=event, member=personas.makassar_city)
    job = ImportJob.objects.create(
        kind="attendance",
        params={"event": event.pk, "session": 0},
        created_by=personas.secretariat,
        filename="zoom.csv",
        content=b"",
        state=ImportJob.State.DONE,
        summary={"recorded": 1, "skipped": 0, "session": "Opening"},
    )
    return {"att_event": event.slug, "att_token": registration.token, "attendance_job": job.pk}
