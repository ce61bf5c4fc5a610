"""The bundled payroll rules (data/reference/payroll.json): valid, sourced, the exact figures.

The expected figures are written here as the rules publish them (Gelir Vergisi Genel
Tebliğleri, 5510, 4447, 488, 7338), not read from the table under test.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from kariyer.schema.build import trusted
from kariyer.schema.payroll import PayrollTable
from kariyer.schema.validate import validate
from kariyer.store import verified
from kariyer.store.catalog import Catalog
from kariyer.store.reference import TABLES, load_bundled_table, table_model

RELATIVE = "reference/payroll.json"
TARIFFS = {  # year: upper bounds of the 15/20/27/35 % brackets (40 % above)
    2022: (32_000, 70_000, 250_000, 880_000),
    2023: (70_000, 150_000, 550_000, 1_900_000),
    2024: (110_000, 230_000, 870_000, 3_000_000),
    2025: (158_000, 330_000, 1_200_000, 4_300_000),
    2026: (190_000, 400_000, 1_500_000, 5_300_000),
}
TEBLIGLER = {2022: "317 Seri No.lu", 2023: "323 Seri No.lu", 2024: "324 Seri No.lu"}
SUB_TABLES = ("income_tax", "contributions", "stamp_tax", "minimum_wage_exemption")


def raw(data_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((data_dir / RELATIVE).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def table() -> PayrollTable:
    return load_bundled_table(RELATIVE, PayrollTable)


def test_the_table_is_registered_as_a_reference_table() -> None:
    assert TABLES["payroll"] == (RELATIVE, "payroll.PayrollTable")
    assert table_model("payroll.PayrollTable") is PayrollTable
    assert Catalog().reference().payroll == load_bundled_table(RELATIVE, PayrollTable)


def test_the_table_validates_and_builds_alike(data_dir: Path, table: PayrollTable) -> None:
    data = raw(data_dir)
    assert validate(PayrollTable, data) == table
    assert trusted(PayrollTable, data) == table  # nested models found in schema.payroll


@pytest.mark.parametrize("part", SUB_TABLES)
def test_every_sub_table_carries_its_source(data_dir: Path, part: str) -> None:
    source = raw(data_dir)[part]["source"]
    assert set(source) == {"institution", "publication", "retrieved"}
    assert source["institution"].strip()
    assert source["publication"].strip()
    assert date.fromisoformat(source["retrieved"]) == date(2026, 12, 2)


def test_the_sources_name_the_laws(table: PayrollTable) -> None:
    labels = [source.label() for source in table.sources()]
    assert "Gelir Vergisi Kanunu (193) md. 103" in labels[0]
    assert "5510" in labels[1]
    assert "4447" in labels[1]
    assert "488" in labels[2]
    assert "md. 23/18" in labels[3]
    assert "7338" in labels[3]


def test_the_tariffs_are_the_published_ones(table: PayrollTable) -> None:
    assert table.income_tax.years() == sorted(TARIFFS)
    for year, bounds in TARIFFS.items():
        tariff = table.income_tax.tariff(year)
        assert tariff is not None
        assert [b.up_to for b in tariff.brackets] == [*map(float, bounds), None]
        assert [b.rate_percent for b in tariff.brackets] == [15, 20, 27, 35, 40]
        assert f"{year}" in tariff.publication
        if year in TEBLIGLER:
            assert tariff.publication.startswith(TEBLIGLER[year])
    assert table.income_tax.tariff(2021) is None


def test_the_rates_ceiling_and_exemption(table: PayrollTable) -> None:
    contributions = table.contributions
    assert contributions.sgk_employee_percent == 14
    assert contributions.unemployment_employee_percent == 1
    assert contributions.ceiling_minimum_wage_multiple == 7.5
    assert contributions.ceiling_verified_through == 2025  # 2026 is not verified
    assert table.stamp_tax.percent == 0.759
    assert table.minimum_wage_exemption.from_year == 2022


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["income_tax"]["tariffs"][0]["brackets"].reverse(), "income_tax.tariffs.0"),
        (lambda d: d["income_tax"]["tariffs"][1]["brackets"][2].update(up_to=None), "tariffs.1"),
        (lambda d: d["income_tax"]["tariffs"][2]["brackets"][4].update(up_to=9e9), "tariffs.2"),
        (lambda d: d["stamp_tax"].update(percent=-1), "stamp_tax.percent"),
        (lambda d: d["contributions"].update(ceiling_verified_through="2025"), "verified"),
        (lambda d: d["contributions"]["source"].pop("retrieved"), "retrieved"),
        (lambda d: d["minimum_wage_exemption"].update(until=2030), "until"),
        (lambda d: d.pop("stamp_tax"), "stamp_tax"),
    ],
)
def test_broken_tables_are_rejected(data_dir: Path, change: Any, where: str) -> None:
    data = raw(data_dir)
    change(data)
    with pytest.raises(ValidationError) as error:
        validate(PayrollTable, data)
    assert where in str(error.value)


def test_a_change_of_the_payroll_schema_checks_every_file_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The record of checked files knows payroll.py: a new schema is a new stamp."""
    before = verified._schema_stamp()
    real_stat = os.stat

    def stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        result = real_stat(path, *args, **kwargs)
        if str(path).endswith("payroll.py"):
            return SimpleNamespace(st_mtime_ns=result.st_mtime_ns + 1)
        return result

    monkeypatch.setattr(verified.os, "stat", stat)
    after = verified._schema_stamp()
    assert after != before
