"""The full-text index beside the items table: an FTS5 virtual table on SQLite, a table with a
tsvector column and a GIN index on PostgreSQL (kota.lib.search.backends). Kept by Kota, not by
the ORM; `manage.py rebuild_search_index` fills it again at any time."""

from django.db import migrations

from kota.lib.search import SearchIndex

# Frozen here so that later changes to kota.knowledge.indexing do not rewrite history.
INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def create(apps, schema_editor):
    INDEX.backend(schema_editor.connection).create()


def drop(apps, schema_editor):
    INDEX.backend(schema_editor.connection).drop()


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
