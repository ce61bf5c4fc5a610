"""What a figure is worth, for the figures a new user's trial found unexplained: a range
whose lower end is below the minimum wage, a figure whose basis is known, figures of years
the price index does not cover, and the estimate marker in JSON.

Expected amounts are computed here from the published rules (CPI ratios, minimum wages),
not by calling the code under test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..support import ANALIST, HESAP, Run, bundled_json, flat, json_of, run_with_dir, write_json

SLUG = "deneme-meslek"
CPI = {2023: 1488.91, 2024: 2360.02, 2025: 3183.19}  # TÜİK annual averages (2025 derived)


def figure(year: int, kind: str, amount: float, basis: str = "unknown") -> dict[str, Any]:
    return {"year": year, "kind": kind, "label": "Etiket", "monthly_tl": amount, "basis": basis}


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    data = bundled_json(HESAP)
    data.update(slug=SLUG, title="Deneme Meslek")
    low = figure(2023, "low", 12000) | {"monthly_tl_high": 15000}
    data["salary"]["figures"] = [
        figure(2019, "average", 5000),
        low,
        figure(2024, "average", 30000, "gross"),
        figure(2025, "top", 40000, "net"),
        figure(2026, "average", 50000),
    ]
    write_json(tmp_path / f"{SLUG}.json", data)
    return tmp_path


def show(user_dir: Path, *args: str) -> str:
    result = run_with_dir("option", user_dir, "show", SLUG, *args)
    assert result.exit_code == 0, result
    return result.stdout


def test_a_range_below_the_minimum_wage_at_its_lower_end_still_reads_its_upper_end(
    user_dir: Path,
) -> None:
    out = flat(show(user_dir, "--format", "markdown"))  # cells unwrapped
    # 12.000 TL is under 2023's gross minimum wage (13.414,50 TL from July); 15.000 is not
    assert "| &lt; asgari ücret – ≈ 12.148 TL ⚠ |" in out
    assert "- \\* Hesaplanmadı — 2019:" in out  # the footnote mark, not a nested list
    assert "Bir aralığın yalnız alt ucu altındaysa üst ucu okundu." in out
    data = json_of(run_with_dir("option", user_dir, "show", SLUG, "--json"))
    worth = next(w for w in data["computed"]["worth"] if w["year"] == 2023)
    gross = next(r for r in worth["readings"] if r["read_as"] == "gross")
    assert gross["other"] is None
    assert gross["below_minimum_wage"] is True
    assert gross["other_high"]["value"] == pytest.approx(12148, abs=1)
    assert "13.414,50 TL" in gross["not_computed"]


def test_the_readings_note_follows_the_bases_present(user_dir: Path, run: Run) -> None:
    out = flat(show(user_dir))
    assert "brüt olduğu belirtilmiş rakamın yalnız neti hesaplanır" in out
    assert "net olduğu belirtilmiş rakamın yalnız brütü hesaplanır" in out
    assert "Makale bazı rakamların brüt mü net mi olduğunu belirtmiyor" in out
    assert "Oran —: brüt olarak yayımlanmış bir rakam net asgari ücrete bölünmez" in out
    bundled = flat(run("show", HESAP).stdout)  # every figure without a basis
    assert "makale brüt mü net mi olduğunu söylemediği için her rakam iki türlü okunur" in bundled
    assert "yalnız neti" not in bundled
    assert "Oran —" not in bundled


def test_figures_without_a_value_in_todays_prices_say_why(user_dir: Path) -> None:
    out = flat(show(user_dir))
    assert "2019 yılı için TÜFE yıllık ortalama endeksi yok (tablo 2020–2025)" in out
    assert "2025 rakamı zaten TÜFE endeksi olan en son yılın (2025) fiyatlarıyla." in out
    assert "2026 rakamı TÜFE endeksi olan en son yıldan (2025) sonra" in out
    markdown = flat(show(user_dir, "--format", "markdown"))
    assert "2019 yılı için TÜFE yıllık ortalama endeksi yok" in markdown
    data = json_of(run_with_dir("option", user_dir, "show", SLUG, "--json"))
    reasons = {w["year"]: w.get("prices_not_adjusted") for w in data["computed"]["worth"]}
    assert reasons[2023] is None
    assert reasons[2024] is None
    assert all(reasons[year] for year in (2019, 2025, 2026))


def test_json_marks_estimates_apart_from_exact_computations(run: Run) -> None:
    worth = json_of(run("show", HESAP, "--json"))["computed"]["worth"][0]
    latest = worth["in_latest_prices"]
    assert latest["adjusted"]["estimate"] is True
    assert latest["adjusted"]["value"] == pytest.approx(14000 * CPI[2025] / CPI[2023], abs=0.01)
    assert "estimate" not in latest["price_rise_percent"]  # a ratio of two indexes, exact
    assert all(r["other"]["estimate"] is True for r in worth["readings"])
    figures = json_of(run("show", HESAP, "--json"))["computed"]["figures"]
    assert "estimate" not in figures[0]["hourly_computed"]  # monthly ÷ 225: exact
    pay = json_of(run("pay", "50000", "--year", "2025", "--json"))
    assert "estimate" not in json.dumps(pay)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_compare_and_salary_name_the_payroll_sources(run: Run, fmt: str) -> None:
    for args in (("compare", HESAP, ANALIST), ("salary",)):
        out = flat(run(*args, "--format", fmt).stdout)
        assert "Bordro kuralları ve kaynakları:" in out, args
        assert "193" in out, args  # the income-tax law
        assert "5510" in out, args  # the social-security law


def test_salary_adjust_brings_every_average_to_the_latest_indexed_year(run: Run) -> None:
    out = flat(run("salary", "--adjust").stdout)
    assert "ortalamalar 2025 fiyatlarıyla" in out
    hesap = 14000 * CPI[2025] / CPI[2023]
    analist = 15500 * CPI[2025] / CPI[2024]
    assert f"≈ {round(hesap):,} TL".replace(",", ".") in out
    assert f"≈ {round(analist):,} TL".replace(",", ".") in out


def test_compare_adjust_says_which_year_it_adjusts_to(run: Run) -> None:
    out = flat(run("compare", HESAP, ANALIST, "--adjust").stdout)
    assert "A ve B 2025 fiyatlarıyla (TÜFE endeksi olan en son yıl; tahmini" in out
    assert "Ortalama, 2025 fiyatlarıyla" in out  # the table's rows: the same year
    help_text = flat(run("compare", "--help").stdout)
    assert "bu yılın fiyatlarına" not in help_text
    assert "endeksi olan en son yılın fiyatlarına" in help_text


@pytest.mark.parametrize("amount", ["10.000.001", "1000000000", "999999999999"])
def test_pay_refuses_an_absurd_monthly_amount(run: Run, amount: str) -> None:
    result = run("pay", amount, "--year", "2025")
    assert result.exit_code == 2, result
    assert "en çok 10.000.000 TL" in result.stderr


def test_every_pay_example_in_the_hints_runs(run: Run) -> None:
    hint = run("pay", "abc").stderr.splitlines()[-1]
    assert hint.startswith("Örnekler: ")
    for example in hint.removeprefix("Örnekler: ").split(" · "):
        args = example.split()[1:]
        result = run(*args)
        assert result.exit_code == 0, (example, result)


def test_csv_says_why_a_figure_has_no_value_in_todays_prices(user_dir: Path) -> None:
    import csv
    import io

    result = run_with_dir("option", user_dir, "show", SLUG, "--format", "csv")
    assert result.exit_code == 0, result
    rows = {row["year"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert "TÜFE yıllık ortalama endeksi yok" in rows["2019"]["prices_not_adjusted"]
    assert rows["2023"]["prices_not_adjusted"] == ""
    assert rows["2023"]["in_latest_prices_computed"] != ""
    assert "en son yıldan (2025) sonra" in rows["2026"]["prices_not_adjusted"]


def test_the_sources_name_each_years_tariff_communique_once(run: Run) -> None:
    # 2023 figures and a 2024 one read (B's top figure as a net): two years' rules
    out = flat(run("compare", HESAP, ANALIST).stdout)
    assert "323 Seri No.lu Gelir Vergisi Genel Tebliği (2023)" in out
    assert "324 Seri No.lu Gelir Vergisi Genel Tebliği (2024)" in out
    assert out.count("Gelir Vergisi Kanunu (193) md. 103") == 1


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    data = bundled_json(HESAP)
    data.update(slug="yeni-meslek", title="Yeni Meslek")
    data["salary"]["figures"] = [
        figure(2026, "average", 45000, "net"),
        figure(2026, "top", 300000, "gross"),  # over 2026's unverified ceiling: not read
    ]
    write_json(tmp_path / "yeni-meslek.json", data)
    data.update(slug="eski-meslek", title="Eski Meslek")
    data["salary"]["figures"] = [figure(2019, "average", 4000)]
    write_json(tmp_path / "eski-meslek.json", data)
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_salary_says_the_basis_of_a_figure_unlike_its_row(mixed_dir: Path, fmt: str) -> None:
    result = run_with_dir("option", mixed_dir, "salary", "--year", "2026", "--format", fmt)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "net rakamlar" in out
    assert "300.000 TL (brüt)" in out  # the top figure is gross although the row is net
    assert "45.000 TL (net)" not in out  # the row's own basis is not repeated
    assert "Hesaplanmadı" not in out  # the top figure has no reading shown: no footnote


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_show_says_why_no_figure_has_a_value_in_todays_prices(mixed_dir: Path, fmt: str) -> None:
    out = flat(show_of(mixed_dir, "eski-meslek", fmt))
    assert "Bugüne en yakın fiyatlarla" in out
    assert "2019 yılı için TÜFE yıllık ortalama endeksi yok (tablo 2020–2025)" in out


def show_of(directory: Path, slug: str, fmt: str) -> str:
    result = run_with_dir("option", directory, "show", slug, "--format", fmt)
    assert result.exit_code == 0, result
    return result.stdout


def test_salary_says_why_a_range_or_gross_average_has_no_ratio(user_dir: Path) -> None:
    data = bundled_json(HESAP)
    data.update(slug="aralikli", title="Aralıklı")
    data["salary"]["figures"] = [figure(2024, "average", 30000) | {"monthly_tl_high": 45000}]
    write_json(user_dir / "aralikli.json", data)
    result = run_with_dir("option", user_dir, "salary", "--year", "2024")
    out = flat(result.stdout)
    assert "Oran —: aralık olarak yayımlanmış bir ortalamanın oranı" in out
    assert "brüt bir ortalama net asgari ücrete bölünmez" in out  # deneme-meslek's 2024


def test_compare_adjust_says_what_it_did(run: Run) -> None:
    out = flat(run("compare", HESAP, ANALIST, "--adjust").stdout)
    assert "fark hesaplanmadı. --adjust: iki meslekteki rakamlar 2025 fiyatlarına" in out
    data = json_of(run("compare", HESAP, ANALIST, "--adjust", "--json"))
    assert "tahmini fark aşağıda hesaplandı" in data["salary"]["note"]
    assert ".;" not in data["salary"]["adjusted"]["difference_average"]["method"]


def test_compare_adjust_of_one_year_says_nothing_was_adjusted(run: Run, tmp_path: Path) -> None:
    data = bundled_json(ANALIST)
    data.update(slug="ikinci-analist", title="İkinci Analist")
    write_json(tmp_path / "ikinci-analist.json", data)
    result = run_with_dir("option", tmp_path, "compare", ANALIST, "ikinci-analist", "--adjust")
    out = flat(result.stdout)
    assert "--adjust: iki meslekteki rakamlar aynı yılın (2024)" in out
    assert "ayarlama yapılmadı" in out


def test_compare_does_not_show_a_later_figure_as_in_the_latest_prices(mixed_dir: Path) -> None:
    result = run_with_dir("option", mixed_dir, "compare", "yeni-meslek", HESAP)  # A: 2026
    out = flat(result.stdout)
    assert "— (2026: TÜFE endeksi yok)" in out
    assert "yayımlandığı gibi" not in out


def test_pay_net_has_the_same_limit_as_gross(run: Run) -> None:
    result = run("pay", "10000000", "--net", "--year", "2025")
    assert result.exit_code == 2, result
    assert "en çok 10.000.000 TL" in result.stderr


def test_show_flags_a_ratio_under_the_net_minimum_wage(run: Run) -> None:
    out = run("show", ANALIST).stdout  # 15.500 TL in 2024: under 17.002,12 TL net
    assert "0,91 ⚠" in out
    assert "⚠ = aylık tutar o yılın net asgari ücretinin altında" in flat(out)


def test_salary_adjust_keeps_the_basis_of_an_estimate(mixed_dir: Path) -> None:
    data = bundled_json(HESAP)
    data.update(slug="brut-meslek", title="Brüt Meslek")
    data["salary"]["figures"] = [figure(2023, "average", 25000, "gross")]
    write_json(mixed_dir / "brut-meslek.json", data)
    result = run_with_dir("option", mixed_dir, "salary", "--year", "2024", "--adjust")
    out = flat(result.stdout)
    assert "(25.000 TL, 2023, brüt)" in out
    assert "brüt, net ve brüt/net'i belirtilmemiş tutarlar ayrı tablolarda" in out


def test_markdown_salary_tells_apart_two_occupations_of_one_name(run: Run, tmp_path: Path) -> None:
    data = bundled_json(HESAP)
    data.update(slug="musteri-hesap-temsilcisi-2")  # the same title as the bundled one
    write_json(tmp_path / "musteri-hesap-temsilcisi-2.json", data)
    result = run_with_dir("option", tmp_path, "salary", "--format", "markdown")
    assert result.exit_code == 0, result
    assert "Müşteri Hesap Temsilcisi (`musteri-hesap-temsilcisi`)" in result.stdout
    assert "Müşteri Hesap Temsilcisi (`musteri-hesap-temsilcisi-2`)" in result.stdout
    assert "| Müşteri Hizmetleri Analisti |" in result.stdout  # a name of its own: no slug
