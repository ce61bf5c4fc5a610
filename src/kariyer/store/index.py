"""A cached index of every profile file, so scans stay fast with thousands of profiles.

`list`, `salary`, `search`, `skills` and `match` need a few fields of every profile.
Parsing and validating thousands of JSON files on each run would cost seconds, so the
fields they need are kept in an SQLite file in the user cache directory, one row per
active profile file, keyed by its slug and the file's size, mtime and inode:

* every run stats every file; the files fall into 64 buckets by slug, each with a
  fingerprint of its files and keys (`_listing`). Where a bucket's equals the last
  complete sync's, nothing of it is read; otherwise its files are compared with the
  stored keys and only those added or changed are re-read (removed ones are dropped),
  so it is never stale; a file whose key or path changed but whose bytes did not (same
  SHA-256) is not validated again;
* a build commits in batches: Ctrl-C keeps what was done and the next run goes on from
  there; a crash leaves the index as of the last batch, never half a row;
* an unreadable, corrupt or unwritable cache is set aside and the index is built in
  memory instead: a cache problem costs time, never correctness;
* a cold build of many files reads and validates them on every core
  (`kariyer.store.index_rows`), with a progress display through ``progress``.

Figures are rows of their own (one query for every profile's pay) and skills, the bulk
of a profile, a table apart read only when asked for (`kariyer.store.indexed` reads
them back). The words for `search` are a
separate index built on the first search (`kariyer.store.textindex`), so `list` and
`salary` never fold text. Bad files are indexed too (with their first problem), so they
are reported without being parsed again. `show SLUG` does not use this index.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kariyer import __version__
from kariyer.errors import ProfileError
from kariyer.store.files import ProfileFile, set_aside
from kariyer.store.index_rows import ProfileRows, rows_of_many
from kariyer.store.parallel import Progress, stored_in_batches
from kariyer.store.paths import cache_dir

if TYPE_CHECKING:
    from kariyer.store.indexed import IndexedProfile

INDEX_FORMAT = 10  # 5: figures and skills in tables of their own, digests, search text apart
# 6: each profile's latest year (list reads only that year's figures)
# 7: files by slug (one active file per slug), the listing's fingerprint
# 8: profiles stored in slug order (WITHOUT ROWID)
# 9: files in buckets, a fingerprint per bucket
# 10: every text section searchable (the search index's columns)
BATCH = 500  # files per committed transaction while building
BUCKETS = 64  # groups of files with a fingerprint each (a power of two)

Key = tuple[int, int, int]  # size, mtime_ns, inode

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, digest TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE, problem TEXT, bucket INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS files_bucket ON files (bucket);
-- stored in slug order: a scan reads it front to back, no sort and no index lookups
CREATE TABLE IF NOT EXISTS profiles (
    file_id INTEGER NOT NULL UNIQUE, slug TEXT PRIMARY KEY, title TEXT NOT NULL,
    site TEXT, source TEXT NOT NULL, outlook TEXT, years TEXT NOT NULL, latest INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS figures (
    file_id INTEGER NOT NULL, position INTEGER NOT NULL, year INTEGER NOT NULL,
    kind TEXT NOT NULL, label TEXT NOT NULL, monthly_tl REAL NOT NULL, hourly_tl REAL,
    basis TEXT NOT NULL, extra TEXT, PRIMARY KEY (file_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS skills (file_id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS figures_year ON figures (year);
CREATE INDEX IF NOT EXISTS files_problem ON files (slug) WHERE problem IS NOT NULL;
"""


def _key(location: str) -> Key | None:
    try:
        info = os.stat(location)
    except OSError:
        return None  # a dangling link or a loop: indexed as a problem with key 0
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def bucket_of(slug: str) -> int:
    """Which of the BUCKETS groups a file belongs to (the same in every process)."""
    return zlib.crc32(slug.encode("utf-8", "surrogateescape")) & (BUCKETS - 1)


def _listing(current: dict[str, Key | None]) -> list[str]:
    """A fingerprint per bucket of the files and their keys: where it equals the last
    sync's, nothing changed in that bucket (so one touched file costs one bucket's rows).

    The slugs go through SHA-256; the keys are integers only, whose tuple hash Python
    computes the same way in every process (only str and bytes hashes are salted).
    """
    slugs: list[list[str]] = [[] for _ in range(BUCKETS)]
    keys: list[list[Key]] = [[] for _ in range(BUCKETS)]
    missing = (-1, -1, -1)
    for slug, key in current.items():
        bucket = bucket_of(slug)
        slugs[bucket].append(slug)
        keys[bucket].append(key or missing)
    return [
        hashlib.sha256("\0".join(names).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        + f":{hash(tuple(group)):x}:{len(group)}"
        for names, group in zip(slugs, keys, strict=True)
    ]


def _digest(location: str) -> str | None:
    try:
        with open(location, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


class ProfileIndex:
    """The indexed fields of the given profile files (bundled and user), by slug."""

    def __init__(
        self,
        files: Mapping[str, ProfileFile],
        database: Path | None,
        progress: Progress | None = None,
    ) -> None:
        self._files = files  # slug -> the active file (a user file replaces a bundled one)
        self._progress = progress
        self._text: Any = None  # the search index, built on the first search
        self._db = self._open(database)
        self._sync()

    # -- opening and syncing ------------------------------------------------
    def _open(self, database: Path | None) -> sqlite3.Connection:
        if database is not None:
            try:
                database.parent.mkdir(parents=True, exist_ok=True)
                connection = self._connect(database)
                if self._format_ok(connection):
                    return connection
                connection.close()
                database.unlink(missing_ok=True)  # an older or foreign format: start over
                connection = self._connect(database)
                self._stamp(connection)
                return connection
            except (sqlite3.Error, OSError):
                with contextlib.suppress(OSError):
                    set_aside(database)
        connection = sqlite3.connect(":memory:")
        connection.executescript(_SCHEMA)
        self._stamp(connection)
        return connection

    @staticmethod
    def _connect(database: Path) -> sqlite3.Connection:
        """The cache file, in WAL mode without a sync per commit: it is a cache (a crash
        loses at most the last batches, and a broken file is set aside and rebuilt)."""
        connection = sqlite3.connect(database, timeout=2.0)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.executescript(_SCHEMA)
        return connection

    @staticmethod
    def _format_ok(connection: sqlite3.Connection) -> bool:
        row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is None:
            has_files = connection.execute("SELECT 1 FROM files LIMIT 1").fetchone()
            if has_files is None:
                ProfileIndex._stamp(connection)
                return True
            return False
        return bool(row[0] == f"{INDEX_FORMAT}:{__version__}")

    @staticmethod
    def _stamp(connection: sqlite3.Connection) -> None:
        with connection:
            connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('format', ?)",
                (f"{INDEX_FORMAT}:{__version__}",),
            )

    def _sync(self) -> None:
        current = {slug: _key(entry.location) for slug, entry in self._files.items()}
        listing = _listing(current)
        known = (self._meta("listing") or "").split()
        changed = {
            bucket
            for bucket, fingerprint in enumerate(listing)
            if len(known) != BUCKETS or known[bucket] != fingerprint
        }
        if not changed:
            return  # the same files with the same keys as the last complete sync
        self._compare(current, changed)
        # a read-only cache: compared again next time
        with contextlib.suppress(sqlite3.Error), self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('listing', ?)", (" ".join(listing),)
            )

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _compare(self, current: dict[str, Key | None], buckets: set[int]) -> None:
        """Bring the index up to date with the files of the given buckets: add, update and
        drop rows."""
        query = "SELECT id, slug, size, mtime_ns, inode, digest, path FROM files"
        if len(buckets) < BUCKETS:
            query += f" WHERE bucket IN ({', '.join(str(int(bucket)) for bucket in buckets)})"
        stored = {row[1]: row for row in self._db.execute(query)}  # by slug
        gone = [row[0] for slug, row in stored.items() if slug not in current]
        moved: list[tuple[str, int, int, int, int]] = []  # same bytes: no validation again
        fresh: list[str] = []
        for slug, key in current.items():
            if len(buckets) < BUCKETS and bucket_of(slug) not in buckets:
                continue
            known = stored.get(slug)
            location = self._files[slug].location
            if known is not None and key is not None:
                if known[2:5] == key and known[6] == location:
                    continue
                if _digest(location) == known[5]:  # touched, or the same file by a new path
                    moved.append((location, *key, known[0]))
                    continue
            if known is not None:
                gone.append(known[0])
            fresh.append(slug)
        if not gone and not moved and not fresh:
            return
        try:
            with self._db:
                self._remove(gone)
                self._db.executemany(
                    "UPDATE files SET path = ?, size = ?, mtime_ns = ?, inode = ? WHERE id = ?",
                    moved,
                )
            self._add_all(fresh, current)
        except sqlite3.Error:
            # A read-only or broken cache file: rebuild everything in memory.
            self._db = self._open(None)
            self._add_all(list(self._files), current)

    def _remove(self, file_ids: Sequence[int]) -> None:
        if not file_ids:
            return
        from kariyer.store import textindex

        ids = [(file_id,) for file_id in file_ids]
        for table, column in (("figures", "file_id"), ("skills", "file_id")):
            self._db.executemany(f"DELETE FROM {table} WHERE {column} = ?", ids)
        self._db.executemany("DELETE FROM profiles WHERE file_id = ?", ids)
        self._db.executemany("DELETE FROM files WHERE id = ?", ids)
        textindex.forget(self._db, file_ids)

    def _add_all(self, slugs: list[str], keys: dict[str, Key | None]) -> None:
        """Read, validate and store the given files, a batch per transaction."""
        if not slugs:
            return
        files = [(self._files[slug].location, slug) for slug in slugs]
        stored_in_batches(
            rows_of_many(files),
            total=len(files),
            store=lambda batch: self._store(batch, keys),
            batch=BATCH,
            progress=self._progress,
            label="Dizin hazırlanıyor",
            describe=lambda item: os.path.basename(item.location),
        )

    def _store(self, batch: list[ProfileRows], keys: dict[str, Key | None]) -> None:
        with self._db:
            for item in batch:
                size, mtime, inode = keys.get(item.slug) or (0, 0, 0)
                cursor = self._db.execute(
                    "INSERT INTO files (path, size, mtime_ns, inode, digest, slug, problem, "
                    "bucket) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (item.location, size, mtime, inode, item.digest, item.slug, item.problem,
                     bucket_of(item.slug)),
                )  # fmt: skip
                if item.problem is not None:
                    continue
                file_id = cursor.lastrowid
                self._db.execute(
                    "INSERT INTO profiles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (file_id, item.slug, item.title, item.site, item.source, item.outlook,
                     item.years, int(item.years.rsplit(",", 1)[-1]) if item.years else None),
                )  # fmt: skip
                self._db.executemany(
                    "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(file_id, number, *row) for number, row in enumerate(item.figures)],
                )
                self._db.execute("INSERT INTO skills VALUES (?, ?)", (file_id, item.skills))

    def close(self) -> None:
        self._db.close()

    # -- reading ------------------------------------------------------------
    def problems(self) -> list[ProfileError]:
        """The active files that are not valid profiles, each with its first problem."""
        found = []
        for slug, problem in self._db.execute(
            "SELECT slug, problem FROM files WHERE problem IS NOT NULL"
        ):
            entry = self._files.get(slug)
            if entry is not None:
                data = json.loads(problem)
                found.append(
                    ProfileError(
                        entry.location, data["message"], field=data["field"], code=data["code"]
                    )
                )
        return sorted(found, key=lambda problem: problem.path)

    def titles(self) -> list[tuple[str, str]]:
        return [
            (slug, title)
            for slug, title in self._db.execute("SELECT slug, title FROM profiles ORDER BY slug")
            if slug in self._files
        ]

    def profiles(
        self, *, with_skills: bool = False, year: int | None = None, latest: bool = False
    ) -> list[IndexedProfile]:
        """Every valid, active profile's indexed fields, by slug (see `read_profiles`)."""
        from kariyer.store.indexed import read_profiles

        return read_profiles(
            self._db, self._files, with_skills=with_skills, year=year, latest=latest
        )

    # -- domain.search.Postings, through the search index ---------------------------
    def _search(self) -> Any:
        if self._text is None:
            from kariyer.store.textindex import TextIndex

            self._text = TextIndex(self._db, self._files, self._progress)
        return self._text

    def vocabulary(self) -> Iterable[str]:
        return self._search().vocabulary()  # type: ignore[no-any-return]

    def lookup(self, words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
        return self._search().lookup(words)  # type: ignore[no-any-return]

    def title(self, slug: str) -> str:
        row = self._db.execute("SELECT title FROM profiles WHERE slug = ?", (slug,)).fetchone()
        return str(row[0]) if row is not None else slug

    def sections(self, slug: str) -> Sequence[Sequence[str]]:
        """The article's texts of each searchable field, read from the profile's file now
        (for the snippets of the few hits shown); empty when the file is gone or broken."""
        from kariyer.store.files import parse_json, read_json_bytes
        from kariyer.store.postings import field_sources

        entry = self._files.get(slug)
        try:
            data = (
                parse_json(read_json_bytes(Path(entry.location)), entry.location) if entry else None
            )
        except ProfileError:
            data = None
        return field_sources(data) if isinstance(data, dict) else ()

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db


def database_for(directories: Iterable[Path]) -> Path | None:
    """One cache file per set of data directories."""
    base = cache_dir()
    if base is None:
        return None
    key = "\n".join(str(path.resolve()) for path in directories)
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    from kariyer.store.cachefiles import note_use  # sidecar, daily pruning (bounded cache)

    return note_use(base / f"index-{digest}.sqlite3", key.split("\n"))


def build_index(
    files: Mapping[str, ProfileFile],
    directories: Iterable[Path],
    progress: Progress | None = None,
) -> ProfileIndex:
    return ProfileIndex(files, database_for(directories), progress)
