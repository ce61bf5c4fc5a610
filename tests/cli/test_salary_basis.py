"""Gross, net and unspecified amounts, top-only rows, contradictions: never ranked or
subtracted as if comparable, never silently dropped."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ..support import HESAP, Run, flat, write_user_profile


def _figure(year: int, kind: str, monthly: float, basis: str = "unknown") -> dict[str, Any]:
    return {"year": year, "kind": kind, "label": kind, "monthly_tl": monthly, "basis": basis}


@pytest.fixture
def mixed(tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]) -> Path:
    raw = raw_profiles[HESAP]

    def add(slug: str, title: str, *figures: dict[str, Any]) -> None:
        salary = {**raw["salary"], "figures": list(figures)}
        write_user_profile(tmp_path, raw, slug, title, salary=salary)

    add("net-a", "Net A", _figure(2024, "average", 20000, "net"))
    add("brut-b", "Brüt B", _figure(2024, "average", 25000, "gross"))
    add("ust-c", "Üst C", _figure(2024, "top", 30000))
    add("esit-d", "Eşit D", _figure(2024, "average", 15500))
    return tmp_path


def test_gross_and_net_are_ranked_apart(run: Run, mixed: Path) -> None:
    data = json.loads(run("salary", "--year", "2024", "--data-dir", str(mixed), "--json").stdout)
    groups = [
        (g["year"], g["basis"], [(r["slug"], r["rank"]) for r in g["rows"]]) for g in data["groups"]
    ]
    assert groups == [
        (2024, "unknown", [("esit-d", 1), ("musteri-hizmetleri-analisti", 1), ("ust-c", 0)]),
        (2024, "net", [("net-a", 1)]),
        (2024, "gross", [("brut-b", 1)]),
    ]
    text = flat(run("salary", "--year", "2024", "--data-dir", str(mixed)).stdout)
    assert "2024 yılı — net rakamlar" in text
    assert "2024 yılı — brüt rakamlar" in text
    assert "brüt/net belirtilmemiştir" not in text  # not true of these rows
    assert "ayrı tablolarda sıralanır" in text
    assert "Üst C: 2024 için ortalama yok, yalnız üst düzey rakamı var" in text


def test_a_gross_amount_has_no_net_minimum_ratio(run: Run, mixed: Path) -> None:
    data = json.loads(run("salary", "--year", "2024", "--data-dir", str(mixed), "--json").stdout)
    gross = data["groups"][2]["rows"][0]
    assert gross["ratio_to_net_minimum"] is None
    ratio = flat(run("salary", "--rank-by", "oran", "--data-dir", str(mixed)).stdout)
    assert "Brüt B: rakam brüt; net asgari ücrete bölünmez" in ratio
    assert "Üst C: 2024 için ortalama rakamı yok" in ratio  # the text view lists them too


def test_csv_ranks_say_which_table_they_rank(run: Run, mixed: Path) -> None:
    out = run("salary", "--year", "2024", "--data-dir", str(mixed), "-f", "csv").stdout
    rows = {(r["slug"], r["kind"]): r for r in csv.DictReader(io.StringIO(out))}
    assert rows[("net-a", "average")]["ranked_within"] == "year:2024:net"
    assert rows[("brut-b", "average")]["ranked_within"] == "year:2024:gross"
    assert rows[("ust-c", "top")]["rank"] == ""


def test_compare_never_subtracts_gross_from_net(run: Run, mixed: Path) -> None:
    result = run("compare", "net-a", "brut-b", "--data-dir", str(mixed))
    text = flat(result.stdout)
    assert "20.000 TL (2024, net)" in text
    assert "25.000 TL (2024, brüt)" in text
    assert "Fark (B − A" not in text
    assert "farklı türden tutarlar çıkarılamaz" in text
    data = json.loads(run("compare", "net-a", "brut-b", "--data-dir", str(mixed), "--json").stdout)
    assert data["salary"]["difference"] is None


def test_compare_without_figures_of_one_kind_says_so(run: Run, mixed: Path) -> None:
    text = flat(run("compare", "esit-d", "ust-c", "--data-dir", str(mixed)).stdout)
    assert "Fark (B − A, 2024, hesaplanan): ." not in text
    assert "aynı türden (ortalama ya da üst düzey) rakam yok" in text


def test_a_contradiction_is_flagged_in_salary(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    raw = raw_profiles[HESAP]
    figures = [_figure(2024, "average", 20000), _figure(2024, "average", 30000)]
    write_user_profile(tmp_path, raw, "cift", "Çift", salary={**raw["salary"], "figures": figures})
    text = flat(run("salary", "--year", "2024", "--data-dir", str(tmp_path)).stdout)
    assert "⚠ Çift: 2024 için çelişen rakamlar da var (30.000 TL, makalede)" in text
    check = flat(run("check", str(tmp_path / "cift.json")).stdout)
    assert "[conflicting-figures]" in check
