"""Turkish number and date formats (14.000 TL, 19,90 TL/saat, 1 Temmuz 2023), and amounts
as people type them (30.000,50). Pure, no rich."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

MONTHS_TR = (
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
)
# how prose writes a small count ("iki asgari ücret tutarı"); larger ones as digits
COUNTS_TR = ("sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on")


def number(value: float, decimals: int = 0) -> str:
    """Format with '.' as thousands separator and ',' as decimal mark."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def money(value: float) -> str:
    """Monthly amounts: whole liras without decimals, otherwise two decimals."""
    if float(value).is_integer():  # the common case, in one step (tables of thousands)
        return f"{value:,.0f}".replace(",", ".") + " TL"
    return f"{number(value, 2)} TL"


def kurus(value: float) -> str:
    """An exact payroll amount (a minimum wage, a payroll line), always to the kuruş:
    "28.075,50 TL", "33.030,00 TL". Published amounts keep `money`; estimates are whole
    liras."""
    return f"{number(value, 2)} TL"


def hourly(value: float) -> str:
    return f"{number(value, 2)} TL/saat"


def _whole_or_two(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 2)


def money_range(low: float, high: float | None) -> str:
    """A published range as one amount: "12.000–15.000 TL"; without ``high``, money()."""
    if high is None:
        return money(low)
    return f"{_whole_or_two(low)}–{_whole_or_two(high)} TL"


def hourly_range(low: float, high: float | None) -> str:
    """ "60,00–80,00 TL/saat"; without ``high``, hourly()."""
    if high is None:
        return hourly(low)
    return f"{number(low, 2)}–{number(high, 2)} TL/saat"


def ratio_range(low: float, high: float | None) -> str:
    """ "1,05–1,31"; without ``high``, ratio()."""
    return ratio(low) if high is None else f"{ratio(low)}–{ratio(high)}"


def ratio(value: float) -> str:
    return number(value, 2)


def percent(value: float, decimals: int = 1) -> str:
    return f"%{number(value, decimals)}"


def date_tr(value: date) -> str:
    """A date in Turkish prose: 1 Temmuz 2023 (tables and CSV keep ISO dates)."""
    return f"{value.day} {MONTHS_TR[value.month - 1]} {value.year}"


def count_tr(value: int) -> str:
    """A count in Turkish prose: "iki" for 2, digits from 11 on."""
    return COUNTS_TR[value] if 0 <= value < len(COUNTS_TR) else number(value)


def file_size(size_bytes: int) -> str:
    """A size in Turkish format, decimal units: 512 bayt, 12,4 KB, 3,0 MB, 1,2 GB."""
    if size_bytes < 1000:
        return f"{number(size_bytes)} bayt"
    value = float(size_bytes)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 999.95 or unit == "TB":
            return f"{number(value, 1)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


# -- amounts as people type them --------------------------------------------------------
MAX_TYPED_AMOUNT = 40  # characters: longer is no amount
_PLAIN = re.compile(r"[0-9]+(?:[.,][0-9]{1,2})?", re.ASCII)  # 30000, 30000.50, 30000,5
_DOTTED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?", re.ASCII)  # 30.000,50
_SPACED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]{1,2})?", re.ASCII)  # 30 000,50
_COMMAS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,2}", re.ASCII)  # 30,000.50
_CURRENCY = re.compile(r"\s*(?:TL|₺)\s*$|^\s*₺\s*", re.IGNORECASE)


def parse_amount(text: str) -> Decimal:
    """A TL amount as typed: ``30000``, ``30.000``, ``30.000,50``, ``30000.50``, ``30000,5``,
    ``30 000``, ``30,000.50``, ``30.000 TL``. ``.`` groups thousands in threes (``1.500`` is
    1500) unless it is followed by one or two digits (``1500.5``); a comma is the decimal
    mark. Anything else — ``30.000.5``, ``30,000`` (thirty, or thirty thousand?), more than
    two decimals, a sign, letters, digits of other scripts — raises ValueError with the
    Turkish reason. Zero passes: whether an amount may be zero is the caller's rule."""
    typed = _CURRENCY.sub("", text.strip()).strip() if len(text) <= MAX_TYPED_AMOUNT else ""
    if typed.startswith("-") and typed[1:2].isdigit():
        raise ValueError("tutar negatif olamaz")
    if _PLAIN.fullmatch(typed):
        return Decimal(typed.replace(",", "."))
    if _DOTTED.fullmatch(typed) or _SPACED.fullmatch(typed):
        return Decimal(typed.replace(".", "").replace(" ", "").replace(",", "."))
    if _COMMAS.fullmatch(typed):
        return Decimal(typed.replace(",", ""))
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", typed, re.ASCII):
        raise ValueError(
            "belirsiz: Türkçede virgül ondalık işaretidir; binlik ayracı olarak nokta "
            f"yazın ({typed.replace(',', '.')})"
        )
    if re.fullmatch(r"[0-9]+[.,][0-9]{3,}", typed, re.ASCII):
        raise ValueError("en çok iki ondalık basamak (kuruş) yazılabilir")
    if re.fullmatch(r"[0-9][0-9., ]*[0-9]", typed, re.ASCII):
        raise ValueError(
            "belirsiz: binlik gruplar noktayla ve üçer basamak, ondalık virgülle yazılır "
            "(ör. 30.000,50)"
        )
    raise ValueError("bir sayı değil")
