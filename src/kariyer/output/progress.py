"""A progress display on stderr for long runs, only on a terminal (nothing in a pipe).

On a terminal: a bar with the count, the total and the time left, erased when done. Under
``NO_COLOR`` (or ``--no-color``) or ``TERM=dumb`` nothing moves the cursor: a long run
(``PLAIN_MIN_TOTAL`` items or more) gets a plain line at every tenth instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kariyer.output.console import console, live_console, printable, styled

PLAIN_MIN_TOTAL = 100  # fewer items than this: no plain lines (they would stay on screen)
PLAIN_STEPS = 10


@contextmanager
def progress(total: int, *, label: str, enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """Yield ``advance(description)``; a no-op unless ``enabled`` and stderr is a terminal."""
    err = console(stderr=True)
    if not enabled or not err.is_terminal or total < 1:
        yield lambda _description: None
        return
    if err.no_color or err.is_dumb_terminal:
        yield _plain(total, label)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("{task.description}", markup=False),  # a file name is text, never markup
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=live_console(),
        transient=True,
    ) as bar:
        task = bar.add_task(printable(label), total=total)

        def advance(description: str) -> None:
            shown = printable(f"{label}: {description}")
            bar.update(task, advance=1, description=shown)

        yield advance


def _plain(total: int, label: str) -> Callable[[str], None]:
    """Plain lines, "Denetleniyor: 2.000/20.000", at every tenth of a long run."""
    if total < PLAIN_MIN_TOTAL:
        return lambda _description: None
    from kariyer.fmt import number

    done = [0]

    def advance(_description: str) -> None:
        done[0] += 1
        if done[0] * PLAIN_STEPS // total != (done[0] - 1) * PLAIN_STEPS // total:
            text = f"{label}: {number(done[0])}/{number(total)}"
            console(stderr=True).print(styled(text))

    return advance
