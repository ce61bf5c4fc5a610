"""The table engine of the text views: one call, the layout that fits, never a cut figure.

* up to ``RICH_TABLE_LIMIT`` rows: a Rich table whose column widths kariyer sets itself
  (`kariyer.output.widths`) and whose cells it wraps itself (`kariyer.output.wrap`).
  Short cells (years, amounts, ratios) and slugs are never wrapped, no word is split, and
  the occupation's name (the column headed ``labels.OCCUPATION``) gets the room first. A
  column headed ``labels.SLUG`` stays beside the name while the name keeps one line next
  to it (always with ``--wide``, `console.set_wide`); else each slug goes under its name
  in the same cell, dim, and the column goes. Bars (``bars=``) take the room that is
  left: drawn to that width, never cropped;
* a table that does not fit gives up its indent first, then keeping its short cells
  whole (they wrap where `kariyer.output.wrap` may break them, never inside an amount and
  its unit); its headers wrap the same way;
* on a terminal too narrow even for that: one record after another, each headed by its
  name ("1. Müşteri …", a row not ranked says "Sıra: —" apart) or its first value
  ("Yıl: 2024"), a blank line after each, a long value's continuation lines under the
  value. The tables of one view take one layout (`table_mode`, `common_mode`, ``mode=``):
  the one the narrowest of them needs;
* thousands of rows: plain aligned columns written in chunks (fast, little memory).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from kariyer.output import labels
from kariyer.output.blocks import hanging, prose_width, wrapped
from kariyer.output.console import console, is_wide, printable
from kariyer.output.widths import Column, column_widths, grow, height, measure, used
from kariyer.output.wrap import wrap

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

DASH = "—"  # an empty cell, and the rank of a row not ranked
RICH_TABLE_LIMIT = 200  # more rows than this are printed as plain aligned text (fast)
PLAIN_CHUNK = 500  # rows per write on that path
SHORT_CELL = 16  # cells up to this long are kept whole
NAME_TRIES = 6  # widths tried for a name that wraps in any case
BAR_HEADER = "Grafik"
BAR_WIDTH = 16  # the longest bar, room permitting
BAR_LEAST = len(BAR_HEADER)  # no room for that: the table does not fit
Mode = Literal["beside", "under", "records"]  # a table's layout, from the widest
MODES: tuple[Mode, ...] = ("beside", "under", "records")
RANK = "Sıra"  # a record's rank when it has none ("—"): not glued to its name


def rich_table(*columns: str, title: str | None = None) -> Table:
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for column in columns:
        table.add_column(column)
    return table


def table_overhead(columns: int) -> int:
    """The cells `rich_table` adds to its columns' own widths: an edge on each side and,
    between two columns, a separator and a space of padding on either side of it."""
    return 3 * columns - 1


def bar(fraction: float | None, width: int = BAR_WIDTH) -> str:
    """A bar of at most ``width`` cells for ``fraction`` (0–1) of the longest; none for
    None or 0."""
    if not fraction or fraction <= 0:
        return ""
    return "█" * max(1, round(width * min(fraction, 1.0)))


@dataclass
class _Layout:
    """A table as it would be printed: headers, cells (shown as `printable`), which
    columns are kept whole, the name's column and whether its cells hold a slug too (on
    the cell's last line)."""

    headers: list[str]
    rows: list[list[str]]
    whole: list[bool]
    name: int | None
    slug_under: bool = False
    keep: int | None = None  # the column kept whole however long (``keep_whole``)

    def columns(self) -> list[Column]:
        return [
            measure(header, [row[number] for row in self.rows], self.whole[number])
            for number, header in enumerate(self.headers)
        ]

    def texts(self) -> list[list[str]]:
        """Each column's header and cells."""
        return [[header, *(row[n] for row in self.rows)] for n, header in enumerate(self.headers)]


def _column_of(headers: Sequence[str], header: str) -> int | None:
    return headers.index(header) if header in headers else None


def _layout(
    headers: Sequence[str], rows: Sequence[Sequence[str]], keep_whole: int | None
) -> _Layout:
    shown = [[printable(cell) for cell in row] for row in rows]
    whole = []
    for number, header in enumerate(headers):
        longest = max((len(row[number]) for row in shown), default=0)
        whole.append(number == keep_whole or header == labels.SLUG or longest <= SHORT_CELL)
    name = _column_of(headers, labels.OCCUPATION)
    return _Layout(list(headers), shown, whole, name, keep=keep_whole)


def _slug_under_name(layout: _Layout) -> _Layout:
    """The same table with each slug under its name, and no slug column."""
    slug, name = layout.headers.index(labels.SLUG), layout.name
    assert name is not None
    keep = [number for number in range(len(layout.headers)) if number != slug]
    rows = [
        [f"{row[n]}\n{row[slug]}" if n == name else row[n] for n in keep] for row in layout.rows
    ]
    headers = [layout.headers[number] for number in keep]
    whole = [layout.whole[number] for number in keep]
    return _Layout(headers, rows, whole, keep.index(name), slug_under=True)


def _fit(layout: _Layout, bars: Sequence[float | None] | None, room: int) -> list[int] | None:
    """The widths of the layout's columns (and its chart's) in ``room``; None: no fit.

    A name that cannot have one line gets the width, of a few tried, that makes the
    table shortest (a wider name that wraps as often only takes room from the others)."""
    columns = layout.columns()
    if bars is not None:
        columns.append(Column(BAR_LEAST, BAR_WIDTH, BAR_WIDTH))
    inside = room - table_overhead(len(columns))
    widths = _allocate(layout, columns, inside, bars is not None)
    name = layout.name
    if widths is None or name is None or widths[name] >= columns[name].cells:
        return widths
    least, most = columns[name].least, widths[name]
    best = (_height(layout, widths), widths)
    tries = {least + (most - least) * step // NAME_TRIES for step in range(NAME_TRIES)}
    for width in sorted(tries):
        fixed = [Column(width, width, width) if n == name else c for n, c in enumerate(columns)]
        tried = _allocate(layout, fixed, inside, bars is not None)
        if tried is not None and (lines := _height(layout, tried)) < best[0]:
            best = (lines, tried)
    return best[1]


def _allocate(
    layout: _Layout, columns: Sequence[Column], inside: int, chart: bool
) -> list[int] | None:
    """`column_widths`, then the room a wrapping column does not use (its lines come out
    narrower than its width) shared among the others."""
    last = len(columns) - 1 if chart else None
    widths = column_widths(columns, inside, first=layout.name, last=last)
    if widths is None:
        return None
    count = len(layout.headers)  # the chart's column comes after these
    taken = [*used(layout.texts(), widths[:count]), *widths[count:]]
    if all(use >= width for use, width in zip(taken, widths, strict=True)):
        return widths
    capped = [
        Column(c.least, max(c.least, min(c.cells, use)), max(c.least, min(c.header, use)))
        for c, use in zip(columns, taken, strict=True)
    ]
    again = column_widths(capped, inside, first=layout.name, last=last)
    assert again is not None  # the same least widths fit
    return grow(again, columns, inside - sum(again), last)  # what is left: as before


def _height(layout: _Layout, widths: Sequence[int]) -> int:
    return height([layout.headers, *layout.rows], widths[: len(layout.headers)])


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    keep_whole: int | None = None,
    indent: int = 0,
    bars: Sequence[float | None] | None = None,
    row_styles: Sequence[str] | None = None,
    err: bool = False,
    right: Sequence[int] = (),
    mode: Mode | None = None,
) -> None:
    """A rich table for a screenful; plain aligned columns for thousands of rows; one
    record after another on a terminal too narrow for the columns (never cut a figure).

    ``keep_whole``: a column never wrapped, however long its cells. ``bars``: a fraction
    (0–1, or None) per row, drawn in a last column "Grafik" as wide as the room allows
    (not on the plain path). ``row_styles``: a style per row. ``err``: on stderr.
    ``right``: the columns aligned right (amounts in a table of amounts). ``mode``: the
    layout to use (`table_mode`) where it fits, so that the tables of one view agree: a
    table that does not fit it is printed as records.
    """
    out = console(err)
    if len(rows) > RICH_TABLE_LIMIT:
        if title:
            wrapped(title, "", "italic", width=prose_width(0, err), err=err)
        _print_plain(headers, rows, out.width, keep_whole)
        return
    layout, widths, indent = _placed(_layout(headers, rows, keep_whole), bars, indent, mode, err)
    if widths is None:
        _print_records(headers, rows, bars, title=title, indent=indent, err=err)
        return
    if title:  # at most as wide as prose, however wide the table
        wrapped(title, " " * indent, "italic", width=prose_width(indent, err), err=err)
    table = rich_table(*layout.headers)
    if bars is not None:
        table.add_column(BAR_HEADER)
    for number, (column, width) in enumerate(zip(table.columns, widths, strict=True)):
        column.width = width  # every cell fits: short ones whole, no word split
        if isinstance(column.header, str):  # wrapped by kariyer too: "Brüt ise" / "→ net"
            column.header = _text("\n".join(wrap(column.header, width)))
        if number in right and not layout.slug_under:
            column.justify = "right"
    for number, row in enumerate(layout.rows):
        cells = [_cell(layout, column, cell, widths[column]) for column, cell in enumerate(row)]
        if bars is not None:
            cells.append(_text(bar(bars[number], widths[-1])))
        table.add_row(*cells, style=row_styles[number] if row_styles else None)
    out.print(_padded(table, indent), soft_wrap=False)


def table_mode(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    bars: Sequence[float | None] | None = None,
    indent: int = 0,
    err: bool = False,
) -> Mode:
    """The layout `print_table` picks for this table on this terminal: the slug ``beside``
    the name (a table without slugs: any table), ``under`` it, or ``records``."""
    if len(rows) > RICH_TABLE_LIMIT:
        return "beside"
    layout, widths, _ = _placed(_layout(headers, rows, None), bars, indent, None, err)
    return "records" if widths is None else ("under" if layout.slug_under else "beside")


def common_mode(modes: Sequence[Mode]) -> Mode:
    """The one layout several tables can all take: the narrowest any of them needs."""
    return max(modes, key=MODES.index, default="beside")


def _placed(
    layout: _Layout, bars: Sequence[float | None] | None, indent: int, mode: Mode | None, err: bool
) -> tuple[_Layout, list[int] | None, int]:
    """`_chosen` at the indent asked for; when the table does not fit, what gives way
    before it does: the indent, then the short cells kept whole (they wrap where `wrap`
    may break them: never inside an amount and its unit). And the indent kept."""
    width = console(err).width
    whole = [n == layout.keep or h == labels.SLUG for n, h in enumerate(layout.headers)]
    indents = [indent, 0] if indent else [0]
    for tried in (layout, replace(layout, whole=whole)):
        for kept in indents:
            chosen, widths = _chosen(tried, bars, width - kept, mode)
            if widths is not None:
                return chosen, widths, kept
    return layout, None, indent


def _chosen(
    layout: _Layout, bars: Sequence[float | None] | None, room: int, mode: Mode | None = None
) -> tuple[_Layout, list[int] | None]:
    """The layout that fits best (or ``mode`` if it fits) and its widths; None: records."""
    if mode == "records":
        return layout, None
    name = layout.name if labels.SLUG in layout.headers else None
    widths = _fit(layout, bars, room) if mode != "under" or name is None else None
    if name is not None and not is_wide() and mode != "beside":
        under = _slug_under_name(layout)
        under_widths = _fit(under, bars, room)
        if under_widths is not None and (
            widths is None
            or widths[name] < layout.columns()[name].cells  # the name wraps
            or _height(under, under_widths) < _height(layout, widths)
        ):
            return under, under_widths
    return layout, widths


def _text(text: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(text, style=style)


def _cell(layout: _Layout, column: int, cell: str, width: int) -> Text:
    """A cell wrapped by kariyer (Rich would fold a path, cut nothing else); a name with
    its slug under it, dim."""
    if not (layout.slug_under and column == layout.name):
        return _text("\n".join(wrap(cell, width)))
    name, slug = cell.rsplit("\n", 1)
    text = _text("\n".join(wrap(name, width)) + "\n")
    text.append("\n".join(wrap(slug, width)), style="dim")  # a long slug: after a "-"
    return text


def _padded(table: Table, indent: int) -> RenderableType:
    from rich.padding import Padding

    return Padding(table, (0, 0, 0, indent), expand=False) if indent else table


def _print_records(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    bars: Sequence[float | None] | None,
    *,
    title: str | None,
    indent: int,
    err: bool,
) -> None:
    out = console(err)
    if title:
        wrapped(title, " " * indent, "italic", width=prose_width(indent, err), err=err)
        out.print()
    ranked = headers[0] == "#"  # "1. Meslek adı" reads better than "#: 1"
    name = _column_of(headers, labels.OCCUPATION)
    heading = (1 if name is None else name) if ranked else (name or 0)
    for number, row in enumerate(rows):
        if ranked and row[0] != DASH:
            wrapped(row[heading], f"{' ' * indent}{row[0]}. ", "bold", err=err)
        elif ranked or not headers[heading]:  # the record's heading: its name, or its label
            wrapped(row[heading], " " * indent, "bold", err=err)
        else:
            hanging(headers[heading], row[heading], "bold", indent=indent, err=err)
        if ranked and row[0] == DASH:  # not ranked: said apart from the name
            hanging(RANK, DASH, indent=indent + 2, err=err)
        for column, (header, cell) in enumerate(zip(headers, row, strict=True)):
            if column != heading and not (ranked and column == 0):
                hanging(header, cell, indent=indent + 2, err=err)
        if bars is not None and bars[number]:
            hanging(BAR_HEADER, bar(bars[number]), indent=indent + 2, err=err)
        out.print()  # a blank line after each record, as under a table


def _print_plain(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, keep_whole: int | None
) -> None:
    """Aligned columns, a line a row; a slug that leaves its name no room goes on a line
    of its own under the name (as in the Rich table); a name still too long is cut after
    a whole word, with "…"."""
    sizes = {
        i: max(len(headers[i]), max((len(row[i]) for row in rows), default=0))
        for i in range(len(headers))
    }
    slug, name = _column_of(headers, labels.SLUG), _column_of(headers, labels.OCCUPATION)
    under: int | None = None  # the slug column, printed under the name
    too_wide = sum(sizes.values()) + 2 * (len(sizes) - 1) > width
    if slug is not None and name is not None and not is_wide() and too_wide:
        under = slug  # on a line of its own: it may run on under the next columns
        del sizes[slug]
    keep = list(sizes)
    widths = list(sizes.values())
    whole = slug if under is None else None
    whole = keep_whole if whole is None else whole
    spare = width - sum(widths) - 2 * (len(widths) - 1)
    cut: int | None = None  # the one column (a place in keep) whose long values are cut
    if spare < 0:  # shrink the widest column (a name)
        cut = max(range(len(keep)), key=lambda i: widths[i] if keep[i] != whole else -1)
        widths[cut] = max(8, widths[cut] + spare)
    # every column padded to its width but the last: one str.format per line
    template = "  ".join([*(f"{{:<{size}}}" for size in widths[:-1]), "{}"])
    offset = " " * sum(size + 2 for size in widths[: keep.index(name)]) if name in keep else ""

    def line(row: Sequence[str]) -> str:
        cells = [row[i] for i in keep]
        if cut is not None and len(cells[cut]) > widths[cut]:
            cells[cut] = shortened(cells[cut], widths[cut])
        text = template.format(*cells).rstrip()
        return text if under is None else f"{text}\n{offset}{row[under]}"

    file = console().file  # not through Rich: each chunk passes printable itself
    head = template.format(*(headers[i] for i in keep)).rstrip()
    file.write(printable(head + "\n" + "  ".join("─" * size for size in widths) + "\n"))
    for start in range(0, len(rows), PLAIN_CHUNK):  # a few writes, never one huge string
        chunk = "".join([line(row) + "\n" for row in rows[start : start + PLAIN_CHUNK]])
        file.write(printable(chunk))


def shortened(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with "…", after its last whole word that fits
    (mid-word only when the first word alone is too long)."""
    if len(text) <= width:
        return text
    head = text[: width - 1]
    space = head.rfind(" ")
    if space > 0 and not text[width - 1].isspace():
        head = head[:space]
    return head.rstrip() + "…"


def print_long_lines(lines: Sequence[str]) -> None:
    """Bullet lines under a table: as paragraphs for a screenful, plain text for thousands."""
    if len(lines) <= RICH_TABLE_LIMIT:
        for item in lines:
            text = item.strip()
            bullet = text.startswith("• ")
            prefix = "  • " if bullet else "  "
            wrapped(text[2:] if bullet else text, prefix, width=prose_width(len(prefix)))
    else:
        console().file.write(printable("\n".join(lines) + "\n"))
