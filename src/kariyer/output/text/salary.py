"""`kariyer salary` on a terminal: one ranked table per year, what is missing, estimates apart."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kariyer.domain.salary import basis_of
from kariyer.output import labels, worth_lines
from kariyer.output.blocks import blank, line, paragraphs, prose_width, wrapped
from kariyer.output.cells import (
    adjusted_cell,
    adjusted_ranking_title,
    basis_group_label,
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
from kariyer.output.tables import Mode, common_mode, print_long_lines, print_table, table_mode

if TYPE_CHECKING:
    from kariyer.domain.salary import SalaryReport, SalaryRow


@dataclass
class _Table:
    headers: list[str]
    rows: list[list[str]]
    title: str | None = None
    bars: list[float | None] | None = None


def show_salary(report: SalaryReport) -> None:
    line(salary_title(report), "bold")
    if report.groups and (
        report.ratio_ranking is not None or group_title(report, report.groups[0])
    ):
        blank()  # a titled table follows
    if not report.groups:
        what = f"{report.year} yılı için" if report.year is not None else "Hiçbir meslek için"
        line(f"{what} yayımlanmış maaş verisi yok.")
    tables = _main_tables(report)
    adjusted = _adjusted_table(report) if report.adjusted else None
    ranking = _adjusted_ranking(report) if report.adjusted_ranking is not None else []
    # one layout for every table of the view: the one the narrowest of them needs
    everything = [*tables, *([adjusted] if adjusted else []), *ranking]
    mode = common_mode([table_mode(t.headers, t.rows, bars=t.bars) for t in everything])
    for table in tables:
        _print(table, mode)
    missing = salary_missing_lines(report)
    if missing:
        line(missing_heading(report), "bold")
        print_long_lines([f"  • {text}" for text in missing])
    if adjusted is not None:
        blank()
        _print(adjusted, mode)
    if ranking:
        if missing:  # after the list; a table already ends with an empty line
            blank()
        if len(ranking) > 1:  # ranks restart per basis: each group under its own label
            assert report.adjusted_ranking is not None
            title = adjusted_ranking_title(report.adjusted_ranking)
            wrapped(title, style="italic", width=prose_width(0))
            blank()
        for table in ranking:
            _print(table, mode)
    paragraphs(report.adjust_notes, indent=0, style="yellow")
    notes = [*worth_lines.salary_readings_notes(report), *salary_footer(report)]
    paragraphs(notes, indent=0, style="dim")


def _print(table: _Table, mode: Mode) -> None:
    print_table(table.headers, table.rows, title=table.title, bars=table.bars, mode=mode)


def _main_tables(report: SalaryReport) -> list[_Table]:
    """The ranking by ratio, or each year's table and its gross/net readings."""
    if report.ratio_ranking is not None:
        return [_ratio_table(report.ratio_ranking)]
    tables = []
    for group in report.groups:  # with --year the title already names the year
        tables.append(_year_table(group.rows, group_title(report, group)))
        readings = worth_lines.salary_readings_table(group.rows)
        if readings is not None:  # computed: each average read as gross and as net
            title = worth_lines.salary_readings_title(group.year)
            tables.append(_Table(*readings, title=title))
    return tables


def _year_table(rows: Sequence[SalaryRow], title: str | None) -> _Table:
    """One year's rows: rank, bars and order compare amounts of that year only."""
    headers = ["#", labels.SLUG, labels.OCCUPATION, labels.AVERAGE, labels.TOP, "Oran*"]
    cells = [
        [
            rank_text(row.rank),
            row.slug,
            row.title,
            figure_money(row.average),
            figure_money(row.top, basis_of(row)),
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
            row_cells.insert(5, figure_money(row.low, basis_of(row)))
    ranked = [row.ranked_average.monthly_tl for row in rows if row.ranked_average]
    top_value = max(ranked, default=0.0)
    bars = [
        _fraction(row.ranked_average.monthly_tl if row.ranked_average else None, top_value)
        for row in rows
    ]
    return _Table(headers, cells, title, bars)


def _ratio_table(rows: Sequence[SalaryRow]) -> _Table:
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
    return _Table(headers, cells, title, bars)


def _adjusted_table(report: SalaryReport) -> _Table:
    assert report.adjusted is not None
    title = f"Tahmini: başka yılların rakamları {report.year} fiyatlarıyla ({labels.ESTIMATE})"
    rows = [
        [
            row.slug,
            row.title,
            adjusted_cell(row.average, row.basis),
            adjusted_cell(row.top, row.basis),
        ]
        for row in report.adjusted
    ]
    return _Table([labels.SLUG, labels.OCCUPATION, labels.AVERAGE, labels.TOP], rows, title)


def _adjusted_ranking(report: SalaryReport) -> list[_Table]:
    """The estimates ranked: one table, or one per basis (ranks restart), each labelled."""
    ranking = report.adjusted_ranking
    assert ranking is not None
    headers = ["#", labels.SLUG, labels.OCCUPATION, f"{ranking.target_year} fiyatlarıyla"]
    headers.append("Yayımlanan")
    bases = list(dict.fromkeys(item.basis for item in ranking.rows))
    tables = []
    for basis in bases:
        rows = [
            [str(item.rank), item.slug, item.title, *ranked_estimate_cells(item)]
            for item in ranking.rows
            if item.basis == basis
        ]
        title = basis_group_label(basis) if len(bases) > 1 else None
        tables.append(_Table(headers, rows, title or adjusted_ranking_title(ranking)))
    return tables


def _fraction(value: float | None, top_value: float) -> float | None:
    """A bar's length as a fraction of the longest (None: no bar)."""
    if value is None or top_value <= 0:
        return None
    fraction = value / top_value
    return fraction if math.isfinite(fraction) else None
