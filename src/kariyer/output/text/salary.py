"""`kariyer salary` on a terminal: one ranked table per year, what is missing, estimates apart."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kariyer.output import labels, worth_lines
from kariyer.output.blocks import blank, line
from kariyer.output.cells import (
    adjusted_cell,
    adjusted_ranking_title,
    figure_money,
    group_title,
    missing_heading,
    rank_text,
    ranked_estimate_cells,
    ratio_cell,
    salary_footer,
    salary_missing_lines,
    salary_title,
)
from kariyer.output.tables import print_long_lines, print_table

if TYPE_CHECKING:
    from kariyer.domain.salary import SalaryReport, SalaryRow


def show_salary(report: SalaryReport) -> None:
    line(salary_title(report), "bold")
    if report.groups and (
        report.ratio_ranking is not None or group_title(report, report.groups[0])
    ):
        blank()  # a titled table follows
    if not report.groups:
        what = f"{report.year} yılı için" if report.year is not None else "Hiçbir meslek için"
        line(f"{what} yayımlanmış maaş verisi yok.")
    if report.ratio_ranking is not None:
        _ratio_table(report.ratio_ranking)
    else:
        for group in report.groups:  # with --year the title already names the year
            _year_table(group.rows, group_title(report, group))
            readings = worth_lines.salary_readings_table(group.rows)
            if readings is not None:  # computed: each average read as gross and as net
                print_table(*readings, title=worth_lines.salary_readings_title(group.year))
    missing = salary_missing_lines(report)
    if missing:
        line(missing_heading(report), "bold")
        print_long_lines([f"  • {text}" for text in missing])
    if report.adjusted:
        _adjusted_table(report)
    if report.adjusted_ranking is not None:
        _adjusted_ranking(report)
    for note in report.adjust_notes:
        line(note, "yellow")
    for text in [*worth_lines.salary_readings_notes(report), *salary_footer(report)]:
        line(text, "dim")


def _year_table(rows: Sequence[SalaryRow], title: str | None) -> None:
    """One year's rows: rank, bars and order compare amounts of that year only."""
    headers = ["#", labels.SLUG, labels.OCCUPATION, labels.AVERAGE, labels.TOP, "Oran*"]
    cells = [
        [
            rank_text(row.rank),
            row.slug,
            row.title,
            figure_money(row.average),
            figure_money(row.top),
            ratio_cell(
                row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else None,
                row.below_net_minimum,
            ),
        ]
        for row in rows
    ]
    if any(row.low for row in rows):  # shown beside the ranked figures, never ranked
        headers.insert(5, labels.LOW)
        for row_cells, row in zip(cells, rows, strict=True):
            row_cells.insert(5, figure_money(row.low))
    ranked = [row.ranked_average.monthly_tl for row in rows if row.ranked_average]
    top_value = max(ranked, default=0.0)
    bars = [
        _fraction(row.ranked_average.monthly_tl if row.ranked_average else None, top_value)
        for row in rows
    ]
    print_table(headers, cells, title=title, bars=bars)


def _ratio_table(rows: Sequence[SalaryRow]) -> None:
    """Across years, ranked by a comparable computed measure: the minimum-wage multiple."""
    top_value = max(
        (row.ratio_to_net_minimum.value for row in rows if row.ratio_to_net_minimum), default=0.0
    )
    cells = [
        [
            str(row.rank),
            row.slug,
            row.title,
            str(row.year),
            figure_money(row.average),
            ratio_cell(
                row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else None,
                row.below_net_minimum,
            ),
        ]
        for row in rows
    ]
    bars = [
        _fraction(row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else None, top_value)
        for row in rows
    ]
    headers = ["#", labels.SLUG, labels.OCCUPATION, labels.YEAR, labels.AVERAGE, "Oran*"]
    title = "Net asgari ücretin katına göre sıralama (hesaplanan)"
    print_table(headers, cells, title=title, bars=bars)


def _adjusted_table(report: SalaryReport) -> None:
    assert report.adjusted is not None
    title = f"Tahmini: başka yılların rakamları {report.year} fiyatlarıyla ({labels.ESTIMATE})"
    rows = [
        [row.title, adjusted_cell(row.average), adjusted_cell(row.top)] for row in report.adjusted
    ]
    blank()
    print_table([labels.OCCUPATION, labels.AVERAGE, labels.TOP], rows, title=title)


def _adjusted_ranking(report: SalaryReport) -> None:
    ranking = report.adjusted_ranking
    assert ranking is not None
    title = adjusted_ranking_title(ranking)
    rows = [[str(item.rank), item.title, *ranked_estimate_cells(item)] for item in ranking.rows]
    headers = ["#", labels.OCCUPATION, f"{ranking.target_year} fiyatlarıyla", "Yayımlanan"]
    if len({item.basis for item in ranking.rows}) > 1:  # ranks restart per basis: say which
        headers.append(labels.BASIS)
        rows = [
            [*row, labels.BASIS_TR[item.basis]]
            for row, item in zip(rows, ranking.rows, strict=True)
        ]
    if report.missing:  # after the list; a table already ends with an empty line
        blank()
    print_table(headers, rows, title=title)


def _fraction(value: float | None, top_value: float) -> float | None:
    """A bar's length as a fraction of the longest (None: no bar)."""
    if value is None or top_value <= 0:
        return None
    fraction = value / top_value
    return fraction if math.isfinite(fraction) else None
