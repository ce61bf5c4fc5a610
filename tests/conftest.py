"""Shared fixtures: a stable environment, a fresh rich console per test, a CLI runner, data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kariyer.output import console as render
from kariyer.schema.models import Profile, SkillTable
from kariyer.store.catalog import Catalog
from kariyer.store.paths import bundled_data_dir
from kariyer.store.reference import load_bundled_table

from .support import ANALIST, HESAP, LOOKALIKES, SLUGS, CliResult, WriteProfile, invoke


@pytest.fixture(scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The profile index cache of the test run: never the user's real cache."""
    return tmp_path_factory.mktemp("kariyer-cache")


@pytest.fixture(scope="session")
def _data_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where platformdirs finds the default user data directory during the tests: never the
    real one (profiles a developer imported there would change every answer)."""
    return tmp_path_factory.mktemp("xdg-data-home")


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch: pytest.MonkeyPatch, _cache_dir: Path, _data_home: Path) -> None:
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(_cache_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(_data_home))
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    # setenv first so that teardown also undoes what the code under test sets (--debug does).
    for name in ("KARIYER_DATA_DIR", "KARIYER_DEBUG", "FORCE_COLOR"):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def _fresh_consoles() -> Iterator[None]:
    """render caches consoles bound to sys.stdout/stderr (and --wide): drop them around
    every test."""
    render.reset()  # no colours asked for, no --wide
    yield
    render.reset()


@pytest.fixture
def run() -> Callable[..., CliResult]:
    return invoke


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return bundled_data_dir()


@pytest.fixture
def raw_profiles() -> dict[str, dict[str, Any]]:
    """The bundled JSON files as fresh plain dicts (safe to modify), keyed by slug."""
    directory = bundled_data_dir() / "occupations"
    return {
        slug: json.loads((directory / f"{slug}.json").read_text(encoding="utf-8")) for slug in SLUGS
    }


@pytest.fixture(scope="session")
def raw_skills() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (bundled_data_dir() / "skills.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture
def catalog() -> Catalog:
    return Catalog()


@pytest.fixture
def hesap(catalog: Catalog) -> Profile:
    return catalog.get(HESAP)


@pytest.fixture
def analist(catalog: Catalog) -> Profile:
    return catalog.get(ANALIST)


@pytest.fixture
def skill_table(catalog: Catalog) -> SkillTable:
    return catalog.skills()


@pytest.fixture
def write_profile(tmp_path: Path) -> Callable[..., Path]:
    """Write a profile dict (or raw text) to ``tmp_path/<name>.json``."""

    def write(name: str, content: dict[str, Any] | str) -> Path:
        path = tmp_path / f"{name}.json"
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def crowded_dir(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> Path:
    """A user data directory of profiles whose titles look alike (see ``LOOKALIKES``)."""
    for slug, title in LOOKALIKES.items():
        write_profile(slug, {**raw_profiles[HESAP], "slug": slug, "title": title})
    return tmp_path


@pytest.fixture(scope="module")
def table() -> SkillTable:
    """The bundled skill table as the importer gets it, loaded once per module."""
    return load_bundled_table("skills.json", SkillTable)
