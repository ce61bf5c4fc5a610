"""A cached index of every profile file, so scans stay fast with thousands of profiles.

`list`, `salary`, `search`, `skills` and `match` need a few fields of every profile.
Parsing and validating thousands of JSON files on each run would cost seconds, so the
fields they need are kept in an SQLite file in the user cache directory, one row per
profile file, keyed by the file's path, size, mtime and inode:

* every run compares the directory listing with the stored keys and re-reads only the
  files that were added or changed (removed ones are dropped), so it is never stale; a
  file whose key changed but whose bytes did not (same SHA-256) is not validated again;
* a build commits in batches: Ctrl-C keeps what was done and the next run goes on from
  there; a crash leaves the index as of the last batch, never half a row;
* an unreadable, corrupt or unwritable cache is set aside and the index is built in
  memory instead: a cache problem costs time, never correctness;
* a cold build of many files reads and validates them on every core
  (`kariyer.store.index_rows`), with a progress display through ``progress``.

Figures are rows of their own (one query for every profile's pay) and skills, the bulk
of a profile, a table apart read only when asked for. The words for `search` are a
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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kariyer import __version__
from kariyer.errors import ProfileError
from kariyer.store.files import ProfileFile, set_aside
from kariyer.store.index_rows import ProfileRows, figure_of, rows_of_many
from kariyer.store.parallel import Progress, stored_in_batches
from kariyer.store.paths import cache_dir

if TYPE_CHECKING:
    from kariyer.schema.models import SalaryFigure, SkillEntry

INDEX_FORMAT = 6  # 5: figures and skills in tables of their own, digests, search text apart
# 6: each profile's latest year (list reads only that year's figures)
BATCH = 500  # files per committed transaction while building

Key = tuple[int, int, int]  # size, mtime_ns, inode

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, digest TEXT NOT NULL,
    slug TEXT NOT NULL, problem TEXT
);
CREATE TABLE IF NOT EXISTS profiles (
    file_id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,
    site TEXT, source TEXT NOT NULL, outlook TEXT, years TEXT NOT NULL, latest INTEGER
);
CREATE TABLE IF NOT EXISTS figures (
    file_id INTEGER NOT NULL, position INTEGER NOT NULL, year INTEGER NOT NULL,
    kind TEXT NOT NULL, label TEXT NOT NULL, monthly_tl REAL NOT NULL, hourly_tl REAL,
    basis TEXT NOT NULL, extra TEXT, PRIMARY KEY (file_id, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS skills (file_id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS figures_year ON figures (year);
-- rows come out in slug order straight from this index: no sort holding every row
CREATE INDEX IF NOT EXISTS profiles_slug ON profiles (slug);
"""
ROWS_QUERY = (
    "SELECT files.path, {columns} FROM profiles "
    "JOIN files ON files.id = profiles.file_id ORDER BY profiles.slug"
)
_FIGURES_QUERY = (
    "SELECT file_id, year, kind, label, monthly_tl, hourly_tl, basis, extra FROM figures "
    "ORDER BY file_id, position"
)
_YEAR_QUERY = (
    "SELECT file_id, year, kind, label, monthly_tl, hourly_tl, basis, extra FROM figures "
    "WHERE year = ? ORDER BY file_id, position"
)
_LATEST_QUERY = (
    "SELECT figures.file_id, year, kind, label, monthly_tl, hourly_tl, basis, extra "
    "FROM figures JOIN profiles ON profiles.file_id = figures.file_id "
    "WHERE year = profiles.latest ORDER BY figures.file_id, position"
)


_NONE: list[Any] = []  # no figures of that year and kind (shared, never changed)


@dataclass(slots=True)
class IndexedProfile:
    """The indexed fields of one profile: enough for list, salary, skills and match.

    It answers the same questions as a Profile for those commands (slug, title,
    source_site, source_title, outlook_direction, salary_years(), figure(), skills).
    Figures stay plain rows until asked for, so thousands of these stay small.
    """

    slug: str
    title: str
    origin: str
    source_site: str | None
    source_title: str
    outlook_direction: str | None
    years: list[int]
    # (file id, year, kind, label, monthly, hourly, basis, extra), as the index reads them
    figure_rows: Sequence[Sequence[Any]]
    skills_json: str
    only_year: int | None = None  # the figures read are of this year alone (salary --year)
    _figures: dict[tuple[int, str], list[SalaryFigure]] | None = None  # built on first ask

    def salary_years(self) -> list[int]:
        return self.years

    def figure(self, year: int, kind: str) -> SalaryFigure | None:
        found = self.figures_of(year, kind)
        return found[0] if found else None

    def figures_of(self, year: int, kind: str) -> list[SalaryFigure]:
        """Every line of that year and kind (two: the article contradicts itself)."""
        if self.only_year is not None and year != self.only_year:
            self._loaded(year)
        figures = self._figures
        if figures is None:
            figures = self._figures = {}
            for row in self.figure_rows:
                key = (row[1], row[2])
                found = figures.get(key)
                if found is None:
                    figures[key] = [figure_of(row[1:])]
                else:
                    found.append(figure_of(row[1:]))
        return figures.get((year, kind), _NONE)

    def _loaded(self, year: int) -> None:
        if self.only_year is not None and year != self.only_year:
            raise AssertionError(f"figures of {year} not read (only {self.only_year})")

    def monthly(self, year: int, kind: str) -> float | None:
        """One amount, read without building figure objects (list needs 20.000 of these)."""
        self._loaded(year)
        for row in self.figure_rows:
            if row[1] == year and row[2] == kind:
                return float(row[4])
        return None

    def monthly_high(self, year: int, kind: str) -> float | None:
        """The upper end of that line's range (None for one amount), read the same way."""
        self._loaded(year)
        for row in self.figure_rows:
            if row[1] == year and row[2] == kind:
                high = json.loads(row[7]).get("monthly_tl_high") if row[7] else None
                return float(high) if high is not None else None
        return None

    @property
    def skills(self) -> list[SkillEntry]:
        from kariyer.schema.models import SkillEntry

        return [SkillEntry(**item) for item in json.loads(self.skills_json)]


def _key(location: str) -> Key | None:
    try:
        info = os.stat(location)
    except OSError:
        return None  # a dangling link or a loop: indexed as a problem with key 0
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _digest(location: str) -> str | None:
    try:
        with open(location, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return None


class ProfileIndex:
    """The indexed fields of the given profile files (bundled and user)."""

    def __init__(
        self,
        files: Sequence[ProfileFile],
        database: Path | None,
        progress: Progress | None = None,
    ) -> None:
        self._files = {entry.location: entry for entry in files}
        self._titles: dict[str, str] | None = None
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
        stored = {
            row[1]: row  # id, path, size, mtime_ns, inode, digest
            for row in self._db.execute("SELECT id, path, size, mtime_ns, inode, digest FROM files")
        }
        current = {location: _key(location) for location in self._files}
        gone = [row[0] for path, row in stored.items() if path not in current]
        touched: list[tuple[int, Key]] = []  # same bytes, new key: no validation again
        fresh: list[str] = []
        for location, key in current.items():
            known = stored.get(location)
            if known is not None and key is not None and known[2:5] == key:
                continue
            if known is not None and key is not None and _digest(location) == known[5]:
                touched.append((known[0], key))
                continue
            if known is not None:
                gone.append(known[0])
            fresh.append(location)
        if not gone and not touched and not fresh:
            return
        try:
            with self._db:
                self._remove(gone)
                self._db.executemany(
                    "UPDATE files SET size = ?, mtime_ns = ?, inode = ? WHERE id = ?",
                    [(*key, file_id) for file_id, key in touched],
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

    def _add_all(self, locations: list[str], keys: dict[str, Key | None]) -> None:
        """Read, validate and store the given files, a batch per transaction."""
        if not locations:
            return
        files = [(location, self._files[location].slug) for location in locations]
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
                size, mtime, inode = keys.get(item.location) or (0, 0, 0)
                cursor = self._db.execute(
                    "INSERT INTO files (path, size, mtime_ns, inode, digest, slug, problem) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (item.location, size, mtime, inode, item.digest, item.slug, item.problem),
                )
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
        found = []
        for path, problem in self._db.execute(
            "SELECT path, problem FROM files WHERE problem IS NOT NULL ORDER BY path"
        ):
            if path in self._files:
                data = json.loads(problem)
                found.append(
                    ProfileError(path, data["message"], field=data["field"], code=data["code"])
                )
        return found

    def _rows(self, columns: str) -> Iterator[tuple[Any, ...]]:
        for row in self._db.execute(ROWS_QUERY.format(columns=columns)):
            if row[0] in self._files:
                yield row

    def titles(self) -> list[tuple[str, str]]:
        return [(slug, title) for _path, slug, title in self._rows("profiles.slug, title")]

    def profiles(
        self, *, with_skills: bool = False, year: int | None = None, latest: bool = False
    ) -> list[IndexedProfile]:
        """Every valid, active profile's indexed fields, by slug.

        Skills (with the article's descriptions) are the bulk of a profile: they are read
        only when asked for.
        """
        figures: dict[int, list[tuple[Any, ...]]] = {}
        query, arguments = (_FIGURES_QUERY, ()) if year is None else (_YEAR_QUERY, (year,))
        if latest:
            query, arguments = _LATEST_QUERY, ()
        shared: dict[Any, Any] = {}  # one object for each repeated text: 20.000 rows stay small
        share = shared.setdefault
        for file_id, year_, kind, label, monthly, hourly, basis, extra in self._db.execute(
            query, arguments
        ):  # (file id, year, kind, …) in file order
            row = (file_id, year_, share(kind, kind), share(label, label), monthly, hourly,
                   share(basis, basis), extra)  # fmt: skip
            found = figures.get(file_id)
            if found is None:
                figures[file_id] = [row]
            else:
                found.append(row)
        skills: dict[int, str] = (
            dict(self._db.execute("SELECT file_id, data FROM skills")) if with_skills else {}
        )
        origin = {location: entry.origin for location, entry in self._files.items()}
        columns = "profiles.file_id, profiles.slug, title, site, source, outlook, years, latest"
        return [
            IndexedProfile(
                slug,
                title,
                origin[path],
                share(site, site),
                share(source, source),
                share(outlook, outlook),
                [int(year) for year in years.split(",")] if years else [],
                figures.get(file_id, ()),
                skills.get(file_id, "[]"),
                latest_year if latest else year,
            )
            for path, file_id, slug, title, site, source, outlook, years, latest_year in self._rows(
                columns
            )
        ]

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
        if self._titles is None:
            self._titles = dict(self.titles())
        return self._titles.get(slug, slug)

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
    files: Sequence[ProfileFile], directories: Iterable[Path], progress: Progress | None = None
) -> ProfileIndex:
    return ProfileIndex(files, database_for(directories), progress)
