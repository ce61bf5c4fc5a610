"""Rich building blocks of the text views: headings, paragraphs, bullet lists, labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.console import console, printable, styled

if TYPE_CHECKING:
    from kariyer.schema.models import Requirements


def line(text: str, style: str = "") -> None:
    console().print(styled(text, style))


def blank() -> None:
    console().print()


def rule(title: str) -> None:
    from rich.rule import Rule

    console().print(Rule(styled(title, "bold")))


def heading(title: str) -> None:
    out = console()
    out.print()
    out.print(styled(title, "bold cyan"))


PROSE_WIDTH = 100  # prose wraps here on wide terminals: long lines are hard to read


def _measure(indent: int) -> int:
    """The width prose is wrapped to: the terminal's, at most a readable measure."""
    return min(console().width, PROSE_WIDTH + indent)


def paragraphs(items: Iterable[str], indent: int = 2, style: str = "") -> None:
    from rich.padding import Padding

    width = _measure(indent)
    for item in items:
        console().print(Padding(styled(item, style), (0, 0, 0, indent), expand=False), width=width)


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
    console().print(Padding(shown, (0, 0, 0, indent), expand=False), width=_measure(indent))


def bullets(items: Sequence[str], numbered: bool = False, indent: int = 2) -> None:
    from rich.padding import Padding
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(overflow="fold")
    for number, item in enumerate(items, start=1):
        grid.add_row(f"{number}." if numbered else "•", styled(item))
    console().print(Padding(grid, (0, 0, 0, indent), expand=False), width=_measure(indent))


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
