"""Property tests: whatever the data files hold, kariyer never crashes.

A file either loads as a profile or is a ProfileError naming it; the CLI then runs on it
without crashing (see tests/robustness/test_properties.py for what "crash" means).
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from kariyer.errors import ProfileError
from kariyer.schema.build import to_data, trusted
from kariyer.schema.limits import MAX_MONTHLY_TL, is_slug
from kariyer.schema.models import Profile
from kariyer.schema.validate import validate
from kariyer.store.catalog import Catalog
from kariyer.store.verified import load_profile_file

from ..support import ANALIST, HESAP, PROPERTY_SETTINGS, assert_no_crash, bundled_json, invoke

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and ±Infinity too: Python's json module reads and writes them
    st.text(max_size=30),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=12), children, max_size=4),
    ),
    max_leaves=25,
)
JSON_OBJECTS = st.dictionaries(st.text(max_size=15), JSON_VALUES, max_size=8)


BUNDLED = {slug: bundled_json(slug) for slug in (HESAP, ANALIST)}


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a value inside ``node`` (the root excluded)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _places(value, (*path, index))


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    node = root
    for step in path[:-1]:
        node = node[step]
    return node


MUTATION_VALUES = st.one_of(
    JSON_VALUES,
    st.sampled_from(
        [
            0,
            -1,
            1e308,
            1e-308,
            10**40,
            math.nan,
            math.inf,
            -math.inf,
            "",
            " ",
            "x" * 25_000,
            [],
            {},
            1990,
            2100,
            1989,
            2101,
            "2024",
            True,
            None,
            "gross",
            "average",
            "top",
            "growth",
        ]
    ),
)


# For the CLI runs: numbers a person could mistype, not 1e308 (see the overflow test below,
# which pins that known bug without making this test flaky).
MODERATE_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**12), 10**12),
        st.floats(-1e12, 1e12),
        st.sampled_from([math.nan, math.inf, -math.inf, 1990, 2023, 2024, 2100, 0, -1]),
        st.text(max_size=30),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(max_size=12), children, max_size=3),
    ),
    max_leaves=10,
)


@st.composite
def mutated_profiles(
    draw: st.DrawFn, values: st.SearchStrategy[Any] = MUTATION_VALUES
) -> dict[str, Any]:
    """A bundled profile with a few values replaced, removed, renamed or added."""
    data = copy.deepcopy(BUNDLED[draw(st.sampled_from(sorted(BUNDLED)))])
    for _ in range(draw(st.integers(1, 4))):
        places = list(_places(data))
        if not places:
            break
        path = draw(st.sampled_from(places))
        parent = _parent(data, path)
        key = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "rename", "add"]))
        if action == "replace":
            parent[key] = draw(values)
        elif action == "delete":
            del parent[key]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = parent.pop(key)
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(values)
        elif action == "add" and isinstance(parent, list):
            parent.insert(draw(st.integers(0, len(parent))), draw(values))
    return data


def _file_name(data: object) -> str:
    """The profile's own slug when it is one (so it may load), else a fixed name."""
    slug = data.get("slug") if isinstance(data, dict) else None
    return slug if isinstance(slug, str) and is_slug(slug) else "ornek-meslek"


def _load_or_profile_error(path: Path) -> Profile | None:
    """A Profile, or None after a readable ProfileError; anything else fails the test."""
    error: ProfileError | None = None
    try:
        profile = load_profile_file(path)
    except ProfileError as exc:
        error = exc
    if error is not None:
        assert str(path) in error.message  # the user learns which file
        assert error.problem
        return None
    assert isinstance(profile, Profile)
    return profile


def _check_directory_of(data: object, *, run_cli: bool) -> None:
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        slug = _file_name(data)
        path = directory / f"{slug}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

        profile = _load_or_profile_error(path)

        catalog = Catalog(user_dir=directory)
        profiles = catalog.profiles()  # never raises for a bad user file
        slugs = [item.slug for item in profiles]
        assert len(slugs) == len(set(slugs))
        if profile is None:  # reported once, skipped
            assert [Path(p.path) for p in catalog.problems] == [path]
        else:
            assert profile.slug == slug
            assert slug in slugs
            assert catalog.problems == []

        if run_cli:
            _cli_survives(directory, slug, loaded=profile is not None)


def _cli_survives(directory: Path, slug: str, *, loaded: bool) -> None:
    base = ("--data-dir", str(directory))
    other = ANALIST if slug != ANALIST else HESAP
    for args in (
        ("list",),
        ("list", "--json"),
        ("salary",),
        ("salary", "--year", "2024", "--adjust"),
        ("search", "müşteri"),
        ("skills",),
        ("match", "--skills", "iletişim, excel"),
        ("check",),
    ):
        assert_no_crash(invoke(*args, *base), frozenset({0, 1}))
    for fmt in ("text", "json", "markdown", "csv"):
        shown = invoke("show", slug, "--format", fmt, *base)
        assert_no_crash(shown, frozenset({0, 1}))
        assert (shown.exit_code == 0) is loaded, shown.output
        compared = invoke("compare", slug, other, "--adjust", "--format", fmt, *base)
        assert_no_crash(compared, frozenset({0, 1, 2}))


@pytest.mark.slow
@PROPERTY_SETTINGS
@given(data=JSON_OBJECTS)
def test_any_json_object_loads_or_is_a_profile_error(data: dict[str, Any]) -> None:
    _check_directory_of(data, run_cli=False)


@pytest.mark.slow
@PROPERTY_SETTINGS
@given(data=JSON_VALUES)
def test_any_json_value_loads_or_is_a_profile_error(data: object) -> None:
    _check_directory_of(data, run_cli=False)


@pytest.mark.slow
@PROPERTY_SETTINGS
@given(data=mutated_profiles())
def test_mutated_profile_loads_or_is_a_profile_error(data: dict[str, Any]) -> None:
    _check_directory_of(data, run_cli=False)


PLAUSIBLE_VALUES = st.one_of(
    st.text(min_size=1, max_size=20),
    st.integers(1, 10**6),
    st.floats(min_value=0.01, max_value=1e6),
)


@pytest.mark.slow
# about one in ten mutated profiles is still valid
@settings(PROPERTY_SETTINGS, max_examples=300)
@given(data=mutated_profiles(PLAUSIBLE_VALUES))
def test_a_valid_profile_is_built_the_same_without_pydantic(data: dict[str, Any]) -> None:
    """What a later run builds from checked bytes equals what validation made of them."""
    try:
        checked = validate(Profile, data)
    except ValidationError:
        return
    built = trusted(Profile, json.loads(json.dumps(data)))
    assert built == checked
    # the same JSON text too: 14000 and 14000.0 are equal numbers but not equal output
    assert json.dumps(to_data(built)) == json.dumps(to_data(checked))


@pytest.mark.slow
@settings(PROPERTY_SETTINGS, max_examples=40)
@given(data=mutated_profiles(MODERATE_VALUES))
def test_mutated_profile_never_crashes_the_cli(data: dict[str, Any]) -> None:
    _check_directory_of(data, run_cli=True)


@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=300))
def test_any_bytes_load_or_are_a_profile_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "ornek-meslek.json"
        path.write_bytes(raw)
        _load_or_profile_error(path)
        Catalog(user_dir=Path(name)).profiles()


@PROPERTY_SETTINGS
@given(text=st.text(max_size=200))
def test_any_text_file_loads_or_is_a_profile_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "ornek-meslek.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _load_or_profile_error(path)


@pytest.mark.slow
def test_mutation_strategy_really_mutates() -> None:
    """The generator must produce both loadable and broken profiles, or it tests nothing."""
    seen = {"ok": 0, "bad": 0}

    @settings(max_examples=80, deadline=None, database=None, derandomize=True)  # not flaky
    @given(data=mutated_profiles())
    def collect(data: dict[str, Any]) -> None:
        try:
            validate(Profile, data)
        except Exception:
            seen["bad"] += 1
        else:
            seen["ok"] += 1

    collect()
    assert seen["bad"] > 0
    assert seen["ok"] > 0


def test_deeply_nested_json_is_a_profile_error(tmp_path: Path) -> None:
    path = tmp_path / "derin.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile_file(path)


def test_deeply_nested_object_is_a_profile_error(tmp_path: Path) -> None:
    path = tmp_path / "derin.json"
    text = '{"slug": "derin", "title": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile_file(path)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_salaries_are_profile_errors(value: float, tmp_path: Path) -> None:
    data = copy.deepcopy(BUNDLED[HESAP])
    data["salary"]["figures"][0]["monthly_tl"] = value
    path = tmp_path / f"{HESAP}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # NaN / Infinity
    with pytest.raises(ProfileError, match="monthly_tl"):
        load_profile_file(path)


SALARY_COMMANDS = {
    "salary": ("salary",),
    "salary-adjust": ("salary", "--year", "2024", "--adjust"),
    "compare-adjust": ("compare", "--adjust", HESAP, ANALIST),
    "compare": ("compare", HESAP, ANALIST),
    "show": ("show", HESAP),
    "list": ("list",),
    "check": ("check",),
}


def _extreme_cases() -> list[Any]:
    return [
        pytest.param(value, args, id=f"{value:g}-{name}")
        for value in (MAX_MONTHLY_TL, 999_999_999.99, 0.01, 5e-324)
        for name, args in SALARY_COMMANDS.items()
    ]


@pytest.mark.parametrize("value", [1e308, 1e300, 1e15, MAX_MONTHLY_TL + 1])
def test_salary_above_the_bound_is_a_profile_error(value: float, tmp_path: Path) -> None:
    """No wage is a billion lira a month: such a figure is a typo, reported, not rendered."""
    data = copy.deepcopy(BUNDLED[HESAP])
    data["salary"]["figures"][0]["monthly_tl"] = value
    (tmp_path / f"{HESAP}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(ProfileError, match="monthly_tl"):
        load_profile_file(tmp_path / f"{HESAP}.json")


@pytest.mark.parametrize(("value", "args"), _extreme_cases())
def test_extreme_but_valid_salary_never_crashes(
    value: float, args: tuple[str, ...], tmp_path: Path
) -> None:
    data = copy.deepcopy(BUNDLED[HESAP])
    data["salary"]["figures"][0]["monthly_tl"] = value
    (tmp_path / f"{HESAP}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert load_profile_file(tmp_path / f"{HESAP}.json").salary.figures[0].monthly_tl == value

    result = invoke(*args, "--data-dir", str(tmp_path))

    assert_no_crash(result, frozenset({0}))
