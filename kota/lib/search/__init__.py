"""Full-text search for every language Kota's members write in: one analyzer
(kota.lib.search.analyzer), highlighting built on it (highlight), and an index kept in SQLite
FTS5 or PostgreSQL (backends), chosen by the database in use."""

from kota.lib.search.analyzer import analyze, query_tokens
from kota.lib.search.backends import SearchIndex
from kota.lib.search.highlight import excerpt, highlight, snippet

__all__ = ["SearchIndex", "analyze", "excerpt", "highlight", "query_tokens", "snippet"]
