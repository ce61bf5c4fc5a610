"""`kariyer cache info` and `kariyer cache clear` on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output.blocks import line, paragraphs
from kariyer.output.cache import INFO_HEADER, clear_lines, info_lines, info_rows
from kariyer.output.console import buffered

if TYPE_CHECKING:
    from kariyer.schema.cache import CacheReport, ClearReport


@buffered
def show_cache(report: CacheReport) -> None:
    """One block per cache (a long directory name is never cut), then the total."""
    sentences = info_lines(report)
    line(sentences[0], "bold")
    for name, size, used, directories in info_rows(report):
        line(f"{name} — {size}", "bold")
        details = [f"{INFO_HEADER[2]}: {used}"] if used else []
        details += [f"{INFO_HEADER[3]}: {directories}"] if directories else []
        paragraphs(details)
    for sentence in sentences[1:]:
        line(sentence)


@buffered
def show_cache_clear(report: ClearReport) -> None:
    sentences = clear_lines(report)
    for sentence in sentences[:-1]:
        line(sentence, "bold red" if sentence.startswith("Silinemedi") else "")
    line(sentences[-1], "bold")
