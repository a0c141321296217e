"""On PostgreSQL, the search index keeps each item's document in its row instead of in TOAST
(kota.lib.search.backends.PostgresBackend.keep_documents_inline), and moves the documents it
holds. Nothing changes on SQLite."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def keep_inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        INDEX.backend(schema_editor.connection).keep_documents_inline(rewrite=True)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0004_derived_search_data")]

    operations = [migrations.RunPython(keep_inline, migrations.RunPython.noop, elidable=False)]
