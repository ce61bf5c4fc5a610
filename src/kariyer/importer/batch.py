"""Many inputs in one `kariyer import` run: each one's outcome, and the loop that keeps going.

One bad input never stops the others: the step for one input returns a `BatchItem`
(failed with its Turkish reason) instead of raising. Ctrl-C stops the run after what
finished: the rest is listed as not done and the report says it was interrupted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kariyer.checks.findings import Finding

if TYPE_CHECKING:
    from kariyer.importer.merge import Merge

IMPORTED = "imported"
UPDATED = "updated"
UNCHANGED = "unchanged"
FAILED = "failed"
NOT_DONE = "not-done"
STATUSES = (IMPORTED, UPDATED, UNCHANGED, FAILED, NOT_DONE)
NOT_DONE_REASON = "Ctrl-C ile kesildi; yapılmadı"


@dataclass(kw_only=True)
class BatchItem:
    """What happened to one input."""

    input: str
    status: str
    slug: str | None = None
    written_to: str | None = None
    reason: str | None = None
    findings: list[Finding] = field(default_factory=list)
    merge: Merge | None = None  # set when merged into a profile already there
    cached: date | None = None  # the page came from the cache: the day it was fetched


@dataclass
class BatchReport:
    """Every input's outcome, in the order given."""

    items: list[BatchItem]
    interrupted: bool = False

    def counts(self) -> dict[str, int]:
        return {status: sum(item.status == status for item in self.items) for status in STATUSES}

    def failed(self) -> bool:
        return any(item.status == FAILED for item in self.items)


def run_batch(
    inputs: Sequence[str],
    one: Callable[[str], BatchItem],
    *,
    done: Callable[[BatchItem], None] | None = None,
) -> BatchReport:
    """Run ``one`` for each input in turn; Ctrl-C marks the current and later ones not done."""
    items: list[BatchItem] = []
    for index, name in enumerate(inputs):
        try:
            item = one(name)
        except KeyboardInterrupt:
            rest = inputs[index:]
            items += [BatchItem(input=n, status=NOT_DONE, reason=NOT_DONE_REASON) for n in rest]
            return BatchReport(items, interrupted=True)
        items.append(item)
        if done is not None:
            done(item)
    return BatchReport(items)
