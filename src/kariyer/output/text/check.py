"""`kariyer check` and `kariyer import` on a terminal: findings, file by file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import labels
from kariyer.output.blocks import line, paragraphs
from kariyer.output.cells import check_summary
from kariyer.output.console import buffered, console, styled, write_text
from kariyer.output.text.batch import cache_note, merge_notes

if TYPE_CHECKING:
    from kariyer.checks.files import CheckReport
    from kariyer.checks.findings import Finding
    from kariyer.importer.parser import ImportResult


def _tag(item: Finding) -> str:
    where = f" {item.field}" if item.field else ""
    return f"{labels.SEVERITY_TR[item.severity]}{where} [{item.code}]"


@buffered
def show_check(report: CheckReport) -> None:
    current = None
    for item in report.findings:
        if report.quiet and item.severity != "error":
            continue  # counted in the summary
        if item.file != current:
            current = item.file
            line(report.shown_as.get(item.file or "", item.file or ""), "bold")
        line(f"  {_tag(item)}", "bold red" if item.severity == "error" else "yellow")
        paragraphs([item.message], indent=4)
    *counts, verdict = check_summary(report)
    for text in counts:
        line(text)
    line(verdict, "bold")


def show_import(result: ImportResult) -> None:
    """The profile to stdout (unless written to a file); findings to stderr."""
    if result.profile is not None and result.written_to is None:
        write_text(result.profile_json().rstrip("\n"))
    err = console(stderr=True)
    for item in result.findings:
        err.print(styled(f"{_tag(item)}: {item.message}", "yellow"))
    cached = cache_note(result.cached)
    if cached is not None:
        err.print(styled(f"Sayfa {cached}."))
    if result.profile is None or result.written_to is None:
        return
    if result.status == "unchanged":
        err.print(styled(f"Değişmedi: {result.written_to} (aynı içerik zaten var; yazılmadı)"))
        return
    verb = "Birleştirildi" if result.merge else "Yazıldı"
    err.print(styled(f"{verb}: {result.written_to} ({len(result.findings)} uyarı)", "bold"))
    for note in merge_notes(result.merge)[1:]:
        err.print(styled(f"  {note[0].upper()}{note[1:]}."))
