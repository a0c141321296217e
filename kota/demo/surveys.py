"""The demo's surveys, from data/surveys.yaml: the member-satisfaction questionnaire, one
campaign a year sent to the focal points of active members with invented answers in their
members' languages (submitted in that year, mostly validated), whose satisfaction question
computes KPI-6.3; and the CEE framework with its eleven criteria and two fictional editions
rated by four invented raters per demo country, consolidated, validated and published, every
one flagged as demo."""

import datetime

from django.utils import timezone

from kota.demo.data import read_yaml
from kota.members.models import Member
from kota.surveys.models import (
    Campaign,
    Criterion,
    Edition,
    Framework,
    Question,
    Questionnaire,
    Rater,
    Rating,
    Response,
    Section,
    Version,
)

DATA = read_yaml("surveys.yaml")


def build_questionnaire():
    spec = DATA["questionnaire"]
    questionnaire = Questionnaire.objects.create(
        slug=spec["slug"], title=spec["title"], translations=spec["translations"]
    )
    version = Version.objects.create(questionnaire=questionnaire, number=1)
    position = 0
    for s_position, section_spec in enumerate(spec["sections"], start=1):
        section = Section.objects.create(
            version=version,
            position=s_position,
            title=section_spec["title"],
            translations=section_spec["translations"],
        )
        for q in section_spec["questions"]:
            position += 1
            show_if = q.get("show_if") or {}
            Question.objects.create(
                version=version,
                section=section,
                position=position,
                key=q["key"],
                kind=q["kind"],
                label=q["label"],
                translations=q.get("translations", {}),
                required=q.get("required", False),
                unit=q.get("unit", ""),
                minimum=q.get("minimum"),
                maximum=q.get("maximum"),
                options=q.get("options", []),
                rows=q.get("rows", []),
                show_if_question=show_if.get("question", ""),
                show_if_values=show_if.get("values", []),
            )
    version.publish()
    return version


def _answers(rng, good_share):
    satisfied = rng.random() * 100 < good_share
    score = rng.choice(["4", "5"]) if satisfied else rng.choice(["1", "2", "3", "3", "3"])
    answers = {
        "satisfaction": score,
        "used_services": sorted(
            rng.sample(["training", "advocacy", "exchange", "knowledge"], rng.randint(1, 3))
        ),
        "staff": str(rng.randint(0, 25)),
        "priorities": {
            row: rng.choice(["low", "medium", "high", "high"])
            for row in ("climate", "finance", "sdgs")
        },
    }
    if score in ("1", "2"):
        answers["why_not"] = rng.choice(DATA["improvements"])
    comment = rng.choice(DATA["comments"])
    if comment:
        answers["comments"] = comment
    return answers


def build_campaigns(rng, version, members, secretariat):
    """One campaign a year; returns how many responses were written."""
    active = [m for m in members if m.status == Member.Status.ACTIVE]
    count = 0
    for spec in DATA["campaigns"]:
        year = spec["year"]
        campaign = Campaign.objects.create(
            slug=f"member-satisfaction-{year}",
            title=f"Member satisfaction survey {year}",
            translations={
                "id": f"Survei kepuasan anggota {year}",
                "zh-hans": f"{year}年会员满意度调查",
            },
            version=version,
            audience_source="focal_points",
            audience_criteria={"status": [Member.Status.ACTIVE], "role": "primary"},
            due_on=datetime.date(year, 11, 30),
            status=Campaign.Status.CLOSED,
            results_published=True,
            is_demo=True,
            opened_at=datetime.datetime(year, 10, 1, 2, tzinfo=datetime.UTC),
        )
        responses = []
        for member in active:
            answering = rng.random() * 100 < spec["answering"]
            submitted = datetime.datetime(
                year, 10, rng.randint(2, 31), rng.randint(1, 10), tzinfo=datetime.UTC
            )
            if answering:
                validated = rng.random() < 0.9
                status = Response.Status.VALIDATED if validated else Response.Status.SUBMITTED
            else:
                status = Response.Status.NOT_STARTED
            responses.append(
                Response(
                    campaign=campaign,
                    member=member,
                    email=f"focal-point-{member.pk}@example.org",
                    language=member.language,
                    status=status,
                    answers=_answers(rng, spec["good"]) if answering else {},
                    submitted_at=submitted if answering else None,
                    validated_at=submitted + datetime.timedelta(days=7) if answering else None,
                    changed_by=secretariat if answering else None,
                    invited_at=campaign.opened_at,
                    reminders_sent=0 if answering else 2,
                )
            )
        Response.objects.bulk_create(responses, batch_size=500)
        count += sum(1 for r in responses if r.answers)
    return count


def build_open_campaign(version):
    """This year's campaign, open until a month from today, to the primary focal points of
    the members of the statuses the data names; nobody has answered yet (the demo sends no
    invitation)."""
    spec = DATA["open_campaign"]
    year = spec["year"]
    campaign = Campaign.objects.create(
        slug=f"member-satisfaction-{year}",
        title=f"Member satisfaction survey {year}",
        translations={
            "id": f"Survei kepuasan anggota {year}",
            "zh-hans": f"{year}年会员满意度调查",
        },
        version=version,
        audience_source="focal_points",
        audience_criteria={"status": spec["statuses"], "role": "primary"},
        due_on=timezone.localdate() + datetime.timedelta(days=spec["due_in_days"]),
        is_demo=True,
    )
    campaign.open()
    return campaign


def build_cee(rng, countries, secretariat):
    """The framework and its fictional editions; returns the number of ratings."""
    spec = DATA["cee"]
    f = spec["framework"]
    framework = Framework.objects.create(
        slug=f["slug"],
        name=f["name"],
        translations=f["translations"],
        scale_min=f["scale_min"],
        scale_max=f["scale_max"],
        guidance=f["guidance"],
    )
    criteria = [
        Criterion.objects.create(framework=framework, position=n, **c)
        for n, c in enumerate(f["criteria"], start=1)
    ]
    # Each country gets an invented level that moves a little between editions.
    level = {code: rng.uniform(1.5, 3.5) for code in countries}
    ratings = 0
    for e in spec["editions"]:
        edition = Edition.objects.create(framework=framework, is_demo=True, **e)
        for code in countries:
            level[code] = min(3.8, max(1.2, level[code] + rng.uniform(-0.2, 0.4)))
            for kind in spec["raters"]:
                rater = Rater.objects.create(
                    edition=edition, country_id=code, kind=kind, name=spec["rater_names"][kind]
                )
                batch = []
                for criterion in criteria:
                    if rng.random() < 0.05:
                        continue  # a rater who left a criterion out
                    score = round(level[code] + rng.uniform(-1, 1))
                    batch.append(
                        Rating(
                            rater=rater,
                            criterion=criterion,
                            score=min(f["scale_max"], max(f["scale_min"], score)),
                            justification="Invented for the demo.",
                        )
                    )
                Rating.objects.bulk_create(batch)
                ratings += len(batch)
        edition.consolidate(secretariat)
        edition.validate_scores(secretariat)
        edition.publish(secretariat)
        Edition.objects.filter(pk=edition.pk).update(
            published_at=timezone.make_aware(datetime.datetime(e["year"], 12, 1))
        )
    return ratings


def build_surveys(rng, members, secretariat):
    """Everything above; returns (responses, ratings)."""
    version = build_questionnaire()
    responses = build_campaigns(rng, version, members, secretariat)
    build_open_campaign(version)
    countries = sorted({m.country_id for m in members})
    ratings = build_cee(rng, countries, secretariat)
    return responses, ratings
