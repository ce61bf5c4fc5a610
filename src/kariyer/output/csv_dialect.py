"""CSV layouts and the one table writer: plain CSV and the Turkish-spreadsheet dialect.

``DIALECTS`` holds the two layouts: plain CSV (``--format csv``) and the one Turkish
spreadsheets open by double-click (``--format excel-csv``: ``;``-separated, decimal comma,
UTF-8 with BOM, CRLF). Every CSV table is written by `table`, which also keeps a text
cell from being read as a spreadsheet formula.
"""

from __future__ import annotations

import contextvars
import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Dialect:
    delimiter: str
    decimal: str
    lineterminator: str
    bom: bool


DIALECTS = {
    "csv": Dialect(delimiter=",", decimal=".", lineterminator="\n", bom=False),
    # Turkish Excel/LibreOffice: list separator ';', decimal comma, UTF-8 known by its BOM
    "excel-csv": Dialect(delimiter=";", decimal=",", lineterminator="\r\n", bom=True),
}
current_dialect: contextvars.ContextVar[Dialect] = contextvars.ContextVar(
    "current_dialect", default=DIALECTS["csv"]
)


def _number(value: object, dialect: Dialect) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and dialect.decimal != ".":
        return repr(value).replace(".", dialect.decimal)
    return value


# A text cell starting with one of these is a formula to a spreadsheet ("=HYPERLINK(…)");
# such a cell gets a leading apostrophe, which spreadsheets show as text. Numbers are
# written as numbers and are never touched, nor is text that reads as a plain number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")


def _defused(value: object) -> object:
    formula = isinstance(value, str) and value.startswith(_FORMULA_START)
    if formula and not _PLAIN_NUMBER.fullmatch(str(value)):
        return f"'{value}"
    return value


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    chosen = current_dialect.get()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=chosen.delimiter, lineterminator=chosen.lineterminator)
    writer.writerow(header)
    writer.writerows([_number(_defused(value), chosen) for value in row] for row in rows)
    return buffer.getvalue().rstrip("\r\n")


def or_empty(value: object) -> object:
    return "" if value is None else value
