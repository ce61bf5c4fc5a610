"""Layout gaps a new-user trial found against issue 16 ("80 columns"), each pinned here.

* an amount with its unit, a range and a short label are never broken inside;
* what docs/commands.md says about `pay`'s records at 80 columns is true;
* an exact payroll amount (a minimum wage) reads to the kuruş, an estimate in whole liras.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kariyer import fmt
from kariyer.output.cells import minimum_wage_used

from ..support import ANALIST, HESAP, bundled_json, invoke, write_user_profile

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


def _out(columns: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


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
    report: Any = SimpleNamespace(groups=[group], minimum_wage_source=source)
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
