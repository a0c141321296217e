"""The registry of named measures behind computed indicators.

A measure computes one number for one period from Kota's records. Each app registers its own
in a `measures.py` module (imported at start-up by `ResultsConfig.ready()`), e.g.

    from kota.lib.measures import register

    @register("governance.women_share", label=_("Women's share of seats (%)"))
    def women_share(start, end, *, body_kinds=(), bodies=()):
        ...

A measure is called as `measure(start, end, **params)` with the period's first and last days
and the indicator's `measure_params`, and returns a Decimal, or None when there is nothing to
measure in that period. A measure of a state (a share of seats) reads it on `end`; a measure
of a flow (events held) counts what happened between `start` and `end`, both included.
"""

from dataclasses import dataclass
from typing import Any


class UnknownMeasure(LookupError):
    pass


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
