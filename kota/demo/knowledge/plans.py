"""An item of the demo knowledge hub before it is written in a language, and the dates of its
story."""

import datetime
from dataclasses import dataclass


@dataclass
class ItemPlan:
    """One item before it is written in a language: indices into the phrase pools."""

    topic: str
    kind: str
    members: list
    title: int
    subject: int
    summary: int
    goal: int
    generic_goal: int
    measures: tuple
    results: tuple  # the topic's results, in the order told
    numbers: tuple  # the number in each of the topic's results
    challenge: int
    factors: tuple
    partners: tuple
    replicability: int
    lead: int
    budget: int
    months: int
    staff: int
    cities: int
    speakers: tuple  # (name, member, role) twice


def between(rng, first, last):
    """A day from `first` to `last` (or `last`, if it comes first). Draws once either way, so
    that the day a build runs on changes no later draw."""
    share = rng.random()
    if last <= first:
        return last
    return first + datetime.timedelta(days=int(share * (last - first).days))


def add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)
