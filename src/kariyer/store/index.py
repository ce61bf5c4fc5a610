"""A cached index of every profile file, so scans stay fast with thousands of profiles.

`list`, `salary`, `search`, `skills` and `match` need a few fields of every profile.
Parsing and validating thousands of JSON files on each run would cost seconds, so the
fields they need are kept in an SQLite file in the user cache directory, one row per
profile file, keyed by the file's path, size, mtime and inode:

* every run compares the directory listing with the stored keys and re-reads only the
  files that were added or changed (removed ones are dropped), so it is never stale;
* all changes happen in one transaction, so a crash leaves the old index intact;
* an unreadable, corrupt or unwritable cache is set aside and the index is built in
  memory instead: a cache problem costs time, never correctness.

Bad files are indexed too (with their first problem), so they are reported without
being parsed again. `show SLUG` does not use this index: it reads one file by name.
Rows are read in slug order through an SQLite index, so nothing sorts them in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer import __version__
from kariyer.errors import ProfileError
from kariyer.store.files import ProfileFile, set_aside
from kariyer.store.paths import cache_dir
from kariyer.store.postings import FIELDS, field_tokens
from kariyer.store.verified import load_profile_file

if TYPE_CHECKING:
    from kariyer.schema.models import SalaryFigure, SkillEntry

INDEX_FORMAT = 4  # 3: the source site apart; 4: skills by canonical name and aliases too

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, slug TEXT NOT NULL, problem TEXT
);
CREATE TABLE IF NOT EXISTS profiles (
    file_id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,
    site TEXT, source TEXT NOT NULL, outlook TEXT, years TEXT NOT NULL, figures TEXT NOT NULL,
    skills TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS postings (
    word_id INTEGER NOT NULL, file_id INTEGER NOT NULL, field INTEGER NOT NULL,
    PRIMARY KEY (word_id, file_id, field)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS postings_file ON postings (file_id);
-- rows come out in slug order straight from this index: no sort holding every row
CREATE INDEX IF NOT EXISTS profiles_slug ON profiles (slug);
"""
ROWS_QUERY = (
    "SELECT files.path, {columns} FROM profiles "
    "JOIN files ON files.id = profiles.file_id ORDER BY profiles.slug"
)


@dataclass(frozen=True, slots=True)
class FileKey:
    size: int
    mtime_ns: int
    inode: int


@dataclass(slots=True)
class IndexedProfile:
    """The indexed fields of one profile: enough for list, salary, skills and match.

    It answers the same questions as a Profile for those commands (slug, title,
    source_site, source_title, outlook_direction, salary_years(), figure(), skills). Figures and
    skills stay as JSON text until asked for, so thousands of these stay small.
    """

    slug: str
    title: str
    origin: str
    source_site: str | None
    source_title: str
    outlook_direction: str | None
    years: list[int]
    figures_json: str
    skills_json: str
    _figures: list[SalaryFigure] | None = None

    def salary_years(self) -> list[int]:
        return self.years

    def figure(self, year: int, kind: str) -> SalaryFigure | None:
        found = self.figures_of(year, kind)
        return found[0] if found else None

    def figures_of(self, year: int, kind: str) -> list[SalaryFigure]:
        """Every line of that year and kind (two: the article contradicts itself)."""
        if year not in self.years:
            return []
        if self._figures is None:
            from kariyer.schema.build import trusted
            from kariyer.schema.models import SalaryFigure

            # validated when indexed: building without validation is safe and fast
            figures = json.loads(self.figures_json)
            self._figures = [trusted(SalaryFigure, item) for item in figures]
        return [item for item in self._figures if item.year == year and item.kind == kind]

    def monthly(self, year: int, kind: str) -> float | None:
        """One amount, read without building figure objects (list needs 5.000 of these)."""
        if year not in self.years:
            return None
        for item in json.loads(self.figures_json):
            if item["year"] == year and item["kind"] == kind:
                return float(item["monthly_tl"])
        return None

    @property
    def skills(self) -> list[SkillEntry]:
        from kariyer.schema.models import SkillEntry

        return [SkillEntry(**item) for item in json.loads(self.skills_json)]


def _key(path: Path) -> FileKey | None:
    try:
        info = path.stat()
    except OSError:
        return None  # a dangling link or a loop: indexed as a problem with key 0
    return FileKey(info.st_size, info.st_mtime_ns, info.st_ino)


class ProfileIndex:
    """The indexed fields of the given profile files (bundled and user)."""

    def __init__(self, files: Sequence[ProfileFile], database: Path | None) -> None:
        self._files = {str(entry.path): entry for entry in files}
        self._origin = {str(entry.path): entry.origin for entry in files}
        self._titles: dict[str, str] | None = None
        self._words: dict[str, int] = {}
        self._db = self._open(database)
        self._sync()

    # -- opening and syncing ------------------------------------------------
    def _open(self, database: Path | None) -> sqlite3.Connection:
        if database is not None:
            try:
                database.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(database, timeout=2.0)
                connection.executescript(_SCHEMA)
                if self._format_ok(connection):
                    return connection
                connection.close()
                database.unlink(missing_ok=True)  # an older or foreign format: start over
                connection = sqlite3.connect(database, timeout=2.0)
                connection.executescript(_SCHEMA)
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
            path: (file_id, FileKey(size, mtime, inode))
            for file_id, path, size, mtime, inode in self._db.execute(
                "SELECT id, path, size, mtime_ns, inode FROM files"
            )
        }
        current = {path: _key(entry.path) for path, entry in self._files.items()}
        stale = [file_id for path, (file_id, key) in stored.items() if current.get(path) != key]
        fresh = [
            path
            for path, key in current.items()
            if key is None or path not in stored or stored[path][1] != key
        ]
        if not stale and not fresh:
            return
        try:
            with self._db:
                self._remove(stale)
                self._words = dict(self._db.execute("SELECT word, id FROM words"))
                for path in fresh:
                    self._add(self._files[path], current[path])
        except sqlite3.Error:
            # A read-only or broken cache file: rebuild everything in memory.
            self._db = self._open(None)
            self._words = {}
            with self._db:
                for path, entry in self._files.items():
                    self._add(entry, current[path])

    def _remove(self, file_ids: Sequence[int]) -> None:
        for table, column in (("postings", "file_id"), ("profiles", "file_id"), ("files", "id")):
            self._db.executemany(
                f"DELETE FROM {table} WHERE {column} = ?",
                [(file_id,) for file_id in file_ids],
            )

    def _word_id(self, word: str) -> int:
        found = self._words.get(word)
        if found is None:
            cursor = self._db.execute("INSERT INTO words (word) VALUES (?)", (word,))
            found = self._words[word] = int(cursor.lastrowid or 0)
        return found

    def _add(self, entry: ProfileFile, key: FileKey | None) -> None:
        from kariyer.schema.build import to_data

        path = str(entry.path)
        key = key or FileKey(0, 0, 0)
        old = self._db.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
        if old is not None:
            self._remove([old[0]])
        try:
            profile = load_profile_file(entry.path, remember=False)
        except ProfileError as exc:
            problem = json.dumps(
                {"message": exc.problem, "field": exc.field, "code": exc.code}, ensure_ascii=False
            )
            self._db.execute(
                "INSERT INTO files (path, size, mtime_ns, inode, slug, problem) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (path, key.size, key.mtime_ns, key.inode, entry.slug, problem),
            )
            return
        cursor = self._db.execute(
            "INSERT INTO files (path, size, mtime_ns, inode, slug) VALUES (?, ?, ?, ?, ?)",
            (path, key.size, key.mtime_ns, key.inode, profile.slug),
        )
        file_id = cursor.lastrowid
        self._db.execute(
            "INSERT INTO profiles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                file_id,
                profile.slug,
                profile.title,
                profile.source_site,
                profile.source_title,
                profile.outlook_direction,
                ",".join(str(year) for year in profile.salary_years()),
                json.dumps(to_data(profile.salary.figures)),
                json.dumps(to_data(profile.skills), ensure_ascii=False),
            ),
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO postings VALUES (?, ?, ?)",
            [
                (self._word_id(word), file_id, FIELDS.index(field))
                for field, words in field_tokens(profile).items()
                for word in words
            ],
        )

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

    def _rows(self, columns: str) -> Iterator[tuple[object, ...]]:
        for row in self._db.execute(ROWS_QUERY.format(columns=columns)):
            if row[0] in self._files:
                yield row

    def titles(self) -> list[tuple[str, str]]:
        return [
            (str(slug), str(title)) for _path, slug, title in self._rows("profiles.slug, title")
        ]

    def profiles(self, *, with_skills: bool = False) -> list[IndexedProfile]:
        """Every valid, active profile's indexed fields, by slug.

        Skills (with the article's descriptions) are the bulk of a row: they are read
        only when asked for.
        """
        skills_column = "skills" if with_skills else "'[]'"
        columns = f"profiles.slug, title, site, source, outlook, years, figures, {skills_column}"
        return [
            IndexedProfile(
                slug=str(slug),
                title=str(title),
                origin=self._origin[str(path)],
                source_site=str(site) if site is not None else None,
                source_title=str(source),
                outlook_direction=str(outlook) if outlook is not None else None,
                years=[int(year) for year in str(years).split(",") if year],
                figures_json=str(figures),
                skills_json=str(skills),
            )
            for path, slug, title, site, source, outlook, years, figures, skills in self._rows(
                columns
            )
        ]

    # -- domain.search.Postings ----------------------------------------------------
    def vocabulary(self) -> Iterable[str]:
        return [str(word) for (word,) in self._db.execute("SELECT word FROM words")]

    def lookup(self, words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
        slugs = {
            int(file_id): (str(path), str(slug))
            for file_id, path, slug in self._db.execute(
                "SELECT files.id, files.path, profiles.slug FROM profiles "
                "JOIN files ON files.id = profiles.file_id"
            )
        }
        for start in range(0, len(words), 500):  # SQLite limits the parameters of one query
            chunk = list(words[start : start + 500])
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT postings.file_id, postings.field, words.word FROM words "
                f"JOIN postings ON postings.word_id = words.id WHERE words.word IN ({marks})"
            )
            for file_id, field, word in self._db.execute(query, chunk):
                path, slug = slugs[int(file_id)]
                if path in self._files:
                    yield slug, FIELDS[int(field)], str(word)

    def title(self, slug: str) -> str:
        if self._titles is None:
            self._titles = dict(self.titles())
        return self._titles.get(slug, slug)


def database_for(directories: Iterable[Path]) -> Path | None:
    """One cache file per set of data directories."""
    base = cache_dir()
    if base is None:
        return None
    key = "\n".join(str(path.resolve()) for path in directories)
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    from kariyer.store.cachefiles import note_use  # sidecar, daily pruning (bounded cache)

    return note_use(base / f"index-{digest}.sqlite3", key.split("\n"))


def build_index(files: Sequence[ProfileFile], directories: Iterable[Path]) -> ProfileIndex:
    return ProfileIndex(files, database_for(directories))
