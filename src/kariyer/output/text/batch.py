"""`kariyer import` over many inputs: the summary table and count line, on stderr."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.console import console, styled

if TYPE_CHECKING:
    from kariyer.importer.batch import BatchItem, BatchReport

_STYLE = {"failed": "bold red", "not-done": "yellow", "unchanged": "dim"}


def _note(item: BatchItem) -> str:
    if item.reason:
        return item.reason
    warnings = f"{len(item.findings)} uyarı" if item.findings else ""
    return ", ".join(part for part in (item.written_to or "", warnings) if part)


def show_import_batch(report: BatchReport) -> None:
    from kariyer.output.tables import rich_table

    err = console(stderr=True)
    table = rich_table("Girdi", "Sonuç", "Slug", "Açıklama")
    for column in table.columns:
        column.overflow = "fold"  # an input or a slug is never cut short with "…"
    for item in report.items:
        table.add_row(
            styled(item.input),
            styled(labels.IMPORT_STATUS_TR[item.status], _STYLE.get(item.status, "")),
            styled(item.slug or "—"),
            styled(_note(item)),
        )
    err.print(table)
    counts = report.counts()
    parts = [
        f"{counts[s]} {labels.IMPORT_STATUS_TR[s]}" for s in counts if counts[s] or s != "not-done"
    ]
    ending = " — Ctrl-C ile kesildi" if report.interrupted else ""
    err.print(styled(f"{len(report.items)} girdi: " + ", ".join(parts) + ending, "bold"))
