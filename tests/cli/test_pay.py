"""`kariyer pay`: gross → net and net → gross in every format, amounts as people type them,
usage errors (exit 2) with a hint, and a text view that fits 80 columns.

Expected amounts come from the independent month-by-month loop of tests/unit/test_payroll.py
(written from the published rules), never from the code under test.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from ..support import Run, assert_clean_failure, flat, json_of, parse_csv
from ..unit.test_payroll import expected_average_net, expected_months

REPORT_KEYS = {
    "year",
    "year_is_default",
    "direction",
    "given_tl",
    "status",
    "method",
    "gross_monthly_tl",
    "found_gross",
    "average_net",
    "months",
    "total",
    "average",
    "rules",
    "notes",
}
MONTH_KEYS = {
    "month",
    "gross",
    "sgk_employee",
    "unemployment_employee",
    "income_tax_base",
    "cumulative_income_tax_base",
    "income_tax",
    "income_tax_exemption",
    "stamp_tax",
    "stamp_tax_exemption",
    "minimum_wage_exemption",
    "net",
    "minimum_wage_gross",
    "contribution_ceiling",
    "status",
}
SOURCES = (
    "Gelir Vergisi Kanunu (193) md. 103",
    "2025 yılı Gelir Vergisi Genel Tebliği",
    "5510 sayılı",
    "4447 sayılı",
    "488 sayılı Damga Vergisi Kanunu",
    "7338 sayılı",
    "Asgari Ücret Tespit Komisyonu",
)


def decimal(value: float) -> Decimal:
    return Decimal(repr(value))


# -- gross → net ----------------------------------------------------------------------------
def test_gross_to_net_text(run: Run) -> None:
    result = run("pay", "30000", "--year", "2025")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = flat(result.stdout)
    assert out.startswith("Brütten nete, 2025: aylık 30.000 TL brüt (hesaplanan)")
    for month in ("Ocak", "Temmuz", "Aralık", "Toplam", "Ortalama"):
        assert f" {month} " in out
    assert "24.960,38" in out  # January
    assert "23.935,38" in out  # July: the 20 % bracket begins
    assert "Yıllık ortalama net: 24.790,61 TL/ay (hesaplanan" in out
    assert "yıllık toplam net 297.487,35 TL" in out
    assert "Kullanılan kurallar" in out
    for source in SOURCES:
        assert source in out, source
    assert "bütün tutarlar hesaplanandır" in out
    assert "Yöntem: aylık bordro" in out
    assert "Yıl verilmedi" not in out


def test_gross_to_net_json_is_the_independent_calculation(run: Run) -> None:
    data = json_of(run("pay", "30000", "--year", "2025", "--json"))
    assert set(data) == REPORT_KEYS
    assert (data["year"], data["year_is_default"], data["direction"]) == (
        2025,
        False,
        "gross_to_net",
    )
    assert data["status"] == "computed"
    assert data["method"].startswith("aylık bordro")
    assert data["given_tl"] == data["gross_monthly_tl"] == 30000
    assert data["found_gross"] is None
    assert len(data["months"]) == 12
    expected = expected_months([Decimal(30000)] * 12, 2025)
    for month, wanted in zip(data["months"], expected, strict=True):
        assert set(month) == MONTH_KEYS
        assert month["status"] == "computed"
        for name, value in wanted.items():
            assert decimal(month[name]) == value, (month["month"], name)
    average = data["average_net"]
    assert set(average) == {"value", "status", "method", "source"}
    assert average["status"] == "computed"
    assert decimal(average["value"]) == expected_average_net(Decimal(30000), 2025)
    assert "Asgari Ücret Tespit Komisyonu" in average["source"]
    assert data["total"]["status"] == data["average"]["status"] == "computed"
    assert decimal(data["total"]["net"]) == sum(m["net"] for m in expected)
    assert [set(rule) for rule in data["rules"]] == [{"name", "text", "source"}] * 5
    assert all(rule["source"] for rule in data["rules"])


# -- net → gross ----------------------------------------------------------------------------
def test_net_to_gross(run: Run) -> None:
    data = json_of(run("pay", "25000", "--net", "--year", "2025", "--json"))
    assert data["direction"] == "net_to_gross"
    assert data["given_tl"] == 25000
    found = data["found_gross"]
    assert set(found) == {"value", "status", "method", "source"}
    assert found["status"] == "computed"
    assert "12 aylık ortalama neti" in found["method"]
    assert "netten brüte" in data["method"]
    gross = decimal(found["value"])
    assert data["gross_monthly_tl"] == found["value"]
    assert abs(expected_average_net(gross, 2025) - Decimal(25000)) < Decimal("0.01")
    assert data["average_net"]["value"] == 25000
    text = flat(run("pay", "25.000", "--net", "--year", "2025").stdout)
    shown = f"{found['value']:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    title = f"Netten brüte, 2025: aylık ortalama 25.000 TL net için {shown} TL brüt (hesaplanan)"
    assert text.startswith(title)
    assert "12 aylık ortalama neti olarak alındı" in text


def test_net_of_the_minimum_wage_gives_its_gross(run: Run) -> None:
    data = json_of(run("pay", "22.104,67", "--net", "-y", "2025", "--json"))
    assert data["gross_monthly_tl"] == 26005.5
    assert {month["net"] for month in data["months"]} == {22104.67}
    assert {month["income_tax"] - month["income_tax_exemption"] for month in data["months"]} == {0}


# -- the year -------------------------------------------------------------------------------
def test_without_a_year_the_latest_the_tables_cover_is_used_and_said(run: Run) -> None:
    data = json_of(run("pay", "40000", "--json"))
    assert (data["year"], data["year_is_default"]) == (2026, True)
    assert any(note.startswith("Yıl verilmedi") for note in data["notes"])
    assert "Yıl verilmedi: bordrosu hesaplanabilen en son yıl, 2026" in flat(
        run("pay", "40000").stdout
    )
    assert "2026 yılının SGK prim tavanı doğrulanmadı" in flat(run("pay", "40000").stdout)


def test_two_minimum_wages_in_a_year_are_said(run: Run) -> None:
    out = flat(run("pay", "10000", "--year", "2022").stdout)
    assert "2022 yılında iki asgari ücret yürürlükteydi" in out
    assert "Ocak–Haziran 5.004 TL, Temmuz–Aralık 6.471 TL" in out


# -- amounts as typed -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "typed", ["30.000", "30.000,00", "30000.00", "30000,0", "30 000", "30.000 TL", "30.000tl"]
)
def test_amounts_as_people_type_them(run: Run, typed: str) -> None:
    plain = run("pay", "30000", "--year", "2025", "--json").stdout
    assert run("pay", typed, "--year", "2025", "--json").stdout == plain


@pytest.mark.parametrize("typed", ["30.000,50", "30000.50", "30000,5", "30,000.50"])
def test_amounts_with_kurus(run: Run, typed: str) -> None:
    data = json_of(run("pay", typed, "--year", "2025", "--json"))
    assert data["gross_monthly_tl"] == 30000.5


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("30.000.5", "belirsiz"),
        ("30,000", "binlik ayracı olarak nokta"),
        ("1234.567", "en çok iki ondalık"),
        ("abc", "bir sayı değil"),
        ("", "bir sayı değil"),
        ("0", "sıfırdan büyük"),
        ("0,00", "sıfırdan büyük"),
        ("-5000", "negatif"),
        ("2000000000", "olamayacak kadar büyük"),
        ("1e5", "bir sayı değil"),
        ("٣٠٠٠٠", "bir sayı değil"),
    ],
)
def test_bad_amounts_are_usage_errors(run: Run, typed: str, words: str) -> None:
    result = run("pay", "--year", "2025", "--", typed)
    assert_clean_failure(result, 2)
    assert "Geçersiz tutar" in result.stderr
    assert words in result.stderr
    assert "Örnekler: kariyer pay 50000" in result.stderr  # the hint


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("30000", "--year", "2021"), "asgari geçim indirimi"),
        (("30000", "--year", "2019"), "2022 yılından itibaren"),
        (("30000", "--year", "2030"), "gelir vergisi tarifesi yok"),
        (("30000", "--year", "abc"), "Geçersiz yıl"),
        (("300000", "--year", "2026"), "SGK prim tavanı doğrulanmadı"),
        (("250000", "--net", "--year", "2026"), "doğrulanmamış SGK prim tavanının"),
        (("20000", "--year", "2025"), "asgari ücretin (26.005,50 TL) altında"),
        (("20000", "--net", "--year", "2025"), "12 aylık ortalama netinin"),
        (("30000",), "2026 yılının Ocak ayında"),  # the default year, and it says so
    ],
)
def test_years_and_amounts_outside_the_data_are_usage_errors(
    run: Run, args: tuple[str, ...], words: str
) -> None:
    result = run("pay", *args)
    assert_clean_failure(result, 2)
    assert words in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr  # the message and its hint
    if "--year" not in args:
        assert "Yıl verilmediği için en son yıl, 2026 kullanıldı" in lines[1]


# -- formats --------------------------------------------------------------------------------
def test_markdown(run: Run) -> None:
    result = run("pay", "30000", "--year", "2025", "--format", "markdown")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Brütten nete, 2025: aylık 30.000 TL brüt (hesaplanan)\n")
    header = "| Ay | Brüt | SGK işçi payı | İşsizlik sigortası işçi payı | Gelir vergisi matrahı |"
    assert header in out
    assert "| Ocak | 30.000,00 | 4.200,00 | 300,00 | 25.500,00 | 25.500,00 | 3.825,00 |" in out
    assert "| Toplam | 360.000,00 |" in out
    assert "## Kullanılan kurallar" in out
    assert "*Bu bordrodaki bütün tutarlar hesaplanandır" in out
    for source in SOURCES:
        assert source in out, source


def test_csv_one_row_per_month_then_totals_rules_and_notes(run: Run) -> None:
    result = run("pay", "30000", "--year", "2025", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = parse_csv(result.stdout)
    kinds = [row["row"] for row in rows]
    assert kinds[:14] == ["month"] * 12 + ["total", "average"]
    assert set(kinds[14:]) == {"rule", "note"}
    amounts = rows[:14]
    assert [row["month"] for row in amounts] == [str(n) for n in range(1, 13)] + ["", ""]
    assert all(row["status"] == "computed" for row in amounts)
    assert all(row["method"].startswith("aylık bordro") for row in amounts)
    assert all("Gelir Vergisi Kanunu" in row["source"] for row in amounts)
    expected = expected_months([Decimal(30000)] * 12, 2025)
    assert [Decimal(row["net_tl"]) for row in amounts[:12]] == [m["net"] for m in expected]
    assert amounts[12]["net_tl"] == "297487.35"
    assert amounts[12]["cumulative_income_tax_base_tl"] == ""  # a sum of running totals
    rules = [row for row in rows if row["row"] == "rule"]
    assert all(row["source"] and row["note"] for row in rules)


def test_excel_csv_has_decimal_commas(run: Run) -> None:
    result = run("pay", "30000", "--year", "2025", "--format", "excel-csv")
    assert result.exit_code == 0, result.output
    text = result.stdout.removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0]["net_tl"] == "24960,38"
    assert rows[0]["year"] == "2025"


def test_unknown_format_is_a_usage_error(run: Run) -> None:
    result = run("pay", "30000", "--format", "xml")
    assert result.exit_code == 2
    assert "text, json, markdown, csv, excel-csv" in result.stderr


# -- 80 columns -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ("30000", "--year", "2025"),
        ("26005,50", "--year", "2025"),
        ("60000", "--year", "2022"),
        ("50.000", "--net", "--year", "2024"),
        ("150000", "--year", "2025"),  # a table too wide for 80 columns: records
        ("999999,99", "--year", "2025"),
        ("247725", "--year", "2026"),
        ("40000",),
    ],
)
def test_text_fits_80_columns(
    run: Run, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("pay", *args)
    assert result.exit_code == 0, result.output
    too_long = [line for line in result.stdout.splitlines() if len(line) > 80]
    assert too_long == []


def test_too_wide_for_60_columns_the_months_are_records_without_padding(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = run("pay", "150000", "--year", "2025").stdout
    assert "  Brüt: 150.000,00\n" in out  # one record after another, amounts unpadded
    assert "  Brüt: 1.800.000,00\n" in out  # the year's total
    monkeypatch.setenv("COLUMNS", "80")
    table = run("pay", "150000", "--year", "2025").stdout
    assert "  Brüt:" not in table  # a table again, its amounts aligned right
    assert " Ocak         150.000,00    21.000,00" in table


def test_the_example_is_a_table_of_the_twelve_months_at_80_columns(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("pay", "30000", "--year", "2025").stdout.splitlines()
    header = next(line for line in lines if line.split()[:2] == ["Ay", "Brüt"])
    assert header.split()[2:] == ["SGK", "işçi", "İşsizlik", "GV", "matrahı", "Küm.", "matrah"]
    assert next(line for line in lines if line.startswith(" Toplam")).split() == [
        "Toplam",
        "360.000,00",
        "50.400,00",
        "3.600,00",
        "306.000,00",
        "—",
    ]
    ortalama = [line for line in lines if line.startswith(" Ortalama")]
    assert ortalama[1].split() == ["Ortalama", "4.441,67", "3.959,98", "227,70", "24.790,61"]
    # amounts are right-aligned: each column's cells end at the same place
    january = next(line for line in lines if line.startswith(" Ocak"))
    total = next(line for line in lines if line.startswith(" Toplam"))
    assert january.index("30.000,00") + len("30.000,00") == total.index("360.000,00") + 10


def test_help_is_turkish(run: Run) -> None:
    result = run("pay", "--help")
    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "Brütten nete" in out
    assert "--net" in out
    assert "--year" in out


@pytest.mark.parametrize("typed", ["-5000", "-30.000,50"])
def test_a_negative_amount_typed_without_dashes_is_said_as_such(run: Run, typed: str) -> None:
    result = run("pay", typed, "--year", "2025")
    assert result.exit_code == 2
    assert f"Geçersiz tutar: '{typed}': tutar negatif olamaz." in result.stderr
    assert "Bilinmeyen seçenek" not in result.stderr
