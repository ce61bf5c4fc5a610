"""The column widths of a text table: who gets the room when the terminal is narrow.

Each column has three widths (`Column`): the least it can take without splitting a word
(or, kept whole, its longest cell), the width at which none of its cells wraps, and the
width at which its header does not wrap either. `column_widths` gives every column its
least, then the name's column its cells (the name on one line) when they fit, then shares
what is left evenly (a column that wants little gets it all): for cells first, for
headers then, and last for a chart. Pure functions;
the table engine (`kariyer.output.tables`) measures and prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kariyer.output.wrap import least_width, wrap


@dataclass(frozen=True)
class Column:
    """What a column needs: ``least`` (no word split; a column kept whole: its longest
    cell), ``cells`` (no cell wraps), ``header`` (nor its header)."""

    least: int
    cells: int
    header: int


def measure(header: str, cells: Sequence[str], whole: bool) -> Column:
    """The widths a column of these cells needs; ``whole``: its cells never wrap."""
    from rich.cells import cell_len

    longest = max((cell_len(part) for cell in cells for part in cell.split("\n")), default=0)
    words = max([least_width(header), *(least_width(cell) for cell in cells)])
    least = max(longest, least_width(header)) if whole else words
    return Column(least, max(longest, least), max(longest, least, cell_len(header)))


def column_widths(
    columns: Sequence[Column], room: int, *, first: int | None = None, last: int | None = None
) -> list[int] | None:
    """The width of each column within ``room`` cells, or None when even their least does
    not fit. Above its least, column ``first`` (the name) gets its cells first if they fit
    (the name on one line); the others then share the rest (`shares`) for their cells,
    then for their headers; column ``last`` (a chart) gets what is left, at most its
    cells."""
    widths = [column.least for column in columns]
    spare = room - sum(widths)
    if spare < 0:
        return None
    if first is not None and columns[first].cells - widths[first] <= spare:
        spare -= columns[first].cells - widths[first]
        widths[first] = columns[first].cells
    return grow(widths, columns, spare, last)


def grow(widths: list[int], columns: Sequence[Column], spare: int, last: int | None) -> list[int]:
    """``widths`` with up to ``spare`` cells more: for cells, then headers, then the chart."""
    others = [number for number in range(len(columns)) if number != last]
    for target in ([c.cells for c in columns], [c.header for c in columns]):
        wanted = {n: max(0, target[n] - widths[n]) for n in others}
        for number, more in shares(spare, wanted).items():
            widths[number] += more
            spare -= more
    if last is not None:
        widths[last] += min(spare, max(0, columns[last].cells - widths[last]))
    return widths


def shares(spare: int, wanted: dict[int, int]) -> dict[int, int]:
    """``spare`` cells shared out evenly, never more than a column wants: a column that
    wants little gets all of it (its cells stay on one line), the rest share what is left."""
    given = dict.fromkeys(wanted, 0)
    open_ = {number: want for number, want in wanted.items() if want > 0}
    while spare > 0 and open_:
        each = spare // len(open_)
        if each == 0:  # fewer cells than columns: to those that want the most
            for number in sorted(open_, key=lambda n: (-open_[n], n))[:spare]:
                given[number] += 1
            break
        for number in list(open_):
            more = min(each, open_[number])
            given[number] += more
            spare -= more
            open_[number] -= more
            if not open_[number]:
                del open_[number]
    return given


def used(columns: Sequence[Sequence[str]], widths: Sequence[int]) -> list[int]:
    """How wide each column's texts (header and cells) come out, wrapped at its width."""
    from rich.cells import cell_len

    return [
        max((cell_len(line) for text in texts for line in wrap(text, width)), default=0)
        for texts, width in zip(columns, widths, strict=True)
    ]


def height(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> int:
    """How many lines these rows (the header is one) take, wrapped at these widths."""
    return sum(
        max((len(wrap(cell, width)) for cell, width in zip(row, widths, strict=True)), default=1)
        for row in rows
    )
