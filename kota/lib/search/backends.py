"""One full-text index, two databases. The index is a table Kota keeps beside a model's table,
one row per document keyed by the document's id (`rowid`), with weighted columns. Text reaches
it already analysed (kota.lib.search.analyzer), so neither database tokenises anything itself:

- SQLite: an FTS5 virtual table with the `ascii` tokenizer, which only splits on ASCII spaces and
  punctuation; our tokens have none, so FTS5 indexes exactly our tokens. Ranked with bm25() and a
  weight per column.
- PostgreSQL: a table (rowid, document tsvector) with a GIN index. The tsvector is written as a
  literal of our tokens with their positions and weights (A, B, C by column), and queries as
  tsquery literals of quoted lexemes: the equivalent of the 'simple' configuration with our
  analyzer as the parser, independent of the server's locale. Ranked with ts_rank().

A search counts and filters the ids of a query's matches in memory (kota.knowledge.snapshot),
so that no list of ids goes back to the database. How a ranked page reads the index differs,
as each database's costs do (RANKS_ALL_AT_ONCE):

- SQLite: the matches' ids alone (matching_ids) come straight from FTS5's lists, five times
  faster than ranking them; without filters, the page's ids come from a second read that
  ranks them and keeps only as many as the page needs (best_ids).
- PostgreSQL: finding the matches is most of the cost of ranking them (their rows are read
  either way), so one read ranks them all (ranked_all) and serves both.

Queries are built from tokens only, never from what a user typed: each token is quoted, tokens
are AND-ed (or OR-ed for "similar" lookups), and the whole string is one bound parameter.
"""

from contextlib import contextmanager

from django.db import connection as default_connection

from kota.lib.search.analyzer import is_character

WEIGHT_LETTERS = ("A", "B", "C", "D")


def weight_letter(column):
    """The weight of an index's `column`th column: A, B, C, then D for the rest."""
    return WEIGHT_LETTERS[min(column, 3)]


def _ids_sql(queryset):
    """(sql, params) selecting the primary keys of `queryset`, unordered."""
    return queryset.order_by().values_list("pk", flat=True).query.sql_with_params()


class SearchIndex:
    """A named index with ordered columns; the first column weighs most."""

    def __init__(self, table, columns, weights):
        self.table = table
        self.columns = tuple(columns)
        self.weights = tuple(weights)  # bm25 weight of each column (SQLite)

    def backend(self, connection=None):
        connection = connection or default_connection
        cls = PostgresBackend if connection.vendor == "postgresql" else SQLiteBackend
        return cls(self, connection)


class _Backend:
    def __init__(self, index, connection):
        self.index = index
        self.table = index.table
        self.connection = connection

    def _execute(self, sql, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)

    def _ids(self, sql, params):
        """The first column of `sql`'s rows: ids read from the index."""
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def matching_ids(self, tokens):
        """The ids of the documents that hold every token."""
        return self._ids(*self.match_sql(tokens))

    def _many(self, sql, rows):
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def delete(self, ids):
        ids = list(ids)
        for n in range(0, len(ids), 500):
            chunk = ids[n : n + 500]
            marks = ", ".join(["%s"] * len(chunk))
            self._execute(f"DELETE FROM {self.table} WHERE rowid IN ({marks})", chunk)

    def clear(self):
        self._execute(f"DELETE FROM {self.table}")

    def insert(self, documents):
        """Write `documents` whose ids are not in the index (after clear())."""
        self._insert(documents)

    @contextmanager
    def bulk(self):
        """Around loading a whole index in one transaction."""
        yield

    def replace(self, documents):
        """Write `documents`, a list of (id, [analysed text of each column]), replacing any row
        the ids had."""
        self.delete([doc_id for doc_id, _columns in documents])
        if documents:
            self._insert(documents)

    def ids(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {self.table}")
            return {row[0] for row in cursor.fetchall()}

    def match_sql(self, tokens, any_token=False):
        """(sql, params) of a subquery selecting the ids of documents matching `tokens`."""
        raise NotImplementedError

    def ranked_ids(self, tokens, within, limit, offset=0, any_token=False):
        """Ids of documents matching `tokens` and in `within` (a queryset of ids), best first."""
        raise NotImplementedError

    def best_ids(self, tokens, limit):
        """The ids of the `limit` best documents holding every token, best first (ties:
        highest id first), the same as the start of ranked_all()."""
        raise NotImplementedError

    def ranked_all(self, tokens):
        """Ids of every document holding every token, best first (ties: highest id first),
        from one read of the index."""
        raise NotImplementedError


class SQLiteBackend(_Backend):
    RANKS_ALL_AT_ONCE = False

    def create(self):
        columns = ", ".join(self.index.columns)
        self._execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5({columns}, "
            "tokenize = 'ascii')"
        )

    def drop(self):
        self._execute(f"DROP TABLE IF EXISTS {self.table}")

    def _insert(self, documents):
        columns = ", ".join(self.index.columns)
        marks = ", ".join(["%s"] * (len(self.index.columns) + 1))
        self._many(
            f"INSERT INTO {self.table} (rowid, {columns}) VALUES ({marks})",
            [[doc_id, *texts] for doc_id, texts in documents],
        )

    @staticmethod
    def expression(tokens, any_token=False):
        operator = " OR " if any_token else " AND "
        return operator.join(f'"{token}"' for token in tokens)

    def match_sql(self, tokens, any_token=False):
        sql = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"
        return sql, [self.expression(tokens, any_token)]

    def ranked_ids(self, tokens, within, limit, offset=0, any_token=False):
        within_sql, within_params = _ids_sql(within)
        weights = ", ".join(str(float(w)) for w in self.index.weights)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s "
            # The unary + keeps SQLite from handing the IN list to FTS5, which would run the
            # full-text query once per id (minutes on 100,000 items instead of milliseconds).
            f"AND +rowid IN ({within_sql}) "
            f"ORDER BY bm25({self.table}, {weights}), rowid DESC LIMIT %s OFFSET %s"
        )
        params = [self.expression(tokens, any_token), *within_params, limit, offset]
        return self._ids(sql, params)

    def ranked_all(self, tokens):
        return self.best_ids(tokens, limit=-1)  # LIMIT -1: no limit

    def best_ids(self, tokens, limit):
        weights = ", ".join(str(float(w)) for w in self.index.weights)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s "
            f"ORDER BY bm25({self.table}, {weights}), rowid DESC LIMIT %s"
        )
        return self._ids(sql, [self.expression(tokens), limit])


class PostgresBackend(_Backend):
    RANKS_ALL_AT_ONCE = True
    MAX_POSITION = 16383  # PostgreSQL keeps positions up to this
    MAX_POSITIONS_PER_LEXEME = 255
    RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B, A

    def create(self):
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.table} "
            "(rowid bigint PRIMARY KEY, document tsvector NOT NULL)"
        )
        self._execute(
            f"CREATE INDEX IF NOT EXISTS {self.table}_document ON {self.table} USING gin (document)"
        )
        self.keep_documents_inline()

    def keep_documents_inline(self, rewrite=False):
        """Keep each document in its table row (up to a page, 8 KB), not out of line in TOAST:
        ranking reads every match's document, and ranking the 3,219 matches of a common word
        among 95,050 items took 21 ms with the documents in TOAST, 6-9 ms with them in their
        rows. Longer documents (many in Chinese or Thai, with a unigram and a bigram per
        character) still go to TOAST. `rewrite` moves the documents already stored."""
        self._execute(f"ALTER TABLE {self.table} SET (toast_tuple_target = 8160)")
        self._execute(f"ALTER TABLE {self.table} ALTER COLUMN document SET STORAGE MAIN")
        if rewrite:
            # A new value (not the same one) is stored by the new rules.
            self._execute(f"UPDATE {self.table} SET document = document || ''::tsvector")

    def drop(self):
        self._execute(f"DROP TABLE IF EXISTS {self.table}")

    @contextmanager
    def bulk(self):
        """Load without the GIN index and build it once at the end: much faster than keeping
        it up to date row by row, but searches wait for the transaction meanwhile."""
        self._execute(f"DROP INDEX IF EXISTS {self.table}_document")
        yield
        self.create()

    @staticmethod
    def quote(token):
        return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"

    def vector(self, texts):
        """The tsvector literal of analysed `texts`, one per column, weighted A, B, C... In the
        last column (the long one: a body), the characters of scripts written without spaces
        (kept as unigrams beside their bigrams, see kota.lib.search.analyzer) are kept without
        their positions: they still match, and a query of one character still ranks them by
        the earlier columns (items that have it in their body only rank alike), but a Chinese
        document is about 14% smaller and most of them fit in their row (of the 1,920 items
        holding 垃圾 among 95,050, those over 8,000 bytes went from 1,283 to 83), so ranking
        does not read them out of TOAST. Queries of two or more characters are made of
        bigrams, whose positions are all kept."""
        positions = {}
        position = 0
        last = len(texts) - 1
        for column, text in enumerate(texts):
            letter = weight_letter(column)
            for token in text.split():
                position = min(position + 1, self.MAX_POSITION)
                kept = positions.setdefault(token, [])
                if column == last > 0 and is_character(token):
                    continue
                if len(kept) < self.MAX_POSITIONS_PER_LEXEME:
                    kept.append(f"{position}{letter}")
        return " ".join(
            f"{self.quote(token)}:{','.join(kept)}" if kept else self.quote(token)
            for token, kept in positions.items()
        )

    def drop_last_column_character_positions(self, batch_size=1000):
        """Rewrite the documents stored before vector() left out the positions of characters
        in the last column (a migration's step): returns how many changed."""
        letter = weight_letter(len(self.index.columns) - 1)
        changed, after = 0, 0
        while True:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT rowid, document::text FROM {self.table} WHERE rowid > %s "
                    "ORDER BY rowid LIMIT %s",
                    [after, batch_size],
                )
                rows = cursor.fetchall()
            if not rows:
                return changed
            updates = []
            for rowid, text in rows:
                rewritten = _without_character_positions(text, letter)
                if rewritten != text:
                    updates.append([rewritten, rowid])
            if updates:
                self._many(
                    f"UPDATE {self.table} SET document = %s::tsvector WHERE rowid = %s", updates
                )
            changed += len(updates)
            after = rows[-1][0]

    def _insert(self, documents):
        self._many(
            f"INSERT INTO {self.table} (rowid, document) VALUES (%s, %s::tsvector)",
            [[doc_id, self.vector(texts)] for doc_id, texts in documents],
        )

    def expression(self, tokens, any_token=False):
        operator = " | " if any_token else " & "
        return operator.join(self.quote(token) for token in tokens)

    def match_sql(self, tokens, any_token=False):
        sql = f"SELECT rowid FROM {self.table} WHERE document @@ %s::tsquery"
        return sql, [self.expression(tokens, any_token)]

    def _ids(self, sql, params):
        """The first column of `sql`'s rows, the index table read through its GIN index. The
        planner, which does not count the cost of reading each document out of TOAST, would
        otherwise scan the whole table for a common word (300 ms instead of 8 ms for 7,000
        matches in 95,000). The SET, the query and the RESET go in one round trip (Django's
        cursor binds parameters on the client, which allows several statements); if the
        query fails, the rollback of its transaction (outside one, the statements' own)
        undoes the SET."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"SET enable_seqscan = off; {sql}; RESET enable_seqscan", params)
            cursor.nextset()
            return [row[0] for row in cursor.fetchall()]

    def ranked_ids(self, tokens, within, limit, offset=0, any_token=False):
        within_sql, within_params = _ids_sql(within)
        expression = self.expression(tokens, any_token)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE document @@ %s::tsquery "
            f"AND rowid IN ({within_sql}) "
            f"ORDER BY ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery) DESC, rowid DESC "
            "LIMIT %s OFFSET %s"
        )
        params = [expression, *within_params, expression, limit, offset]
        return self._ids(sql, params)

    def ranked_all(self, tokens):
        return self.best_ids(tokens, limit=None)  # LIMIT NULL: no limit

    def best_ids(self, tokens, limit):
        expression = self.expression(tokens)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE document @@ %s::tsquery "
            f"ORDER BY ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery) DESC, rowid DESC "
            "LIMIT %s"
        )
        return self._ids(sql, [expression, expression, limit])


def _without_character_positions(text, letter):
    """A tsvector's text (PostgreSQL's output: 'lexeme':1A,2C ...) without the positions
    weighted `letter` of its lexemes that are one character (is_character). Kota's lexemes
    hold only letters, marks and numbers: no quote, space or backslash to unescape. A
    position without a letter is weighted D."""
    entries = []
    for entry in text.split(" "):
        lexeme, _colon, positions = entry.partition(":")
        if positions and is_character(lexeme[1:-1]):
            kept = [
                p for p in positions.split(",") if (p[-1] if p[-1].isalpha() else "D") != letter
            ]
            entry = f"{lexeme}:{','.join(kept)}" if kept else lexeme
        entries.append(entry)
    return " ".join(entries)
