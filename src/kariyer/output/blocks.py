"""Rich building blocks of the text views: headings, paragraphs, bullet lists, labels.

Every block wraps with `kariyer.output.wrap` (words whole, an address never broken) and
indents its continuation lines: under the text of a bullet, under the value of a
"Label: value" line (`hanging`), at the indent of an indented line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.console import console, printable, styled
from kariyer.output.wrap import wrap

if TYPE_CHECKING:
    from kariyer.schema.models import Requirements

MIN_VALUE = 16  # a value narrower than this after its label starts on the next line


def wrapped(
    text: str,
    prefix: str = "",
    style: str = "",
    *,
    under: str | None = None,
    width: int | None = None,
    err: bool = False,
) -> None:
    """``prefix`` and ``text`` wrapped at ``width`` (the terminal's), continuation lines
    after ``under`` (spaces as wide as ``prefix`` unless given). Each line is printed whole:
    an address longer than the terminal is the only line that may pass its width."""
    from rich.cells import cell_len
    from rich.text import Text

    out = console(err)
    width = out.width if width is None else width
    first, text = printable(prefix), printable(text)
    rest = " " * cell_len(first) if under is None else printable(under)
    if width - cell_len(rest) < MIN_VALUE:
        indent = first[: len(first) - len(first.lstrip())]
        rest = indent + "  "  # a long label: less indent
        if width - cell_len(first) < MIN_VALUE:  # too long even for that: lines of its own
            label = wrap(first.strip(), width - len(rest), width - len(indent))
            heads = chain([indent], repeat(rest))
            body = "\n".join(head + part for head, part in zip(heads, label, strict=False))
            out.print(Text(body, style=style), soft_wrap=True)
            first = rest = rest + "  "  # the value under the label
    lines = wrap(text, width - cell_len(rest), width - cell_len(first))
    heads = chain([first], repeat(rest))  # as many as there are lines
    body = "\n".join(head + item for head, item in zip(heads, lines, strict=False))
    out.print(Text(body, style=style), soft_wrap=True)


def hanging(label: str, value: str, style: str = "", *, indent: int = 0, err: bool = False) -> None:
    """ "Label: value" with the value's continuation lines under the value, not the label;
    at most as wide as prose (`prose_width`)."""
    wrapped(value, f"{' ' * indent}{label}: ", style, err=err, width=prose_width(indent, err))


def side_by_side(parts: Sequence[str], style: str = "", gap: int = 3) -> None:
    """Short parts on one line ``gap`` spaces apart ("A: …   B: …"), or one a line when
    they do not fit."""
    from rich.cells import cell_len

    joined = (" " * gap).join(parts)
    if cell_len(printable(joined)) <= console().width:
        line(joined, style)
        return
    for part in parts:
        label, _, value = part.partition(": ")
        if value:
            hanging(label, value, style)
        else:
            line(part, style)


def line(text: str, style: str = "") -> None:
    """One line of text; an indented line's continuation lines keep its indent."""
    body = text.lstrip(" ")
    wrapped(body, text[: len(text) - len(body)], style)


def blank() -> None:
    console().print()


def rule(title: str) -> None:
    """A rule with the title in it; a title too long for that above a plain rule."""
    from rich.cells import cell_len
    from rich.rule import Rule

    out = console()
    if cell_len(printable(title)) + 4 <= out.width:  # "─ title ─"
        out.print(Rule(styled(title, "bold")))
        return
    wrapped(title, style="bold")
    out.print(Rule())


def heading(title: str) -> None:
    console().print()
    wrapped(title, style="bold cyan")


PROSE_WIDTH = 100  # prose wraps here on wide terminals: long lines are hard to read


def prose_width(indent: int, err: bool = False) -> int:
    """The width prose is wrapped to: the terminal's, at most a readable measure."""
    return min(console(err).width, PROSE_WIDTH + indent)


def paragraphs(items: Iterable[str], indent: int = 2, style: str = "") -> None:
    width = prose_width(indent)
    for item in items:
        wrapped(item, " " * indent, style, width=width)


def marked(label: str, text: str, marks: Sequence[tuple[int, int]], indent: int = 4) -> None:
    """``label`` then ``text`` with the spans in ``marks`` highlighted (colour only: in a
    pipe the words read as they are)."""
    from rich.padding import Padding
    from rich.text import Text

    shown = Text()
    shown.append(printable(label), style="dim")
    done = 0
    for start, end in marks:
        shown.append(printable(text[done:start]))
        shown.append(printable(text[start:end]), style="bold yellow")
        done = end
    shown.append(printable(text[done:]))
    console().print(Padding(shown, (0, 0, 0, indent), expand=False), width=prose_width(indent))


def bullets(items: Sequence[str], numbered: bool = False, indent: int = 2) -> None:
    """A bullet ("•") or numbered list; an item's continuation lines under its text."""
    marks = [f"{number}." if numbered else "•" for number in range(1, len(items) + 1)]
    size = max((len(mark) for mark in marks), default=1)
    width = prose_width(indent)
    for mark, item in zip(marks, items, strict=True):
        wrapped(item, f"{' ' * indent}{mark.rjust(size)} ", width=width)


def labelled(label: str, items: Sequence[str]) -> None:
    """A bold label and its paragraphs below it; nothing when there are none."""
    if not items:
        return
    line(f"  {label}", "bold")
    paragraphs(items, indent=4)


def labelled_list(label: str, items: Sequence[str]) -> None:
    """A bold label and a bullet list below it ("—" when empty)."""
    line(f"  {label}:", "bold")
    if items:
        bullets(items, indent=4)
    else:
        line("    —")


def has_requirements(req: Requirements) -> bool:
    return bool(req.education or req.training or req.certificates)


def requirements(req: Requirements) -> None:
    for name, label in labels.REQUIREMENT_PARTS:
        labelled(labels.requirement_label(req, name, label), getattr(req, name))
