"""Disaggregation: an indicator's dimensions (sex, age group, country ...) and their
categories. A disaggregated value is entered as the cells of the cross-tab of its indicator's
dimensions, and its total is derived from them (see Value.save()), so parts and total agree."""

import itertools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kota.results.models.common import NUMBER, ValueLocked, history_with_reasons, to_decimal


class Dimension(models.Model):
    """A way an indicator's values are broken down (sex, age group, country ...)."""

    indicator = models.ForeignKey(
        "results.Indicator", on_delete=models.CASCADE, related_name="dimensions"
    )
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("dimension")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "code"], name="results_dimension_code_in_indicator"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        indicator = self.indicator
        if indicator.is_qualitative:
            raise ValidationError(
                _("Only an indicator with numbers is broken down into categories.")
            )


class Category(models.Model):
    dimension = models.ForeignKey(Dimension, on_delete=models.CASCADE, related_name="categories")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "code"], name="results_category_code_in_dimension"
            )
        ]

    def __str__(self):
        return self.name


class Cell(models.Model):
    """One cell of a disaggregated value: the number for one combination of categories, keyed
    "age=15-24;sex=female" (dimension codes sorted)."""

    value = models.ForeignKey("results.Value", on_delete=models.CASCADE, related_name="cells")
    key = models.CharField(_("categories"), max_length=255)
    number = models.DecimalField(_("value"), **NUMBER)

    history = history_with_reasons()

    class Meta:
        ordering = ["key"]
        verbose_name = _("cell")
        constraints = [
            models.UniqueConstraint(fields=["value", "key"], name="results_cell_one_per_key")
        ]

    def __str__(self):
        return f"{self.key}: {self.number}"

    def save(self, *args, **kwargs):
        if self.value.is_locked and not self.value._unlocked:
            raise ValueLocked(_("The cells of a submitted or approved value are locked."))
        super().save(*args, **kwargs)

    @property
    def coordinates(self):
        return parse_cell_key(self.key)


def cell_key(coordinates):
    """The canonical key of a cell: "age=15-24;sex=female" (dimension codes sorted)."""
    return ";".join(
        f"{dimension}={category}" for dimension, category in sorted(coordinates.items())
    )


def parse_cell_key(key):
    return dict(part.split("=", 1) for part in key.split(";"))


def cell_keys(dimensions):
    """Every combination of the categories of `dimensions`, as canonical cell keys."""
    if not dimensions:
        return []
    axes = [
        [(dimension.code, category.code) for category in dimension.categories.all()]
        for dimension in dimensions
    ]
    return [cell_key(dict(combination)) for combination in itertools.product(*axes)]


def read_cells(dimensions, cells):
    """{canonical key: Decimal} from `cells`, a mapping whose keys are tuples of category
    codes in the order of the dimensions (a bare code when there is one dimension) or
    {dimension code: category code} dicts given as pairs. Raises ValidationError for an
    unknown category, a repeated or missing combination, or a number that is not one.

    A missing combination is an error, never taken as 0: an unreported cell is unknown, not
    zero, and a total that silently skips it would understate. Enter 0 explicitly."""
    known = {d.code: {c.code for c in d.categories.all()} for d in dimensions}
    names = {d.code: d.name for d in dimensions}
    items = cells.items() if hasattr(cells, "items") else cells
    read, errors = {}, []
    for coordinates, number in items:
        if isinstance(coordinates, dict):
            given = dict(coordinates)
        else:
            codes = (coordinates,) if isinstance(coordinates, str) else tuple(coordinates)
            if len(codes) != len(dimensions):
                errors.append(
                    _("%(cell)s: give one category for each of %(dimensions)s.")
                    % {"cell": codes, "dimensions": ", ".join(names.values())}
                )
                continue
            given = {d.code: code for d, code in zip(dimensions, codes, strict=True)}
        if set(given) != set(known):
            errors.append(
                _("%(cell)s: give one category for each of %(dimensions)s.")
                % {"cell": given, "dimensions": ", ".join(names.values())}
            )
            continue
        unknown = [
            _("%(category)s is not a category of %(dimension)s.")
            % {"category": code, "dimension": names[dimension]}
            for dimension, code in given.items()
            if code not in known[dimension]
        ]
        if unknown:
            errors.extend(unknown)
            continue
        key = cell_key(given)
        if key in read:
            errors.append(_("%(cell)s is given twice.") % {"cell": key})
            continue
        try:
            read[key] = to_decimal(number)
        except ValidationError as error:
            errors.extend(error.messages)
    missing = [key for key in cell_keys(dimensions) if key not in read]
    if missing and not errors:
        errors.append(
            _("Missing combinations (enter 0 where there is none): %(keys)s")
            % {"keys": "; ".join(missing)}
        )
    if errors:
        raise ValidationError(errors)
    return read


def cell_labels(dimensions):
    """{canonical key: "Female · 15-24"} for every combination of `dimensions`' categories,
    named in the order of the dimensions."""
    names = {d.code: {c.code: c.name for c in d.categories.all()} for d in dimensions}
    order = [d.code for d in dimensions]
    labels = {}
    for key in cell_keys(dimensions):
        coordinates = parse_cell_key(key)
        labels[key] = " · ".join(names[code][coordinates[code]] for code in order)
    return labels
