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

A one-word query of a common word (found in TOP_MIN_DOCUMENTS documents or more) ranks only
that word's top list, not its thousands of matches: the TOP_SIZE best documents when the lists
were built (build_top_lists), plus every document written since (see TopMatches, which says
when the list alone is enough and when every match must be ranked after all). The word's
matches are not looked up either: the build keeps their ids with the list (one compressed
value, see encode_ids), and a read takes out those of the documents rewritten or deleted
since (the table *_top_stale) and adds the ones listed since, which hold the word. On SQLite,
the list also keeps every match's weighted count of the word and length (encode_counts), from
which bm25() is computed in memory to the bit: a read of a listed word does not touch FTS5,
and when the list cannot tell a filtered page's best, the matches the filters keep are ranked
in memory, merging runs of matches stored in score order (TopMatches.best_of_every: the 20
best of the 723 good practices among 垃圾's 1,924 matches in 0.20 ms, against 0.74-0.95 for
scoring every kept match and 1.65 for FTS5 ranking them, large demo network).

Queries are built from tokens only, never from what a user typed: each token is quoted, tokens
are AND-ed (or OR-ed for "similar" lookups), and the whole string is one bound parameter.
"""

import heapq
import math
import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate

from django.db import connection as default_connection
from django.db import transaction

from kota.lib.search.analyzer import is_character

WEIGHT_LETTERS = ("A", "B", "C", "D")
# A word's top list keeps the TOP_SIZE best documents (five pages of 20), for the words found
# in at least TOP_MIN_DOCUMENTS documents: ranking fewer matches costs little anyway.
TOP_SIZE = 100
TOP_MIN_DOCUMENTS = 1000


def weight_letter(column):
    """The weight of an index's `column`th column: A, B, C, then D for the rest."""
    return WEIGHT_LETTERS[min(column, 3)]


def encode_ids(ids):
    """`ids` (integers) as one compressed value: the differences between them in ascending
    order, as 64-bit integers, compressed with zlib (the 3,200 matches of a word among 95,050
    items take 4.8 KB instead of 25.6 KB)."""
    ordered = sorted(ids)
    differences = array("q", (b - a for a, b in zip([0, *ordered], ordered, strict=False)))
    return _compressed(differences)


def decode_ids(value):
    """The ids of encode_ids()'s `value`, ascending."""
    return list(accumulate(_array("q", zlib.decompress(value))))


def encode_counts(counts):
    """`counts`, the (weighted count, length) of each of a word's matches (in the order of
    their ids), as one compressed value, in the order in which a merge ranks them (see
    TopMatches.best_of_every): by weighted count, highest first, and within the matches of
    one weighted count (a run) by length, shortest first, then the highest id first. Stored:
    the number of runs, the runs' sizes, their weighted counts, then, match by match in that
    order, its place among the ids (32-bit unsigned integers), and its length (the rest are
    64-bit integers, and floats for the counts)."""
    counts = list(counts)
    match_weights = [weight for weight, _length in counts]
    match_lengths = [length for _weight, length in counts]
    # Two stable sorts by keys read in C (a key tuple made in Python for each of 21 million
    # matches took most of a build): the highest id first, then by length, then by weight.
    order = sorted(range(len(counts) - 1, -1, -1), key=match_lengths.__getitem__)
    order.sort(key=match_weights.__getitem__, reverse=True)
    sizes, weights = array("q"), array("d")
    for n in order:
        weight = match_weights[n]
        if weights and weights[-1] == weight:
            sizes[-1] += 1
        else:
            sizes.append(1)
            weights.append(weight)
    places = array("I", order)
    lengths = array("q", map(match_lengths.__getitem__, order))
    return _compressed(array("q", [len(sizes)]), sizes, weights, places, lengths)


def decode_counts(value):
    """(sizes, weights, places, lengths), arrays, of encode_counts()'s `value`: each run's
    size and weighted count, then each match's place among the ids and length, in order."""
    data = zlib.decompress(value)
    parts, at = [], 8
    runs = _array("q", data[:at])[0]
    for code, size in (("q", runs), ("d", runs)):
        parts.append(_array(code, data[at : at + 8 * size]))
        at += 8 * size
    matches = (len(data) - at) // 12
    parts.append(_array("I", data[at : at + 4 * matches]))
    parts.append(_array("q", data[at + 4 * matches :]))
    return tuple(parts)


def _compressed(*parts):
    """`parts`, arrays, stored little-endian one after the other, compressed with zlib."""
    if sys.byteorder == "big":
        for part in parts:
            part.byteswap()
    return zlib.compress(b"".join(part.tobytes() for part in parts), 1)


def _array(code, data):
    """The array of typecode `code` stored little-endian in the bytes `data`."""
    values = array(code)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


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


@dataclass
class TopMatches:
    """A one-word query's matches, read with the word's top list (TOP_SIZE best documents when
    the lists were built, and every document written since).

    - `ids`: every match, unordered (for the count and the facets);
    - `ranked`: the listed matches, best first (every match when the word has no list, which
      is then `complete`);
    - `above_the_rest(position)`: whether the listed match at `position` in `ranked` ranks
      above every match that is not listed;
    - `best_of_every(keep, stop)`: the first `stop` matches that `keep` keeps, best first,
      ranked among every match in memory, when the list keeps every match's score (SQLite;
      None on PostgreSQL, where best() returning None leaves the ranking to the database).

    A match that is not listed was not among the best when the lists were built and has not
    been written since, so it ranks below the list's threshold (on SQLite, whose bm25 depends on
    every document, below a bound that moves with the average document length)."""

    ids: list
    ranked: list
    above_the_rest: object = None
    complete: bool = False
    best_of_every: object = None

    def best(self, keep, stop):
        """The first `stop` matches that `keep` keeps, best first, or None when the list cannot
        tell them: every match must then be ranked."""
        kept = []
        if stop <= 0:
            return kept
        for position, pk in enumerate(self.ranked):
            if keep(pk):
                kept.append(pk)
                if len(kept) == stop:
                    return kept if self.complete or self.above_the_rest(position) else None
        return kept if self.complete else None


class _Backend:
    def __init__(self, index, connection):
        self.index = index
        self.table = index.table
        self.top_table = f"{index.table}_top"
        self.top_lexemes_table = f"{index.table}_top_lexemes"
        self.stale_table = f"{index.table}_top_stale"
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
        if not rows:
            return
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def delete(self, ids):
        """Remove the documents `ids`, and mark them stale when the top lists keep their words'
        match ids (build_top_lists): those ids no longer answer for them."""
        ids = list(ids)
        if not ids:
            return
        with transaction.atomic(using=self.connection.alias):
            self._lock_top_lists(exclusive=False)
            for n in range(0, len(ids), 500):
                chunk = ids[n : n + 500]
                marks = ", ".join(["%s"] * len(chunk))
                self._execute(f"DELETE FROM {self.table} WHERE rowid IN ({marks})", chunk)
                self._execute(f"DELETE FROM {self.top_table} WHERE document_id IN ({marks})", chunk)
            self._many(self._stale_sql(), [[pk] for pk in ids])

    def clear(self):
        self._execute(f"DELETE FROM {self.table}")
        self._execute(f"DELETE FROM {self.top_table}")
        self._execute(f"DELETE FROM {self.top_lexemes_table}")
        self._execute(f"DELETE FROM {self.stale_table}")

    def insert(self, documents):
        """Write `documents` whose ids are not in the index (after clear())."""
        self._insert(documents)
        self._join_top_lists(documents)

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
            self._join_top_lists(documents)

    def ids(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {self.table}")
            return {row[0] for row in cursor.fetchall()}

    # Top lists ---------------------------------------------------------------------------

    def _join_top_lists(self, documents):
        """Put each of `documents` (just written) on the top list of every listed word it
        holds, whatever its score: every document not on a list is then one that was ranked
        when the list was built, and ranked below its threshold."""
        with transaction.atomic(using=self.connection.alias):
            self._lock_top_lists(exclusive=False)
            with self.connection.cursor() as cursor:
                cursor.execute(f"SELECT lexeme FROM {self.top_lexemes_table}")
                listed = {row[0] for row in cursor.fetchall()}
            if not listed:
                return
            rows = []
            for doc_id, texts in documents:
                columns = [text.split() for text in texts]
                held = set().union(*columns) & listed
                rows += self._listed_rows(doc_id, columns, sorted(held))
            self._many(self._join_sql(), rows)

    def _listed_rows(self, doc_id, columns, lexemes):
        """The rows (_join_sql's parameters) of document `doc_id`, whose columns' tokens are
        `columns`, on the lists of `lexemes`."""
        return [[lexeme, doc_id] for lexeme in lexemes]

    def clear_top_lists(self):
        """Empty the top lists: every word is then ranked by the index itself, until the next
        build_top_lists()."""
        self._execute(f"DELETE FROM {self.top_table}")
        self._execute(f"DELETE FROM {self.top_lexemes_table}")
        self._execute(f"DELETE FROM {self.stale_table}")

    def drop_top_lists(self):
        self._execute(f"DROP TABLE IF EXISTS {self.top_table}")
        self._execute(f"DROP TABLE IF EXISTS {self.top_lexemes_table}")
        self._execute(f"DROP TABLE IF EXISTS {self.stale_table}")

    def create_stale_table(self):
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.stale_table} (document_id bigint PRIMARY KEY)"
        )

    def add_match_ids(self):
        """Give top lists built before their words' match ids were kept (a migration's step)
        the column that keeps them, and the table of stale documents; build_top_lists() fills
        them."""
        self.create_stale_table()
        with self.connection.cursor() as cursor:
            columns = self.connection.introspection.get_table_description(
                cursor, self.top_lexemes_table
            )
        if "ids" not in {column.name for column in columns}:
            self._execute(f"ALTER TABLE {self.top_lexemes_table} ADD COLUMN ids {self.BLOB}")

    def _lock_top_lists(self, exclusive):
        """Keep writers (shared) and a build of the lists (exclusive) apart, until the end of
        the transaction. On SQLite one writer at a time holds the whole database already."""

    def build_top_lists(self, min_documents=None, size=None, progress=None):
        """Build the top list of every word found in `min_documents` (TOP_MIN_DOCUMENTS)
        documents or more: its `size` (TOP_SIZE) best documents, the score of the next one,
        its threshold, and the ids of all its matches. In one transaction, which writers of
        documents wait for;
        `progress(done, total)` is called every 500 words. Returns how many words have a
        list."""
        min_documents = min_documents or TOP_MIN_DOCUMENTS
        size = size or TOP_SIZE
        with transaction.atomic(using=self.connection.alias):
            self._lock_top_lists(exclusive=True)
            self.clear_top_lists()
            lexemes = self._frequent_lexemes(min_documents)
            statistics = self._statistics() if lexemes else None
            members, headers = [], []
            for done, (lexeme, documents) in enumerate(lexemes, start=1):
                rows, counts = self._ranked_list(lexeme, size + 1, statistics)
                members += [self._member_row(lexeme, rowid, counts) for rowid, _ in rows[:size]]
                threshold = rows[size] if len(rows) > size else None
                header = self._top_header(lexeme, documents, threshold, statistics)
                # A list that holds every match needs no ids: its rows are the matches.
                if threshold is None:
                    header += [None] * (1 + (counts is not None))
                elif counts is None:
                    header.append(encode_ids(self.matching_ids([lexeme])))
                else:
                    matches = sorted(counts)
                    header += [encode_ids(matches), encode_counts(map(counts.get, matches))]
                headers.append(header)
                if len(members) >= 10000:
                    self._many(self._join_sql(), members)
                    members = []
                if progress and (done % 500 == 0 or done == len(lexemes)):
                    progress(done, len(lexemes))
            self._many(self._join_sql(), members)
            self._many(self._header_sql(), headers)
        return len(lexemes)

    def _statistics(self):
        """What every list's threshold depends on beside its own documents (see _top_header):
        read once a build."""
        return None

    def _ranked_list(self, lexeme, limit, statistics):
        """(rows, counts): the `limit` best documents holding `lexeme`, best first, as (id,
        score) rows, and {id: (weighted count of `lexeme`, length)} of every document holding
        it when the lists keep them (SQLite), else None."""
        return self._scored(lexeme, limit), None

    def _member_row(self, lexeme, rowid, counts):
        """The top list's row of the listed document `rowid` (_join_sql's parameters)."""
        return [lexeme, rowid]

    def top_matches(self, token):
        """TopMatches of the one-word query `token`, from one read of the index."""
        raise NotImplementedError

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

    def best_among(self, tokens, ids, limit):
        """The ids of the `limit` best documents among `ids` holding every token, best first
        (ties: highest id first), as ranked_all() orders them."""
        raise NotImplementedError


class SQLiteBackend(_Backend):
    RANKS_ALL_AT_ONCE = False
    BLOB = "BLOB"

    # bm25()'s constants in FTS5 (ext/fts5/fts5_aux.c), which a top list's bound depends on.
    BM25_K1 = 1.2
    BM25_B = 0.75
    # A listed match ranks above the rest when its saturation is above their bound by more
    # than this share (the two are computed in a different order from bm25's own scores).
    MARGIN = 1e-9

    def create(self):
        columns = ", ".join(self.index.columns)
        self._execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5({columns}, "
            "tokenize = 'ascii')"
        )
        self.create_top_lists()

    def create_top_lists(self):
        """A word's threshold is the text "saturation average-length" (see top_matches), or
        NULL when every match was listed; `ids`, its matches' (encode_ids), and `counts`,
        their weighted counts of the word and lengths (encode_counts, in the order in which
        a search merges them), NULL then too. A listed document's row keeps its own
        (`weight`, `length`)."""
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.top_table} (lexeme TEXT NOT NULL, "
            "document_id INTEGER NOT NULL, weight REAL, length INTEGER, "
            "PRIMARY KEY (lexeme, document_id)) WITHOUT ROWID"
        )
        self._execute(
            f"CREATE INDEX IF NOT EXISTS {self.top_table}_document ON {self.top_table} "
            "(document_id)"
        )
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.top_lexemes_table} "
            "(lexeme TEXT PRIMARY KEY, threshold TEXT, ids BLOB, counts BLOB) WITHOUT ROWID"
        )
        self.create_stale_table()

    def add_match_counts(self):
        """Give top lists built before they kept their matches' counts (a migration's step)
        the columns that keep them; build_top_lists() fills them."""
        for table, added in (
            (self.top_table, ["weight REAL", "length INTEGER"]),
            (self.top_lexemes_table, ["counts BLOB"]),
        ):
            with self.connection.cursor() as cursor:
                columns = self.connection.introspection.get_table_description(cursor, table)
            present = {column.name for column in columns}
            for column in added:
                if column.split()[0] not in present:
                    self._execute(f"ALTER TABLE {table} ADD COLUMN {column}")

    def drop(self):
        self._execute(f"DROP TABLE IF EXISTS {self.table}")
        self.drop_top_lists()

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
        sql = (
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s "
            f"ORDER BY {self._bm25()}, rowid DESC LIMIT %s"
        )
        return self._ids(sql, [self.expression(tokens), limit])

    def _bm25(self):
        weights = ", ".join(str(float(w)) for w in self.index.weights)
        return f"bm25({self.table}, {weights})"

    # Top lists. bm25() of one word is -idf * (k1 + 1) * s, where the idf is the same for
    # every match and s, its saturation, is f / (f + k1 * (1 - b + b * length / average)):
    # f the word's weighted count in the document, length the document's, average the mean
    # length of all documents. A list's threshold is the saturation of the first document
    # left out and the average length, when it was built. As the average moves from a0 to a1,
    # the saturation of a document s0 becomes at most 1 / (1 + min(1, a0 / a1) * (1 / s0 - 1)),
    # which bounds every unlisted document's.
    #
    # The lists keep f and the length of every match (a document written since keeps its own
    # in its row on the list), so that a read ranks a listed word's matches in memory with
    # bm25()'s own arithmetic (_scorer), to the same bits, without reading the index.

    def _join_sql(self):
        return (
            f"INSERT OR IGNORE INTO {self.top_table} (lexeme, document_id, weight, length) "
            "VALUES (%s, %s, %s, %s)"
        )

    def _header_sql(self):
        return (
            f"INSERT INTO {self.top_lexemes_table} (lexeme, threshold, ids, counts) "
            "VALUES (%s, %s, %s, %s)"
        )

    def _stale_sql(self):
        return (
            f"INSERT OR IGNORE INTO {self.stale_table} (document_id) SELECT %s "
            f"WHERE EXISTS (SELECT 1 FROM {self.top_lexemes_table} WHERE ids IS NOT NULL)"
        )

    def _listed_rows(self, doc_id, columns, lexemes):
        """A document's weighted count of each word is counted as FTS5 counts it (its
        tokenizer splits our text exactly where str.split() does)."""
        counted = [Counter(tokens) for tokens in columns]
        length = sum(map(len, columns))
        return [
            [lexeme, doc_id, self._weighted_count([c[lexeme] for c in counted]), length]
            for lexeme in lexemes
        ]

    def _weighted_count(self, counts):
        """f of a document holding a word `counts[c]` times in column c: bm25() adds the
        column's weight once an occurrence, in column order (the same sum to the bit)."""
        weight = 0.0
        for column_weight, count in zip(self.index.weights, counts, strict=False):
            for _ in range(count):
                weight += column_weight
        return weight

    def _member_row(self, lexeme, rowid, counts):
        return [lexeme, rowid, *counts[rowid]]

    def _frequent_lexemes(self, min_documents):
        vocabulary = f"temp.{self.table}_vocabulary"
        self._execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocabulary} "
            f"USING fts5vocab(main, {self.table}, row)"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, doc FROM {vocabulary} WHERE doc >= %s ORDER BY term",
                [min_documents],
            )
            return cursor.fetchall()

    def _scored(self, lexeme, limit):
        sql = (
            f"SELECT rowid, {self._bm25()} FROM {self.table} WHERE {self.table} MATCH %s "
            f"ORDER BY {self._bm25()}, rowid DESC LIMIT %s"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [self.expression([lexeme]), limit])
            return cursor.fetchall()

    def _statistics(self):
        """(rows, average length, {id: length}) of the whole index, from FTS5's averages
        record and its record of each document's length in each column."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT block FROM {self.table}_data WHERE id = 1")
            rows, average = _averages(cursor.fetchone()[0])
            cursor.execute(f"SELECT id, sz FROM {self.table}_docsize")
            lengths = {pk: sum(_varints(sizes)) for pk, sizes in cursor.fetchall()}
        return rows, average, lengths

    def _ranked_list(self, lexeme, limit, statistics):
        rows = self._scored(lexeme, -1)  # every match (LIMIT -1: no limit)
        return rows[:limit], self._match_counts(lexeme, rows, statistics)

    def _match_counts(self, lexeme, scored, statistics):
        """{id: (weighted count, length)} of every match of `lexeme`, from `scored`, their
        (id, bm25() score) rows. bm25() grows with the weighted count, which is a whole number
        when the weights are: each is read back from the score and the length, rounded, and
        kept if it gives the same score to the bit. Any other is counted from FTS5's own
        record of each occurrence (an fts5vocab table of instances: 42 ms for the 3,200
        matches of "flood" in the large demo network, where reading their ids takes 2.7)."""
        rows, average, lengths = statistics
        k1, b = self.BM25_K1, self.BM25_B
        idf = self._idf(rows, len(scored))
        k1_plus_1, one_minus_b = k1 + 1.0, 1 - b
        counts, unread = {}, []
        for pk, bm25 in scored:  # _scorer's arithmetic, inlined: 21 million matches a build
            length = lengths[pk]
            k = k1 * (one_minus_b + b * length / average)
            r = -bm25 / idf  # f * (k1 + 1) / (f + k)
            weight = float(round(r * k / (k1_plus_1 - r)))
            if -1.0 * (0.0 + idf * ((weight * k1_plus_1) / (weight + k))) == bm25:
                counts[pk] = (weight, length)
            else:
                unread.append(pk)
        if unread:
            self._execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{self.table}_instances "
                f"USING fts5vocab(main, {self.table}, instance)"
            )
            position = {column: n for n, column in enumerate(self.index.columns)}
            found = {}
            with self.connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT doc, col, count(*) FROM temp.{self.table}_instances "
                    "WHERE term = %s GROUP BY doc, col",
                    [lexeme],
                )
                for doc, column, n in cursor.fetchall():
                    found.setdefault(doc, [0] * len(position))[position[column]] = n
            for pk in unread:
                counts[pk] = (self._weighted_count(found[pk]), lengths[pk])
        return counts

    def _top_header(self, lexeme, documents, threshold, statistics):
        if threshold is None:
            return [lexeme, None]
        rows, average, _lengths = statistics
        saturation = self._saturation(threshold[1], rows, documents)
        return [lexeme, f"{saturation!r} {average!r}"]

    def _saturation(self, score, rows, documents):
        """s of a bm25() `score` of one word found in `documents` of `rows` (see above)."""
        return -score / self._idf(rows, documents) / (self.BM25_K1 + 1)

    @staticmethod
    def _idf(rows, documents):
        """bm25()'s idf of a word found in `documents` of `rows`."""
        idf = math.log((rows - documents + 0.5) / (documents + 0.5))
        return idf if idf > 0.0 else 1e-6

    def _scorer(self, rows, average, documents):
        """The bm25() of one word found in `documents` of `rows` whose average length is
        `average`, as a function of a document's (weighted count, length): FTS5's arithmetic
        (fts5Bm25Function in ext/fts5/fts5_aux.c), step by step, for the same bits."""
        k1, b = self.BM25_K1, self.BM25_B
        idf = self._idf(rows, documents)

        def score(weight, length):
            return -1.0 * (
                0.0 + idf * ((weight * (k1 + 1.0)) / (weight + k1 * (1 - b + b * length / average)))
            )

        return score

    def top_matches(self, token):
        """One read: when the word has a list, the header ("threshold hex-of-FTS5's-averages",
        the match ids and their counts), the listed documents with their counts, and the stale
        documents when the list keeps its match ids; else every match with its score. The
        averages are FTS5's record of the number of rows and the tokens of each column. A
        listed word's matches are ranked in memory: the index itself is read only for a word
        without a list (the condition of that part does not depend on its rows, so SQLite
        tests it once, before reading any)."""
        lists = f"SELECT 1 FROM {self.top_lexemes_table} WHERE lexeme = %s"
        sql = (
            f"SELECT 'h', NULL, coalesce(threshold, '') || ' ' || "
            f"hex((SELECT block FROM {self.table}_data WHERE id = 1)), ids, counts "
            f"FROM {self.top_lexemes_table} WHERE lexeme = %s "
            "UNION ALL "
            f"SELECT 'l', document_id, weight, length, NULL FROM {self.top_table} "
            "WHERE lexeme = %s "
            "UNION ALL "
            f"SELECT 's', document_id, NULL, NULL, NULL FROM {self.stale_table} "
            f"WHERE EXISTS ({lists} AND ids IS NOT NULL) "
            "UNION ALL "
            f"SELECT 'm', rowid, {self._bm25()}, NULL, NULL FROM {self.table} "
            f"WHERE {self.table} MATCH %s AND NOT EXISTS ({lists})"
        )
        params = [token, token, token, self.expression([token]), token]
        header, listed, stale, scored = None, [], set(), []
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            for kind, rowid, first, second, third in cursor.fetchall():
                if kind == "h":
                    header = (first, second, third)
                elif kind == "l":
                    listed.append((rowid, first, second))
                elif kind == "s":
                    stale.add(rowid)
                else:
                    scored.append((first, -rowid))
        if header is None:  # no list: every match, scored by the index
            scored.sort()
            ranked = [-negative for _score, negative in scored]
            return TopMatches(ranked, ranked, complete=True)
        text, ids_value, counts_value = header
        threshold, _space, averages = text.rpartition(" ")
        rows_now, average_now = _averages(bytes.fromhex(averages))
        if ids_value is None:  # every match is listed
            ids = [pk for pk, _weight, _length in listed]
        else:
            built = decode_ids(ids_value)
            ids, added = _current_matches(built, stale, [pk for pk, *_ in listed])
        score = self._scorer(rows_now, average_now, len(ids))
        order = sorted(
            (score(weight, length), -pk, weight, length) for pk, weight, length in listed
        )
        ranked = [-negative for _score, negative, _weight, _length in order]
        if not threshold or ids_value is None:  # no list, or every match was listed
            return TopMatches(ids, ranked, complete=True)
        listed_saturation, listed_average = map(float, threshold.split(" "))
        k1, b = self.BM25_K1, self.BM25_B
        if listed_saturation > 0:
            share = min(1, listed_average / average_now)
            bound = (1 + self.MARGIN) / (1 + share * (1 / listed_saturation - 1))
        else:  # the first item left out did not hold the word in a weighted column
            bound = 0.0

        def above_the_rest(position):
            _score, _negative, weight, length = order[position]
            return weight / (weight + k1 * (1 - b + b * length / average_now)) > bound

        added = set(added)  # listed since the build: their counts are their rows'

        def best_of_every(keep, stop):
            """Every match ranked in memory, merged run by run (encode_counts): within a run
            of one weighted count, a shorter match ranks higher whatever the average length
            (each step of bm25()'s arithmetic keeps the lengths' order, and lengths a token
            apart stay far apart after rounding), and matches of equal length score the
            same, the highest id first, as in the index's order. So only each run's next kept
            match is scored, not every match (the 20 best of the 723 good practices among
            垃圾's 1,924 matches: 0.20 ms, against 0.74-0.95 for scoring every kept match,
            measured in turn, large demo network)."""
            sizes, weights, places, lengths = decode_counts(counts_value)
            ends = list(accumulate(sizes))

            def head(run, start):
                """The heap entry of the first match from `start` in `run` that `keep` keeps."""
                for at in range(start, ends[run]):
                    pk = built[places[at]]
                    if keep(pk) and pk not in stale:
                        return (score(weights[run], lengths[at]), -pk, run, at)
                return None

            heap = [head(run, ends[run] - size) for run, size in enumerate(sizes)]
            heap = [entry for entry in heap if entry is not None]
            heap += [(score(w, n), -pk, -1, 0) for pk, w, n in listed if pk in added and keep(pk)]
            heapq.heapify(heap)
            best = []
            while heap and len(best) < stop:
                _score, negative, run, at = heap[0]
                best.append(-negative)
                following = head(run, at + 1) if run >= 0 else None  # -1: listed since
                if following is None:
                    heapq.heappop(heap)
                else:
                    heapq.heapreplace(heap, following)
            return best

        return TopMatches(ids, ranked, above_the_rest, best_of_every=best_of_every)


def _current_matches(built, stale, listed):
    """(ids, added) of a word whose list kept the ids `built` (ascending) of its matches:
    every match now, `built` but the `stale` documents' and the `listed` ones added since
    (new documents, or rewritten ones still holding the word)."""
    ids = [pk for pk in built if pk not in stale] if stale else built
    added = []
    for pk in listed:
        at = bisect_left(built, pk)
        if pk in stale or at == len(built) or built[at] != pk:
            added.append(pk)
    return (ids + added if added else ids), added


def _read_top_matches(rows, lower_is_better):
    """(header, ids, scored) of the rows of a top_matches() read, (kind, id, score, ...):
    kind "h" the header, whose columns from the score on are returned (None without one);
    "m" a match, scored or not; "s" a stale document. `ids` are every match's: those of
    the "m" rows, or, when the header has its list's match ids (its last column), those
    ids but the stale documents', and the listed ones ("m"). `scored`: (key, -id) of each
    scored match, sorted: best first, ties highest id first."""
    header, matches, stale, scored = None, [], set(), []
    for kind, rowid, score, *rest in rows:
        if kind == "h":
            header = (score, *rest)
        elif kind == "s":
            stale.add(rowid)
        else:
            matches.append(rowid)
            if score is not None:
                scored.append((score if lower_is_better else -score, -rowid))
    scored.sort()
    listed_ids = header[-1] if header else None
    if listed_ids is None:
        return header, matches, scored
    ids, _added = _current_matches(decode_ids(listed_ids), stale, matches)
    return header, ids, scored


def _averages(block):
    """(rows, average length in tokens) from FTS5's averages record: SQLite varints, the
    number of rows and then the number of tokens of each column."""
    numbers = _varints(block)
    rows = numbers[0]
    return rows, (sum(numbers[1:]) / rows if rows else 0.0)


def _varints(block):
    """The numbers of `block`, SQLite varints (as FTS5 writes the lengths it keeps, below
    2**56 each)."""
    numbers, value = [], 0
    for byte in block:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            numbers.append(value)
            value = 0
    return numbers


class PostgresBackend(_Backend):
    RANKS_ALL_AT_ONCE = True
    MAX_POSITION = 16383  # PostgreSQL keeps positions up to this
    MAX_POSITIONS_PER_LEXEME = 255
    RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B, A
    # best_among() reads each document by its id (about three times a row's cost in
    # ranked_all(): 723 of 垃圾's 1,924 matches in 3.0 ms against 2.5 for all of them).
    RANK_AMONG_SHARE = 1 / 3
    BLOB = "bytea"

    def create(self):
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.table} "
            "(rowid bigint PRIMARY KEY, document tsvector NOT NULL)"
        )
        self._execute(
            f"CREATE INDEX IF NOT EXISTS {self.table}_document ON {self.table} USING gin (document)"
        )
        self.keep_documents_inline()
        self.create_top_lists()

    def create_top_lists(self):
        """A word's threshold is the score and the id of the first document left out of its
        list, both NULL when every match was listed (and `ids`, its matches' ids, see
        encode_ids). ts_rank() of one word depends on the document alone, so a document not
        written since ranks where it did."""
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.top_table} (lexeme text NOT NULL, "
            "document_id bigint NOT NULL, PRIMARY KEY (lexeme, document_id))"
        )
        self._execute(
            f"CREATE INDEX IF NOT EXISTS {self.top_table}_document ON {self.top_table} "
            "(document_id)"
        )
        self._execute(
            f"CREATE TABLE IF NOT EXISTS {self.top_lexemes_table} "
            "(lexeme text PRIMARY KEY, threshold real, threshold_id bigint, ids bytea)"
        )
        self.create_stale_table()

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
        self.drop_top_lists()

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
        return [row[0] for row in self._rows(sql, params)]

    def _rows(self, sql, params):
        """The rows of `sql`, the index table read through its GIN index. The
        planner, which does not count the cost of reading each document out of TOAST, would
        otherwise scan the whole table for a common word (300 ms instead of 8 ms for 7,000
        matches in 95,000). The SET, the query and the RESET go in one round trip (Django's
        cursor binds parameters on the client, which allows several statements); if the
        query fails, the rollback of its transaction (outside one, the statements' own)
        undoes the SET."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"SET enable_seqscan = off; {sql}; RESET enable_seqscan", params)
            cursor.nextset()
            return cursor.fetchall()

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

    def best_among(self, tokens, ids, limit):
        """The ids of the `limit` best documents among `ids` holding every token, best first
        (ties: highest id first), as ranked_all() orders them."""
        expression = self.expression(tokens)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE rowid = ANY(%s) AND document @@ %s::tsquery "
            f"ORDER BY ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery) DESC, rowid DESC "
            "LIMIT %s"
        )
        return self._ids(sql, [list(ids), expression, expression, limit])

    def best_ids(self, tokens, limit):
        expression = self.expression(tokens)
        sql = (
            f"SELECT rowid FROM {self.table} WHERE document @@ %s::tsquery "
            f"ORDER BY ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery) DESC, rowid DESC "
            "LIMIT %s"
        )
        return self._ids(sql, [expression, expression, limit])

    # Top lists

    def _join_sql(self):
        return (
            f"INSERT INTO {self.top_table} (lexeme, document_id) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING"
        )

    def _header_sql(self):
        return (
            f"INSERT INTO {self.top_lexemes_table} (lexeme, threshold, threshold_id, ids) "
            "VALUES (%s, %s, %s, %s)"
        )

    def _stale_sql(self):
        return (
            f"INSERT INTO {self.stale_table} (document_id) SELECT %s WHERE EXISTS "
            f"(SELECT FROM {self.top_lexemes_table} WHERE ids IS NOT NULL) "
            "ON CONFLICT DO NOTHING"
        )

    def _lock_top_lists(self, exclusive):
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        self._execute(f"SELECT {function}(hashtext(%s))", [self.top_table])

    def _frequent_lexemes(self, min_documents):
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, ndoc FROM ts_stat(%s) WHERE ndoc >= %s ORDER BY word",
                [f"SELECT document FROM {self.table}", min_documents],
            )
            return cursor.fetchall()

    def _scored(self, lexeme, limit):
        expression = self.expression([lexeme])
        sql = (
            f"SELECT rowid, ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery) AS score "
            f"FROM {self.table} WHERE document @@ %s::tsquery "
            "ORDER BY score DESC, rowid DESC LIMIT %s"
        )
        return self._rows(sql, [expression, expression, limit])

    def _top_header(self, lexeme, documents, threshold, statistics):
        rowid, score = threshold if threshold is not None else (None, None)
        return [lexeme, score, rowid]

    def top_matches(self, token):
        """One read (see _read_top_matches): the header (threshold, its id, the match ids)
        when the word has a list, and its listed matches with their scores and the stale
        documents when the list keeps its match ids; else every match, with its score when
        it is listed or the word has no list. The parts that do not apply are not run (their
        condition does not depend on the rows, so PostgreSQL tests it once, first)."""
        expression = self.expression([token])
        has_ids = (
            f"EXISTS (SELECT FROM {self.top_lexemes_table} WHERE lexeme = %s AND ids IS NOT NULL)"
        )
        listed = f"SELECT document_id FROM {self.top_table} WHERE lexeme = %s"
        rank = f"ts_rank('{self.RANK_WEIGHTS}', document, %s::tsquery)"
        sql = (
            "SELECT 'h', NULL::bigint, threshold, threshold_id, ids "
            f"FROM {self.top_lexemes_table} WHERE lexeme = %s "
            "UNION ALL "
            f"SELECT 'm', rowid, {rank}, NULL, NULL FROM {self.table} "
            f"WHERE rowid IN ({listed}) AND document @@ %s::tsquery AND {has_ids} "
            "UNION ALL "
            f"SELECT 's', document_id, NULL, NULL, NULL FROM {self.stale_table} WHERE {has_ids} "
            "UNION ALL "
            f"SELECT 'm', rowid, CASE WHEN rowid IN ({listed}) OR NOT EXISTS (SELECT FROM "
            f"{self.top_lexemes_table} WHERE lexeme = %s) THEN {rank} END, NULL, NULL "
            f"FROM {self.table} WHERE document @@ %s::tsquery AND NOT {has_ids}"
        )
        params = [token, expression, token, expression, token, token, token]
        params += [token, expression, expression, token]
        rows = self._rows(sql, params)
        header, ids, scored = _read_top_matches(rows, lower_is_better=False)
        ranked = [-negative for _score, negative in scored]
        if header is None or header[0] is None:  # no list, or every match was listed
            return TopMatches(ids, ranked, complete=True)
        threshold = (-header[0], -header[1])

        def above_the_rest(position):
            return scored[position] < threshold

        return TopMatches(ids, ranked, above_the_rest)


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
