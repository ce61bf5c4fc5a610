"""`kariyer cache info` and `kariyer cache clear` on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output.blocks import hanging, line
from kariyer.output.cache import INFO_HEADER, clear_lines, info_lines, info_rows
from kariyer.output.console import buffered

if TYPE_CHECKING:
    from kariyer.schema.cache import CacheReport, ClearReport


@buffered
def show_cache(report: CacheReport) -> None:
    """One block per cache (a long directory name is never cut), then the total."""
    sentences = info_lines(report)
    label, colon, value = sentences[0].partition(": ")
    if colon:  # "Önbellek dizini: …": a long directory continues under itself
        hanging(label, value, "bold")
    else:
        line(sentences[0], "bold")
    for name, size, used, directories in info_rows(report):
        line(f"{name} — {size}", "bold")
        for header, value in ((INFO_HEADER[2], used), (INFO_HEADER[3], directories)):
            if value:
                hanging(header, value, indent=2)
    for sentence in sentences[1:]:
        line(sentence)


@buffered
def show_cache_clear(report: ClearReport) -> None:
    sentences = clear_lines(report)
    for sentence in sentences[:-1]:
        line(sentence, "bold red" if sentence.startswith("Silinemedi") else "")
    line(sentences[-1], "bold")
