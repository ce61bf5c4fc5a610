"""`kariyer salary` in Markdown: each year's tables, the readings, the estimates and their
ranking, the footer; an occupation named with its slug where two share the name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kariyer.output import cells, labels, worth_lines
from kariyer.output.markdown_table import table

if TYPE_CHECKING:
    from kariyer.domain.salary import SalaryReport, SalaryRow
    from kariyer.schema.models import SalaryFigure


def _without_slug(rows: tuple[list[str], list[list[str]]]) -> tuple[list[str], list[list[str]]]:
    """A table's slug column dropped (Markdown tables name the occupation only)."""
    header, body = rows
    keep = [n for n, name in enumerate(header) if name != labels.SLUG]
    return [header[n] for n in keep], [[row[n] for n in keep] for row in body]


def salary_markdown(report: SalaryReport) -> str:
    lines = [f"# {cells.salary_title(report)}", ""]
    name = _namer(report)
    if not report.groups:
        what = f"{report.year} yılı için" if report.year is not None else "Hiçbir meslek için"
        lines += [f"{what} yayımlanmış maaş verisi yok.", ""]
    ratio = "Net asgari ücrete oran (hesaplanan)"
    if report.ratio_ranking is not None:
        lines += ["## Net asgari ücretin katına göre sıralama (hesaplanan)", ""]
        rows = [
            [row.rank, name(row.title, row.slug), row.year, _average(row), _ratio(row)]
            for row in report.ratio_ranking
        ]
        header = ["#", labels.OCCUPATION, labels.YEAR, labels.AVERAGE, ratio]
        lines += [*table(header, rows), ""]
    else:
        for group in report.groups:
            title = cells.group_title(report, group)
            lines += [f"## {title}", ""] if title else []
            rows = [
                [cells.rank_text(row.rank), name(row.title, row.slug), _average(row), *_rest(row)]
                for row in group.rows
            ]
            header = ["#", labels.OCCUPATION, labels.AVERAGE, labels.TOP, ratio]
            if any(row.low for row in group.rows):  # shown beside, never ranked
                header.insert(4, labels.LOW)
                for row_cells, row in zip(rows, group.rows, strict=True):
                    row_cells.insert(4, _money(row.low, row))
            lines += [*table(header, rows), ""]
            readings = worth_lines.salary_readings_table(group.rows)
            if readings is not None:  # computed: each average read as gross and as net
                title = worth_lines.salary_readings_title(group.year)
                lines += [f"**{title}**", "", *table(*_without_slug(readings)), ""]
    missing = cells.salary_missing_lines(report)
    if missing:
        lines += [cells.missing_heading(report), "", *[f"- {text}" for text in missing], ""]
    if report.adjusted:
        lines += [f"## Tahmini: başka yılların rakamları {report.year} fiyatlarıyla", ""]
        rows = [
            [
                name(item.title, item.slug),
                *(cells.adjusted_cell(f, item.basis) for f in (item.average, item.top)),
            ]
            for item in report.adjusted
        ]
        lines += [*table([labels.OCCUPATION, labels.AVERAGE, labels.TOP], rows), ""]
    ranking = report.adjusted_ranking
    if ranking is not None:
        lines += [f"## {cells.adjusted_ranking_title(ranking)}", ""]
        rows = [
            [item.rank, name(item.title, item.slug), *cells.ranked_estimate_cells(item)]
            for item in ranking.rows
        ]
        header = ["#", labels.OCCUPATION, f"{ranking.target_year} fiyatlarıyla", "Yayımlanan"]
        if len({item.basis for item in ranking.rows}) > 1:  # ranks restart per basis
            header.append(labels.BASIS)
            rows = [
                [*row, labels.BASIS_TR[item.basis]]
                for row, item in zip(rows, ranking.rows, strict=True)
            ]
        lines += [*table(header, rows), ""]
    lines += [f"> ⚠ {note}" for note in report.adjust_notes] + [""] * bool(report.adjust_notes)
    for note in [*worth_lines.salary_readings_notes(report), *cells.salary_footer(report)]:
        # one paragraph each; "* " would start a list
        lines += [note.replace("* ", "\\* ", 1) if note.startswith("* ") else note, ""]
    return "\n".join(lines).rstrip() + "\n"


def _money(figure: SalaryFigure | None, row: SalaryRow | None = None) -> str:
    """A figure's amount; in a salary row, its own basis where it is not the row's."""
    if row is None:
        return cells.figure_money(figure)
    from kariyer.domain.salary import basis_of  # salary's tables only

    return cells.figure_money(figure, basis_of(row))


def _namer(report: SalaryReport) -> Callable[[str, str], str]:
    """An occupation's name in the tables; with its slug where two share the name."""
    titles = [row.title for row in report.rows()]
    titles += [row.title for row in report.adjusted or []]
    shared = {title for title in titles if titles.count(title) > 1}
    return lambda title, slug: f"{title} (`{slug}`)" if title in shared else title


def _rest(row: SalaryRow) -> list[str]:
    return [_money(row.top, row), _ratio(row)]


def _average(row: SalaryRow) -> str:
    return _money(row.average)


def _ratio(row: SalaryRow) -> str:
    value = row.ratio_to_net_minimum
    return cells.ratio_cell(value.value if value else None, row.below_net_minimum)
