"""The registry of named measures behind computed indicators.

A measure computes one number for one period from Kota's records. Each app registers its own
in a `measures.py` module (imported at start-up by `ResultsConfig.ready()`), e.g.

    from kota.lib.measures import register

    @register("governance.women_share", label=_("Women's share of seats (%)"))
    def women_share(start, end, *, body_kinds=(), bodies=()):
        ...

A measure is called as `measure(start, end, **params)` with the period's first and last days
and the indicator's `measure_params`, and returns a Decimal, or None when there is nothing to
measure in that period, or a `Breakdown`: the number's parts by category (participants by sex
and age group), from which a disaggregated indicator stores its cells and its total. A
measure of a state (a share of seats) reads it on `end`; a measure of a flow (events held)
counts what happened between `start` and `end`, both included.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


class UnknownMeasure(LookupError):
    pass


@dataclass(frozen=True)
class Breakdown:
    """A number given by its parts. `cells` maps coordinates, a tuple of (dimension code,
    category code) pairs such as (("age", "25-34"), ("sex", "female")), to the count in that
    combination; the total is always the sum of the cells."""

    cells: dict = field(default_factory=dict)

    @property
    def total(self):
        return sum(self.cells.values(), Decimal(0))

    def by(self, *dimensions):
        """The cells summed over every dimension not named: {((dimension, category), ...):
        number} with the named dimensions only, in the order given."""
        sums = defaultdict(Decimal)
        for coordinates, number in self.cells.items():
            categories = dict(coordinates)
            sums[tuple((d, categories[d]) for d in dimensions)] += Decimal(number)
        return dict(sums)


def number_of(result):
    """The number a measure gave: a Breakdown's total, or the number itself."""
    return result.total if isinstance(result, Breakdown) else result


@dataclass(frozen=True)
class Measure:
    name: str
    label: Any
    function: Any

    def __call__(self, start, end, **params):
        return self.function(start, end, **params)


_registry: dict[str, Measure] = {}


def register(name, *, label):
    """Decorator: register `function` as the measure `name` ("<app>.<what>")."""

    def decorator(function):
        existing = _registry.get(name)
        if existing is not None and existing.function is not function:
            raise ValueError(f"A measure named {name!r} is already registered.")
        _registry[name] = Measure(name, label, function)
        return function

    return decorator


def get(name):
    try:
        return _registry[name]
    except KeyError:
        raise UnknownMeasure(name) from None


def choices():
    """(name, label) of every registered measure, for forms and the admin."""
    return sorted((measure.name, measure.label) for measure in _registry.values())
