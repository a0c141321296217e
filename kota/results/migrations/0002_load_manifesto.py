"""Loads the Manifesto 2021-2025 (kota/results/data/manifesto-2021-2025.yaml) and its
indicators with the same function as `manage.py load_plan`, so the plan exists after migrate.
Idempotent: rerunning updates rows in place.

The loader runs here on the models as they stand at this migration: if it later learns to fill
a field added by a later migration, freeze a copy of today's loader into this file first."""

from pathlib import Path

from django.db import migrations

from kota.results.loading import load_plan_file

MANIFESTO = Path(__file__).resolve().parent.parent / "data" / "manifesto-2021-2025.yaml"


def load(apps, schema_editor):
    load_plan_file(MANIFESTO, apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0001_initial"),
        ("core", "0002_load_taxonomies"),
        ("governance", "0001_initial"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
