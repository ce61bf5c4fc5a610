"""The cached profile validator: the same answers as pydantic's adapter, never unsafe."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

from kariyer.schema.models import Profile
from kariyer.schema.validate import adapter
from kariyer.store import validator as validator_module
from kariyer.store.cachefiles import cache_report, clear
from kariyer.store.paths import bundled_data_dir

from ..support import HESAP, bundled_json, invoke, loaded_modules


@pytest.fixture(autouse=True)
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    cache = tmp_path / "onbellek"
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(cache))
    monkeypatch.setattr(validator_module, "_loaded", [])
    return cache


def _from_disk() -> object:
    """The validator as a new process gets it: from the file."""
    validator_module._loaded.clear()
    return validator_module.profile_validator()


def _cached_files(cache: Path) -> list[str]:
    return sorted(path.name for path in cache.glob("validator-*.pickle"))


def test_the_first_use_writes_it_and_the_next_reads_the_same_answers(cache: Path) -> None:
    built = validator_module.profile_validator()
    assert len(_cached_files(cache)) == 1
    loaded = _from_disk()
    assert loaded is not built  # read back from the file
    for path in sorted((bundled_data_dir() / "occupations").glob("*.json")):
        raw = path.read_bytes()
        assert loaded.validate_json(raw) == adapter(Profile).validate_json(raw)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data.pop("title"),
        lambda data: data["salary"]["figures"][0].update(monthly_tl=-5),
        lambda data: data.update(slug="Büyük Harf"),
        lambda data: data["salary"]["figures"][0].update(kind="medyan"),
    ],
)
def test_bad_profiles_are_refused_by_both(change: object) -> None:
    validator_module.profile_validator()
    loaded = _from_disk()
    data = bundled_json(HESAP)
    change(data)  # type: ignore[operator]
    raw = json.dumps(data, ensure_ascii=False).encode()
    with pytest.raises(ValidationError):
        adapter(Profile).validate_json(raw)
    with pytest.raises(ValidationError):
        loaded.validate_json(raw)  # type: ignore[attr-defined]


class _Boom:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo pwned > /dev/null",))


def test_a_file_naming_anything_else_is_never_run_and_is_replaced(cache: Path) -> None:
    validator_module.profile_validator()
    (path,) = cache.glob("validator-*.pickle")
    path.write_bytes(pickle.dumps(_Boom()))
    with path.open("rb") as handle, pytest.raises(pickle.UnpicklingError, match="not allowed"):
        validator_module._Restricted(handle).load()
    assert hasattr(_from_disk(), "validate_json")  # rebuilt instead
    assert path.read_bytes() != pickle.dumps(_Boom())


def test_a_broken_file_is_only_a_cache_miss(cache: Path) -> None:
    validator_module.profile_validator()
    (path,) = cache.glob("validator-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    assert hasattr(_from_disk(), "validate_json")


def test_an_old_validator_file_is_removed_when_a_new_one_is_written(cache: Path) -> None:
    cache.mkdir(parents=True)
    (cache / "validator-0123456789abcdef.pickle").write_bytes(b"eski")
    validator_module.profile_validator()
    (name,) = _cached_files(cache)
    assert name != "validator-0123456789abcdef.pickle"


def test_cache_info_lists_it_and_clear_removes_it(cache: Path) -> None:
    validator_module.profile_validator()
    assert [entry.kind for entry in cache_report(cache).entries] == ["validator"]
    assert "profil doğrulayıcısı" in invoke("cache", "info").stdout
    clear(cache)
    assert _cached_files(cache) == []


def test_a_warm_index_meeting_one_new_file_does_not_import_pydantic(tmp_path: Path) -> None:
    directory = tmp_path / "meslekler"
    directory.mkdir()
    env = {"KARIYER_CACHE_DIR": str(tmp_path / "onbellek"), "KARIYER_DATA_DIR": str(directory)}
    data = bundled_json(HESAP)
    for number in range(2):
        data["slug"] = f"meslek-{number}"
        (directory / f"meslek-{number}.json").write_text(json.dumps(data), "utf-8")
        loaded = loaded_modules("list", env=env)
        assert loaded["pydantic.main"] is (number == 0)  # built once, then read from the cache
