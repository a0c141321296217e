"""The demo's events, from data/events.yaml: webinars, trainings, a study visit, a forum, a
secondment, a Council meeting and two events still open for registration, with participants
drawn from the demo members (names after their country's customs, addresses at example.org),
their attendance (from a webinar platform's report or checked in at the door) and their
evaluations; and the UCLG ASPAC-Xi'an scholarships, whose awarded scholars are the programme's
participants. Every person and figure here is invented."""

import datetime
import random
import zoneinfo
from decimal import Decimal

from django.utils import timezone

from kota.core.models import User
from kota.demo.data import read_yaml
from kota.demo.members import person_name
from kota.events.models import (
    AgeGroup,
    AlumniUpdate,
    Application,
    Attendance,
    Criterion,
    Evaluation,
    Event,
    Panelist,
    Question,
    Registration,
    ScholarshipCall,
    Score,
    Session,
    Sex,
)
from kota.results.models import Activity
from kota.workplans.models import WorkPlanItem

_PLAN = "manifesto-2021-2025"
DEMO_NOTE = "\n\n*This event is part of Kota's demo data: its participants are invented.*"
SEXES = [Sex.FEMALE, Sex.MALE, Sex.ANOTHER, Sex.UNDISCLOSED]
AGES = [
    AgeGroup.UNDER_25,
    AgeGroup.FROM_25,
    AgeGroup.FROM_35,
    AgeGroup.FROM_45,
    AgeGroup.FROM_60,
    AgeGroup.UNDISCLOSED,
]
LEARNED = [
    "How other cities tag climate spending in their budgets.",
    "Practical steps for a Voluntary Local Review.",
    "Ways to involve residents in planning.",
    "How to work with national ministries on decentralisation.",
    "Examples from cities of our size in the region.",
]
APPLY = [
    "Brief our mayor and propose a pilot next year.",
    "Share the materials with our planning department.",
    "Start a budget tagging exercise in two departments.",
    "Contact a peer city we met for a follow-up visit.",
    "",
]


def build_events(rng: random.Random, members, secretariat):
    """Returns (events, registrations) built."""
    data = read_yaml("events.yaml")
    activities = {a.code: a for a in Activity.objects.select_related("body", "unit")}
    members = [m for m in members if m.status == "active"] or list(members)
    now = timezone.now()
    events = {}
    people = 0
    for number, spec in enumerate(data["events"]):
        event = _event(spec, activities, now)
        events[event.title] = event
        profile = data["profiles"][spec["profile"]]
        if spec["title"] == data["scholarship"]["event"]:
            continue  # its participants are the scholars (below)
        people += _participants(rng, event, spec, profile, members, number, now)
    people += _scholarships(rng, data, events, members, secretariat, now)
    return len(events), people


def _local(text, zone):
    day, time = str(text).split(" ")
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day),
        datetime.time.fromisoformat(time),
        tzinfo=zoneinfo.ZoneInfo(zone),
    )


def _event(spec, activities, now):
    starts_at = _local(spec["start"], spec["zone"])
    days = spec.get("days", 1)
    if spec["kind"] == "webinar" or "venue" not in spec:
        ends_at = starts_at + datetime.timedelta(hours=2)
    else:
        ends_at = (starts_at + datetime.timedelta(days=days - 1)).replace(hour=17, minute=0)
    led_by = [activities[code] for code in spec["activities"]]
    item = (
        WorkPlanItem.objects.filter(
            activity__in=led_by, work_plan__year=starts_at.year, work_plan__plan__slug=_PLAN
        )
        .order_by("pk")
        .first()
    )
    event = Event.objects.create(
        kind=spec["kind"],
        status=Event.Status.PUBLISHED,
        title=spec["title"],
        title_translations=spec.get("titles", {}),
        description=_description(spec) + DEMO_NOTE,
        time_zone=spec["zone"],
        starts_at=starts_at,
        ends_at=ends_at,
        venue=spec.get("venue", ""),
        city=spec.get("city", ""),
        country_id=spec.get("country"),
        online_url="" if "venue" in spec else "https://meet.example.org/uclg-aspac-demo",
        capacity=spec.get("capacity"),
        requires_approval=spec.get("approval", False),
        registration_opens_at=starts_at - datetime.timedelta(days=45),
        registration_closes_at=starts_at - datetime.timedelta(hours=12),
        organiser_body=next((a.body for a in led_by if a.body), None),
        organiser_unit=next((a.unit for a in led_by if a.unit), None),
        work_plan_item=item,
    )
    event.activities.set(led_by)
    event.core_areas.set(spec.get("core_areas", []))
    event.sdgs.set(spec.get("sdgs", []))
    sessions = spec.get("sessions") or (1 if "venue" not in spec else days * 2)
    length = (ends_at - starts_at) / sessions
    Session.objects.bulk_create(
        Session(
            event=event,
            title=f"Session {n + 1}" if sessions > 1 else event.title,
            starts_at=starts_at + n * length,
            ends_at=starts_at + n * length + min(length, datetime.timedelta(hours=3)),
        )
        for n in range(sessions)
    )
    for position, question in enumerate(spec.get("questions", [])):
        Question.objects.create(event=event, position=position, **question)
    return event


def _description(spec):
    where = f"in {spec['city']}" if "city" in spec else "online"
    return (
        f"A {dict(Event.Kind.choices)[spec['kind']].lower()} {where} for officials of member "
        f"local governments and associations, run by the UCLG ASPAC secretariat."
    )


def _draw(rng, shares, values):
    return rng.choices(values, weights=shares)[0]


def _person(rng, profile, members, n):
    member = rng.choice(members)
    sex = _draw(rng, profile["sex"], SEXES)
    roles = profile["role"]
    return {
        "name": person_name(rng, member.country_id, sex if sex in SEXES[:2] else Sex.FEMALE),
        "email": f"participant{n}@example.org",
        "sex": sex,
        "age_group": _draw(rng, profile["age"], AGES),
        "role": _draw(rng, list(roles.values()), list(roles)),
        "member": member,
        "country_id": member.country_id,
        "language": rng.choice(["en", "en", "id", "zh-hans"]),
    }


def _participants(rng, event, spec, profile, members, number, now, people=None):
    """Register the event's participants and, for a past event, record who came and what
    they thought. Returns how many registered."""
    count = spec["participants"]
    people = people or [_person(rng, profile, members, number * 1000 + n) for n in range(count)]
    over = event.is_over(now)
    registrations = []
    for n, person in enumerate(people):
        registered = event.starts_at - datetime.timedelta(days=rng.randint(2, 40))
        if over:
            cancelled = rng.random() < 0.03
            status = Registration.Status.CANCELLED if cancelled else Registration.Status.CONFIRMED
        elif event.requires_approval:
            status = Registration.Status.PENDING if n % 3 else Registration.Status.CONFIRMED
        else:
            status = Registration.Status.CONFIRMED
        registrations.append(
            Registration(
                event=event,
                status=status,
                consent_at=registered,
                created_at=registered,
                **person,
            )
        )
    Registration.objects.bulk_create(registrations)
    if not over:
        return len(registrations)
    sessions = list(event.sessions.all())
    imported = spec.get("attendance") == "import"
    source = Attendance.Source.IMPORT if imported else Attendance.Source.CHECK_IN
    attendances, came = [], []
    for registration in event.registrations.holding_places().order_by("pk"):
        if rng.random() > 0.9:
            continue  # registered, did not come
        present = [s for s in sessions if rng.random() < 0.9] or sessions[:1]
        for session in present:
            attendances.append(
                Attendance(
                    registration=registration,
                    session=session,
                    source=source,
                    minutes=rng.randint(40, 120) if imported else None,
                    recorded_at=session.starts_at,
                )
            )
        came.append(registration.pk)
    Attendance.objects.bulk_create(attendances)
    Registration.objects.filter(pk__in=came).update(
        attended=True, checked_in_at=None if imported else event.starts_at
    )
    share = spec.get("evaluations", 0)
    Evaluation.objects.bulk_create(
        Evaluation(
            registration_id=pk,
            satisfaction=rng.choices([1, 2, 3, 4, 5], weights=[2, 5, 15, 43, 35])[0],
            learned=rng.choice(LEARNED),
            will_apply=rng.choice(APPLY),
            submitted_at=event.ends_at + datetime.timedelta(days=rng.randint(1, 10)),
        )
        for pk in came
        if rng.random() < share
    )
    return len(registrations)


def _scholarships(rng, data, events, members, secretariat, now):
    spec = data["scholarship"]
    event = events[spec["event"]]
    deadline = datetime.datetime.combine(
        datetime.date.fromisoformat(str(spec["deadline"])),
        datetime.time(23, 59),
        tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"),
    )
    call = ScholarshipCall.objects.create(
        title=spec["title"],
        title_translations=spec.get("titles", {}),
        description=spec["description"] + DEMO_NOTE.replace("event", "call"),
        eligibility=spec["eligibility"],
        host=spec["host"],
        places=spec["places"],
        deadline=deadline,
        event=event,
        status=ScholarshipCall.Status.AWARDED,
    )
    call.activities.set(event.activities.all())
    criteria = [
        Criterion.objects.create(call=call, position=n, name=c["name"], weight=Decimal(c["weight"]))
        for n, c in enumerate(spec["criteria"])
    ]
    panel = [secretariat, *User.objects.filter(username__in=["officer", "board"])]
    for user in panel:
        Panelist.objects.create(call=call, user=user)
    profile = {**data["profiles"]["officials"], "age": [0.12, 0.55, 0.33, 0, 0, 0]}
    applications = []
    for n in range(spec["nominations"]):
        person = _person(rng, profile, members, 900_000 + n)
        person.pop("language")
        member = person.pop("member")
        applications.append(
            Application.objects.create(
                call=call,
                member=member,
                nominated_by=secretariat,
                motivation="Works on urban management and will share what she or he learns.",
                created_at=deadline - datetime.timedelta(days=rng.randint(1, 30)),
                **person,
            )
        )
    Score.objects.bulk_create(
        Score(application=a, panelist=user, criterion=c, value=rng.randint(2, 5))
        for a in applications
        for user in panel
        for c in criteria
    )
    decided = deadline + datetime.timedelta(days=14)
    ranked = list(call.ranking())
    awarded = ranked[: call.places]
    for application in ranked:
        application.status = "awarded" if application in awarded else "not_awarded"
        application.decided_at = decided
        application.decided_by = secretariat
        application.save(update_fields=["status", "decided_at", "decided_by"])
    for application, note in zip(awarded, spec["alumni"], strict=False):
        AlumniUpdate.objects.create(
            application=application,
            noted_on=(event.ends_at + datetime.timedelta(days=300)).date(),
            position=note["position"],
            note=note["note"],
            noted_by=secretariat,
        )
    scholars = [
        {
            "name": a.name,
            "email": a.email,
            "sex": a.sex,
            "age_group": a.age_group,
            "role": a.role,
            "member": a.member,
            "country_id": a.country_id,
            "language": "en",
        }
        for a in awarded
    ]
    [event_spec] = [e for e in data["events"] if e["title"] == spec["event"]]
    return _participants(rng, event, event_spec, None, members, 0, now, people=scholars)
