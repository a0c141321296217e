"""Work plans, budgets and spending move to the `workplans` app (its 0001 takes them over).
Their tables keep their names, so nothing changes in the database: Django's state forgets the
models here, those that point at others first."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0004_load_collection_rate"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name=name)
                for name in (
                    "HistoricalSpending",
                    "Spending",
                    "HistoricalWorkPlanItem",
                    "WorkPlanItem",
                    "HistoricalWorkPlanDecision",
                    "WorkPlanDecision",
                    "HistoricalWorkPlan",
                    "WorkPlan",
                    "FundingSource",
                )
            ],
            database_operations=[],
        ),
    ]
