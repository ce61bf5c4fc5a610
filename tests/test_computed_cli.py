"""Computed figures on the command line: show, salary --adjust, compare --adjust."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest

from kariyer.schema.build import to_data
from kariyer.schema.models import Profile
from kariyer.schema.validate import validate

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]


def flat(text: str) -> str:
    """Output with line wrapping and indentation collapsed to single spaces."""
    return " ".join(text.split())


def json_of(result: CliResult) -> Any:
    assert result.exit_code == 0, result
    assert result.stderr == ""
    return json.loads(result.stdout)


# -- show ------------------------------------------------------------------------------
def test_show_hesap_computed_hourly(run: Run) -> None:
    result = run("show", HESAP)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "62,22 TL/saat" in out  # computed: 14.000 ÷ 225
    assert "19,90 TL/saat" in out  # published, shown unchanged
    assert "hesaplanan" in out
    assert "Hesaplanan değerler" in out
    assert "1,23" in out  # 14.000 ÷ 11.402,32
    assert "11.402,32 TL (2023)" in out
    assert "2 asgari ücret oranı" in out  # the 2023 note: two rates, December's used


def test_show_hesap_published_table_comes_before_computed(run: Run) -> None:
    out = flat(run("show", HESAP).stdout)
    published = out.index("Saatlik (makalede)")
    computed = out.index("Hesaplanan değerler")
    assert published < computed
    assert out.index("19,90 TL/saat") < computed
    assert out.index("62,22 TL/saat") > computed


def test_show_hesap_mismatch_warning(run: Run) -> None:
    out = flat(run("show", HESAP).stdout)
    assert "⚠ Saatlik ücret aylıkla uyuşmuyor (2023, Ortalama Maaş)" in out
    assert "asgari ücretinin" not in out  # 14.000 TL is above the 2023 minimum


def test_show_analist_ratio_and_below_minimum(run: Run) -> None:
    result = run("show", ANALIST)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "0,91" in out
    assert "17.002,12 TL (2024)" in out
    assert "⚠ Ortalama maaş (15.500 TL, 2024) o yılın net asgari ücretinin (17.002,12 TL)" in out
    assert "altında" in out
    assert "68,89 TL/saat" in out
    assert "126,40 TL/saat" in out


def test_show_json_has_computed_apart_from_published(run: Run, raw_profiles: Any) -> None:
    data = json_of(run("show", HESAP, "--json"))
    assert "computed" in data
    computed = data["computed"]
    assert set(computed) == {"figures", "findings"}
    figures = computed["figures"]
    assert len(figures) == 2
    first = figures[0]
    assert set(first["hourly_computed"]) == {"value", "status", "method", "source"}
    assert first["hourly_computed"]["value"] == 62.22
    assert first["hourly_computed"]["status"] == "computed"
    assert "225" in first["hourly_computed"]["method"]
    assert first["hourly_computed"]["source"]
    assert first["hourly_published"] == 19.9
    assert first["hourly_mismatch"] is True
    assert first["minimum_wage"]["net"] == 11402.32
    assert first["minimum_wage"]["valid_from"] == "2023-07-01"
    assert first["ratio_to_net_minimum"]["status"] == "computed"
    assert first["below_net_minimum"] is False
    for figure in figures:
        assert figure["hourly_computed"]["status"] == "computed"
        assert figure["hourly_computed"]["method"]
    assert [f["code"] for f in computed["findings"]] == ["hourly-mismatch", "hourly-mismatch"]

    # the published salary is unchanged: same values, no computed keys mixed in
    published = data["salary"]["figures"]
    assert published[0]["hourly_tl"] == 19.9
    assert published[1]["hourly_tl"] == 29.0
    raw = raw_profiles[HESAP]["salary"]["figures"]
    assert published == raw
    assert {k: v for k, v in data.items() if k != "computed"}["salary"] == raw_profiles[HESAP][
        "salary"
    ]


def test_show_json_analist_below_minimum(run: Run) -> None:
    data = json_of(run("show", ANALIST, "--json"))
    first = data["computed"]["figures"][0]
    assert first["ratio_to_net_minimum"]["value"] == 0.91
    assert first["below_net_minimum"] is True
    assert first["minimum_wage"]["net"] == 17002.12
    assert data["salary"]["figures"][0]["hourly_tl"] == 126.4
    codes = sorted(f["code"] for f in data["computed"]["findings"])
    assert codes == ["below-minimum-wage", "hourly-mismatch", "hourly-mismatch"]


@pytest.mark.parametrize("slug", [HESAP, ANALIST])
def test_show_json_is_the_stored_profile_plus_computed(
    run: Run, raw_profiles: Any, slug: str
) -> None:
    data = json_of(run("show", slug, "--json"))
    assert set(data) == {f.name for f in fields(Profile)} | {"computed"}
    stored = to_data(validate(Profile, raw_profiles[slug]))
    assert {key: value for key, value in data.items() if key != "computed"} == stored
    assert data["salary"] == raw_profiles[slug]["salary"]


# -- salary --adjust ----------------------------------------------------------------------
def test_salary_adjust_human(run: Run) -> None:
    result = run("salary", "--year", "2024", "--adjust")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "22.191 TL" in out
    assert "tahmini" in out
    assert "14.000 TL" in out
    assert "2023" in out
    assert "≈ 22.191 TL (14.000 TL, 2023)" in out
    assert "≈ 25.361 TL (16.000 TL, 2023)" in out
    # the published 2024 row is still there, unadjusted
    assert "15.500 TL" in out
    assert "0,91 ⚠" in out


def test_salary_without_adjust_has_no_estimate(run: Run) -> None:
    result = run("salary", "--year", "2024")
    assert result.exit_code == 0, result
    assert "22.191" not in result.stdout
    assert "Tahmini" not in result.stdout


def test_salary_adjust_json(run: Run) -> None:
    data = json_of(run("salary", "--year", "2024", "--adjust", "--json"))
    assert data["year"] == 2024
    adjusted = data["adjusted"]
    assert isinstance(adjusted, list)
    assert len(adjusted) == 1
    row = adjusted[0]
    assert row["slug"] == HESAP
    average = row["average"]
    assert average["original_year"] == 2023
    assert average["original_tl"] == 14000
    assert average["target_year"] == 2024
    assert average["adjusted"]["value"] == pytest.approx(22190.9, abs=0.05)
    assert average["adjusted"]["status"] == "computed"
    assert "TÜFE yıllık ortalama" in average["adjusted"]["method"]
    assert row["top"]["adjusted"]["value"] == pytest.approx(25361.05, abs=0.01)
    # the published rows are not touched by the adjustment
    assert [r["slug"] for r in data["rows"]] == [ANALIST]
    assert data["rows"][0]["average"]["monthly_tl"] == 15500
    assert [m["slug"] for m in data["missing"]] == [HESAP]


def test_salary_json_without_adjust_has_null_adjusted(run: Run) -> None:
    data = json_of(run("salary", "--year", "2024", "--json"))
    assert data["adjusted"] is None


def test_salary_adjust_without_year_is_a_usage_error(run: Run) -> None:
    result = run("salary", "--adjust")
    assert result.exit_code == 2, result
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "--adjust" in result.stderr
    assert "--year" in result.stderr


@pytest.mark.parametrize("year", ["2026", "2025", "2019"])
def test_salary_adjust_year_outside_index(run: Run, year: str) -> None:
    result = run("salary", "--year", year, "--adjust")
    assert result.exit_code == 1, result
    assert result.stdout == ""
    err = flat(result.stderr)
    assert err.startswith("Hata: ")
    assert f"{year} yılı için TÜFE" in err
    assert "2020–2024" in err
    assert "Traceback" not in result.output


def test_salary_adjust_to_2023(run: Run) -> None:
    data = json_of(run("salary", "--year", "2023", "--adjust", "--json"))
    row = data["adjusted"][0]
    assert row["slug"] == ANALIST
    assert row["average"]["original_year"] == 2024
    assert row["average"]["adjusted"]["value"] == pytest.approx(15500 * 1488.91 / 2360.02, abs=0.01)


# -- compare --adjust ----------------------------------------------------------------------
def test_compare_adjust_human(run: Run) -> None:
    result = run("compare", HESAP, ANALIST, "--adjust")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "2024 fiyatlarıyla (tahmini" in out
    assert "≈ 22.191 TL (14.000 TL, 2023)" in out
    assert "tahmini fark (B − A): −6.691 TL" in out
    assert "tahmini fark (B − A): −6.861 TL" in out
    # the plain note still says the published figures were not subtracted
    assert "fark hesaplanmadı" in out


def test_compare_adjust_reversed_sign(run: Run) -> None:
    out = flat(run("compare", ANALIST, HESAP, "--adjust").stdout)
    assert "B (Müşteri Hesap Temsilcisi) 2024 fiyatlarıyla" in out
    assert "tahmini fark (B − A): +6.691 TL" in out


def test_compare_without_adjust_has_no_estimate(run: Run) -> None:
    result = run("compare", HESAP, ANALIST)
    assert result.exit_code == 0, result
    assert "tahmini fark" not in result.stdout
    assert "22.191" not in result.stdout


def test_compare_adjust_json(run: Run) -> None:
    data = json_of(run("compare", HESAP, ANALIST, "--adjust", "--json"))
    salary = data["salary"]
    assert salary["difference"] is None
    adjusted = salary["adjusted"]
    assert adjusted is not None
    assert adjusted["target_year"] == 2024
    assert adjusted["adjusted_side"] == "a"
    assert adjusted["average"]["adjusted"]["value"] == pytest.approx(22190.92, abs=0.01)
    difference = adjusted["difference_average"]
    assert difference["value"] == pytest.approx(15500 - 22190.92, abs=0.01)
    assert round(difference["value"]) == -6691
    assert difference["status"] == "computed"
    assert "B − A" in difference["method"]
    assert adjusted["difference_top"]["value"] == pytest.approx(18500 - 25361.05, abs=0.01)
    # published sides unchanged
    assert salary["a"]["average"]["monthly_tl"] == 14000
    assert salary["a"]["year"] == 2023
    assert salary["b"]["average"]["monthly_tl"] == 15500


def test_compare_adjust_json_reversed(run: Run) -> None:
    adjusted = json_of(run("compare", ANALIST, HESAP, "--adjust", "--json"))["salary"]["adjusted"]
    assert adjusted["adjusted_side"] == "b"
    assert adjusted["difference_average"]["value"] == pytest.approx(22190.92 - 15500, abs=0.01)


def test_compare_json_without_adjust(run: Run) -> None:
    salary = json_of(run("compare", HESAP, ANALIST, "--json"))["salary"]
    assert salary["adjusted"] is None
    assert salary["difference"] is None
    assert salary["same_year"] is False
