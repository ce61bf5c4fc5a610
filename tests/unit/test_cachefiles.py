"""The cache directory: what is listed, what clear removes, and the daily pruning of indexes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kariyer.store import cachefiles
from kariyer.store.cachefiles import DAY, cache_report, clear, note_use, prune, prune_daily

DIGEST_A = "index-" + "a" * 16
DIGEST_B = "index-" + "b" * 16


def _age(path: Path, days: float) -> None:
    moment = time.time() - days * DAY
    os.utime(path, (moment, moment))


def _index(base: Path, name: str, directories: list[Path], *, days: float = 0) -> Path:
    """An index file and its sidecar, last used ``days`` ago."""
    database = base / f"{name}.sqlite3"
    database.write_bytes(b"x" * 1000)
    sidecar = base / f"{name}.json"
    sidecar.write_text(json.dumps({"directories": [str(item) for item in directories]}))
    _age(database, days)
    _age(sidecar, days)
    return database


def test_note_use_writes_the_sidecar_once_a_day(tmp_path: Path) -> None:
    database = tmp_path / "cache" / f"{DIGEST_A}.sqlite3"
    assert note_use(database, [str(tmp_path)]) == database
    sidecar = database.with_suffix(".json")
    data = json.loads(sidecar.read_text())
    assert data["directories"] == [str(tmp_path)]
    _age(sidecar, 0.5)
    before = sidecar.stat().st_mtime
    note_use(database, ["/elsewhere"])
    assert sidecar.stat().st_mtime == before  # less than a day old: one stat, no write
    _age(sidecar, 1.5)
    note_use(database, ["/elsewhere"])
    assert json.loads(sidecar.read_text())["directories"] == ["/elsewhere"]


def test_prune_removes_indexes_of_vanished_or_long_unused_directories(tmp_path: Path) -> None:
    live = tmp_path / "live"
    live.mkdir()
    gone = _index(tmp_path, DIGEST_A, [live, tmp_path / "silindi"])
    old = _index(tmp_path, DIGEST_B, [live], days=120)
    fresh = _index(tmp_path, "index-" + "c" * 16, [live], days=30)
    (tmp_path / f"{DIGEST_A}.sqlite3.broken").write_bytes(b"old")
    (tmp_path / "notes.txt").write_text("not ours")
    removed = prune(tmp_path, keep=tmp_path / "index-0000000000000000.sqlite3")
    assert sorted(entry.name for entry in removed) == [DIGEST_A, DIGEST_B]
    assert not gone.exists()
    assert not gone.with_suffix(".json").exists()
    assert not (tmp_path / f"{DIGEST_A}.sqlite3.broken").exists()
    assert not old.exists()
    assert fresh.exists()
    assert fresh.with_suffix(".json").exists()
    assert (tmp_path / "notes.txt").exists()


def test_prune_never_removes_the_index_in_use(tmp_path: Path) -> None:
    in_use = _index(tmp_path, DIGEST_A, [tmp_path / "silindi"], days=400)
    assert prune(tmp_path, keep=in_use) == []
    assert in_use.exists()


def test_an_index_without_sidecar_ages_by_its_files(tmp_path: Path) -> None:
    recent = tmp_path / f"{DIGEST_A}.sqlite3"
    recent.write_bytes(b"x")
    ancient = tmp_path / f"{DIGEST_B}.sqlite3"
    ancient.write_bytes(b"x")
    _age(ancient, 100)
    prune(tmp_path, keep=tmp_path / "other.sqlite3")
    assert recent.exists()
    assert not ancient.exists()


def test_pruning_runs_at_most_once_a_day(tmp_path: Path) -> None:
    stale = _index(tmp_path, DIGEST_A, [tmp_path / "silindi"])
    stamp = tmp_path / cachefiles.STAMP
    stamp.touch()
    _age(stamp, 0.5)
    assert prune_daily(tmp_path, keep=tmp_path / f"{DIGEST_B}.sqlite3") == []
    assert stale.exists()
    _age(stamp, 1.5)
    assert [e.name for e in prune_daily(tmp_path, keep=tmp_path / "x.sqlite3")] == [DIGEST_A]
    assert not stale.exists()
    assert time.time() - stamp.stat().st_mtime < DAY


def test_the_report_lists_every_cache_with_sizes_and_directories(tmp_path: Path) -> None:
    live = tmp_path / "live"
    live.mkdir()
    _index(tmp_path, DIGEST_A, [live, tmp_path / "silindi"])
    (tmp_path / "checked.sqlite3").write_bytes(b"c" * 200)
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / ("f" * 64 + ".json")).write_bytes(b"w" * 300)
    (tmp_path / "web" / "mine.txt").write_text("not ours")
    (tmp_path / "notes.txt").write_text("not ours")
    report = cache_report(tmp_path)
    kinds = [(entry.kind, entry.name) for entry in report.entries]
    assert kinds == [
        ("index", DIGEST_A),
        ("checked", "checked.sqlite3"),
        ("web", "web"),
        ("other", "live"),  # a folder of the user's: listed, never removed
        ("other", "notes.txt"),
        ("other", "web/mine.txt"),
    ]
    index = report.entries[0]
    assert index.directories == [str(live), str(tmp_path / "silindi")]
    assert index.missing == [str(tmp_path / "silindi")]
    assert index.last_used is not None
    sidecar_size = (tmp_path / f"{DIGEST_A}.json").stat().st_size
    assert index.size_bytes == 1000 + sidecar_size
    assert report.total_bytes == 1000 + sidecar_size + 200 + 300  # others not counted


def test_clear_removes_only_kariyers_files_and_follows_no_link(tmp_path: Path) -> None:
    base, outside = tmp_path / "cache", tmp_path / "outside"
    base.mkdir()
    outside.mkdir()
    victim = outside / "index-cccccccccccccccc.sqlite3"
    victim.write_bytes(b"precious")
    (outside / ("e" * 64 + ".json")).write_bytes(b"precious")
    _index(base, DIGEST_A, [tmp_path])
    (base / "checked.sqlite3").write_bytes(b"c")
    (base / "index-dddddddddddddddd.sqlite3").symlink_to(victim)
    (base / "web").symlink_to(outside, target_is_directory=True)
    (base / "notes.txt").write_text("not ours")
    report = clear(base)
    assert report.ok()
    assert sorted(entry.name for entry in report.removed) == ["checked.sqlite3", DIGEST_A]
    assert report.freed_bytes > 1000
    assert sorted(entry.name for entry in report.kept) == [
        "index-dddddddddddddddd.sqlite3",
        "notes.txt",
        "web",
    ]
    assert sorted(path.name for path in base.iterdir()) == [
        "index-dddddddddddddddd.sqlite3",
        "notes.txt",
        "web",
    ]
    assert victim.read_bytes() == b"precious"
    assert (outside / ("e" * 64 + ".json")).exists()


def test_clear_removes_the_web_pages_and_their_folder(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / ("f" * 64 + ".json")).write_bytes(b"w")
    (tmp_path / "web" / ".abc.tmp").write_bytes(b"w")
    report = clear(tmp_path)
    assert [entry.kind for entry in report.removed] == ["web"]
    assert not (tmp_path / "web").exists()


def test_a_file_that_cannot_be_removed_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "checked.sqlite3").write_bytes(b"c")
    _index(tmp_path, DIGEST_A, [tmp_path])
    real = os.unlink

    def refuse(path: str, *, dir_fd: int | None = None) -> None:
        if path == "checked.sqlite3":
            raise PermissionError(13, "Permission denied")
        real(path, dir_fd=dir_fd)

    monkeypatch.setattr(cachefiles.os, "unlink", refuse)
    report = clear(tmp_path)
    assert not report.ok()
    assert [item.path for item in report.failed] == [str(tmp_path / "checked.sqlite3")]
    assert [entry.name for entry in report.removed] == [DIGEST_A]


def test_no_cache_directory_is_an_empty_report() -> None:
    assert cache_report(None).entries == []
    assert clear(None).removed == []


def test_the_hidden_marker_is_the_schemas() -> None:
    from kariyer.schema import cache
    from kariyer.schema.models import JSON_HIDDEN

    assert cache.JSON_HIDDEN == JSON_HIDDEN
