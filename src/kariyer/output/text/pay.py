"""`kariyer pay` on a terminal: two tables of the twelve months (each fits 80 columns), the
average net, the rules used with their sources, the notes, and everything labelled
computed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import pay_lines
from kariyer.output.blocks import blank, bullets, line, paragraphs
from kariyer.output.tables import print_table

if TYPE_CHECKING:
    from kariyer.domain.pay import PayReport

# two tables: from the gross to the tax base, then the taxes, the exemption and the net
FIRST = (
    "gross",
    "sgk_employee",
    "unemployment_employee",
    "income_tax_base",
    "cumulative_income_tax_base",
)
SECOND = ("income_tax", "minimum_wage_exemption", "stamp_tax", "net")


def show_pay(report: PayReport) -> None:
    line(pay_lines.title(report), "bold")
    blank()
    _table(report, FIRST, f"Brütten gelir vergisi matrahına (TL, {pay_lines.COMPUTED})")
    _table(report, SECOND, f"Vergiler, istisna ve net (TL, {pay_lines.COMPUTED})")
    paragraphs(pay_lines.summary(report), indent=0)
    paragraphs([pay_lines.FORMULA, pay_lines.LEGEND], indent=0, style="dim")
    blank()
    line(pay_lines.RULES_HEADING, "bold")
    bullets(pay_lines.rule_lines(report), indent=0)
    blank()
    paragraphs(report.notes, indent=0)
    paragraphs([pay_lines.closing(report)], indent=0, style="dim")


def _table(report: PayReport, fields: tuple[str, ...], title: str) -> None:
    headers = ["Ay", *(pay_lines.SHORT[field] for field in fields)]
    rows = [[str(cell) for cell in row] for row in pay_lines.cells(report, fields)]
    # amounts right-aligned in a table; one record after another when no table fits
    print_table(headers, rows, title=title, right=range(1, len(headers)))
