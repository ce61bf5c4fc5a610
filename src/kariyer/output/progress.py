"""A progress display on stderr for long runs, only on a terminal (nothing in a pipe)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kariyer.output.console import console


@contextmanager
def progress(total: int, *, label: str, enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """Yield ``advance(description)``; a no-op unless ``enabled`` and stderr is a terminal."""
    err = console(stderr=True)
    if not enabled or not err.is_terminal or total < 1:
        yield lambda _description: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=total)

        def advance(description: str) -> None:
            bar.update(task, advance=1, description=f"{label}: {description}")

        yield advance
