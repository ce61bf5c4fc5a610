"""`kariyer compare`: two occupations side by side, by slug or title, with --adjust."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ..support import (
    ANALIST,
    HESAP,
    Run,
    assert_clean_failure,
    flat,
    json_of,
    suggestions_in,
    write_user_profile,
)


def test_compare(run: Run) -> None:
    result = run("compare", HESAP, ANALIST)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    out = result.stdout
    assert "Ortak" in out
    assert "İletişim" in out
    assert "Problem çözme" in out
    assert "Ürün bilgisi" in out
    assert "Aktif dinleme" in out
    assert "14.000 TL (2023)" in out
    assert "15.500 TL (2024)" in out
    assert "fark hesaplanmadı" in flat(out)
    assert "Maaş yılları farklı (2023 ve 2024)" in flat(out)
    assert "Fark (B − A" not in out


def test_compare_json(run: Run) -> None:
    result = run("compare", HESAP, ANALIST, "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["skills"]["shared"]] == ["communication", "problem-solving"]
    assert [s["id"] for s in data["skills"]["only_a"]] == [
        "product-knowledge",
        "time-management",
        "teamwork",
    ]
    assert data["salary"]["difference"] is None
    assert data["salary"]["same_year"] is False
    assert (data["a"]["slug"], data["b"]["slug"]) == (HESAP, ANALIST)


def test_compare_same_year_user_profile_shows_difference(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    raw = raw_profiles[HESAP]
    figures = [{**figure, "year": 2024} for figure in raw["salary"]["figures"]]
    write_user_profile(
        tmp_path, raw, "hesap-2024", "Hesap 2024", salary={**raw["salary"], "figures": figures}
    )
    result = run("compare", "hesap-2024", ANALIST, "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "Fark (B − A, 2024, hesaplanan): ortalama +1.500 TL, üst düzey +2.500 TL." in out
    assert "fark hesaplanmadı" not in out


def test_compare_with_itself(run: Run) -> None:
    result = run("compare", HESAP, HESAP)
    assert_clean_failure(result, 2)
    assert "kendisiyle karşılaştırılamaz" in result.stderr


def test_compare_unknown_second(run: Run) -> None:
    result = run("compare", HESAP, "yok")
    assert_clean_failure(result, 1)
    assert "Bulunamadı: 'yok'" in result.stderr


# -- compare --adjust ----------------------------------------------------------------------
CPI = {2023: 1488.91, 2024: 2360.02, 2025: 3183.19}  # TÜİK annual averages (2025 derived)


def in_2025(amount: float, year: int) -> float:
    return amount * CPI[2025] / CPI[year]


def test_compare_adjust_human(run: Run) -> None:
    """Both sides in the latest indexed year's prices, as show's price table and salary
    --adjust read them: one target year in the whole output."""
    result = run("compare", HESAP, ANALIST, "--adjust")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "A ve B 2025 fiyatlarıyla (TÜFE endeksi olan en son yıl; tahmini" in out
    assert "A ≈ 29.931 TL (14.000 TL, 2023); B ≈ 20.906 TL (15.500 TL, 2024)" in out
    average = round(in_2025(15500, 2024) - in_2025(14000, 2023))
    top = round(in_2025(18500, 2024) - in_2025(16000, 2023))
    assert (average, top) == (-9025, -9254)
    assert "tahmini fark (B − A): −9.025 TL" in out
    assert "tahmini fark (B − A): −9.254 TL" in out
    assert "2024 fiyatlarıyla" not in out
    # the plain note still says the published figures were not subtracted
    assert "fark hesaplanmadı" in out


def test_compare_adjust_reversed_sign(run: Run) -> None:
    out = flat(run("compare", ANALIST, HESAP, "--adjust").stdout)
    assert "A ≈ 20.906 TL (15.500 TL, 2024); B ≈ 29.931 TL (14.000 TL, 2023)" in out
    assert "tahmini fark (B − A): +9.025 TL" in out


def test_compare_without_adjust_has_no_estimate(run: Run) -> None:
    result = run("compare", HESAP, ANALIST)
    assert result.exit_code == 0, result
    assert "tahmini fark" not in result.stdout


def test_compare_adjust_json(run: Run) -> None:
    data = json_of(run("compare", HESAP, ANALIST, "--adjust", "--json"))
    salary = data["salary"]
    assert salary["difference"] is None
    adjusted = salary["adjusted"]
    assert adjusted is not None
    assert adjusted["target_year"] == 2025
    a, b = adjusted["a"], adjusted["b"]
    assert a["average"]["adjusted"]["value"] == pytest.approx(in_2025(14000, 2023), abs=0.01)
    assert b["average"]["adjusted"]["value"] == pytest.approx(in_2025(15500, 2024), abs=0.01)
    assert a["average"]["adjusted"]["estimate"] is True
    difference = adjusted["difference_average"]
    expected = in_2025(15500, 2024) - in_2025(14000, 2023)
    assert difference["value"] == pytest.approx(expected, abs=0.02)
    assert difference["status"] == "computed"
    assert difference["estimate"] is True
    assert "B − A" in difference["method"]
    top = in_2025(18500, 2024) - in_2025(16000, 2023)
    assert adjusted["difference_top"]["value"] == pytest.approx(top, abs=0.02)
    # published sides unchanged
    assert salary["a"]["average"]["monthly_tl"] == 14000
    assert salary["a"]["year"] == 2023
    assert salary["b"]["average"]["monthly_tl"] == 15500


def test_compare_adjust_json_reversed(run: Run) -> None:
    adjusted = json_of(run("compare", ANALIST, HESAP, "--adjust", "--json"))["salary"]["adjusted"]
    expected = in_2025(14000, 2023) - in_2025(15500, 2024)
    assert adjusted["difference_average"]["value"] == pytest.approx(expected, abs=0.02)


def test_compare_json_without_adjust(run: Run) -> None:
    salary = json_of(run("compare", HESAP, ANALIST, "--json"))["salary"]
    assert salary["adjusted"] is None
    assert salary["difference"] is None
    assert salary["same_year"] is False


# -- by title, and suggestions -------------------------------------------------------
def test_compare_accepts_titles(run: Run) -> None:
    result = run("compare", "Müşteri Hesap Temsilcisi", "MÜŞTERİ HİZMETLERİ ANALİSTİ", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["a"]["slug"] == HESAP
    assert data["b"]["slug"] == ANALIST


def test_compare_title_and_slug_give_the_same_result(run: Run) -> None:
    by_slug = run("compare", HESAP, ANALIST, "--json")
    by_title = run("compare", "musteri hesap temsilcisi", "Müşteri Hizmetleri Analisti", "--json")
    assert by_title.exit_code == by_slug.exit_code == 0
    assert json.loads(by_title.stdout) == json.loads(by_slug.stdout)


def test_compare_unknown_second_suggests(run: Run) -> None:
    result = run("compare", "Müşteri Hesap Temsilcisi", "müşteri anlaist")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Bulunamadı" in result.stderr
    assert suggestions_in(result.stderr)[0] == ANALIST


# -- markdown and CSV -----------------------------------------------------------------
def test_markdown_compare_title(run: Run) -> None:
    text = run("compare", HESAP, ANALIST, "--format", "markdown").stdout
    assert text.splitlines()[0] == "# Müşteri Hesap Temsilcisi ↔ Müşteri Hizmetleri Analisti"


def test_csv_compare(run: Run) -> None:
    """One row per figure or aspect, English headers and keys, year and source per figure."""
    result = run("compare", HESAP, ANALIST, "--format", "csv")
    assert result.exit_code == 0, result
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = list(rows[0])
    assert header[:3] == ["aspect", "side", "slug"]
    assert {"year", "kind", "value", "basis", "computed", "method", "source"} <= set(header)
    salary = [
        (r["side"], r["year"], r["kind"], float(r["value"]))
        for r in rows
        if r["aspect"] == "salary"
    ]
    assert salary == [
        ("a", "2023", "average", 14000),
        ("a", "2023", "top", 16000),
        ("b", "2024", "average", 15500),
        ("b", "2024", "top", 18500),
    ]
    for row in rows:
        if row["aspect"] == "salary":
            assert row["computed"] == "no"
            assert row["source"].startswith("eniyimeslekler.com — ")
    assert not any(r["aspect"].startswith("salary_estimate") for r in rows)  # no --adjust
    assert all(r["aspect"].isascii() for r in rows)  # keys, not Turkish labels
    shared = {r["side"]: r["value"] for r in rows if r["aspect"] == "shared_skills"}
    assert shared == {"a": "İletişim; Problem çözme", "b": "İletişim; Problem çözme"}  # canonical
    duties = [r for r in rows if r["aspect"] == "duty"]
    assert len(duties) == 18
    training = [r["value"] for r in rows if r["aspect"] == "requirements_training"]
    assert training[0].startswith("Müşteri hesabı temsilcileri, rollerinin")


def test_markdown_compare_keeps_requirements_and_outlook(run: Run) -> None:
    markdown = run("compare", HESAP, ANALIST, "--format", "markdown").stdout
    assert "## Şartlar — A: Müşteri Hesap Temsilcisi" in markdown
    assert "### İş başında eğitim ve deneyim (makalede: “Antrenman tecrübesi”)" in markdown
    assert "- **B: Azalış** — Müşteri hizmetleri analistlerinin istihdamının" in markdown


def test_csv_compare_keeps_adjust(run: Run) -> None:
    """--adjust is not dropped by CSV: the estimates come with method, source and original."""
    result = run("compare", HESAP, ANALIST, "--format", "csv", "--adjust")
    assert result.exit_code == 0, result
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    estimates = [r for r in rows if r["aspect"] == "salary_estimate"]
    assert [(r["side"], r["year"], r["kind"]) for r in estimates] == [
        ("a", "2025", "average"),
        ("a", "2025", "top"),
        ("b", "2025", "average"),
        ("b", "2025", "top"),
    ]
    average = estimates[0]
    assert average["computed"] == "yes"
    assert "TÜFE" in average["method"]
    assert "TÜİK" in average["method_source"]
    assert (average["original_year"], float(average["original_monthly_tl"])) == ("2023", 14000)
    assert float(average["value"]) > 14000
    gaps = [r for r in rows if r["aspect"] == "salary_estimate_difference"]
    assert [r["side"] for r in gaps] == ["b-a", "b-a"]


def test_compare_says_which_positions_are_derived(run: Run) -> None:
    """Positions we derived from the article's text are marked in every format."""
    text = " ".join(run("compare", HESAP, ANALIST).stdout.split())
    assert "B: Yönetim rolleri, Konu uzmanı (makale metninden çıkarıldı)" in text
    markdown = run("compare", HESAP, ANALIST, "--format", "markdown").stdout
    assert "Yönetim rolleri, Konu uzmanı (makale metninden çıkarıldı)" in markdown
    rows = list(csv.DictReader(io.StringIO(run("compare", HESAP, ANALIST, "-f", "csv").stdout)))
    positions = {r["side"]: r["basis"] for r in rows if r["aspect"] == "career_positions"}
    assert positions == {"a": "derived", "b": "derived"}
