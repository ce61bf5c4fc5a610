"""The table engine of the text views: one call, three layouts, never a cut figure.

* up to ``RICH_TABLE_LIMIT`` rows: a Rich table whose short cells (years, amounts,
  ratios) never wrap;
* on a terminal too narrow for the columns: one record after another ("Yıl: 2024");
* thousands of rows: plain aligned columns written in chunks (fast, little memory).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kariyer.output.blocks import paragraphs, wrapped
from kariyer.output.console import console, printable, styled

if TYPE_CHECKING:
    from rich.table import Table

RICH_TABLE_LIMIT = 200  # more rows than this are printed as plain aligned text (fast)
PLAIN_CHUNK = 500  # rows per write on that path
SHORT_CELL = 16  # cells up to this long are kept whole


def rich_table(*columns: str, title: str | None = None) -> Table:
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for column in columns:
        table.add_column(column)
    return table


def _too_narrow(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, keep_whole: int | None
) -> bool:
    """Would the columns need more room than there is (short cells whole, text ≥ 12)?"""
    needed = 0
    for number, header in enumerate(headers):
        longest = max((len(row[number]) for row in rows[:RICH_TABLE_LIMIT]), default=0)
        whole = number == keep_whole or longest <= SHORT_CELL
        needed += (max(longest, len(header)) if whole else 12) + 3
    return needed > width


def _print_records(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, title: str | None, indent: int
) -> None:
    if title:
        paragraphs([title], indent=indent, style="italic")
    ranked = headers[0] == "#"  # "1. Meslek adı" reads better than "#: 1"
    for row in rows:
        first = f"{row[0]}. {row[1]}" if ranked else f"{headers[0]}: {row[0]}"
        rest = 2 if ranked else 1
        paragraphs([first], indent=indent, style="bold")
        paragraphs(
            [f"{header}: {cell}" for header, cell in zip(headers[rest:], row[rest:], strict=True)],
            indent=indent + 2,
        )
    if not rows:
        console().print()


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    keep_whole: int | None = None,
    indent: int = 0,
) -> None:
    """A rich table for a screenful; plain aligned columns for thousands of rows; one
    record after another on a terminal too narrow for the columns (never cut a figure)."""
    out = console()
    if len(rows) <= RICH_TABLE_LIMIT and _too_narrow(headers, rows, out.width - indent, keep_whole):
        _print_records(headers, rows, title=title, indent=indent)
        return
    if len(rows) <= RICH_TABLE_LIMIT:
        from rich.padding import Padding

        table = rich_table(*headers, title=title)
        for number, column in enumerate(table.columns):
            # short cells (years, amounts, ratios) never wrap or shrink into "14.0…"
            longest = max((len(row[number]) for row in rows), default=0)
            if number == keep_whole or longest <= SHORT_CELL:
                column.no_wrap = True
        for row in rows:
            table.add_row(*row)
        out.print(Padding(table, (0, 0, 0, indent), expand=False) if indent else table)
        return
    if title:
        out.print(styled(title, "italic"))
    _print_plain(headers, rows, out.width, keep_whole)


def _print_plain(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, keep_whole: int | None
) -> None:
    widths = [
        max(len(headers[i]), max((len(row[i]) for row in rows), default=0))
        for i in range(len(headers))
    ]
    spare = width - sum(widths) - 2 * (len(widths) - 1)
    cut: int | None = None  # the one column whose long values are cut with …
    if spare < 0:  # shrink the widest column (a title)
        cut = max(range(len(widths)), key=lambda i: widths[i] if i != keep_whole else -1)
        widths[cut] = max(8, widths[cut] + spare)
    # every column padded to its width but the last: one str.format per line
    template = "  ".join([*(f"{{:<{size}}}" for size in widths[:-1]), "{}"])

    def line(cells: Sequence[str]) -> str:
        if cut is not None and len(cells[cut]) > widths[cut]:
            cells = [*cells[:cut], cells[cut][: widths[cut] - 1] + "…", *cells[cut + 1 :]]
        return template.format(*cells).rstrip()

    file = console().file  # not through Rich: each chunk passes printable itself
    file.write(printable(line(headers) + "\n" + "  ".join("─" * size for size in widths) + "\n"))
    for start in range(0, len(rows), PLAIN_CHUNK):  # a few writes, never one huge string
        chunk = "".join([line(row) + "\n" for row in rows[start : start + PLAIN_CHUNK]])
        file.write(printable(chunk))


def print_long_lines(lines: Sequence[str]) -> None:
    """Bullet lines under a table: as paragraphs for a screenful, plain text for thousands."""
    if len(lines) <= RICH_TABLE_LIMIT:
        for item in lines:
            text = item.strip()
            bullet = text.startswith("• ")
            wrapped(text[2:] if bullet else text, "  • " if bullet else "  ")
    else:
        console().file.write(printable("\n".join(lines) + "\n"))
