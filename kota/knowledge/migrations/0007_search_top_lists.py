"""The top lists of the search index's common words (kota.lib.search.backends): each word
found in 1,000 published items or more keeps its 100 best items, so that a one-word search
ranks those instead of every match. Built here for the items already indexed (about 20 s on
SQLite and 3 min on PostgreSQL for 95,000 items; nothing to build for a few thousand). Going
back drops them; searches then rank every match, as before."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def build(apps, schema_editor):
    backend = INDEX.backend(schema_editor.connection)
    backend.create_top_lists()
    backend.build_top_lists(min_documents=1000, size=100)


def drop(apps, schema_editor):
    INDEX.backend(schema_editor.connection).drop_top_lists()


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0006_search_documents_without_body_character_positions")]

    operations = [migrations.RunPython(build, drop, elidable=False)]
