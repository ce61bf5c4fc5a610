"""`kariyer salary` on a terminal: one year's ranking, what is missing, estimates apart."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels
from kariyer.output.blocks import blank, line
from kariyer.output.cells import adjusted_cell, ratio_cell, sources_line, years_text
from kariyer.output.tables import RICH_TABLE_LIMIT, print_long_lines, print_table

if TYPE_CHECKING:
    from kariyer.domain.salary import SalaryReport

BAR_WIDTH = 16


def show_salary(report: SalaryReport) -> None:
    title = (
        f"{report.year} yılı maaşları (aylık, makalelerde yayımlandığı gibi)"
        if report.year is not None
        else "Her mesleğin en son yıldaki maaşı (aylık, makalelerde yayımlandığı gibi)"
    )
    if not report.rows:
        line(f"{report.year} yılı için yayımlanmış maaş verisi olan meslek yok.", "bold")
    top_value = max(
        (row.average.monthly_tl for row in report.rows if row.average is not None), default=0.0
    )
    cells = []
    for rank, row in enumerate(report.rows, start=1):
        average = row.average.monthly_tl if row.average else None
        cells.append(
            [
                str(rank),
                row.title,
                str(row.year),
                fmt.money(average) if average is not None else "—",
                fmt.money(row.top.monthly_tl) if row.top else "—",
                ratio_cell(
                    row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else None,
                    row.below_net_minimum,
                ),
                _bar(average, top_value),
            ]
        )
    if report.rows:
        headers = ["#", labels.OCCUPATION, labels.YEAR, labels.AVERAGE, labels.TOP, "Oran*"]
        headers.append("Grafik")
        if len(cells) > RICH_TABLE_LIMIT:  # a long listing: room for the names, not bars
            headers, cells = headers[:-1], [row[:-1] for row in cells]
        print_table(headers, cells, title=title)
        line(
            "* Oran (hesaplanan): ortalama ÷ o yılın net asgari ücreti (Aralık'ta yürürlükte "
            f"olan; {report.minimum_wage_source.institution}). ⚠ = asgari ücretin altında.",
            "dim",
        )
    if report.missing:
        line("Bu tabloda olmayanlar:", "bold")
        what = f"{report.year} için veri yok" if report.year is not None else "maaş verisi yok"
        print_long_lines(
            [
                f"  • {item.title}: {what} ({years_text(item.available_years)})"
                for item in report.missing
            ]
        )
    if report.adjusted:
        _adjusted_table(report)
    for note in report.adjust_notes:
        line(note, "yellow")
    line(
        "Rakamlar makalelerin yayımladığı aylık tutarlardır; brüt/net belirtilmemiştir. "
        f"{labels.NOT_COMPARABLE} " + sources_line(row.source for row in report.rows),
        "dim",
    )


def _adjusted_table(report: SalaryReport) -> None:
    assert report.adjusted is not None
    assert report.year is not None
    assert report.prices_source is not None
    title = f"Tahmini: başka yılların rakamları {report.year} fiyatlarıyla ({labels.ESTIMATE})"
    rows = [
        [row.title, adjusted_cell(row.average), adjusted_cell(row.top)] for row in report.adjusted
    ]
    blank()
    print_table([labels.OCCUPATION, labels.AVERAGE, labels.TOP], rows, title=title)
    line(
        "Yöntem: tutar × TÜFE yıllık ortalama (hedef yıl) ÷ TÜFE yıllık ortalama (özgün yıl); "
        f"kaynak {report.prices_source.label()}. Bunlar yayımlanmış rakam değil, tahmindir.",
        "dim",
    )


def _bar(value: float | None, top_value: float, width: int = BAR_WIDTH) -> str:
    if value is None or top_value <= 0:
        return ""
    if not math.isfinite(value / top_value):
        return ""
    filled = max(1, round(width * value / top_value))
    return "█" * filled
