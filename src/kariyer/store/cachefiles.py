"""What kariyer keeps in its cache directory: listing it, clearing it, keeping it bounded.

The cache directory (`kariyer.store.paths.cache_dir`) holds only files kariyer can rebuild:

* ``index-<digest>.sqlite3`` — the profile index of one set of data directories
  (`kariyer.store.index`), with its SQLite side files and a ``.broken`` copy if one was
  set aside; next to it ``index-<digest>.json``, a small sidecar naming the directories
  the index serves and the day it was last used (written at most once a day);
* ``checked.sqlite3`` — the record of files that passed the schema (`kariyer.store.verified`);
* ``validator-<key>.pickle`` — pydantic-core's profile validator (`kariyer.store.validator`);
* ``web/`` — fetched pages (`kariyer.store.web`);
* ``prune.stamp`` — whose mtime says when stale indexes were last looked for.

Anything else found there is not kariyer's: it is listed and never removed. Nothing here
follows a symbolic link: a link in the cache directory is "not kariyer's", and files are
removed relative to an opened directory, so a swapped path cannot lead outside it.

Bounded: when an index's sidecar is refreshed (at most once a day, decided by the
sidecar's mtime: the only cost on a normal run is one ``stat``), and the stamp is older
than a day, every other index whose directories no longer exist or which was not used for
`MAX_AGE_DAYS` days is removed. The index in use is never removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import time
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from kariyer.errors import os_reason
from kariyer.schema.cache import CacheEntry, CacheFailure, CacheReport, ClearReport

DAY = 24 * 60 * 60
MAX_AGE_DAYS = 90
SIDECAR_FORMAT = 1
STAMP = "prune.stamp"
WEB = "web"
_INDEX = re.compile(
    r"\.?(index-[0-9a-f]{16})\.(?:sqlite3(?:-journal|-wal|-shm)?(?:\.broken)?|json(?:\..+\.tmp)?)"
)
_CHECKED = re.compile(r"checked\.sqlite3(?:-journal|-wal|-shm)?(?:\.broken)?")
_VALIDATOR = re.compile(r"validator-[0-9a-f]{16}\.pickle|\.validator-.+\.tmp")
_WEB_FILE = re.compile(r"[0-9a-f]{64}\.json|\..+\.tmp")


# -- listing ----------------------------------------------------------------------------
def _entries(base: Path) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(base) as found:
            yield from sorted(found, key=lambda item: item.name)
    except OSError:
        return


def _file_info(item: os.DirEntry[str]) -> os.stat_result | None:
    """A regular file's stat (never following a link), else None."""
    try:
        info = item.stat(follow_symlinks=False)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _add(entry: CacheEntry, name: str, info: os.stat_result) -> None:
    entry.files.append(name)
    entry.size_bytes += info.st_size
    if entry.from_sidecar:
        return  # the sidecar says when it was last used
    changed = date.fromtimestamp(info.st_mtime)
    entry.last_used = changed if entry.last_used is None else max(entry.last_used, changed)


def scan(base: Path) -> list[CacheEntry]:
    """Every cache in ``base``: indexes first (by name), the record, the web pages, others."""
    indexes: dict[str, CacheEntry] = {}
    checked = CacheEntry("checked", "checked.sqlite3")
    validator = CacheEntry("validator", "validator")
    web = CacheEntry(WEB, WEB)
    others: list[CacheEntry] = []
    for item in _entries(base):
        info = _file_info(item)
        index = _INDEX.fullmatch(item.name)
        if info is not None and index is not None:
            entry = indexes.setdefault(index.group(1), CacheEntry("index", index.group(1)))
            _add(entry, item.name, info)
            if item.name == f"{index.group(1)}.json":
                _read_sidecar(entry, Path(item.path), info)
        elif info is not None and _CHECKED.fullmatch(item.name):
            _add(checked, item.name, info)
        elif info is not None and _VALIDATOR.fullmatch(item.name):
            _add(validator, item.name, info)
        elif info is not None and item.name == STAMP:
            continue  # kariyer's, a few bytes; removed by clear with the rest
        elif item.name == WEB and not item.is_symlink() and item.is_dir(follow_symlinks=False):
            others += _scan_web(Path(item.path), web)
        else:
            others.append(_other(item, item.name))
    found = list(indexes.values())
    found += [entry for entry in (checked, validator, web) if entry.files]
    return found + others


def _scan_web(folder: Path, web: CacheEntry) -> list[CacheEntry]:
    others = []
    for item in _entries(folder):
        info = _file_info(item)
        if info is not None and _WEB_FILE.fullmatch(item.name):
            _add(web, f"{WEB}/{item.name}", info)
        else:
            others.append(_other(item, f"{WEB}/{item.name}"))
    return others


def _other(item: os.DirEntry[str], name: str) -> CacheEntry:
    info = None
    with contextlib.suppress(OSError):
        info = item.stat(follow_symlinks=False)
    size = info.st_size if info is not None and stat.S_ISREG(info.st_mode) else 0
    return CacheEntry("other", name, size_bytes=size)


def _read_sidecar(entry: CacheEntry, path: Path, info: os.stat_result) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        directories = [str(item) for item in data["directories"]]
    except (OSError, ValueError, KeyError, TypeError):
        return  # a broken sidecar: directories unknown, the files' mtimes tell the age
    entry.directories = directories
    entry.missing = [item for item in directories if not os.path.isdir(item)]
    entry.last_used = date.fromtimestamp(info.st_mtime)
    entry.from_sidecar = True


def cache_report(base: Path | None) -> CacheReport:
    from kariyer.store.paths import display_path

    entries = scan(base) if base is not None else []
    total = sum(entry.size_bytes for entry in entries if entry.kind != "other")
    shown = {item: display_path(item) for entry in entries for item in entry.directories}
    return CacheReport(str(base) if base is not None else None, entries, total, shown)


# -- removing ---------------------------------------------------------------------------
def _remove(base: Path, entries: Sequence[CacheEntry]) -> list[CacheFailure]:
    """Unlink each entry's files relative to the opened cache directory (links not followed)."""
    failures: list[CacheFailure] = []
    try:
        top = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        return [CacheFailure(str(base), os_reason(exc))]
    folders = {"": top}
    try:
        for entry in entries:
            for name in entry.files:
                folder, _, leaf = name.rpartition("/")
                try:
                    if folder not in folders:
                        flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
                        folders[folder] = os.open(folder, flags, dir_fd=top)
                    if stat.S_ISREG(
                        os.stat(leaf, dir_fd=folders[folder], follow_symlinks=False).st_mode
                    ):
                        os.unlink(leaf, dir_fd=folders[folder])
                except FileNotFoundError:
                    continue  # removed meanwhile (another kariyer): gone is what we want
                except OSError as exc:
                    failures.append(CacheFailure(str(base / name), os_reason(exc)))
        if WEB in folders:
            with contextlib.suppress(OSError):
                os.rmdir(WEB, dir_fd=top)  # only when empty
    finally:
        for handle in folders.values():
            os.close(handle)
    return failures


def clear(base: Path | None) -> ClearReport:
    """Remove every cache of kariyer's under ``base``; keep (and list) anything else."""
    if base is None:
        return ClearReport(None, [], [], [], 0)
    entries = scan(base)
    ours = [entry for entry in entries if entry.kind != "other"]
    stamp = base / STAMP
    if stamp.is_file() and not stamp.is_symlink():
        ours.append(CacheEntry("stamp", STAMP, stamp.stat().st_size, [STAMP]))
    failures = _remove(base, ours)
    failed = {item.path for item in failures}
    removed = [
        entry
        for entry in ours
        if entry.kind != "stamp" and not any(str(base / name) in failed for name in entry.files)
    ]
    freed = sum(entry.size_bytes for entry in removed)
    kept = [entry for entry in entries if entry.kind == "other"]
    return ClearReport(str(base), removed, kept, failures, freed)


# -- keeping the cache bounded ----------------------------------------------------------
def note_use(database: Path, directories: Sequence[str]) -> Path:
    """Record that ``database`` serves ``directories`` (at most once a day) and, at most
    once a day, prune the other indexes; returns ``database``. Never fails."""
    sidecar = database.with_suffix(".json")
    try:
        if time.time() - sidecar.stat().st_mtime < DAY:
            return database  # the hot path: one stat
    except OSError:
        pass
    with contextlib.suppress(OSError, ValueError):
        _write_sidecar(sidecar, directories)
    with contextlib.suppress(OSError, ValueError):
        prune_daily(database.parent, keep=database)
    return database


def _write_sidecar(sidecar: Path, directories: Sequence[str]) -> None:
    """Write the sidecar atomically (a temporary file of this process, then a rename)."""
    sidecar.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": SIDECAR_FORMAT,
        "directories": list(directories),
        "last_used": date.today().isoformat(),
    }
    temporary = sidecar.with_name(f".{sidecar.name}.{os.getpid()}.tmp")
    try:
        # ASCII JSON: a path's undecodable bytes (surrogate escapes) survive the round trip
        temporary.write_text(json.dumps(data), encoding="ascii")
        os.replace(temporary, sidecar)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def prune_daily(base: Path, *, keep: Path) -> list[CacheEntry]:
    """Prune unless ``prune.stamp`` says it was done less than a day ago."""
    stamp = base / STAMP
    try:
        if time.time() - stamp.stat(follow_symlinks=False).st_mtime < DAY:
            return []
    except OSError:
        pass
    if stamp.is_symlink():
        return []  # not ours: do not write through it
    stamp.touch()
    return prune(base, keep=keep)


def stale(entry: CacheEntry, now: float, max_age_days: int = MAX_AGE_DAYS) -> bool:
    """An index whose directories are gone, or unused for ``max_age_days``."""
    if entry.kind != "index":
        return False
    if entry.missing or entry.last_used is None:
        return True
    return (date.fromtimestamp(now) - entry.last_used).days > max_age_days


def prune(base: Path, *, keep: Path, now: float | None = None) -> list[CacheEntry]:
    """Remove every stale index but ``keep``'s; the removed ones."""
    moment = time.time() if now is None else now
    kept = _INDEX.fullmatch(keep.name)
    in_use = kept.group(1) if kept is not None else None
    doomed = [entry for entry in scan(base) if entry.name != in_use and stale(entry, moment)]
    _remove(base, doomed)
    return doomed
