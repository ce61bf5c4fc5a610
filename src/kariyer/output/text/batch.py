"""`kariyer import` over many inputs: the summary table and count line, on stderr."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels
from kariyer.output.blocks import hanging, wrapped

if TYPE_CHECKING:
    from kariyer.importer.batch import BatchItem, BatchReport
    from kariyer.importer.merge import Merge

_STYLE = {"failed": "bold red", "not-done": "yellow", "unchanged": "dim"}


def merge_notes(merge: Merge | None, see: str = "uyarıya bakın") -> list[str]:
    """What a re-import kept of the profile already there, in Turkish sentences; ``see``
    says where the conflict's warning is read (printed above it, or a command to run)."""
    if merge is None or merge.unchanged:
        return []
    notes = ["var olan profille birleştirildi (metin yeni makaleden)"]
    if merge.kept:
        years = ", ".join(
            f"{year} ({sum(f.year == year for f in merge.kept)} rakam)"
            for year in reversed(merge.kept_years())
        )
        notes.append(f"önceki içe aktarmadan korunan rakamlar: {years}")
    if merge.conflicts:
        notes.append(
            f"{len(merge.conflicts)} çelişki: aynı yıl ve tür için farklı rakam, ikisi de "
            f"saklandı ({see})"
        )
    return notes


def cache_note(day: date | None) -> str | None:
    """Said of a page read from the cache: when it was fetched and how to fetch it again."""
    if day is None:
        return None
    return f"önbellekten, alındı: {fmt.date_tr(day)}; yeniden indirmek için --refresh"


def _note(item: BatchItem) -> str:
    if item.reason:
        return item.reason
    cached = cache_note(item.cached)
    if item.status == "unchanged":
        return "; ".join(["aynı içerik zaten var", *([cached] if cached else [])])
    warnings = f"{len(item.findings)} uyarı" if item.findings else "uyarı yok"
    # a batch run prints no warnings: the conflict's note names the command that shows it
    see = f"ayrıntı: kariyer show {item.slug}"
    return "; ".join([*merge_notes(item.merge, see), warnings, *([cached] if cached else [])])


def show_import_batch(report: BatchReport) -> None:
    from kariyer.output.tables import print_table

    rows = [
        [item.input, labels.IMPORT_STATUS_TR[item.status], item.slug or "—", _note(item)]
        for item in report.items
    ]
    styles = [_STYLE.get(item.status, "") for item in report.items]
    # an input, a slug never cut short: a long path breaks after a "/", else one record each
    print_table(["Girdi", "Sonuç", labels.SLUG, "Açıklama"], rows, row_styles=styles, err=True)
    counts = report.counts()
    parts = [
        f"{counts[s]} {labels.IMPORT_STATUS_TR[s]}" for s in counts if counts[s] or s != "not-done"
    ]
    ending = " — Ctrl-C ile kesildi" if report.interrupted else ""
    wrapped(f"{len(report.items)} girdi: " + ", ".join(parts) + ending, style="bold", err=True)
    folders = sorted(
        {str(Path(item.written_to).parent) for item in report.items if item.written_to}
    )
    for folder in folders:
        hanging("Profillerin dizini", folder, err=True)
