"""On SQLite, the top lists of the search index's common words keep each match's weighted
count of the word and length (kota.lib.search.backends), so that a one-word search ranks the
matches in memory without reading the index: rebuilt here with them. PostgreSQL's lists do not
change. Going back leaves the columns as they are (earlier code ignores them); coming forward
again rebuilds the lists."""

from django.db import migrations

from kota.lib.search import SearchIndex

INDEX = SearchIndex("knowledge_search", ["title", "summary", "body"], weights=[10.0, 4.0, 1.0])


def build(apps, schema_editor):
    backend = INDEX.backend(schema_editor.connection)
    if schema_editor.connection.vendor == "sqlite":
        backend.add_match_counts()
        backend.build_top_lists(min_documents=1000, size=100)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0008_search_top_list_match_ids")]

    operations = [migrations.RunPython(build, migrations.RunPython.noop, elidable=False)]
