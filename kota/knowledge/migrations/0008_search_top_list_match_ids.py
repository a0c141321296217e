"""The top lists of the search index's common words keep the ids of each word's matches
(kota.lib.search.backends), so that a one-word search does not look them up in the index:
rebuilt here with them (50 s on SQLite and 2.6 min on PostgreSQL for 95,050 items; nothing
to build for a few thousand). Going back drops the ids; searches then look the matches up, as
before."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def build(apps, schema_editor):
    backend = INDEX.backend(schema_editor.connection)
    backend.add_match_ids()
    backend.build_top_lists(min_documents=1000, size=100)


def drop(apps, schema_editor):
    backend = INDEX.backend(schema_editor.connection)
    schema_editor.execute(f"UPDATE {backend.top_lexemes_table} SET ids = NULL")
    schema_editor.execute(f"DROP TABLE IF EXISTS {backend.stale_table}")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0007_search_top_lists")]

    operations = [migrations.RunPython(build, drop, elidable=False)]
