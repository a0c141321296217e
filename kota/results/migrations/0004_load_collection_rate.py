"""Loads the Manifesto file again so that databases migrated before it declared the membership
fee collection rate (KPI-6.5.1) get that indicator. Same loader as 0002 (idempotent: rows already
there are left alone, so a new database, which got the indicator from 0002, writes nothing)."""

from pathlib import Path

from django.db import migrations

from kota.results.loading import load_plan_file

MANIFESTO = Path(__file__).resolve().parent.parent / "data" / "manifesto-2021-2025.yaml"


def load(apps, schema_editor):
    load_plan_file(MANIFESTO, apps=apps)


class Migration(migrations.Migration):
    dependencies = [("results", "0003_workplans_budgets_lessons")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
