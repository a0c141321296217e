"""On PostgreSQL, the documents already in the search index lose the positions of the
characters of Chinese, Thai and other unspaced scripts in their body column, as new ones are
written now (kota.lib.search.backends.PostgresBackend.vector): most of them then fit in their
row. Nothing changes on SQLite. Going back leaves the documents as they are:
`manage.py rebuild_search_index` writes them again.

Every row is written anew: until `VACUUM FULL knowledge_search` (15 s for 95,050 items) the
table takes about twice its space (558 MB became 1,091 MB, then 522 MB after it)."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def rewrite(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        INDEX.backend(schema_editor.connection).drop_last_column_character_positions()


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0005_search_documents_inline")]

    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop, elidable=False)]
