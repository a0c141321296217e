"""On SQLite, the top lists of the search index's common words keep their matches' weighted
counts and lengths in the order in which a search merges them (kota.lib.search.backends,
encode_counts): rebuilt here in that order. PostgreSQL's lists do not change. Going back
empties SQLite's lists, which earlier code cannot read (its searches then rank with the index
itself): `manage.py refresh_search_top_lists` builds them again in its own order."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def build(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        INDEX.backend(schema_editor.connection).build_top_lists(min_documents=1000, size=100)


def empty(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        INDEX.backend(schema_editor.connection).clear_top_lists()


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0009_search_top_list_match_counts")]

    operations = [migrations.RunPython(build, empty, elidable=False)]
