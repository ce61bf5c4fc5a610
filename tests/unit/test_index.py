"""The cached profile index: never stale, never corrupt, and a broken cache costs only time."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.build import to_data
from kariyer.store.catalog import Catalog
from kariyer.store.index import INDEX_FORMAT, ProfileIndex, database_for
from kariyer.store.indexed import PROFILES_QUERY
from kariyer.store.paths import bundled_data_dir, cache_dir

from ..support import ANALIST, HESAP, bundled_json, invoke


def _profile(slug: str, title: str, monthly: int = 20000) -> dict[str, Any]:
    base = bundled_json(HESAP)
    base["slug"] = slug
    base["title"] = title
    base["salary"]["figures"][0]["monthly_tl"] = monthly
    return base


def _write(directory: Path, slug: str, title: str, monthly: int = 20000) -> Path:
    path = directory / f"{slug}.json"
    path.write_text(json.dumps(_profile(slug, title, monthly), ensure_ascii=False), "utf-8")
    return path


def _titles(user_dir: Path) -> dict[str, str]:
    return dict(Catalog(user_dir=user_dir).index().titles())


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, "birinci-meslek", "Birinci Meslek")
    return directory


def test_cache_lives_in_the_cache_dir(user_dir: Path) -> None:
    Catalog(user_dir=user_dir).index()
    database = database_for([bundled_data_dir() / "occupations", user_dir])
    assert database is not None
    assert database.parent == cache_dir()
    assert database.exists()


def test_index_lists_bundled_and_user_profiles(user_dir: Path) -> None:
    assert set(_titles(user_dir)) == {HESAP, ANALIST, "birinci-meslek"}


def test_changed_file_is_reindexed(user_dir: Path) -> None:
    assert _titles(user_dir)["birinci-meslek"] == "Birinci Meslek"
    path = _write(user_dir, "birinci-meslek", "Değişmiş Meslek")
    # Same size and a later mtime, or any size: both must be seen.
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert _titles(user_dir)["birinci-meslek"] == "Değişmiş Meslek"


def test_change_with_same_size_and_restored_mtime_is_seen_by_inode(user_dir: Path) -> None:
    path = user_dir / "birinci-meslek.json"
    _titles(user_dir)
    stat = path.stat()
    replacement = user_dir / "tmp.json.part"
    replacement.write_text(
        json.dumps(_profile("birinci-meslek", "Birinci Meslee"), ensure_ascii=False), "utf-8"
    )
    os.replace(replacement, path)  # an editor's atomic save: a new inode
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert _titles(user_dir)["birinci-meslek"] == "Birinci Meslee"


def test_added_file_is_indexed(user_dir: Path) -> None:
    _titles(user_dir)
    _write(user_dir, "ikinci-meslek", "İkinci Meslek")
    assert _titles(user_dir)["ikinci-meslek"] == "İkinci Meslek"


def test_removed_file_leaves_the_index(user_dir: Path) -> None:
    _write(user_dir, "ikinci-meslek", "İkinci Meslek")
    assert "ikinci-meslek" in _titles(user_dir)
    (user_dir / "ikinci-meslek.json").unlink()
    assert "ikinci-meslek" not in _titles(user_dir)
    result = invoke("search", "ikinci", "--data-dir", str(user_dir))
    assert "ikinci-meslek" not in result.stdout


def test_file_that_turns_bad_is_reported_and_dropped(user_dir: Path) -> None:
    _titles(user_dir)
    (user_dir / "birinci-meslek.json").write_text("{", "utf-8")
    catalog = Catalog(user_dir=user_dir)
    assert "birinci-meslek" not in dict(catalog.index().titles())
    assert [problem.path for problem in catalog.problems] == [str(user_dir / "birinci-meslek.json")]


def test_bad_file_reported_from_the_cache_too(user_dir: Path) -> None:
    (user_dir / "bozuk.json").write_text("[]", "utf-8")
    first = Catalog(user_dir=user_dir)
    first.index()
    second = Catalog(user_dir=user_dir)
    second.index()  # the second run reads the problem from the cache
    assert [p.field for p in second.problems] == [p.field for p in first.problems] == ["(kök)"]


def test_corrupt_cache_file_is_ignored(user_dir: Path) -> None:
    _titles(user_dir)
    database = database_for([bundled_data_dir() / "occupations", user_dir])
    assert database is not None
    database.write_bytes(b"this is not a database" * 100)
    assert _titles(user_dir)["birinci-meslek"] == "Birinci Meslek"
    result = invoke("salary", "--data-dir", str(user_dir))
    assert result.exit_code == 0, result
    assert "Birinci Meslek" in result.stdout
    assert "Traceback" not in result.stderr


def test_truncated_cache_file_is_ignored(user_dir: Path) -> None:
    _titles(user_dir)
    database = database_for([bundled_data_dir() / "occupations", user_dir])
    assert database is not None
    content = database.read_bytes()
    database.write_bytes(content[: len(content) // 3])
    _write(user_dir, "ikinci-meslek", "İkinci Meslek")
    assert set(_titles(user_dir)) >= {"birinci-meslek", "ikinci-meslek"}


def test_cache_of_another_format_is_rebuilt(user_dir: Path) -> None:
    _titles(user_dir)
    database = database_for([bundled_data_dir() / "occupations", user_dir])
    assert database is not None
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE meta SET value = 'eski' WHERE key = 'format'")
        connection.execute("UPDATE profiles SET title = 'Bayat Başlık'")
    titles = _titles(user_dir)
    assert titles["birinci-meslek"] == "Birinci Meslek"
    with sqlite3.connect(database) as connection:
        (stamp,) = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    assert stamp.startswith(f"{INDEX_FORMAT}:")


def test_unwritable_cache_dir_falls_back_to_memory(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(blocker / "cache"))
    assert _titles(user_dir)["birinci-meslek"] == "Birinci Meslek"


def test_memory_index_without_cache(user_dir: Path) -> None:
    catalog = Catalog(user_dir=user_dir)
    index = ProfileIndex(catalog.files(), None)
    assert dict(index.titles())["birinci-meslek"] == "Birinci Meslek"


def test_user_file_overriding_a_bundled_slug_replaces_it_in_scans(user_dir: Path) -> None:
    _write(user_dir, HESAP, "Benim Temsilcim", monthly=99000)
    profiles = {item.slug: item for item in Catalog(user_dir=user_dir).summaries(with_skills=True)}
    assert profiles[HESAP].title == "Benim Temsilcim"
    assert profiles[HESAP].origin == "user"
    figure = profiles[HESAP].figure(2023, "average")
    assert figure is not None
    assert figure.monthly_tl == 99000


def test_summaries_answer_like_profiles() -> None:
    catalog = Catalog()
    full = {profile.slug: profile for profile in catalog.profiles()}
    assert all(item.skills == [] for item in catalog.summaries())  # skills only when asked
    for item in catalog.summaries(with_skills=True):
        profile = full[item.slug]
        assert item.title == profile.title
        assert (item.source_site, item.source_title) == (profile.source_site, profile.source_title)
        assert item.outlook_direction == profile.outlook_direction
        assert item.salary_years() == profile.salary_years()
        assert item.figure(item.salary_years()[0], "average") == profile.figure(
            profile.salary_years()[0], "average"
        )
        assert [to_data(entry) for entry in item.skills] == [
            to_data(entry) for entry in profile.skills
        ]


def test_scans_give_the_same_answers_with_and_without_cache(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with_cache = invoke("salary", "--json", "--data-dir", str(user_dir)).stdout
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "yeni-bos-onbellek"))
    cold = invoke("salary", "--json", "--data-dir", str(user_dir)).stdout
    warm = invoke("salary", "--json", "--data-dir", str(user_dir)).stdout
    assert json.loads(with_cache) == json.loads(cold) == json.loads(warm)


def test_rows_come_in_slug_order_without_sorting_in_memory(user_dir: Path) -> None:
    """Sorting every row (figures and skills included) held 9 MB for 5.000 profiles."""
    index = Catalog(user_dir=user_dir).index()
    query = PROFILES_QUERY
    plan = " | ".join(str(row[-1]) for row in index._db.execute("EXPLAIN QUERY PLAN " + query))
    assert "TEMP B-TREE" not in plan.upper()
    assert [slug for slug, *_rest in index._db.execute(query)] == sorted(_titles(user_dir))
