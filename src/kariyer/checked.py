"""A record of data files that passed validation, so that unchanged ones are not checked again.

Checking a file against the schema needs pydantic, and importing pydantic and building
its validators costs more than the rest of `kariyer show`. So when a file passes, the
SHA-256 of its exact bytes is written to a small SQLite file in the user cache directory.
The next run that reads the same bytes builds the models directly (`models.trusted`).

* The record is content-addressed: any change to a file, however small, changes its
  digest, so an edited file is always checked again. Nothing depends on clocks.
* The digest also covers the kind of data, kariyer's version and the schema module
  itself, so a new version or a changed schema checks every file again.
* Only passing files are recorded. A missing, unreadable, corrupt or read-only record
  costs time, never correctness: the file is simply checked again. A corrupt record is
  set aside and replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from kariyer import __version__

CACHE_ENV = "KARIYER_CACHE_DIR"
RECORD_NAME = "checked.sqlite3"
RECORD_FORMAT = 1
_SCHEMA = "CREATE TABLE IF NOT EXISTS checked (digest TEXT PRIMARY KEY) WITHOUT ROWID"


def cache_dir() -> Path | None:
    """KARIYER_CACHE_DIR, else the platform's user cache directory; None if there is none."""
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return Path(explicit)
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("kariyer", appauthor=False))
    except Exception:  # no home directory, odd platform: run without a cache
        return None


def set_aside(database: Path) -> None:
    """Move a broken cache file out of the way (kept for inspection, replaced next run)."""
    if database.exists():
        database.replace(database.with_name(database.name + ".broken"))


def _schema_stamp() -> str:
    """What the meaning of "valid" depends on: the format, kariyer's version, the schema."""
    from kariyer import models

    try:
        schema_mtime = os.stat(models.__file__).st_mtime_ns
    except OSError:
        schema_mtime = 0
    return f"{RECORD_FORMAT}:{__version__}:{schema_mtime}"


class CheckedFiles:
    """Digests of file contents that passed validation (see the module's documentation)."""

    def __init__(self, database: Path | None) -> None:
        self._stamp = _schema_stamp().encode()
        self._seen: set[str] = set()  # this run's passes, when there is no usable record
        self._db = self._open(database) if database is not None else None

    @staticmethod
    def _open(database: Path) -> sqlite3.Connection | None:
        try:
            database.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(database, timeout=2.0, isolation_level=None)
            connection.execute(_SCHEMA)
            columns = [row[1] for row in connection.execute("PRAGMA table_info(checked)")]
            if columns != ["digest"]:  # another program's table, or an older layout
                connection.execute("DROP TABLE checked")
                connection.execute(_SCHEMA)
            return connection
        except sqlite3.OperationalError:  # locked, no permission, disk trouble: go without
            return None
        except sqlite3.DatabaseError:  # not a database, or a damaged one: start again
            with contextlib.suppress(OSError):
                set_aside(database)
            with contextlib.suppress(sqlite3.Error, OSError):
                connection = sqlite3.connect(database, timeout=2.0, isolation_level=None)
                connection.execute(_SCHEMA)
                return connection
        except (sqlite3.Error, OSError):
            pass
        return None

    def digest(self, kind: str, raw: bytes) -> str:
        """The key of these exact bytes read as ``kind`` under this schema."""
        hasher = hashlib.sha256(self._stamp)
        hasher.update(b"\0" + kind.encode() + b"\0")
        hasher.update(raw)
        return hasher.hexdigest()

    def __contains__(self, digest: str) -> bool:
        if digest in self._seen:
            return True
        if self._db is None:
            return False
        try:
            query = "SELECT 1 FROM checked WHERE digest = ?"
            return self._db.execute(query, (digest,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def add(self, digest: str) -> None:
        self._seen.add(digest)
        if self._db is None:
            return
        # read-only or busy: the file is simply checked again next time
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("INSERT OR IGNORE INTO checked VALUES (?)", (digest,))


_stores: dict[Path | None, CheckedFiles] = {}


def checked_files() -> CheckedFiles:
    """This process's record for the current cache directory."""
    base = cache_dir()
    database = base / RECORD_NAME if base is not None else None
    store = _stores.get(database)
    if store is None:
        store = _stores[database] = CheckedFiles(database)
    return store
