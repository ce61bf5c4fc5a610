"""The bundled public reference tables: valid, sourced, dated, and holding the exact figures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.models import (
    IscoMinorGroupTable,
    MinimumWageTable,
    PriceIndexTable,
    WorkingHours,
)
from kariyer.schema.validate import validate
from kariyer.store.catalog import Catalog
from kariyer.store.reference import load_bundled_table

Table = MinimumWageTable | PriceIndexTable | WorkingHours | IscoMinorGroupTable
TABLES: list[tuple[str, type[Table]]] = [
    ("reference/minimum_wage.json", MinimumWageTable),
    ("reference/consumer_prices.json", PriceIndexTable),
    ("reference/working_hours.json", WorkingHours),
    ("reference/isco08_minor_groups.json", IscoMinorGroupTable),
]


def raw_table(data_dir: Path, relative: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((data_dir / relative).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def wages() -> MinimumWageTable:
    return load_bundled_table("reference/minimum_wage.json", MinimumWageTable)


@pytest.fixture(scope="module")
def prices() -> PriceIndexTable:
    return load_bundled_table("reference/consumer_prices.json", PriceIndexTable)


@pytest.fixture(scope="module")
def hours() -> WorkingHours:
    return load_bundled_table("reference/working_hours.json", WorkingHours)


# -- every table ---------------------------------------------------------------
def test_reference_directory_holds_exactly_the_registered_tables(data_dir: Path) -> None:
    names = sorted(p.name for p in (data_dir / "reference").iterdir())
    assert names == [
        "consumer_prices.json",
        "isco08_minor_groups.json",
        "minimum_wage.json",
        "payroll.json",
        "working_hours.json",
    ]


@pytest.mark.parametrize(("relative", "model"), TABLES, ids=[t[0] for t in TABLES])
def test_table_validates_against_its_model(
    data_dir: Path, relative: str, model: type[Table]
) -> None:
    # strict validation of the raw JSON, independent of the loader
    table = validate(model, raw_table(data_dir, relative))
    assert table == load_bundled_table(relative, model)


@pytest.mark.parametrize(("relative", "model"), TABLES, ids=[t[0] for t in TABLES])
def test_table_carries_source_and_retrieved_date(
    data_dir: Path, relative: str, model: type[Table]
) -> None:
    raw_source = raw_table(data_dir, relative)["source"]
    assert set(raw_source) == {"institution", "publication", "retrieved"}
    assert raw_source["institution"].strip()
    assert raw_source["publication"].strip()
    # an ISO date, not some free text, and not in the future of the data it describes
    retrieved = date.fromisoformat(raw_source["retrieved"])
    assert retrieved.year >= 2024
    table = load_bundled_table(relative, model)
    source = table.source
    assert source.retrieved == retrieved
    assert source.label() == f"{raw_source['institution']} — {raw_source['publication']}"


@pytest.mark.parametrize(("relative", "model"), TABLES, ids=[t[0] for t in TABLES])
def test_table_without_source_is_rejected(
    data_dir: Path, relative: str, model: type[Table]
) -> None:
    from pydantic import ValidationError

    raw = raw_table(data_dir, relative)
    del raw["source"]["retrieved"]
    with pytest.raises(ValidationError):
        validate(model, raw)
    raw = raw_table(data_dir, relative)
    raw["source"]["retrieved"] = "geçen yıl"
    with pytest.raises(ValidationError):
        validate(model, raw)


def test_catalog_reference_loads_all_three(
    wages: MinimumWageTable, prices: PriceIndexTable, hours: WorkingHours
) -> None:
    reference = Catalog().reference()
    assert reference.minimum_wage == wages
    assert reference.prices == prices
    assert reference.hours == hours


# -- minimum wage ----------------------------------------------------------------
def test_minimum_wage_has_nine_rates_2020_to_2026(wages: MinimumWageTable) -> None:
    starts = [rate.valid_from for rate in wages.rates]
    assert len(starts) == 9
    assert starts == sorted(starts)
    assert len(set(starts)) == 9
    assert {d.year for d in starts} == set(range(2020, 2027))
    assert starts[0] == date(2020, 1, 1)
    assert starts[-1] == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("valid_from", "net", "gross"),
    [
        (date(2023, 7, 1), 11402.32, 13414.50),
        (date(2024, 1, 1), 17002.12, 20002.50),
        (date(2026, 1, 1), 28075.50, 33030.00),
    ],
)
def test_minimum_wage_exact_figures(
    wages: MinimumWageTable, valid_from: date, net: float, gross: float
) -> None:
    by_date = {rate.valid_from: rate for rate in wages.rates}
    assert by_date[valid_from].net == net
    assert by_date[valid_from].gross == gross


def test_minimum_wage_net_below_gross_and_rising(wages: MinimumWageTable) -> None:
    for rate in wages.rates:
        assert 0 < rate.net < rate.gross
    nets = [rate.net for rate in wages.rates]
    assert nets == sorted(nets)


def test_minimum_wage_two_rates_in_2022_and_2023(wages: MinimumWageTable) -> None:
    per_year: dict[int, int] = {}
    for rate in wages.rates:
        per_year[rate.valid_from.year] = per_year.get(rate.valid_from.year, 0) + 1
    assert per_year == {2020: 1, 2021: 1, 2022: 2, 2023: 2, 2024: 1, 2025: 1, 2026: 1}


# -- consumer prices ----------------------------------------------------------------
def test_price_index_years_are_2020_to_2025_and_2025_is_derived(prices: PriceIndexTable) -> None:
    assert [entry.year for entry in prices.years] == [2020, 2021, 2022, 2023, 2024, 2025]
    assert [entry.year for entry in prices.years if entry.derived] == [2025]
    derived = prices.years[-1]
    # from the published 2025 changes: annual average +34,88 %, December on December +30,89 %
    assert derived.annual_average == round(2360.02 * 1.3488, 2)
    assert derived.december == round(2684.55 * 1.3089, 2)


def test_price_index_exact_figures(prices: PriceIndexTable) -> None:
    by_year = {entry.year: entry for entry in prices.years}
    assert by_year[2023].annual_average == 1488.91
    assert by_year[2024].annual_average == 2360.02
    assert by_year[2022].december == 1128.45


def test_price_index_base_is_2003(prices: PriceIndexTable) -> None:
    assert prices.base == "2003=100"
    averages = [entry.annual_average for entry in prices.years]
    assert averages == sorted(averages)


# -- working hours -----------------------------------------------------------------------
def test_working_hours_monthly_225_weekly_45(hours: WorkingHours) -> None:
    assert hours.monthly_hours == 225
    assert hours.weekly_max_hours == 45
    assert "225" in hours.method


def test_isco_minor_groups_are_the_130_of_the_official_list() -> None:
    table = load_bundled_table("reference/isco08_minor_groups.json", IscoMinorGroupTable)
    assert len(table.groups) == 130
    assert len({group.code for group in table.groups}) == 130
    assert table.title("4222") == "Müşteri danışma elemanları"
    assert table.title("42") is None  # a 2-digit code has no minor group
    assert table.source.institution.startswith("BTK")


def test_working_hours_do_not_attribute_225_hours_to_the_law() -> None:
    """md. 63 sets at most 45 hours a week; ÷ 225 is payroll practice, and the text says so."""
    hours = load_bundled_table("reference/working_hours.json", WorkingHours)
    assert "en çok 45 saat" in hours.method
    assert "bordro uygulaması" in hours.method
    assert "kanunun koyduğu bir sayı değildir" in hours.method
    assert "225" not in hours.source.publication
