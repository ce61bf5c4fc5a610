"""`kariyer cache info` and `kariyer cache clear`, and the stale indexes a run prunes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kariyer.store.cachefiles import DAY, STAMP

from ..support import flat, invoke, parse_csv


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of its own, filled by `kariyer list` (the index) and `kariyer show`
    (the record of checked files)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(directory))
    assert invoke("list").exit_code == 0
    assert invoke("show", "musteri-hesap-temsilcisi").exit_code == 0
    return directory


def _old(path: Path, days: float) -> None:
    moment = time.time() - days * DAY
    os.utime(path, (moment, moment))


def test_info_lists_the_index_its_directories_and_sizes(cache: Path) -> None:
    result = invoke("cache", "info")
    assert result.exit_code == 0, result
    text = flat(result.stdout)
    assert f"Önbellek dizini: {cache}" in text
    assert "profil dizini (index-" in text
    assert "denetlenmiş dosyalar kaydı" in text
    assert "occupations" in text  # the bundled directory the index serves
    assert " KB" in text
    assert "Son kullanım:" in text
    assert "kariyer cache clear" in text


def test_info_in_every_format(cache: Path) -> None:
    data = json.loads(invoke("cache", "info", "--json").stdout)
    assert data["directory"] == str(cache)
    kinds = {entry["kind"] for entry in data["entries"]}
    assert {"index", "checked"} <= kinds
    assert data["total_bytes"] == sum(entry["size_bytes"] for entry in data["entries"])
    markdown = invoke("cache", "info", "--format", "markdown").stdout
    assert markdown.startswith("# Önbellek\n")
    rows = parse_csv(invoke("cache", "info", "--format", "csv").stdout)
    assert {row["kind"] for row in rows} == kinds
    assert all(row["size_bytes"].isdigit() for row in rows)
    assert invoke("cache", "info", "--format", "excel-csv").exit_code == 0


def test_clear_removes_the_caches_and_says_how_much_it_freed(cache: Path) -> None:
    (cache / "notes.txt").write_text("not ours")
    size = sum(path.stat().st_size for path in cache.iterdir() if path.name != "notes.txt")
    result = invoke("cache", "clear")
    assert result.exit_code == 0, result
    text = flat(result.stdout)
    assert "Silindi: profil dizini" in text
    assert "Bırakıldı (kariyer'in değil): notes.txt" in text
    assert "yer açıldı" in text
    assert [path.name for path in cache.iterdir()] == ["notes.txt"]
    data = json.loads(invoke("cache", "clear", "--json").stdout)
    assert data["removed"] == []
    assert data["freed_bytes"] == 0
    assert size > 0
    assert "Silinecek önbellek yok" in invoke("cache", "clear").stdout


def test_commands_still_work_after_a_clear(cache: Path) -> None:
    assert invoke("cache", "clear").exit_code == 0
    assert invoke("salary", "--year", "2024").exit_code == 0
    assert any(path.name.startswith("index-") for path in cache.iterdir())


def test_clear_help_says_it_asks_nothing() -> None:
    result = invoke("cache", "clear", "--help")
    assert result.exit_code == 0
    assert "onay sormaz" in flat(result.stdout)


def test_a_wrong_format_is_a_usage_error() -> None:
    assert invoke("cache", "info", "--format", "yaml").exit_code == 2


def test_a_run_prunes_indexes_of_vanished_directories_once_a_day(cache: Path) -> None:
    in_use = next(cache.glob("index-*.json"))
    stale = cache / "index-0123456789abcdef.sqlite3"
    stale.write_bytes(b"x")
    stale.with_suffix(".json").write_text(json.dumps({"directories": ["/yok/boyle-dizin"]}))
    _old(in_use, 2)  # the sidecar is refreshed at most once a day: this run refreshes it
    (cache / STAMP).touch()
    _old(cache / STAMP, 0.5)  # pruned half a day ago: not again yet
    assert invoke("list").exit_code == 0
    assert stale.exists()
    _old(in_use, 2)
    _old(cache / STAMP, 2)
    assert invoke("list").exit_code == 0
    assert not stale.exists()
    assert not stale.with_suffix(".json").exists()
    assert in_use.exists()
    assert in_use.with_suffix(".sqlite3").exists()
    assert time.time() - in_use.stat().st_mtime < DAY
