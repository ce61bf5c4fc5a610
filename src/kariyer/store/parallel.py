"""Many files' work on every core: a cold index build reads and checks thousands of files.

`mapped` runs a function over items in order, in worker processes when there are many
items and more than one core, else in this process. Workers are forked (they share what
this process imported: ``warm`` imports it once before), ignore Ctrl-C (the parent
handles it and stops them), and any failure to start them falls back to this process.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar

# progress(total, label) -> a context yielding advance(description): long work's display
Progress = Callable[[int, str], AbstractContextManager[Callable[[str], None]]]
ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")
PARALLEL_FROM = 400  # items before worker processes pay for themselves
PROGRESS_FROM = 200  # items before a progress display is worth showing
CHUNK = 64  # items per task sent to a worker


def cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def mapped(
    func: Callable[[ItemT], ResultT],
    items: Sequence[ItemT],
    *,
    warm: Callable[[], object] | None = None,
) -> Generator[ResultT, None, None]:
    """``func(item)`` for each item, in order; on every core when there are many.

    ``func`` must be a module-level function (it is sent to the workers by name).
    """
    pool = _pool(warm) if len(items) >= PARALLEL_FROM and cores() > 1 else None
    if pool is None:
        yield from (func(item) for item in items)
        return
    chunks = [list(items[start : start + CHUNK]) for start in range(0, len(items), CHUNK)]
    try:
        for results in pool.imap(_Chunk(func), chunks):
            yield from results
    finally:
        pool.terminate()  # Ctrl-C or done: no worker outlives the work
        pool.join()


def stored_in_batches(
    results: Generator[ResultT, None, None],
    *,
    total: int,
    store: Callable[[list[ResultT]], None],
    batch: int,
    progress: Progress | None,
    label: str,
    describe: Callable[[ResultT], str],
) -> None:
    """Hand ``results`` to ``store`` a batch at a time (each its own transaction, so Ctrl-C
    keeps the batches done), with a progress display for long work; ``results`` is closed
    at the end, which stops its worker processes on Ctrl-C too."""
    display = (
        progress(total, label)
        if progress is not None and total >= PROGRESS_FROM
        else contextlib.nullcontext(lambda _description: None)
    )
    try:
        with display as advance:
            pending: list[ResultT] = []
            for result in results:
                pending.append(result)
                advance(describe(result))
                if len(pending) >= batch:
                    store(pending)
                    pending = []
            store(pending)
    finally:
        results.close()


class _Chunk:
    """``func`` over a chunk of items (picklable: it holds a module-level function)."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __call__(self, chunk: list[Any]) -> list[Any]:
        return [self.func(item) for item in chunk]


def _pool(warm: Callable[[], object] | None) -> Any:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    if warm is not None:
        warm()
    try:
        return multiprocessing.get_context("fork").Pool(cores(), initializer=_ignore_sigint)
    except OSError:
        return None


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
