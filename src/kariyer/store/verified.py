"""Reading data files verified against the schema, and the record of files that passed.

Every data file (profile or bundled table) is read here: parsed, checked with pydantic
and turned into models, or, when its exact bytes passed before, built without pydantic.

Checking a file against the schema needs pydantic, and importing pydantic and building
its validators costs more than the rest of `kariyer show`. So when a file passes, the
SHA-256 of its exact bytes is written to a small SQLite file in the user cache directory.
The next run that reads the same bytes builds the models directly (`schema.build.trusted`).

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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kariyer import __version__
from kariyer.errors import ProfileError
from kariyer.store.files import parse_json, read_json_bytes, set_aside
from kariyer.store.paths import cache_dir

if TYPE_CHECKING:
    from kariyer.schema.models import Profile

ModelT = TypeVar("ModelT")
RECORD_NAME = "checked.sqlite3"
RECORD_FORMAT = 1
_SCHEMA = "CREATE TABLE IF NOT EXISTS checked (digest TEXT PRIMARY KEY) WITHOUT ROWID"


def _schema_stamp() -> str:
    """What the meaning of "valid" depends on: the format, kariyer's version, the schema."""
    from kariyer import schema

    folder = Path(schema.__file__).parent
    stamps = []
    for name in ("models.py", "limits.py", "payroll.py"):  # what "valid" means (not imported)
        try:
            stamps.append(str(os.stat(folder / name).st_mtime_ns))
        except OSError:
            stamps.append("0")
    return f"{RECORD_FORMAT}:{__version__}:{':'.join(stamps)}"


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


# -- reading data files -------------------------------------------------------------
def load_checked(
    path: Path, model: type[ModelT], check: Callable[[object], ModelT], *, remember: bool = True
) -> ModelT:
    """One data file as ``model``: bytes that passed before are built without pydantic;
    any others go through ``check``, and with ``remember`` a file that passes is
    recorded for next time."""
    from kariyer.schema.build import trusted

    raw = read_json_bytes(path)
    data = parse_json(raw, str(path))
    record = checked_files()
    digest = record.digest(model.__name__, raw)
    if isinstance(data, dict) and digest in record:
        return trusted(model, data)
    result = check(data)
    if remember:
        record.add(digest)
    return result


def validate_profile(data: object, path: Path, expected_slug: str | None = None) -> Profile:
    """Validate parsed JSON as a profile; raises ProfileError naming the first bad field."""
    from pydantic import ValidationError

    from kariyer.schema.models import Profile
    from kariyer.schema.validate import describe_validation_error, validate

    name = str(path)
    if not isinstance(data, dict):
        kind = "liste" if isinstance(data, list) else type(data).__name__
        raise ProfileError(
            name, f"kökte bir nesne ({{...}}) olmalı, {kind} bulundu", field="(kök)", code="schema"
        )
    try:
        profile = validate(Profile, data)
    except ValidationError as exc:
        details = describe_validation_error(exc)
        where, message = details[0]
        raise ProfileError(name, message, field=where, code="schema", details=details) from None
    except RecursionError:
        raise ProfileError(name, "JSON çok derin iç içe") from None
    if expected_slug is not None:
        check_slug(profile, expected_slug, name)
    return profile


def check_slug(profile: Profile, expected_slug: str, name: str) -> None:
    if profile.slug != expected_slug:
        raise ProfileError(
            name,
            f"slug '{profile.slug}' dosya adıyla ('{expected_slug}.json') aynı olmalı",
            field="slug",
            code="slug-mismatch",
        )


def load_profile_file(path: Path, *, remember: bool = True) -> Profile:
    """Read and validate one profile file whose name must be ``<slug>.json``."""
    from kariyer.schema.models import Profile

    profile = load_checked(
        path,
        Profile,
        lambda data: validate_profile(data, path, expected_slug=path.stem),
        remember=remember,
    )
    check_slug(profile, path.stem, str(path))  # the record knows bytes, not file names
    return profile


def load_table(path: Path, model: type[ModelT]) -> ModelT:
    """A bundled JSON table, validated (or known valid); raises ProfileError."""
    return load_checked(path, model, lambda data: _validate_table(model, data, path))


def _validate_table(model: type[ModelT], data: object, path: Path) -> ModelT:
    from pydantic import ValidationError

    from kariyer.schema.validate import describe_validation_error, validate

    try:
        return validate(model, data)
    except ValidationError as exc:
        where, message = describe_validation_error(exc)[0]
        raise ProfileError(str(path), message, field=where, code="schema") from None
