"""Loads countries (pycountry, with UN M49 sub-regions), the 17 SDGs, the five core areas and
the languages members write in. Idempotent: rerunning updates rows in place."""

from django.db import migrations

from kota.core.taxonomy_data import load_taxonomies


def load(apps, schema_editor):
    load_taxonomies(apps)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
