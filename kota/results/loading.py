"""Load a plan file (YAML) into the plan models: the plan, its goals, strategies and activities,
and the indicators it declares with their targets, dimensions and recorded history.

Used by the `load_plan` command and by the migration that loads the Manifesto 2021-2025, so it
works with the real models and with a migration's historical ones (pass `apps`). Idempotent:
every row is matched on its natural key (the plan's slug, then codes within the plan; a value
on its indicator and period end), changed fields are updated in place, unchanged rows are not
written at all (so a rerun adds nothing to any history table), and nothing is deleted: a row
that the file no longer lists is left as it is.

The file's shape (see kota/results/data/manifesto-2021-2025.yaml):

    slug, title, start, end, [description]
    [units]: - {slug, name}                      secretariat units
    goals:   - {code, title, [text], strategies:
               - {code, title, [text], activities:
                  - {code, title, [text], [sdgs: [11, 13]], [core_areas: [slug]],
                     [body: slug], [unit: slug]}}}
    [indicators]: - {code, name, [definition], unit, [currency], [direction], [cumulative],
                     [frequency], [source], [measure], [params], [baseline: {value, date}],
                     [target], [targets: [{date, value, [note]}]], [strategies: [code]],
                     [activities: [code]], [sdg_indicator], [public],
                     [dimensions: [{code, name, categories: [{code, name}]}]],
                     [history: [{start, end, value | narrative, [source]}]]}

Codes are strings ("3.2.1a"); numbers are best written as strings ("15.38") so that YAML
does not read them as binary floats.
"""

import datetime
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.apps import apps as global_apps
from django.db import transaction

# The Manifesto 2021-2025, loaded by the migrations (0002, and 0004 for KPI-6.5.1).
MANIFESTO = Path(__file__).resolve().parent / "data" / "manifesto-2021-2025.yaml"


class PlanFileError(ValueError):
    """The plan file is not one this loader understands; the message says where."""


def read_plan_file(path):
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlanFileError(f"Cannot read {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise PlanFileError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PlanFileError(f"{path} does not describe a plan (expected a mapping at the top).")
    return data


def load_plan_file(path, apps=global_apps):
    return load_plan(read_plan_file(path), apps=apps)


def load_plan(data, apps=global_apps):
    """Create or update the plan described by `data` (a parsed plan file). Returns a Counter
    of outcomes per kind of row, e.g. {("activity", "created"): 88, ...}."""
    loader = _Loader(apps)
    with transaction.atomic():
        loader.load(data)
    return loader.outcomes


def _get(item, key, where, kind=str, required=True, default=None):
    if key not in item or item[key] is None:
        if required:
            raise PlanFileError(f"{where}: {key} is missing.")
        return default
    value = item[key]
    if kind is str:
        if not isinstance(value, str | int):
            raise PlanFileError(f"{where}: {key} should be text, not {value!r}.")
        return str(value).strip()
    if kind is datetime.date:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            raise PlanFileError(f"{where}: {key} should be a date (YYYY-MM-DD), not {value!r}.")
        return value
    if kind is Decimal:
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or isinstance(value, bool):
            raise PlanFileError(f"{where}: {key} should be a number, not {value!r}.")
        return number
    if not isinstance(value, kind):
        raise PlanFileError(f"{where}: {key} should be a {kind.__name__}, not {value!r}.")
    return value


def _choice(model, field, item, key, where, default):
    value = _get(item, key, where, required=False, default=default)
    allowed = [choice for choice, _label in model._meta.get_field(field).choices]
    if value not in allowed:
        raise PlanFileError(f"{where}: {key} {value!r} is not one of {', '.join(allowed)}.")
    return value


class _Loader:
    def __init__(self, apps):
        self.model = {
            name: apps.get_model(app, name)
            for app, name in [
                ("results", "Plan"),
                ("results", "Goal"),
                ("results", "Strategy"),
                ("results", "Activity"),
                ("results", "SecretariatUnit"),
                ("results", "Indicator"),
                ("results", "Target"),
                ("results", "Dimension"),
                ("results", "Category"),
                ("results", "Value"),
                ("core", "SDG"),
                ("core", "CoreArea"),
                ("governance", "Body"),
            ]
        }
        self.outcomes = Counter()

    def upsert(self, name, lookup, fields, m2m=None, reason=None):
        """Create, update in place or leave alone the row matching `lookup`."""
        model = self.model[name]
        row = model.objects.filter(**lookup).first()
        if row is None:
            row = model(**lookup, **fields)
            outcome = "created"
        else:
            changed = {key: v for key, v in fields.items() if getattr(row, key) != v}
            for key, value in changed.items():
                setattr(row, key, value)
            outcome = "updated" if changed else "unchanged"
        if outcome != "unchanged":
            row._change_reason = reason
            # An approved value is locked against edits; reloading its source is not one.
            getattr(row, "save_unlocked", row.save)()
        for field, targets in (m2m or {}).items():
            manager = getattr(row, field)
            if set(manager.values_list("pk", flat=True)) != {target.pk for target in targets}:
                manager.set(targets)
                outcome = "created" if outcome == "created" else "updated"
        self.outcomes[(name.lower(), outcome)] += 1
        return row

    def load(self, data):
        where = "plan"
        plan = self.upsert(
            "Plan",
            {"slug": _get(data, "slug", where)},
            {
                "title": _get(data, "title", where),
                "starts_on": _get(data, "start", where, datetime.date),
                "ends_on": _get(data, "end", where, datetime.date),
                "description": _get(data, "description", where, required=False, default=""),
            },
        )
        if plan.ends_on <= plan.starts_on:
            raise PlanFileError("plan: end should come after start.")
        for index, unit in enumerate(_get(data, "units", where, list, required=False, default=[])):
            at = f"units[{index}]"
            self.upsert(
                "SecretariatUnit",
                {"slug": _get(unit, "slug", at)},
                {"name": _get(unit, "name", at)},
            )
        self.strategies, self.activities = {}, {}
        position = 0
        for g, goal_data in enumerate(_get(data, "goals", where, list)):
            at = f"goals[{g}]"
            goal = self.upsert(
                "Goal",
                {"plan": plan, "code": _get(goal_data, "code", at)},
                self._texts(goal_data, at, position=g + 1),
            )
            for s, strategy_data in enumerate(_get(goal_data, "strategies", at, list)):
                at_s = f"{at}.strategies[{s}]"
                position += 1
                strategy = self.upsert(
                    "Strategy",
                    {"goal": goal, "code": _get(strategy_data, "code", at_s)},
                    self._texts(strategy_data, at_s, position=position),
                )
                self._remember(self.strategies, strategy, at_s)
                activities = _get(strategy_data, "activities", at_s, list, required=False)
                for a, activity_data in enumerate(activities or []):
                    position += 1
                    self.load_activity(strategy, activity_data, f"{at_s}.activities[{a}]", position)
        for index, indicator_data in enumerate(
            _get(data, "indicators", where, list, required=False, default=[])
        ):
            self.load_indicator(plan, indicator_data, f"indicators[{index}]", index + 1)

    def _texts(self, item, where, position):
        return {
            "title": _get(item, "title", where),
            "text": _get(item, "text", where, required=False, default=""),
            "position": position,
        }

    def _remember(self, codes, row, where):
        if row.code in codes:
            raise PlanFileError(f"{where}: code {row.code} is used twice in the plan.")
        codes[row.code] = row

    def _find(self, name, item, key, where, *, field):
        wanted = [str(code) for code in _get(item, key, where, list, required=False, default=[])]
        rows = self.model[name].objects.filter(**{f"{field}__in": wanted})
        found = {str(getattr(row, field)): row for row in rows}
        missing = [code for code in wanted if code not in found]
        if missing:
            raise PlanFileError(f"{where}: no {name} {', '.join(missing)}.")
        return [found[code] for code in wanted]

    def _one(self, name, field, item, key, where):
        code = _get(item, key, where, required=False)
        if code is None:
            return None
        row = self.model[name].objects.filter(**{field: code}).first()
        if row is None:
            raise PlanFileError(f"{where}: no {name} with {field} {code}.")
        return row

    def load_activity(self, strategy, item, where, position):
        body = self._one("Body", "slug", item, "body", where)
        unit = self._one("SecretariatUnit", "slug", item, "unit", where)
        activity = self.upsert(
            "Activity",
            {"strategy": strategy, "code": _get(item, "code", where)},
            {
                **self._texts(item, where, position),
                "body_id": body.pk if body else None,
                "unit_id": unit.pk if unit else None,
            },
            m2m={
                "sdgs": self._find("SDG", item, "sdgs", where, field="number"),
                "core_areas": self._find("CoreArea", item, "core_areas", where, field="slug"),
            },
        )
        self._remember(self.activities, activity, where)

    def _codes(self, item, key, known, where):
        codes = [str(code) for code in _get(item, key, where, list, required=False, default=[])]
        missing = [code for code in codes if code not in known]
        if missing:
            raise PlanFileError(f"{where}: {key} {', '.join(missing)} not in the plan.")
        return [known[code] for code in codes]

    def load_indicator(self, plan, item, where, position):
        Indicator = self.model["Indicator"]
        baseline = _get(item, "baseline", where, dict, required=False, default={})
        unit = _choice(Indicator, "unit", item, "unit", where, default=None)
        fields = {
            "name": _get(item, "name", where),
            "definition": _get(item, "definition", where, required=False, default=""),
            "unit": unit,
            "currency": _get(item, "currency", where, required=False, default=""),
            "direction": _choice(Indicator, "direction", item, "direction", where, "higher"),
            "is_cumulative": _get(item, "cumulative", where, bool, required=False, default=False),
            "frequency": _choice(Indicator, "frequency", item, "frequency", where, "annual"),
            "source": _choice(Indicator, "source", item, "source", where, "manual"),
            "measure": _get(item, "measure", where, required=False, default=""),
            "measure_params": _get(item, "params", where, dict, required=False, default={}),
            "baseline_value": _get(baseline, "value", f"{where}.baseline", Decimal, False),
            "baseline_date": _get(baseline, "date", f"{where}.baseline", datetime.date, False),
            "target_value": _get(item, "target", where, Decimal, required=False),
            "sdg_indicator": _get(item, "sdg_indicator", where, required=False, default=""),
            "is_public": _get(item, "public", where, bool, required=False, default=False),
            "position": position,
        }
        if (unit == "money") != bool(fields["currency"]):
            raise PlanFileError(f"{where}: money needs a currency, and only money has one.")
        if (fields["baseline_value"] is None) != (fields["baseline_date"] is None):
            raise PlanFileError(f"{where}: baseline needs both value and date.")
        if (fields["source"] == "computed") != bool(fields["measure"]):
            raise PlanFileError(f"{where}: a computed indicator, and only one, has a measure.")
        indicator = self.upsert(
            "Indicator",
            {"plan": plan, "code": _get(item, "code", where)},
            fields,
            m2m={
                "strategies": self._codes(item, "strategies", self.strategies, where),
                "activities": self._codes(item, "activities", self.activities, where),
            },
            reason="Loaded from the plan file",
        )
        for index, target in enumerate(_get(item, "targets", where, list, False, default=[])):
            at = f"{where}.targets[{index}]"
            self.upsert(
                "Target",
                {"indicator": indicator, "period_end": _get(target, "date", at, datetime.date)},
                {
                    "number": _get(target, "value", at, Decimal),
                    "note": _get(target, "note", at, required=False, default=""),
                },
                reason="Loaded from the plan file",
            )
        for d, dimension_data in enumerate(_get(item, "dimensions", where, list, False, [])):
            at = f"{where}.dimensions[{d}]"
            dimension = self.upsert(
                "Dimension",
                {"indicator": indicator, "code": _get(dimension_data, "code", at)},
                {"name": _get(dimension_data, "name", at), "position": d + 1},
            )
            for c, category in enumerate(_get(dimension_data, "categories", at, list)):
                at_c = f"{at}.categories[{c}]"
                self.upsert(
                    "Category",
                    {"dimension": dimension, "code": _get(category, "code", at_c)},
                    {"name": _get(category, "name", at_c), "position": c + 1},
                )
        for index, entry in enumerate(_get(item, "history", where, list, False, default=[])):
            at = f"{where}.history[{index}]"
            start = _get(entry, "start", at, datetime.date)
            end = _get(entry, "end", at, datetime.date)
            if end < start:
                raise PlanFileError(f"{at}: end should not come before start.")
            self.upsert(
                "Value",
                {"indicator": indicator, "period_end": end},
                {
                    "period_start": start,
                    "number": _get(entry, "value", at, Decimal, required=False),
                    "narrative": _get(entry, "narrative", at, required=False, default=""),
                    "source": _get(entry, "source", at, required=False, default=""),
                    "origin": "recorded",
                    "status": "approved",
                },
                reason="Loaded from the plan file",
            )
