"""`kariyer salary`: the salary table of a year or of the latest years, with --adjust."""

from __future__ import annotations

import json

import pytest

from ..support import (
    ANALIST,
    HESAP,
    Run,
    assert_clean_failure,
    flat,
    json_of,
    parse_csv,
)


def test_salary_2024(run: Run) -> None:
    result = run("salary", "--year", "2024")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "15.500 TL" in out
    assert "18.500 TL" in out
    assert "14.000 TL" not in out  # a 2023 figure is never shown as 2024's
    assert "2024 için veri yok" in out
    assert "Müşteri Hesap Temsilcisi: 2024 için veri yok (mevcut yıllar: 2023)" in out


def test_salary_short_year_option(run: Run) -> None:
    assert run("salary", "-y", "2023").stdout == run("salary", "--year", "2023").stdout


def test_salary_latest_years(run: Run) -> None:
    result = run("salary")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "15.500 TL" in out
    assert "14.000 TL" in out
    assert out.index("Müşteri Hizmetleri Analisti") < out.index("Müşteri Hesap Temsilcisi")


def test_salary_json(run: Run) -> None:
    result = run("salary", "--year", "2024", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["year"] == 2024
    assert [group["year"] for group in data["groups"]] == [2024]
    rows = data["groups"][0]["rows"]
    assert [row["slug"] for row in rows] == [ANALIST]
    assert rows[0]["average"]["monthly_tl"] == 15500
    assert data["groups"][0]["minimum_wage"]["net"] == 17002.12
    assert [(m["slug"], m["available_years"]) for m in data["missing"]] == [(HESAP, [2023])]


def test_salary_json_groups_by_year_newest_first(run: Run) -> None:
    """Without --year: one list of rows per year, never one ranking across years."""
    data = json_of(run("salary", "--json"))
    assert data["year"] is None
    assert [(g["year"], [r["slug"] for r in g["rows"]]) for g in data["groups"]] == [
        (2024, [ANALIST]),
        (2023, [HESAP]),
    ]
    assert data["ratio_ranking"] is None
    assert data["adjusted_ranking"] is None
    source = data["groups"][0]["rows"][0]["source"]
    assert source["site"] == "eniyimeslekler.com"


def test_salary_text_has_one_table_per_year(run: Run) -> None:
    out = run("salary").stdout
    assert out.index("2024 yılı") < out.index("Hizmetleri") < out.index("2023 yılı")
    assert out.index("2023 yılı") < out.index("Müşteri Hesap")
    ranks = [line.split()[0] for line in out.splitlines() if line.strip()[:2] in ("1 ", "2 ")]
    assert ranks == ["1", "1"]  # each year ranks its own occupations


def test_salary_rank_by_ratio(run: Run) -> None:
    result = run("salary", "--rank-by", "oran")
    assert result.exit_code == 0, result
    assert "Net asgari ücretin katına göre sıralama (hesaplanan)" in result.stdout
    assert result.stdout.index("Müşteri Hesap") < result.stdout.index("Hizmetleri Analisti")
    data = json_of(run("salary", "--rank-by", "oran", "--json"))
    assert [(r["slug"], r["ratio_to_net_minimum"]["value"]) for r in data["ratio_ranking"]] == [
        (HESAP, 1.23),
        (ANALIST, 0.91),
    ]
    bad = run("salary", "--rank-by", "maas")
    assert_clean_failure(bad, 2)
    assert "tutar, oran" in bad.stderr


def test_salary_year_without_data(run: Run) -> None:
    result = run("salary", "--year", "2022")
    assert_clean_failure(result, 1)
    assert "2023, 2024" in result.stderr
    assert "2022" in result.stderr


@pytest.mark.parametrize("year", ["abc", "2024.0", "1989", "2101", "-2024", "٢٠٢٤", ""])
def test_salary_bad_year(run: Run, year: str) -> None:
    result = run("salary", "--year", year)
    assert_clean_failure(result, 2)
    assert "Geçersiz yıl" in result.stderr


def test_salary_year_needs_a_value(run: Run) -> None:
    result = run("salary", "--year")
    assert_clean_failure(result, 2)
    assert "--year" in result.stderr


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
    rows = data["groups"][0]["rows"]
    assert [r["slug"] for r in rows] == [ANALIST]
    assert rows[0]["average"]["monthly_tl"] == 15500
    assert [m["slug"] for m in data["missing"]] == [HESAP]


def test_salary_json_without_adjust_has_null_adjusted(run: Run) -> None:
    data = json_of(run("salary", "--year", "2024", "--json"))
    assert data["adjusted"] is None


def test_salary_adjust_without_year_uses_the_latest_year(run: Run) -> None:
    """Adjusted to the latest indexed year (named), then one ranking of the estimates."""
    result = run("salary", "--adjust")
    assert result.exit_code == 0, result
    out = " ".join(result.stdout.split())
    assert "Tahmini sıralama: ortalamalar 2025 fiyatlarıyla (TÜFE endeksi olan en son yıl" in out
    assert "≈ 29.931 TL (tahmini)" in out  # 14.000 × 3.183,19 ÷ 1.488,91
    assert "≈ 20.906 TL (tahmini)" in out  # 15.500 × 3.183,19 ÷ 2.360,02
    assert "14.000 TL (2023)" in out
    data = json_of(run("salary", "--adjust", "--json"))
    ranking = data["adjusted_ranking"]
    assert ranking["target_year"] == 2025
    assert [(r["slug"], r["original_year"]) for r in ranking["rows"]] == [
        (HESAP, 2023),
        (ANALIST, 2024),
    ]
    assert all(r["estimate"]["estimate"] is True for r in ranking["rows"])


@pytest.mark.parametrize("year", ["2026", "2019"])
def test_salary_adjust_year_outside_index(run: Run, year: str) -> None:
    result = run("salary", "--year", year, "--adjust")
    assert result.exit_code == 1, result
    assert result.stdout == ""
    err = flat(result.stderr)
    assert err.startswith("Hata: ")
    assert f"{year} yılı için TÜFE" in err
    assert "2020–2025" in err
    assert "Traceback" not in result.output


def test_salary_adjust_to_2023(run: Run) -> None:
    data = json_of(run("salary", "--year", "2023", "--adjust", "--json"))
    row = data["adjusted"][0]
    assert row["slug"] == ANALIST
    assert row["average"]["original_year"] == 2024
    assert row["average"]["adjusted"]["value"] == pytest.approx(15500 * 1488.91 / 2360.02, abs=0.01)


# -- CSV ------------------------------------------------------------------------------
def test_csv_salary(run: Run) -> None:
    result = run("salary", "-f", "csv")
    assert result.exit_code == 0, result
    rows = parse_csv(result.stdout)
    assert [(row["slug"], row["kind"]) for row in rows] == [
        (ANALIST, "average"),
        (ANALIST, "top"),
        (HESAP, "average"),
        (HESAP, "top"),
    ]
    # a rank compares rows of one year only, and says which
    assert [(row["rank"], row["ranked_within"]) for row in rows] == [
        ("1", "year:2024"),
        ("1", "year:2024"),
        ("1", "year:2023"),
        ("1", "year:2023"),
    ]
    assert [int(row["year"]) for row in rows] == [2024, 2024, 2023, 2023]
    assert [float(row["monthly_tl"]) for row in rows] == [15500, 18500, 14000, 16000]
    assert all(row["computed"] == "no" for row in rows)
