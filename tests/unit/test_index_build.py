"""Building the profile index for big catalogs: every core, batches that survive Ctrl-C,
unchanged bytes never validated twice, and the search words in their own lazy index."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kariyer.domain.search import search_postings
from kariyer.store import index as index_module
from kariyer.store import index_rows, parallel, textindex
from kariyer.store.catalog import Catalog

from ..support import HESAP, bundled_json

MANY = 450  # above parallel.PARALLEL_FROM: a cold build of these runs on every core


def _write(directory: Path, number: int, title: str | None = None) -> Path:
    data = bundled_json(HESAP)
    data["slug"] = f"meslek-{number:04d}"
    data["title"] = title or f"Meslek {number:04d}"
    path = directory / f"{data['slug']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


@pytest.fixture
def many(tmp_path: Path) -> Path:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    for number in range(MANY):
        _write(directory, number)
    return directory


def _summary(directory: Path) -> list[tuple[Any, ...]]:
    return [
        (p.slug, p.title, p.years, p.monthly(2023, "average"), p.skills_json)
        for p in Catalog(user_dir=directory).index().profiles(with_skills=True)
    ]


def test_a_cold_build_on_every_core_gives_what_one_process_gives(
    many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = []
    real_pool = parallel._pool
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setattr(parallel, "_pool", lambda warm: started.append(1) or real_pool(warm))
    on_two = _summary(many)
    assert started  # the build really used worker processes
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "another-cache"))
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    assert _summary(many) == on_two
    assert len(on_two) == MANY + 2  # and the two bundled profiles


def test_ctrl_c_keeps_the_batches_done_and_the_next_run_goes_on(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    monkeypatch.setattr(index_module, "BATCH", 100)
    real = index_rows.rows_of
    read: list[str] = []

    def interrupted(location: str, slug: str) -> index_rows.ProfileRows:
        if len(read) == index_module.BATCH + 10:
            raise KeyboardInterrupt
        read.append(slug)
        return real(location, slug)

    monkeypatch.setattr(index_rows, "rows_of", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Catalog(user_dir=many).index()
    monkeypatch.setattr(
        index_rows, "rows_of", lambda location, slug: read.append(slug) or real(location, slug)
    )
    read.clear()
    titles = dict(Catalog(user_dir=many).index().titles())
    assert len(titles) == MANY + 2
    # the first batch was committed before Ctrl-C: only the rest is read again
    assert len(read) == MANY + 2 - index_module.BATCH


def test_a_touched_file_with_the_same_bytes_is_not_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    path = _write(directory, 1)
    Catalog(user_dir=directory).index()
    read: list[str] = []
    real = index_rows.rows_of
    monkeypatch.setattr(
        index_rows, "rows_of", lambda location, slug: read.append(slug) or real(location, slug)
    )
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    assert "meslek-0001" in dict(Catalog(user_dir=directory).index().titles())
    assert read == []  # same bytes: the stored key was brought up to date, nothing read
    _write(directory, 1, title="Başka Bir Ad")
    assert dict(Catalog(user_dir=directory).index().titles())["meslek-0001"] == "Başka Bir Ad"
    assert read == ["meslek-0001"]


def _counting(read: list[str], real: Any) -> Any:
    def rows_of(location: str, slug: str) -> index_rows.ProfileRows:
        read.append(slug)
        return real(location, slug)  # type: ignore[no-any-return]

    return rows_of


def _hits(directory: Path, query: str) -> list[str]:
    try:
        result = search_postings(query, Catalog(user_dir=directory).index())
    except Exception:  # no hits is an error for the command; here simply none
        return []
    return [hit.slug for hit in result.hits]


def test_the_search_index_follows_changes_and_removals(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1, title="Zeytin Hasatçısı")
    _write(directory, 2, title="Arı Yetiştiricisi")
    assert _hits(directory, "zeytin") == ["meslek-0001"]
    _write(directory, 1, title="Fındık Toplayıcısı")  # changed: its old words disowned
    assert _hits(directory, "zeytin") == []
    assert _hits(directory, "findik") == ["meslek-0001"]
    (directory / "meslek-0002.json").unlink()
    assert _hits(directory, "ari yetistiricisi") == []


def test_list_and_salary_never_build_the_search_index(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1)
    index = Catalog(user_dir=directory).index()
    index.profiles()
    tables = {name for (name,) in index.connection.execute("SELECT name FROM sqlite_master")}
    assert "search_docs" not in tables


def test_a_search_index_mostly_of_disowned_rows_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1, title="Zeytin Hasatçısı")
    _hits(directory, "zeytin")
    index = Catalog(user_dir=directory).index()
    with index.connection:
        index.connection.execute("UPDATE meta SET value = '1000' WHERE key = 'search_stale'")
        index.connection.execute("INSERT OR REPLACE INTO meta VALUES ('search_stale', '1000')")
    rebuilt: list[int] = []
    real = textindex.TextIndex._rebuild_if_stale

    def spy(self: textindex.TextIndex) -> None:
        before = self._db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        real(self)
        after = self._db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        rebuilt.append(before - after)

    monkeypatch.setattr(textindex.TextIndex, "_rebuild_if_stale", spy)
    assert _hits(directory, "zeytin") == ["meslek-0001"]
    assert rebuilt == [3]  # emptied (with the two bundled profiles), then filled again
    stale = index.connection.execute("SELECT value FROM meta WHERE key = 'search_stale'")
    assert stale.fetchone() is None


def test_mapped_keeps_the_order_on_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    items = list(range(parallel.PARALLEL_FROM + 37))
    result: Iterator[int] = parallel.mapped(_square, items)
    assert list(result) == [n * n for n in items]


def _square(number: int) -> int:
    return number * number


def test_summaries_of_one_year_read_only_that_years_figures(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1)
    catalog = Catalog(user_dir=directory)
    every = {p.slug: p for p in catalog.summaries()}
    of_2024 = {p.slug: p for p in catalog.summaries(year=2024)}
    assert of_2024["musteri-hizmetleri-analisti"].figure(2024, "average") == every[
        "musteri-hizmetleri-analisti"
    ].figure(2024, "average")
    assert of_2024["meslek-0001"].salary_years() == [2023]  # its years are all still known
    with pytest.raises(AssertionError, match="figures of 2023 not read"):
        of_2024["meslek-0001"].figure(2023, "average")


def test_summaries_of_the_latest_year_read_each_profiles_latest_figures(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1)
    by_slug = {p.slug: p for p in Catalog(user_dir=directory).summaries(latest=True)}
    assert by_slug["meslek-0001"].monthly(2023, "average") == 14000
    assert by_slug["musteri-hizmetleri-analisti"].monthly(2024, "average") == 15500
    with pytest.raises(AssertionError):
        by_slug["musteri-hizmetleri-analisti"].monthly(2023, "average")


def test_summaries_for_list_read_only_each_latest_average(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1)
    by_slug = {p.slug: p for p in Catalog(user_dir=directory).summaries(latest=True)}
    assert [figure.kind for figure in by_slug["meslek-0001"].figures] == ["average"]
    with pytest.raises(AssertionError, match="top figures of 2023 not read"):
        by_slug["meslek-0001"].figure(2023, "top")


def test_a_run_with_no_change_compares_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The listing's fingerprint matches: no stored row is read, nothing validated."""
    directory = tmp_path / "meslekler"
    directory.mkdir()
    for number in range(3):
        _write(directory, number)
    Catalog(user_dir=directory).index()
    compared: list[int] = []
    real = index_module.ProfileIndex._compare
    monkeypatch.setattr(
        index_module.ProfileIndex,
        "_compare",
        lambda self, current, buckets: compared.append(buckets) or real(self, current, buckets),
    )
    assert "meslek-0002" in dict(Catalog(user_dir=directory).index().titles())
    assert compared == []
    path = directory / "meslek-0001.json"  # a new mtime is a change of its bucket only
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))
    Catalog(user_dir=directory).index()
    assert compared == [{index_module.bucket_of("meslek-0001")}]
    Catalog(user_dir=directory).index()
    assert len(compared) == 1  # in step again
    (directory / "meslek-0002.json").unlink()  # a removal is seen in its bucket
    assert "meslek-0002" not in dict(Catalog(user_dir=directory).index().titles())
    assert compared[1] == {index_module.bucket_of("meslek-0002")}


def test_the_same_directory_by_another_path_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir veri` and `--data-dir /tam/yol/veri` share one index: files are known
    by slug and inode, so the second spelling re-reads nothing, and problems name the path
    as given this time."""
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1)
    (directory / "bozuk.json").write_text("{", "utf-8")
    Catalog(user_dir=directory).index()
    read: list[str] = []
    monkeypatch.setattr(index_rows, "rows_of", _counting(read, index_rows.rows_of))
    monkeypatch.chdir(tmp_path)
    catalog = Catalog(user_dir=Path("meslekler"))
    assert "meslek-0001" in dict(catalog.index().titles())
    assert read == []
    assert [problem.path for problem in catalog.problems] == [
        os.path.join("meslekler", "bozuk.json")
    ]


def test_search_words_follow_an_added_profile(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    _write(directory, 1, title="Zeytin Hasatçısı")
    assert _hits(directory, "zeytin") == ["meslek-0001"]
    _write(directory, 2, title="Kestane Kebapçısı")
    assert _hits(directory, "kestane") == ["meslek-0002"]
    assert _hits(directory, "kestene") == ["meslek-0002"]  # a typo finds the new word too
