"""docs/sources.md gives the bundled reference figures exactly as data/reference/ holds them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kariyer import fmt
from kariyer.store.paths import bundled_data_dir

from .conftest import DOCS

SOURCES_TEXT = (DOCS / "sources.md").read_text(encoding="utf-8")


def _table(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (bundled_data_dir() / "reference" / name).read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize(
    "name",
    ["minimum_wage.json", "consumer_prices.json", "working_hours.json", "isco08_minor_groups.json"],
)
def test_each_table_and_its_source_are_named(name: str) -> None:
    table = _table(name)
    assert f"data/reference/{name}" in SOURCES_TEXT
    assert table["source"]["institution"] in SOURCES_TEXT


def test_minimum_wages_are_the_bundled_ones() -> None:
    for rate in _table("minimum_wage.json")["rates"]:
        row = f"| {rate['valid_from']} | {fmt.money(rate['gross'])} | {fmt.money(rate['net'])} |"
        assert row in SOURCES_TEXT, row


def test_price_indexes_are_the_bundled_ones() -> None:
    for year in _table("consumer_prices.json")["years"]:
        december, average = fmt.number(year["december"], 2), fmt.number(year["annual_average"], 2)
        row = f"| {year['year']} | {december} | {average} |"
        assert row in SOURCES_TEXT, row


def test_working_hours_are_the_bundled_ones() -> None:
    hours = _table("working_hours.json")
    assert f"{fmt.number(hours['monthly_hours'])} saate" in SOURCES_TEXT
    assert f"en çok {hours['weekly_max_hours']} saat" in SOURCES_TEXT


def test_isco_minor_group_named_in_the_docs_is_the_bundled_one() -> None:
    groups = {
        group["code"]: group["title_tr"] for group in _table("isco08_minor_groups.json")["groups"]
    }
    assert len(groups) == 130
    assert f'422 "{groups["422"]}"' in SOURCES_TEXT


def test_payroll_rules_are_the_bundled_ones() -> None:
    """Each sub-table and its source, every tariff row, the rates and the ceiling rule."""
    table = _table("payroll.json")
    assert "data/reference/payroll.json" in SOURCES_TEXT
    for part in ("income_tax", "contributions", "stamp_tax", "minimum_wage_exemption"):
        source = table[part]["source"]
        assert source["institution"] in SOURCES_TEXT, part
    for tariff in table["income_tax"]["tariffs"]:
        bounds = [fmt.money(b["up_to"]) for b in tariff["brackets"] if b["up_to"] is not None]
        rates = [b["rate_percent"] for b in tariff["brackets"]]
        assert rates == [15, 20, 27, 35, 40]
        row = f"| {tariff['year']} | {' | '.join(bounds)} | {tariff['publication']} |"
        assert row in SOURCES_TEXT, row
    contributions = table["contributions"]
    sgk = contributions["sgk_employee_percent"]
    unemployment = contributions["unemployment_employee_percent"]
    assert f"SGK işçi payı %{sgk}, işsizlik sigortası işçi payı %{unemployment}" in SOURCES_TEXT
    assert "7,5 katıdır" in SOURCES_TEXT
    assert contributions["ceiling_minimum_wage_multiple"] == 7.5
    verified = contributions["ceiling_verified_through"]
    assert f"`ceiling_verified_through: {verified}`" in SOURCES_TEXT
    stamp = fmt.number(table["stamp_tax"]["percent"], 3)
    assert f"Damga vergisi %{stamp}" in SOURCES_TEXT
