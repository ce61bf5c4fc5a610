"""Layout gaps a new-user trial found against issue 16 ("80 columns"), each pinned here.

* `salary` takes one layout per terminal width (tables, or records for every table), its
  records apart by a blank line, every row with its slug, each ranked group labelled; so
  do the tables of `show`'s salary section;
* an amount with its unit, a range and a short label are never broken inside;
* prose stops at the readable measure on a very wide terminal in salary, show and compare;
* what docs/commands.md says about `pay`'s records at 80 columns is true;
* an exact payroll amount (a minimum wage) reads to the kuruş, an estimate in whole liras.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kariyer import fmt
from kariyer.output.blocks import PROSE_WIDTH
from kariyer.output.cells import minimum_wage_used
from kariyer.output.wrap import least_width, wrap

from ..support import ANALIST, HESAP, at_columns, bundled_json, write_user_profile

ROOT = Path(__file__).resolve().parents[2]
LONG_SLUG = "kidemli-musteri-deneyimi-ve-sadakat-programlari-analisti"
LONG_TITLE = "Kıdemli Müşteri Deneyimi ve Sadakat Programları Analisti"
TWIN_SLUG = "musteri-hizmetleri-analisti-2"  # the same title as the bundled one
RANGE_SLUG = "aralikli-analist"
LOW_SLUG = "dusuk-ucretli-analist"
GROSS_SLUG = "brut-analist"
NET_SLUG = "net-analist"
SLUGS = (HESAP, ANALIST, LONG_SLUG, TWIN_SLUG, RANGE_SLUG, LOW_SLUG)


def _figures(raw: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(figure) for figure in raw["salary"]["figures"]]


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """Several occupations: a long title and slug, two with one title, a range with a low
    line, low figures (below the minimum wage)."""
    directory = tmp_path / "meslekler"
    directory.mkdir()
    raw = bundled_json(ANALIST)
    write_user_profile(directory, raw, LONG_SLUG, LONG_TITLE)
    write_user_profile(directory, raw, TWIN_SLUG, raw["title"])
    figures = _figures(raw)
    figures[0].update(monthly_tl_high=17500.0, hourly_tl=None)
    figures.append({"year": figures[0]["year"], "kind": "low", "label": "Başlangıç Maaşı"})
    figures[-1]["monthly_tl"] = 12000.0
    salary = {**raw["salary"], "figures": figures}
    write_user_profile(directory, raw, RANGE_SLUG, "Aralıklı Analist", salary=salary)
    low = _figures(raw)
    for figure in low:
        figure.update(monthly_tl=9000.0, hourly_tl=None)
    salary = {**raw["salary"], "figures": low}
    write_user_profile(directory, raw, LOW_SLUG, "Düşük Ücretli Analist", salary=salary)
    return directory


@pytest.fixture
def bases_dir(user_dir: Path) -> Path:
    """The same, with one gross and one net average: the estimates rank them apart."""
    raw = bundled_json(ANALIST)
    for slug, basis in ((GROSS_SLUG, "gross"), (NET_SLUG, "net")):
        figures = _figures(raw)
        for figure in figures:
            figure["basis"] = basis
        salary = {**raw["salary"], "figures": figures}
        write_user_profile(user_dir, raw, slug, f"{basis.title()} Analist", salary=salary)
    return user_dir


def _out(columns: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    return at_columns(columns, monkeypatch, *args).stdout


# -- 1. salary: one layout, records apart, slugs everywhere, groups labelled ---------------
@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_salary_takes_one_layout_per_width(
    columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(columns, monkeypatch, "salary", "--adjust", "--data-dir", str(user_dir))
    lines = shown.splitlines()
    tables = [line for line in lines if line.lstrip().startswith("───")]
    records = [line for line in lines if line.startswith("  Slug: ")]
    assert not (tables and records), shown
    beside = [line for line in lines if " Slug " in line and not line.startswith("  Slug")]
    assert not (beside and any(line.strip() in SLUGS for line in lines)), shown  # not mixed


def test_salary_records_stand_apart(user_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _out(60, monkeypatch, "salary", "--adjust", "--data-dir", str(user_dir))
    lines = shown.splitlines()
    assert not any(line.startswith("—.") for line in lines)  # no rank glued to a name
    heads = [n for n, line in enumerate(lines) if line.startswith("  Slug: ")]
    assert heads
    for number in heads:  # each record: its name, after a blank line (or a title's)
        assert lines[number - 2] == "" or lines[number - 3] == "", shown
    assert any(line == "  Sıra: —" for line in lines)  # the row not ranked says so


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_every_salary_row_has_its_slug(
    columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(columns, monkeypatch, "salary", "--adjust", "--data-dir", str(user_dir))
    ranking = re.sub(r"-\n\s*", "-", shown.split("Tahmini sıralama", 1)[1])  # a long slug
    ranked = [slug for slug in SLUGS if slug != RANGE_SLUG]  # a range is not ranked
    for slug in ranked:
        assert re.search(rf"(^|\s){re.escape(slug)}(\s|$)", ranking), (slug, ranking)
    assert ranking.count(TWIN_SLUG) == 1


def test_salary_adjust_with_a_year_names_the_slugs(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(
        120, monkeypatch, "salary", "--year", "2024", "--adjust", "--data-dir", str(user_dir)
    )
    estimates = shown.split("Tahmini: başka yılların", 1)[1]
    assert HESAP in estimates


@pytest.mark.parametrize("columns", [80, 120])
def test_ranks_restart_under_a_label(
    columns: int, bases_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(columns, monkeypatch, "salary", "--adjust", "--data-dir", str(bases_dir))
    ranking = shown.split("Tahmini sıralama", 1)[1]
    labels = ["Brüt rakamlar", "Net rakamlar", "Brüt/net'i belirtilmemiş rakamlar"]
    places = sorted(ranking.find(label) for label in labels)
    assert places[0] >= 0, ranking
    for place, following in itertools.pairwise([*places, len(ranking)]):  # its rows follow
        part = ranking[place:following]
        assert re.search(r"^ ?1[ .]", part, re.MULTILINE), part


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_show_takes_one_layout_for_its_salary_tables(
    columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(columns, monkeypatch, "show", RANGE_SLUG, "--data-dir", str(user_dir))
    section = shown.split("\nMaaş\n", 1)[1].split("\nİstihdam görünümü", 1)[0].splitlines()
    rules = [line for line in section if re.fullmatch(r" +─+", line)]
    records = [line for line in section if line.startswith("    Tür: ")]
    assert not (rules and records), shown
    if columns >= 80:  # an indent and short cells give way before a table does
        assert len(rules) == 4, shown


# -- 2. amounts, ranges and short labels whole -----------------------------------------------
BROKEN = (
    re.compile(r"(≈|<|÷|→|–)$"),  # a sign or a range cut from what follows
    re.compile(r"^TL\b"),  # a unit cut from its amount
    re.compile(r"(^|\s)En$"),  # "En / düşük/başlangıç"
)


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
@pytest.mark.parametrize(
    "command",
    [
        ("show", HESAP),
        ("show", RANGE_SLUG),
        ("compare", "--adjust", LONG_SLUG, RANGE_SLUG),
        ("compare", HESAP, RANGE_SLUG),
        ("salary", "--adjust"),
    ],
    ids=lambda command: "-".join(command),
)
def test_amounts_ranges_and_labels_stay_whole(
    command: tuple[str, ...], columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _out(columns, monkeypatch, *command, "--data-dir", str(user_dir))
    cells = [part.strip() for line in shown.splitlines() for part in re.split(r"\s{3,}", line)]
    broken = [cell for cell in cells if any(rule.search(cell) for rule in BROKEN)]
    assert broken == [], shown
    assert max(len(line) for line in shown.splitlines()) <= columns


def test_wrap_keeps_amounts_signs_and_labels_together() -> None:
    assert least_width("≈ 14.758–19.652 TL") == len("≈ 14.758–19.652 TL")
    assert least_width("53,33–66,67 TL/saat") == len("53,33–66,67 TL/saat")
    assert wrap("En düşük/başlangıç (makalede: “Başlangıç Maaşı”)", 20) == [
        "En düşük/başlangıç",
        "(makalede:",
        "“Başlangıç Maaşı”)",
    ]
    assert wrap("< asgari ücret – ≈ 12.172 TL ⚠", 16) == ["< asgari ücret", "– ≈ 12.172 TL ⚠"]
    assert wrap("makaledeki 19,90 TL/saat; aylık", 12) == [
        "makaledeki",
        "19,90",
        "TL/saat;",
        "aylık",
    ]
    assert wrap("≈ 14.758–19.652 TL", 15) == ["≈ 14.758–19.652", "TL"]  # too long: apart


# -- 3. prose at the readable measure -------------------------------------------------------
def _prose(text: str) -> list[str]:
    """Lines that are not table rows (columns apart by runs of spaces) nor rules."""
    return [
        line
        for line in text.splitlines()
        if "─" not in line and not re.search(r"\S {3,}\S", line) and "http" not in line
    ]


@pytest.mark.parametrize(
    "command",
    [("salary", "--adjust"), ("show", RANGE_SLUG), ("compare", "--adjust", HESAP, RANGE_SLUG)],
    ids=lambda command: command[0],
)
def test_prose_stops_at_the_measure_at_200_columns(
    command: tuple[str, ...], user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prose = _prose(_out(200, monkeypatch, *command, "--data-dir", str(user_dir)))
    assert max(len(line) for line in prose) <= PROSE_WIDTH + 6  # the deepest indent
    assert max(len(line) for line in prose) > 80  # … and the room is used


# -- 4. pay's records at 80 columns: where the docs say ------------------------------------
def test_pay_records_begin_where_the_docs_say(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = " ".join((ROOT / "docs" / "commands.md").read_text(encoding="utf-8").split())
    claim = re.search(r"2025'te ≈ ([\d.]+) TL/ay brütün üstü", docs)
    assert claim, "the claim moved: update this test"
    amount = int(claim.group(1).replace(".", ""))

    def records(gross: int) -> bool:
        return "Ay: Ocak" in _out(80, monkeypatch, "pay", str(gross), "--year", "2025")

    assert not records(round(amount * 0.99))
    assert records(round(amount * 1.01))


# -- 5. one rule for computed amounts --------------------------------------------------------
def test_an_exact_payroll_amount_reads_to_the_kurus() -> None:
    assert fmt.kurus(33030.0) == "33.030,00 TL"
    assert fmt.kurus(28075.5) == "28.075,50 TL"
    wage = SimpleNamespace(year=2026, net=33030.0, valid_from=date(2026, 1, 1), note=None)
    group = SimpleNamespace(year=2026, minimum_wage=wage)
    source = SimpleNamespace(label=lambda: "kaynak")
    report: Any = SimpleNamespace(groups=[group], minimum_wage_source=source, rows=lambda: [])
    assert "2026: 33.030,00 TL" in minimum_wage_used(report)


@pytest.mark.parametrize(
    "command",
    [("show", HESAP), ("show", RANGE_SLUG), ("compare", "--adjust", HESAP, RANGE_SLUG)],
    ids=lambda command: "-".join(command),
)
def test_estimates_in_whole_liras_the_minimum_wage_to_the_kurus(
    command: tuple[str, ...], user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = " ".join(_out(200, monkeypatch, *command, "--data-dir", str(user_dir)).split())
    assert not re.search(r"≈ [\d.–]+,\d\d TL", shown)  # an estimate: whole liras
    assert re.search(r"≈ \d{1,3}(\.\d{3})* TL", shown)
    wages = re.findall(r"(\d[\d.]*(?:,\d+)?) TL \(20\d\d\)", shown) if command[0] == "show" else []
    for wage in wages:  # show's "Net asgari ücret" column
        assert re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d", wage), wage
