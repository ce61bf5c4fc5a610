"""Never crash, never mislead: hostile and mistyped command-line arguments.

Every case runs in-process through ``kariyer.cli.main.main`` (see ``support.invoke``).
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from kariyer.store.paths import bundled_data_dir, cache_dir

from ..support import ANALIST, HESAP, invoke

HOSTILE_NAMES = {
    "unknown-slug": "olmayan-meslek",
    "empty": "",
    "space": " ",
    "whitespace-mix": " \t\n ",
    "very-long": "a" * 10_000,
    "nul": "a\x00b",
    "escape-sequence": "\x1b[31mkirmizi\x1b[0m",
    "control-chars": "\x01\x07\x7f",
    "relative-traversal": "../../etc/passwd",
    "traversal-as-json": "../../../etc/passwd.json",
    "absolute-path": "/etc/passwd",
    "bundled-file-path": f"occupations/{HESAP}.json",
}


# -- a spy on every way a file can be opened -----------------------------------
class OpenSpy:
    """Records the real path of every file opened through open/io.open/os.open/Path.open."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def record(self, target: Any) -> None:
        if isinstance(target, int):  # an already open descriptor: nothing new is opened
            return
        raw = os.fsdecode(target) if isinstance(target, bytes) else str(target)
        if "\x00" in raw:  # open() refuses it anyway
            return
        self.paths.append(Path(os.path.realpath(raw)))

    def outside(self, *roots: Path) -> list[Path]:
        real_roots = [Path(os.path.realpath(root)) for root in roots]
        return [path for path in self.paths if not any(path.is_relative_to(r) for r in real_roots)]


def _cache() -> Path:
    """kariyer's own cache directory (the test run's): writing an index's sidecar there is
    not opening a file outside the data."""
    directory = cache_dir()
    assert directory is not None
    return directory


@pytest.fixture
def open_spy(monkeypatch: pytest.MonkeyPatch) -> OpenSpy:
    spy = OpenSpy()
    real_builtin_open = builtins.open
    real_io_open = io.open
    real_os_open = os.open
    real_path_open = Path.open

    def spy_builtin_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        spy.record(file)
        return real_builtin_open(file, *args, **kwargs)

    def spy_io_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        spy.record(file)
        return real_io_open(file, *args, **kwargs)

    def spy_os_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        spy.record(path)
        return real_os_open(path, *args, **kwargs)

    def spy_path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        spy.record(self)
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_builtin_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(Path, "open", spy_path_open)
    return spy


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """A user data directory holding one valid profile of its own."""
    directory = tmp_path / "kullanici"
    directory.mkdir()
    shutil.copy(bundled_data_dir() / "occupations" / f"{ANALIST}.json", directory)
    return directory


def test_spy_sees_a_bundled_profile_being_read(open_spy: OpenSpy, user_dir: Path) -> None:
    result = invoke("show", "--data-dir", str(user_dir), HESAP)
    assert result.exit_code == 0, result.stderr
    expected = Path(os.path.realpath(bundled_data_dir() / "occupations" / f"{HESAP}.json"))
    assert expected in open_spy.paths


def test_spy_sees_a_user_profile_being_read(open_spy: OpenSpy, user_dir: Path) -> None:
    result = invoke("show", "--data-dir", str(user_dir), ANALIST)
    assert result.exit_code == 0, result.stderr
    assert Path(os.path.realpath(user_dir / f"{ANALIST}.json")) in open_spy.paths


def test_spy_reports_a_file_outside_the_data_dirs(open_spy: OpenSpy, tmp_path: Path) -> None:
    elsewhere = tmp_path / "baska.txt"
    elsewhere.write_text("x", encoding="utf-8")
    with open(elsewhere, encoding="utf-8") as handle:
        handle.read()
    # write_text opens it too: every record is that one file
    assert set(open_spy.outside(bundled_data_dir())) == {Path(os.path.realpath(elsewhere))}


@pytest.mark.parametrize("name", list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES))
def test_show_hostile_name_is_not_found_and_opens_nothing_outside(
    name: str, open_spy: OpenSpy, user_dir: Path
) -> None:
    result = invoke("show", "--data-dir", str(user_dir), "--", name)

    assert result.exit_code == 1, result.output
    assert "Bulunamadı" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""
    # the user's input is echoed shortened and without raw control characters
    assert len(result.stderr) < 600
    assert "\x1b" not in result.stderr
    assert "\x00" not in result.stderr
    assert open_spy.paths, "the spy saw no file at all: it is not watching"
    # the cache directory is kariyer's own (the index's sidecar is written there)
    assert open_spy.outside(bundled_data_dir(), user_dir, _cache()) == []


@pytest.mark.parametrize("name", list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES))
def test_show_hostile_name_without_user_dir(name: str, open_spy: OpenSpy) -> None:
    result = invoke("show", "--", name)

    assert result.exit_code == 1, result.output
    assert "Bulunamadı" in result.stderr
    assert "Traceback" not in result.output
    assert open_spy.outside(bundled_data_dir(), _cache()) == []


@pytest.mark.parametrize("name", ["/etc/passwd", "../../etc/passwd", "a" * 10_000, "a\x00b"])
def test_compare_hostile_name_is_not_found(name: str, open_spy: OpenSpy) -> None:
    result = invoke("compare", "--", name, HESAP)

    assert result.exit_code == 1, result.output
    assert "Bulunamadı" in result.stderr
    assert "Traceback" not in result.output
    assert open_spy.outside(bundled_data_dir(), _cache()) == []


# -- --year ---------------------------------------------------------------------
BAD_YEARS = ["abc", "-5", "0", "99999", "2101", "1989", "", "2024.0", "1e3", "２０２４", "²⁰²⁴"]


@pytest.mark.parametrize("year", BAD_YEARS)
def test_salary_year_out_of_range_states_the_range(year: str) -> None:
    result = invoke("salary", "--year", year)

    assert result.exit_code == 2, result.output
    assert "1990" in result.stderr
    assert "2100" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["--year=-5"], ["-y", "abc"], ["--year", "1989", "--adjust"]])
def test_salary_year_other_spellings(args: list[str]) -> None:
    result = invoke("salary", *args)

    assert result.exit_code == 2, result.output
    assert "1990" in result.stderr
    assert "2100" in result.stderr


@pytest.mark.parametrize("year", ["1990", "2100"])
def test_salary_year_on_the_range_edges_is_accepted_as_a_year(year: str) -> None:
    """The edges are valid years; no data for them is exit 1, not a usage error."""
    result = invoke("salary", "--year", year)

    assert result.exit_code == 1, result.output
    assert "2023, 2024" in result.stderr


def test_salary_year_without_data_lists_the_years_that_have_data() -> None:
    result = invoke("salary", "--year", "2022")

    assert result.exit_code == 1, result.output
    assert "2022" in result.stderr
    assert "2023, 2024" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_salary_year_with_data_works() -> None:
    result = invoke("salary", "--year", "2024")

    assert result.exit_code == 0, result.stderr
    assert "2024" in result.stdout


# -- compare with itself -----------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (HESAP, HESAP),
        (HESAP, "Müşteri Hesap Temsilcisi"),
        ("Müşteri Hesap Temsilcisi", HESAP),
        ("MÜŞTERİ HESAP TEMSİLCİSİ", "musteri hesap temsilcisi"),
        (ANALIST, ANALIST),
    ],
)
def test_compare_with_itself_is_a_usage_error(first: str, second: str) -> None:
    result = invoke("compare", first, second)

    assert result.exit_code == 2, result.output
    assert "kendisiyle" in result.stderr
    assert result.stdout == ""


# -- Click-level usage errors ----------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show"], "Eksik"),
        (["compare", "a"], "Eksik"),
        (["compare"], "Eksik"),
        (["match"], "--skills seçeneği gerekli"),  # an option, named as one
        (["search"], "Eksik"),
    ],
    ids=["show", "compare-one", "compare-none", "match", "search"],
)
def test_missing_argument_says_eksik(args: list[str], said: str) -> None:
    result = invoke(*args)

    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["bilinmeyen-komut"], "Bilinmeyen komut"),
        (["lst"], "Bilinmeyen komut"),
        (["--bogus"], "Bilinmeyen seçenek"),
        (["list", "--bogus"], "Bilinmeyen seçenek"),
        (["show", HESAP, "--renk"], "Bilinmeyen seçenek"),
        (["show", "a", "b"], "Fazla argüman"),
        (["salary", "--year"], "--year"),
        (["show", HESAP, "--format", "yaml"], "yaml"),
    ],
)
def test_usage_errors_exit_2_in_turkish(args: list[str], word: str) -> None:
    result = invoke(*args)

    assert result.exit_code == 2, result.output
    assert word in result.stderr
    assert "Hata:" in result.stderr
    assert "Traceback" not in result.output
    assert "Usage:" not in result.output
    assert result.stdout == ""
