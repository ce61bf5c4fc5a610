"""One registry of output formats: every data command writes text, JSON, Markdown and CSV.

A format that does not fit a result, an unknown one, or --json with another --format is a
usage error (exit 2) before any work is done: never a silent fallback.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kariyer.output import registry

from ..support import ANALIST, ARTICLES, HESAP, invoke

# (command line, result kind): every command that prints data, with a typical argument
DATA_COMMANDS = [
    (("list",), "list"),
    (("show", HESAP), "show"),
    (("compare", HESAP, ANALIST), "compare"),
    (("compare", HESAP, ANALIST, "--adjust"), "compare"),
    (("salary", "--year", "2024"), "salary"),
    (("salary",), "salary"),
    (("salary", "--year", "2024", "--adjust"), "salary"),
    (("pay", "30000", "--year", "2025"), "pay"),
    (("pay", "25.000", "--net", "--year", "2025"), "pay"),
    (("search", "müşteri"), "search"),
    (("skills",), "skills"),
    (("skills", "problem", "cozme"), "skill"),
    (("match", "--skills", "iletişim, excel"), "match"),
    (("check",), "check"),
]
IDS = [" ".join(args) for args, _kind in DATA_COMMANDS]


def test_the_registry_has_the_five_formats() -> None:
    assert list(registry.WRITERS) == ["text", "json", "markdown", "csv", "excel-csv"]


@pytest.mark.parametrize(("args", "kind"), DATA_COMMANDS, ids=IDS)
def test_every_data_command_offers_every_format(args: tuple[str, ...], kind: str) -> None:
    assert registry.formats_for(kind) == list(registry.WRITERS)


@pytest.mark.parametrize(("args", "kind"), DATA_COMMANDS, ids=IDS)
def test_json_and_its_short_form_are_the_same(args: tuple[str, ...], kind: str) -> None:
    long, short = invoke(*args, "--format", "json"), invoke(*args, "--json")
    assert long.exit_code == short.exit_code == 0, long.output
    assert long.stdout == short.stdout
    assert isinstance(json.loads(long.stdout), dict | list)


@pytest.mark.parametrize(("args", "kind"), DATA_COMMANDS, ids=IDS)
def test_markdown_is_a_document_with_a_heading(args: tuple[str, ...], kind: str) -> None:
    result = invoke(*args, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# "), result.stdout[:80]
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize(("args", "kind"), DATA_COMMANDS, ids=IDS)
def test_csv_is_one_table_with_english_column_names(args: tuple[str, ...], kind: str) -> None:
    result = invoke(*args, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    assert all(name.isascii() and name == name.lower() for name in header), header
    assert body, "a CSV without rows"
    assert {len(row) for row in body} == {len(header)}


@pytest.mark.parametrize(("args", "kind"), DATA_COMMANDS, ids=IDS)
def test_text_is_the_default(args: tuple[str, ...], kind: str) -> None:
    assert invoke(*args).stdout == invoke(*args, "--format", "text").stdout


def test_format_names_ignore_case_and_spaces() -> None:
    assert invoke("list", "--format", " CSV ").stdout == invoke("list", "--format", "csv").stdout
    assert invoke("list", "-f", "csv").stdout == invoke("list", "--format", "csv").stdout


@pytest.mark.parametrize(
    "args",
    [("list",), ("show", HESAP), ("salary",), ("check",), ("skills",), ("import", "x.txt")],
)
def test_an_unknown_format_is_a_usage_error_naming_the_valid_ones(args: tuple[str, ...]) -> None:
    result = invoke(*args, "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Bilinmeyen biçim: 'xml'" in result.stderr
    assert "text, json" in result.stderr


def test_a_format_that_does_not_fit_is_a_usage_error_not_a_fallback() -> None:
    article = str(ARTICLES / f"{ANALIST}.txt")
    for name in ("csv", "markdown"):
        result = invoke("import", article, "--format", name)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        assert f"'{name}' biçimi" in result.stderr
        assert "Geçerli biçimler: text, json." in result.stderr


def test_import_takes_json_as_its_format() -> None:
    article = str(ARTICLES / f"{ANALIST}.txt")
    long, short = invoke("import", article, "--format", "json"), invoke("import", article, "--json")
    assert long.exit_code == short.exit_code == 0
    assert long.stdout == short.stdout
    assert set(json.loads(long.stdout)) == {
        "profile",
        "written_to",
        "status",
        "merge",
        "cached",
        "cached_retrieved",
        "findings",
    }


@pytest.mark.parametrize("other", ["csv", "markdown", "text"])
def test_json_with_another_format_is_a_usage_error(other: str) -> None:
    result = invoke("salary", "--json", "--format", other)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"--json ile --format {other} birlikte kullanılamaz" in result.stderr


def test_json_with_format_json_says_the_same_thing_twice() -> None:
    result = invoke("list", "--json", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout == invoke("list", "--json").stdout


def test_the_format_is_checked_before_any_work() -> None:
    """An unknown occupation would be exit 1; the bad format wins with exit 2 first."""
    result = invoke("show", "yok-boyle-bir-meslek", "--format", "xml")
    assert result.exit_code == 2
    assert "Bulunamadı" not in result.stderr


def test_check_fails_the_same_in_every_format(tmp_path: Path) -> None:
    broken = tmp_path / "bozuk.json"
    broken.write_text("{", encoding="utf-8")
    for name in registry.WRITERS:
        result = invoke("check", str(broken), "--format", name)
        assert result.exit_code == 1, (name, result.output)
        assert "bozuk.json" in result.stdout


def test_check_strict_is_kept_in_every_format() -> None:
    """--strict turns the bundled warnings into a failure whatever the format."""
    for name in registry.WRITERS:
        assert invoke("check", "--strict", "--format", name).exit_code == 1
        assert invoke("check", "--format", name).exit_code == 0
    assert json.loads(invoke("check", "--strict", "--json").stdout)["strict"] is True


def test_salary_csv_and_markdown_keep_the_year_of_every_row() -> None:
    rows = list(csv.DictReader(io.StringIO(invoke("salary", "--format", "csv").stdout)))
    assert {row["year"] for row in rows} == {"2023", "2024"}
    markdown = invoke("salary", "--year", "2024", "--format", "markdown").stdout
    assert markdown.startswith("# 2024 yılı maaşları")
    assert "| 1 | Müşteri Hizmetleri Analisti | 15.500 TL | 18.500 TL | 0,91 ⚠ |" in markdown
    grouped = invoke("salary", "--format", "markdown").stdout
    assert grouped.index("## 2024 yılı") < grouped.index("Hizmetleri Analisti")
    assert grouped.index("## 2023 yılı") < grouped.index("Hesap Temsilcisi")


def test_salary_markdown_carries_the_text_views_facts() -> None:
    """Source line, the ⚠ marker, the minimum wage used and its source, the method."""
    markdown = invoke("salary", "--format", "markdown").stdout
    assert "⚠" in markdown
    assert "17.002,12 TL" in markdown
    assert "11.402,32 TL" in markdown
    assert "Çalışma ve Sosyal Güvenlik Bakanlığı" in markdown
    assert "Kaynak: eniyimeslekler.com" in markdown
    assert "brüt/net belirtilmemiştir" in markdown
    adjusted = invoke("salary", "--year", "2024", "--adjust", "--format", "markdown").stdout
    assert "TÜİK" in adjusted
    assert "≈ 22.191 TL (14.000 TL, 2023)" in adjusted


def test_salary_csv_keeps_year_source_and_method_of_every_figure() -> None:
    out = invoke("salary", "--year", "2024", "--adjust", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    missing = [r for r in rows if r["ranked_within"] == "missing"]
    assert [(r["slug"], r["year"], r["note"]) for r in missing] == [
        (HESAP, "2024", "2024 için veri yok (mevcut yıllar: 2023)")
    ]
    rows = [r for r in rows if r not in missing]
    assert all(row["source"].startswith("eniyimeslekler.com — ") for row in rows)
    published = [r for r in rows if r["computed"] == "no"]
    assert {(r["slug"], r["year"], r["kind"]) for r in published} == {
        (ANALIST, "2024", "average"),
        (ANALIST, "2024", "top"),
    }
    estimates = [r for r in rows if r["computed"] == "yes"]
    assert {(r["slug"], r["year"], r["original_year"]) for r in estimates} == {
        (HESAP, "2024", "2023")
    }
    assert {float(r["original_monthly_tl"]) for r in estimates} == {14000, 16000}
    assert all("TÜFE" in r["method"] and "TÜİK" in r["method_source"] for r in estimates)
    ratio = next(r for r in published if r["kind"] == "average")
    assert ratio["ratio_to_net_minimum_computed"] == "0.91"
    assert "17.002,12" in ratio["ratio_method"]
    assert ratio["below_net_minimum"] == "true"


def test_excel_csv_opens_in_a_turkish_spreadsheet() -> None:
    """';'-separated, decimal comma, UTF-8 with BOM, CRLF; the same rows as --format csv."""
    result = invoke("salary", "--format", "excel-csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff")  # the UTF-8 BOM
    text = result.stdout.removeprefix("\ufeff")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    plain = list(csv.DictReader(io.StringIO(invoke("salary", "--format", "csv").stdout)))
    assert len(rows) == len(plain)
    assert rows[0]["monthly_tl"] == "15500,0"
    assert plain[0]["monthly_tl"] == "15500.0"
    assert rows[0]["title"] == "Müşteri Hizmetleri Analisti"


def test_list_csv_names_the_source_of_every_row() -> None:
    rows = list(csv.DictReader(io.StringIO(invoke("list", "--format", "csv").stdout)))
    assert [row["slug"] for row in rows] == [HESAP, ANALIST]
    assert all(row["source"].startswith("eniyimeslekler.com — ") for row in rows)
    assert [row["latest_year"] for row in rows] == ["2023", "2024"]


def test_a_new_format_needs_one_module_and_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a format touches only the output package: a module with VIEWS, one line."""
    import sys
    import types

    module = types.ModuleType("kariyer.output.upper")
    module.VIEWS = {  # type: ignore[attr-defined]
        "list": lambda rows: sys.stdout.write(" ".join(r.slug.upper() for r in rows) + "\n")
    }
    monkeypatch.setitem(sys.modules, "kariyer.output.upper", module)
    monkeypatch.setitem(registry.WRITERS, "upper", "kariyer.output.upper")
    result = invoke("list", "--format", "upper")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{HESAP.upper()} {ANALIST.upper()}\n"
    assert invoke("show", HESAP, "--format", "upper").exit_code == 2  # no view: no fallback
