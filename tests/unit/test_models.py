"""The profile schema: bundled data validates, typos and bad values are rejected."""

from __future__ import annotations

import copy
from dataclasses import FrozenInstanceError
from typing import Any

import pytest
from pydantic import ValidationError

from kariyer.schema.models import Profile, SalaryFigure, SkillTable
from kariyer.schema.validate import validate

from ..support import SLUGS


def minimal_profile(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "slug": "ornek-meslek",
        "title": "Örnek Meslek",
        "source": {"site": "eniyimeslekler.com", "title": "Örnek Meslek Ne İş Yapar?"},
    }
    data.update(changes)
    return data


def figure(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "year": 2023,
        "kind": "average",
        "label": "Ortalama Maaş",
        "monthly_tl": 14000,
    }
    data.update(changes)
    return data


def error_types(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {item["type"] for item in exc.value.errors()}


def error_locs(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str | int, ...]]:
    return {tuple(item["loc"]) for item in exc.value.errors()}


@pytest.mark.parametrize("slug", SLUGS)
def test_bundled_profiles_validate(raw_profiles: dict[str, dict[str, Any]], slug: str) -> None:
    profile = validate(Profile, raw_profiles[slug])
    assert profile.slug == slug
    assert profile.schema_version == 1


def test_bundled_skill_table_validates(raw_skills: dict[str, Any]) -> None:
    table = validate(SkillTable, raw_skills)
    assert len(table.skills) == 8


def test_minimal_profile_gets_defaults() -> None:
    profile = validate(Profile, minimal_profile())
    assert profile.duties == []
    assert profile.salary.figures == []
    assert profile.outlook is None
    assert profile.salary_years() == []
    assert profile.figure(2023, "average") is None


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ((), "salaryy"),
        (("salary",), "currency"),
        (("source",), "author"),
        (("salary", "figures", 0), "net_tl"),
        (("skills", 0), "level"),
    ],
)
def test_unknown_key_rejected(
    raw_profiles: dict[str, dict[str, Any]], path: tuple[str | int, ...], key: str
) -> None:
    data = copy.deepcopy(raw_profiles["musteri-hesap-temsilcisi"])
    target: Any = data
    for part in path:
        target = target[part]
    target[key] = "x"
    with pytest.raises(ValidationError) as exc:
        validate(Profile, data)
    assert error_types(exc) == {"unexpected_keyword_argument"}
    assert error_locs(exc) == {(*path, key)}


@pytest.mark.parametrize(
    "slug", ["Müşteri", "../x", "a_b", "Abc", "a--b", "-a", "a-", "", "a b", "a/b", "a" * 81]
)
def test_bad_slug_rejected(slug: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate(Profile, minimal_profile(slug=slug))
    assert error_locs(exc) == {("slug",)}


@pytest.mark.parametrize("slug", ["a", "abc-123", "musteri-hesap-temsilcisi", "x" * 80])
def test_good_slug_accepted(slug: str) -> None:
    assert validate(Profile, minimal_profile(slug=slug)).slug == slug


@pytest.mark.parametrize("value", [0, -1, -14000.5, "abc", None, [14000]])
def test_monthly_tl_must_be_positive_number(value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, figure(monthly_tl=value))
    assert error_locs(exc) == {("monthly_tl",)}


def test_monthly_tl_missing_rejected() -> None:
    data = figure()
    del data["monthly_tl"]
    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, data)
    assert error_types(exc) == {"missing"}


@pytest.mark.parametrize("value", [0, -19.9])
def test_hourly_tl_must_be_positive(value: float) -> None:
    with pytest.raises(ValidationError):
        validate(SalaryFigure, figure(hourly_tl=value))


def test_basis_defaults_to_unknown() -> None:
    parsed = validate(SalaryFigure, figure())
    assert parsed.basis == "unknown"
    assert parsed.hourly_tl is None


@pytest.mark.parametrize("basis", ["gross", "net", "unknown"])
def test_basis_accepts_known_values(basis: str) -> None:
    assert validate(SalaryFigure, figure(basis=basis)).basis == basis


@pytest.mark.parametrize("basis", ["brüt", "Gross", ""])
def test_basis_rejects_other_values(basis: str) -> None:
    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, figure(basis=basis))
    assert error_types(exc) == {"literal_error"}


@pytest.mark.parametrize(("field", "value"), [("kind", "median"), ("year", 1989), ("year", 2101)])
def test_figure_kind_and_year_are_checked(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, figure(**{field: value}))
    assert error_locs(exc) == {(field,)}


def test_schema_version_must_be_1() -> None:
    with pytest.raises(ValidationError) as exc:
        validate(Profile, minimal_profile(schema_version=2))
    assert error_locs(exc) == {("schema_version",)}


def test_empty_duty_rejected() -> None:
    with pytest.raises(ValidationError) as exc:
        validate(Profile, minimal_profile(duties=["görev", ""]))
    assert error_locs(exc) == {("duties", 1)}


def test_source_is_required() -> None:
    data = minimal_profile()
    del data["source"]
    with pytest.raises(ValidationError) as exc:
        validate(Profile, data)
    assert error_locs(exc) == {("source",)}


def test_profile_is_frozen(raw_profiles: dict[str, dict[str, Any]]) -> None:
    profile = validate(Profile, raw_profiles["musteri-hesap-temsilcisi"])
    with pytest.raises(FrozenInstanceError):
        profile.title = "Başka"  # type: ignore[misc]
    assert profile.title == "Müşteri Hesap Temsilcisi"


def test_salary_years_and_figure_lookup() -> None:
    profile = validate(
        Profile,
        minimal_profile(
            salary={
                "figures": [
                    figure(year=2024, monthly_tl=15500),
                    figure(year=2023, kind="top", label="Üst Düzey", monthly_tl=16000),
                    figure(year=2023, monthly_tl=14000),
                ]
            }
        ),
    )
    assert profile.salary_years() == [2023, 2024]
    top_2023 = profile.figure(2023, "top")
    assert top_2023 is not None
    assert top_2023.monthly_tl == 16000
    assert profile.figure(2024, "top") is None


# -- "low" figures and published ranges ----------------------------------------------------
def test_a_low_figure_is_a_kind_of_its_own() -> None:
    parsed = validate(SalaryFigure, figure(kind="low", label="Başlangıç Maaşı"))
    assert (parsed.kind, parsed.label) == ("low", "Başlangıç Maaşı")


def test_a_range_keeps_both_ends() -> None:
    ends = {"monthly_tl": 12000, "monthly_tl_high": 15000, "hourly_tl": 60, "hourly_tl_high": 80}
    parsed = validate(SalaryFigure, figure(**ends))
    assert (parsed.monthly_tl, parsed.monthly_tl_high) == (12000.0, 15000.0)
    assert (parsed.hourly_tl, parsed.hourly_tl_high) == (60.0, 80.0)
    assert isinstance(parsed.monthly_tl_high, float)
    assert parsed.is_range


@pytest.mark.parametrize(
    ("changes", "wording"),
    [
        ({"monthly_tl_high": 12000}, "monthly_tl_high: 12.000"),
        ({"monthly_tl_high": 14000}, "monthly_tl_high: 14.000"),
        ({"hourly_tl": 80, "hourly_tl_high": 60}, "hourly_tl_high: 60"),
        ({"hourly_tl_high": 60}, "yalnız hourly_tl (alt uç) ile yazılabilir"),
    ],
)
def test_a_range_must_rise(changes: dict[str, Any], wording: str) -> None:
    from kariyer.schema.validate import describe_validation_error

    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, figure(monthly_tl=14000, **changes))
    [(_where, message)] = describe_validation_error(exc.value)
    assert wording in message
    assert not message.startswith("Value error")


@pytest.mark.parametrize("value", [0, -1, "15000", 2_000_000_000])
def test_the_upper_end_has_the_same_limits(value: object) -> None:
    with pytest.raises(ValidationError) as exc:
        validate(SalaryFigure, figure(monthly_tl_high=value))
    assert error_locs(exc) == {("monthly_tl_high",)}
