"""The output schemas of the results API: explicit, so the public JSON cannot drift when a
model changes."""

import datetime
from decimal import Decimal

from ninja import Field, Schema

from kota.api.schemas import choices_enum
from kota.results.forecast import ProgressStatus
from kota.results.models import Indicator, Value

IndicatorUnit = choices_enum("IndicatorUnit", Indicator.Unit)
IndicatorDirection = choices_enum("IndicatorDirection", Indicator.Direction)
IndicatorFrequency = choices_enum("IndicatorFrequency", Indicator.Frequency)
IndicatorSource = choices_enum("IndicatorSource", Indicator.Source)
ProgressStatusOut = choices_enum("ProgressStatus", ProgressStatus)
ValueStatus = choices_enum("ValueStatus", Value.Status)
ValueOrigin = choices_enum("ValueOrigin", Value.Origin)


class PlanOut(Schema):
    slug: str
    title: str
    starts_on: datetime.date
    ends_on: datetime.date
    url: str = Field(..., description="the plan's dashboard")


class ActivityOut(Schema):
    code: str
    title: str
    text: str


class StrategyOut(Schema):
    code: str
    title: str
    text: str
    activities: list[ActivityOut]


class GoalOut(Schema):
    code: str
    title: str
    text: str
    strategies: list[StrategyOut]


class PlanTreeOut(PlanOut):
    description: str
    goals: list[GoalOut]


class PointOut(Schema):
    day: datetime.date
    number: Decimal


class ProgressOut(Schema):
    latest: PointOut | None = Field(
        None, description="the latest counted value (a running total when cumulative)"
    )
    start: PointOut | None = Field(None, description="where progress is measured from")
    percent: Decimal | None = Field(None, description="of the way from the start to the target")
    expected: Decimal | None = Field(None, description="expected by today on the planned path")
    projection: Decimal | None = Field(None, description="projected at the plan's end")
    status: ProgressStatusOut


class IndicatorOut(Schema):
    code: str
    name: str
    unit: IndicatorUnit
    currency: str
    direction: IndicatorDirection
    frequency: IndicatorFrequency
    source: IndicatorSource
    is_cumulative: bool
    is_public: bool
    sdg_indicator: str
    baseline_value: Decimal | None
    baseline_date: datetime.date | None
    target_value: Decimal | None
    goals: list[str]
    strategies: list[str]
    activities: list[str]
    progress: ProgressOut
    live_value: Decimal | None = Field(
        None, description="computed indicators: the current period so far, live"
    )
    url: str


class CategoryOut(Schema):
    code: str
    name: str


class DimensionOut(Schema):
    code: str
    name: str
    categories: list[CategoryOut]


class TargetOut(Schema):
    period_end: datetime.date
    number: Decimal
    note: str


class CellOut(Schema):
    key: str = Field(..., description='e.g. "age=15-24;sex=female"')
    categories: dict[str, str] = Field(..., description="dimension code: category code")
    number: Decimal


class ValueOut(Schema):
    period: str
    period_start: datetime.date
    period_end: datetime.date
    status: ValueStatus
    origin: ValueOrigin
    number: Decimal | None
    narrative: str
    source: str
    cells: list[CellOut]


class IndicatorDetailOut(IndicatorOut):
    definition: str
    dimensions: list[DimensionOut]
    targets: list[TargetOut]
    values: list[ValueOut]
