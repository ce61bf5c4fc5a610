"""The search index: each profile's folded words by field, built on the first search.

`list` and `salary` never need words, so the profile index (`kariyer.store.index`) does
not fold text; the first `search` over a data directory reads the profiles' files once
and puts their folded fields (`kariyer.store.postings.field_texts`) into an SQLite FTS5
table in the same cache file. Later searches read only what changed.

The FTS5 table is contentless (it stores the word index, not the text: a few MB for
20.000 profiles). A contentless table cannot forget one row, so a removed or changed
profile's row is only disowned (``search_docs`` no longer lists it) and ignored on
lookup; when disowned rows outnumber the live ones the table is rebuilt.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer.errors import ProfileError
from kariyer.store.parallel import stored_in_batches
from kariyer.store.postings import FIELDS, field_texts

if TYPE_CHECKING:
    from kariyer.store.files import ProfileFile
    from kariyer.store.parallel import Progress

BATCH = 500
AUTOMERGE = 16  # FTS5 merges a level's segments when it has this many (default 4)

_SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
    {", ".join(FIELDS)}, content='', detail=column, tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_terms USING fts5vocab(search_text, 'row');
CREATE VIRTUAL TABLE IF NOT EXISTS search_hits USING fts5vocab(search_text, 'instance');
CREATE TABLE IF NOT EXISTS search_docs (file_id INTEGER PRIMARY KEY);
-- the words, as a plain table: reading fts5vocab's every term costs ≈ 7 µs a word
CREATE TABLE IF NOT EXISTS search_words (term TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def forget(db: sqlite3.Connection, file_ids: Sequence[int]) -> None:
    """Disown the search rows of removed or changed profiles (inside the caller's
    transaction); nothing to do before the first search."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_docs' AND type = 'table'"
    ).fetchone()
    if exists is None:
        return
    db.executemany("DELETE FROM search_docs WHERE file_id = ?", [(i,) for i in file_ids])
    db.execute(
        "INSERT INTO meta VALUES ('search_stale', ?) ON CONFLICT (key) DO UPDATE SET "
        "value = CAST(value AS INTEGER) + excluded.value",
        (len(file_ids),),
    )


class TextIndex:
    """`domain.search.Postings` over the FTS5 table, filled on first use."""

    def __init__(
        self, db: sqlite3.Connection, active: Mapping[str, ProfileFile], progress: Progress | None
    ) -> None:
        self._db = db
        self._active = active  # this run's profile files, by slug
        with db:
            fresh = (
                db.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_text'").fetchone()
                is None
            )
            db.executescript(_SCHEMA)
            if fresh:  # merge segments less often: a cold build of every section is ¼ faster
                db.execute(
                    f"INSERT INTO search_text (search_text, rank) VALUES ('automerge', {AUTOMERGE})"
                )
        self._rebuild_if_stale()
        if self._fill(progress) or self._words_missing():
            with db:  # the words of every row, disowned ones too (they find no live hits)
                db.execute("DELETE FROM search_words")
                db.execute("INSERT INTO search_words SELECT term FROM search_terms")
        self._slugs: dict[int, str] | None = None

    def _words_missing(self) -> bool:
        no_words = self._db.execute("SELECT 1 FROM search_words LIMIT 1").fetchone() is None
        has_docs = self._db.execute("SELECT 1 FROM search_docs LIMIT 1").fetchone() is not None
        return no_words and has_docs

    def _rebuild_if_stale(self) -> None:
        stale = self._db.execute("SELECT value FROM meta WHERE key = 'search_stale'").fetchone()
        live = self._db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        if stale is None or int(stale[0]) <= max(live, 100):
            return
        with self._db:
            self._db.execute("INSERT INTO search_text (search_text) VALUES ('delete-all')")
            self._db.execute("DELETE FROM search_docs")
            self._db.execute("DELETE FROM meta WHERE key = 'search_stale'")

    def _fill(self, progress: Progress | None) -> bool:
        """Index the words of every active profile that is not in yet (none, when warm);
        whether there were any."""
        todo = [
            (file_id, self._active[slug].location, digest, slug)
            for file_id, digest, slug in self._db.execute(
                "SELECT files.id, files.digest, profiles.slug FROM profiles "
                "JOIN files ON files.id = profiles.file_id "
                "WHERE profiles.file_id NOT IN (SELECT file_id FROM search_docs)"
            )
            if slug in self._active
        ]
        if not todo:
            return False
        slugs = {file_id: slug for file_id, _path, _digest, slug in todo}
        stored_in_batches(
            _texts([(file_id, path, digest) for file_id, path, digest, _slug in todo]),
            total=len(todo),
            store=self._store,
            batch=BATCH,
            progress=progress,
            label="Arama dizini hazırlanıyor",
            describe=lambda row: slugs.get(int(str(row[0])), ""),
        )
        return True

    def _store(self, rows: list[tuple[object, ...]]) -> None:
        with self._db:
            self._db.executemany(
                f"INSERT INTO search_text (rowid, {', '.join(FIELDS)}) "
                f"VALUES (?{', ?' * len(FIELDS)})",
                rows,
            )
            self._db.executemany("INSERT INTO search_docs VALUES (?)", [(row[0],) for row in rows])

    def vocabulary(self) -> Iterable[str]:
        return [term for (term,) in self._db.execute("SELECT term FROM search_words")]

    def lookup(self, words: Sequence[str]) -> Iterator[tuple[str, str, str]]:
        """(slug, field, word) for each live profile with the word in a field."""
        if self._slugs is None:  # live rows only: a disowned row has no slug here
            self._slugs = {
                file_id: slug
                for file_id, slug in self._db.execute(
                    "SELECT profiles.file_id, profiles.slug FROM profiles "
                    "JOIN search_docs ON search_docs.file_id = profiles.file_id"
                )
                if slug in self._active
            }
        slugs = self._slugs
        for word in words:
            for doc, column in self._db.execute(_LOOKUP, (word,)):
                slug = slugs.get(doc)
                if slug is not None:
                    yield slug, column, word


_LOOKUP = "SELECT DISTINCT doc, col FROM search_hits WHERE term = ?"


def _texts(todo: Sequence[tuple[int, str, str]]) -> Generator[tuple[object, ...], None, None]:
    """(file id, *folded fields) of each file whose bytes are still those indexed."""
    from kariyer.store.parallel import mapped

    found = mapped(_text_row, todo)
    try:
        yield from (row for row in found if row is not None)
    finally:
        found.close()


def _text_row(item: tuple[int, str, str]) -> tuple[object, ...] | None:
    """One file's folded fields, or None when it is gone or changed since the scan (the
    next run's sync indexes it again)."""
    from kariyer.store.files import parse_json, read_json_bytes

    file_id, path, digest = item
    try:
        raw = read_json_bytes(Path(path))
    except ProfileError:
        return None
    if hashlib.sha256(raw).hexdigest() != digest:
        return None
    data = parse_json(raw, path)
    return (file_id, *field_texts(data)) if isinstance(data, dict) else None
