"""Turkish number formats (14.000 TL, 19,90 TL/saat). Pure, no rich; labels are in output."""

from __future__ import annotations


def number(value: float, decimals: int = 0) -> str:
    """Format with '.' as thousands separator and ',' as decimal mark."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def money(value: float) -> str:
    """Monthly amounts: whole liras without decimals, otherwise two decimals."""
    decimals = 0 if float(value).is_integer() else 2
    return f"{number(value, decimals)} TL"


def hourly(value: float) -> str:
    return f"{number(value, 2)} TL/saat"


def ratio(value: float) -> str:
    return number(value, 2)


def percent(value: float, decimals: int = 1) -> str:
    return f"%{number(value, decimals)}"
