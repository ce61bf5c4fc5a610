"""Tables on a terminal: `list`, `search`, `skills` (index and one skill) and `match`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels
from kariyer.output.blocks import blank, line, marked, paragraphs
from kariyer.output.cells import (
    match_table,
    matched_in_text,
    search_footer,
    search_heading,
    skill_index_table,
    sources_line,
    unknown_skills_line,
)
from kariyer.output.console import buffered
from kariyer.output.tables import print_table

if TYPE_CHECKING:
    from kariyer.domain.listing import ListRow
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary


def show_list(rows: Sequence[ListRow]) -> None:
    cells = [
        [
            row.slug + (" *" if row.origin == "user" else ""),
            row.title,
            str(row.latest_year) if row.latest_year else "—",
            fmt.money_range(row.average_tl, row.average_high_tl)
            if row.average_tl is not None
            else "—",
            labels.DIRECTION_TR[row.outlook] if row.outlook else "—",
        ]
        for row in rows
    ]
    headers = [labels.SLUG, labels.OCCUPATION, "Maaş yılı", labels.AVERAGE_MONTHLY, "Görünüm"]
    print_table(headers, cells, keep_whole=0)
    line(f"{len(rows)} meslek. {sources_line(row.source for row in rows)}", "dim")
    if any(row.origin == "user" for row in rows):
        line("* kullanıcı veri dizininden", "dim")


@buffered
def show_search(result: SearchResult) -> None:
    """Each hit, where it was found, and a snippet of each section (like ripgrep)."""
    for hit in result.hits:
        blank()
        paragraphs([search_heading(hit)], indent=0, style="bold")
        paragraphs([f"eşleştiği yer: {matched_in_text(hit)}"], indent=2, style="dim")
        for snippet in hit.snippets:
            marked(f"{labels.SEARCH_FIELD_TR[snippet.field]}: ", snippet.text, snippet.marks)
    blank()
    line(search_footer(result), "dim")


def show_skill_index(index: Sequence[SkillSummary]) -> None:
    print_table(*skill_index_table(index))
    line(f"{len(index)} beceri. Ayrıntı için: kariyer skills BECERİ", "dim")


@buffered
def show_skill_detail(detail: SkillSummary) -> None:
    line(f"{detail.name} ({detail.id or 'kanonik kimliği yok'})", "bold")
    if not detail.occupations:
        line("  Bu beceriyi isteyen meslek yok.")
    for use in detail.occupations:
        blank()
        paragraphs([f"{use.title} ({use.slug}) — makalede: “{use.wording}”"], style="bold cyan")
        paragraphs([use.description], indent=4)


def show_match(report: MatchReport) -> None:
    headers, rows = match_table(report)  # with the slug: two names may read the same
    slugs = [item.slug for item in report.results]
    cells = [[slug, *row] for slug, row in zip(slugs, rows, strict=True)]
    print_table([labels.SLUG, *headers], cells)
    for note in report.notes:
        line(note, "yellow")
    unknown = unknown_skills_line(report)
    if unknown:
        line(unknown, "yellow")
