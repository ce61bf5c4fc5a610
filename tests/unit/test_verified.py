"""The record of checked files: unchanged data skips pydantic, anything else is checked again."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kariyer.errors import ProfileError
from kariyer.schema.build import to_data, trusted
from kariyer.schema.models import (
    MinimumWageTable,
    PriceIndexTable,
    Profile,
    SkillTable,
    WorkingHours,
)
from kariyer.schema.payroll import PayrollTable
from kariyer.schema.validate import validate
from kariyer.store import verified as checked
from kariyer.store.files import read_json_file
from kariyer.store.paths import bundled_data_dir
from kariyer.store.reference import load_bundled_table
from kariyer.store.verified import RECORD_NAME, CheckedFiles, checked_files, load_profile_file

from ..support import ANALIST, HESAP, loaded_modules

TABLES = [
    ("skills.json", SkillTable),
    ("reference/minimum_wage.json", MinimumWageTable),
    ("reference/consumer_prices.json", PriceIndexTable),
    ("reference/working_hours.json", WorkingHours),
    ("reference/payroll.json", PayrollTable),
]


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets an empty cache directory and no record left from another test."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(cache))
    checked._stores.clear()
    yield cache
    checked._stores.clear()


def copy_profile(directory: Path, slug: str = HESAP, name: str | None = None) -> Path:
    directory.mkdir(exist_ok=True)
    source = bundled_data_dir() / "occupations" / f"{slug}.json"
    target = directory / f"{name or slug}.json"
    target.write_bytes(source.read_bytes())
    return target


def digest_of(path: Path, kind: str = "Profile") -> str:
    return checked_files().digest(kind, path.read_bytes())


# -- the trusted build is the validated result ---------------------------------------
@pytest.mark.parametrize("slug", [HESAP, ANALIST])
def test_trusted_build_equals_validation_for_profiles(slug: str) -> None:
    data = read_json_file(bundled_data_dir() / "occupations" / f"{slug}.json")
    assert isinstance(data, dict)
    built, checked_profile = trusted(Profile, data), validate(Profile, data)
    assert built == checked_profile
    assert to_data(built) == to_data(checked_profile)


@pytest.mark.parametrize(("relative", "model"), TABLES)
def test_trusted_build_equals_validation_for_tables(relative: str, model: type) -> None:
    data = read_json_file(bundled_data_dir() / relative)
    assert isinstance(data, dict)
    assert trusted(model, data) == validate(model, data)


def test_integers_in_json_become_floats_as_validation_makes_them() -> None:
    data = read_json_file(bundled_data_dir() / "occupations" / f"{HESAP}.json")
    assert isinstance(data, dict)
    data["salary"]["figures"][0]["monthly_tl"] = 14000  # an int in the file
    figure = trusted(Profile, data).salary.figures[0]
    assert isinstance(figure.monthly_tl, float)
    assert figure == validate(Profile, data).salary.figures[0]


# -- what gets recorded ------------------------------------------------------------------
def test_a_passing_file_is_recorded(tmp_path: Path, own_cache: Path) -> None:
    path = copy_profile(tmp_path / "data")
    assert digest_of(path) not in checked_files()
    load_profile_file(path)
    assert digest_of(path) in checked_files()
    assert (own_cache / RECORD_NAME).exists()
    # a new process (a new store on the same file) sees it too
    assert digest_of(path) in CheckedFiles(own_cache / RECORD_NAME)


def test_a_failing_file_is_never_recorded(tmp_path: Path) -> None:
    path = copy_profile(tmp_path / "data")
    data = json.loads(path.read_text("utf-8"))
    data["salary"]["figures"][0]["monthly_tl"] = -5
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(ProfileError):
        load_profile_file(path)
    assert digest_of(path) not in checked_files()


def test_index_builds_do_not_record(tmp_path: Path) -> None:
    path = copy_profile(tmp_path / "data")
    load_profile_file(path, remember=False)
    assert digest_of(path) not in checked_files()


def test_bundled_tables_are_recorded() -> None:
    for relative, model in TABLES:
        load_bundled_table(relative, model)
        assert digest_of(bundled_data_dir() / relative, model.__name__) in checked_files()


# -- a change is always checked again ----------------------------------------------------------
def test_an_edited_file_is_checked_again(tmp_path: Path) -> None:
    path = copy_profile(tmp_path / "data")
    load_profile_file(path)
    data = json.loads(path.read_text("utf-8"))
    data["salary"]["figures"][0]["monthly_tl"] = "on dört bin"
    stat = path.stat()
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: content decides
    with pytest.raises(ProfileError) as error:
        load_profile_file(path)
    assert error.value.field == "salary.figures.0.monthly_tl"


def test_recorded_content_under_another_name_still_fails_the_slug_check(tmp_path: Path) -> None:
    path = copy_profile(tmp_path / "data")
    load_profile_file(path)
    renamed = copy_profile(tmp_path / "data", name="baska-meslek")
    assert digest_of(renamed) in checked_files()  # same bytes …
    with pytest.raises(ProfileError) as error:
        load_profile_file(renamed)  # … but the file name does not match the slug
    assert error.value.code == "slug-mismatch"


def test_the_kind_of_data_is_part_of_the_key() -> None:
    record = checked_files()
    assert record.digest("Profile", b"{}") != record.digest("SkillTable", b"{}")


def test_a_new_version_or_schema_checks_everything_again(
    monkeypatch: pytest.MonkeyPatch, own_cache: Path
) -> None:
    before = CheckedFiles(None).digest("Profile", b"{}")
    monkeypatch.setattr(checked, "__version__", "99.0.0")
    assert CheckedFiles(None).digest("Profile", b"{}") != before


# -- a broken record costs time, never correctness ---------------------------------------
def test_a_corrupt_record_is_set_aside(tmp_path: Path, own_cache: Path) -> None:
    own_cache.mkdir()
    (own_cache / RECORD_NAME).write_bytes(b"this is not a database" * 100)
    path = copy_profile(tmp_path / "data")
    assert load_profile_file(path).slug == HESAP
    assert (own_cache / (RECORD_NAME + ".broken")).exists()
    assert digest_of(path) in CheckedFiles(own_cache / RECORD_NAME)


def test_a_record_with_a_foreign_table_is_replaced(tmp_path: Path, own_cache: Path) -> None:
    own_cache.mkdir()
    with sqlite3.connect(own_cache / RECORD_NAME) as connection:
        connection.execute("CREATE TABLE checked (something_else INTEGER)")
    path = copy_profile(tmp_path / "data")
    assert load_profile_file(path).slug == HESAP
    assert digest_of(path) in CheckedFiles(own_cache / RECORD_NAME)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_an_unwritable_cache_directory_still_works(tmp_path: Path, own_cache: Path) -> None:
    own_cache.mkdir()
    own_cache.chmod(0o500)
    try:
        path = copy_profile(tmp_path / "data")
        assert load_profile_file(path).slug == HESAP
        assert load_profile_file(path).slug == HESAP  # remembered for this run only
    finally:
        own_cache.chmod(0o700)


def test_a_cache_path_that_is_a_file_still_works(tmp_path: Path, own_cache: Path) -> None:
    own_cache.write_text("not a directory")
    path = copy_profile(tmp_path / "data")
    assert load_profile_file(path).slug == HESAP
    assert digest_of(path) in checked_files()  # remembered for this run only


def test_no_cache_directory_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checked, "cache_dir", lambda: None)
    path = copy_profile(tmp_path / "data")
    assert load_profile_file(path).slug == HESAP
    assert digest_of(path) in checked_files()  # this process remembers it


# -- the point of it: a repeated show never imports pydantic ------------------------------
@pytest.mark.slow
def test_show_checks_once_then_builds_without_pydantic(tmp_path: Path, own_cache: Path) -> None:
    data_dir = tmp_path / "data"
    path = copy_profile(data_dir, name="kopya-meslek")
    text = path.read_text("utf-8").replace(f'"slug": "{HESAP}"', '"slug": "kopya-meslek"')
    path.write_text(text, "utf-8")
    env = {"KARIYER_CACHE_DIR": str(own_cache), "KARIYER_DATA_DIR": str(data_dir)}

    def pydantic_loaded() -> bool:
        return loaded_modules("show", "kopya-meslek", env=env)["pydantic.main"]

    assert pydantic_loaded()  # first time: checked
    assert not pydantic_loaded()  # unchanged: trusted
    path.write_text(text.replace("Müşteri Hesap Temsilcisi", "Hesap Temsilcisi", 1), "utf-8")
    assert pydantic_loaded()  # edited: checked again
