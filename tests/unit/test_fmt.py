"""Turkish number formats: '.' groups thousands, ',' marks decimals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kariyer import fmt


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (14000, "14.000 TL"),
        (16000.0, "16.000 TL"),
        (17002.12, "17.002,12 TL"),
        (999, "999 TL"),
        (1234567, "1.234.567 TL"),
        (0.5, "0,50 TL"),
    ],
)
def test_money(value: float, expected: str) -> None:
    assert fmt.money(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (19.9, "19,90 TL/saat"),
        (29.0, "29,00 TL/saat"),
        (126.4, "126,40 TL/saat"),
        (1234.5, "1.234,50 TL/saat"),
    ],
)
def test_hourly(value: float, expected: str) -> None:
    assert fmt.hourly(value) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234567, 0, "1.234.567"),
        (1234567.891, 2, "1.234.567,89"),
        (0, 0, "0"),
        (12, 1, "12,0"),
    ],
)
def test_number(value: float, decimals: int, expected: str) -> None:
    assert fmt.number(value, decimals) == expected


def test_ratio_and_percent() -> None:
    assert fmt.ratio(1.5) == "1,50"
    assert fmt.percent(12.345) == "%12,3"
    assert fmt.percent(1000, 0) == "%1.000"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2023, 7, 1), "1 Temmuz 2023"),
        (date(2026, 11, 27), "27 Kasım 2026"),
        (date(2024, 2, 29), "29 Şubat 2024"),
        (date(2020, 8, 31), "31 Ağustos 2020"),
    ],
)
def test_date_tr(value: date, text: str) -> None:
    assert fmt.date_tr(value) == text


@pytest.mark.parametrize(("value", "text"), [(1, "bir"), (2, "iki"), (10, "on"), (12, "12")])
def test_count_tr(value: int, text: str) -> None:
    assert fmt.count_tr(value) == text


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (12000, 15000, "12.000–15.000 TL"),
        (12000.5, 15000, "12.000,50–15.000 TL"),
        (12000, None, "12.000 TL"),
    ],
)
def test_money_range(low: float, high: float | None, expected: str) -> None:
    assert fmt.money_range(low, high) == expected


def test_hourly_and_ratio_ranges() -> None:
    assert fmt.hourly_range(60, 80.5) == "60,00–80,50 TL/saat"
    assert fmt.hourly_range(60, None) == "60,00 TL/saat"
    assert fmt.ratio_range(1.05, 1.3) == "1,05–1,30"
    assert fmt.ratio_range(1.05, None) == "1,05"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0 bayt"),
        (999, "999 bayt"),
        (1000, "1,0 KB"),
        (12_400, "12,4 KB"),
        (999_949, "999,9 KB"),
        (999_950, "1,0 MB"),  # never "1.000,0 KB"
        (12_400_000, "12,4 MB"),
        (3_500_000_000, "3,5 GB"),
    ],
)
def test_file_size(value: int, text: str) -> None:
    assert fmt.file_size(value) == text


# -- amounts as people type them -------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30000", "30000"),
        ("30.000", "30000"),
        ("30.000,50", "30000.50"),
        ("30000.50", "30000.50"),
        ("30000,5", "30000.5"),
        ("1.500", "1500"),  # three digits after a dot: thousands
        ("1.50", "1.50"),  # one or two: decimals
        ("1.234.567,89", "1234567.89"),
        ("30 000", "30000"),
        ("30,000.50", "30000.50"),
        (" 30.000 TL ", "30000"),
        ("₺30.000", "30000"),
        ("0", "0"),
    ],
)
def test_parse_amount(typed: str, expected: str) -> None:
    assert fmt.parse_amount(typed) == Decimal(expected)


@pytest.mark.parametrize(
    "typed",
    [
        "30.000.5",
        "30,000",
        "1234.567",
        "30000,505",
        "-5000",
        "+5000",
        "abc",
        "",
        "1e5",
        "30_000",
        "٣٠٠٠٠",
        "30000.",
        ".5",
        "30.00.000",
        "1" * 41,
    ],
)
def test_parse_amount_refuses_what_is_not_clearly_an_amount(typed: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        fmt.parse_amount(typed)


@given(cents=st.integers(0, 10**11))
def test_every_amount_kariyer_prints_reads_back(cents: int) -> None:
    value = Decimal(cents) / 100
    assert fmt.parse_amount(fmt.number(float(value), 2)) == value
    assert fmt.parse_amount(fmt.money(float(value))) == value
    assert fmt.parse_amount(f"{value:.2f}") == value
