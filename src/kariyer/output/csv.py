"""The CSV writer: one row per record, English column names, amounts as plain numbers.

Made for spreadsheets and scripts: numbers are not formatted (``14000.0``), a computed
value's column name says so (``_computed``), and every salary row names its year, its
source and, for computed values, the method (`kariyer.output.csv_figures`). The layouts
(plain CSV and ``excel-csv`` for Turkish spreadsheets) are in `kariyer.output.csv_dialect`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kariyer.output.cells import citation_text
from kariyer.output.console import notice, write_text
from kariyer.output.csv_dialect import DIALECTS, Dialect, current_dialect, or_empty, table
from kariyer.output.csv_figures import comparison_csv, profile_csv, salary_csv
from kariyer.output.labels import SEARCH_FIELD_TR

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile
    from kariyer.checks.files import CheckReport
    from kariyer.domain.listing import ListRow
    from kariyer.domain.pay import PayReport
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary
    from kariyer.schema.cache import CacheReport, ClearReport


def list_csv(rows: Sequence[ListRow]) -> str:
    header = ["slug", "title", "latest_year", "average_tl", "average_tl_high"]
    header += ["outlook", "origin", "source"]
    body = [
        [
            row.slug,
            row.title,
            or_empty(row.latest_year),
            or_empty(row.average_tl),
            or_empty(row.average_high_tl),
            or_empty(row.outlook),
            row.origin,
            citation_text(row.source),
        ]
        for row in rows
    ]
    return table(header, body)


def search_csv(result: SearchResult) -> str:
    body = [
        [
            rank,
            hit.slug,
            hit.title,
            hit.score,
            ";".join(hit.matched_in),
            # the section as the text view names it ("çalışma şartları: …"), " | " between
            " | ".join(
                f"{SEARCH_FIELD_TR[snippet.field]}: {snippet.text}" for snippet in hit.snippets
            ),
        ]
        for rank, hit in enumerate(result.hits, start=1)
    ]
    return table(["rank", "slug", "title", "score", "matched_in", "snippets"], body)


def skill_index_csv(index: Sequence[SkillSummary]) -> str:
    """One row per (skill, occupation); a skill no occupation needs has an empty slug."""
    body: list[list[object]] = []
    for item in index:
        skill = [or_empty(item.id), item.name]
        body += [[*skill, use.slug, use.title, use.wording] for use in item.occupations]
        if not item.occupations:
            body.append([*skill, "", "", ""])
    return table(["skill_id", "skill_name", "slug", "title", "wording"], body)


def skill_detail_csv(detail: SkillSummary) -> str:
    body = [
        [or_empty(detail.id), detail.name, use.slug, use.title, use.wording, use.description]
        for use in detail.occupations
    ]
    header = ["skill_id", "skill_name", "slug", "title", "wording", "description"]
    return table(header, body)


def match_csv(report: MatchReport) -> str:
    """One row per occupation; skills we do not know are kept in ``unknown_skills``."""
    unknown = "; ".join(report.unknown)
    body = [
        [
            item.slug,
            item.title,
            len(item.have),
            len(item.have) + len(item.lack),
            item.score,
            "; ".join(item.have),
            "; ".join(item.lack),
            unknown,
        ]
        for item in report.results
    ]
    if not body and unknown:
        body.append(["", "", "", "", "", "", "", unknown])
    header = ["slug", "title", "have", "total", "score", "have_skills", "lack_skills"]
    return table([*header, "unknown_skills"], body)


def check_csv(report: CheckReport) -> str:
    body = [
        [
            or_empty(item.file),
            or_empty(item.slug),
            or_empty(item.field),
            item.severity,
            item.code,
            item.message,
        ]
        for item in report.findings
    ]
    return table(["file", "slug", "field", "severity", "code", "message"], body)


def cache_csv(report: CacheReport) -> str:
    from kariyer.output.cache import CSV_HEADER, csv_rows

    return table(CSV_HEADER, csv_rows(report.entries))


def cache_clear_csv(report: ClearReport) -> str:
    """One row per cache: removed, kept (not kariyer's) or failed (its path and the reason)."""
    from kariyer.output.cache import CSV_HEADER, csv_rows

    body = [["removed", *row, ""] for row in csv_rows(report.removed)]
    body += [["kept", *row, ""] for row in csv_rows(report.kept)]
    body += [["failed", "", item.path, "", "", "", "", "", item.reason] for item in report.failed]
    return table(["status", *CSV_HEADER, "reason"], body)


def pay_csv(report: PayReport) -> str:
    """One row per month, then ``total`` and ``average``: every amount computed, its status,
    method and source in the row; the rules used and the notes have rows of their own."""
    from kariyer.output.pay_lines import CSV_FIELDS, cells

    computed = [report.status, report.method, report.average_net.source, ""]
    kinds = [("month", month.month) for month in report.months] + [("total", ""), ("average", "")]
    amounts = cells(report, CSV_FIELDS, format_amount=False)
    rows: list[list[object]] = [
        [kind, report.year, month, report.direction, *row[1:], *computed]
        for (kind, month), row in zip(kinds, amounts, strict=True)
    ]
    empty = [""] * (len(CSV_FIELDS) + 2)
    for rule in report.rules:
        described = f"{rule.name}: {rule.text}"
        rows.append(["rule", report.year, "", report.direction, *empty, rule.source, described])
    for note in report.notes:
        rows.append(["note", report.year, "", report.direction, *empty, "", note])
    header = ["row", "year", "month", "direction", *(f"{field}_tl" for field in CSV_FIELDS)]
    return table([*header, "status", "method", "source", "note"], rows)


def _profile_notice(item: AssessedProfile) -> str:
    """A table of salary lines cannot hold a whole profile: say so instead of dropping it."""
    if not item.profile.salary.figures:
        return (
            "Not: makalede maaş rakamı yok; CSV yalnızca başlık satırını içerir. Profilin "
            "tamamı için --format json ya da --format markdown kullanın."
        )
    return (
        "Not: CSV yalnızca maaş satırlarını içerir; profilin tamamı (görevler, beceriler, "
        "şartlar …) için --format json ya da --format markdown kullanın."
    )


NOTICES: dict[str, Callable[[Any], str]] = {"show": _profile_notice}


def _writes(kind: str, dialect: Dialect) -> Callable[[Any], None]:
    def write(result: object) -> None:
        token = current_dialect.set(dialect)
        try:
            text = RENDERERS[kind](result)
        finally:
            current_dialect.reset(token)
        if not dialect.bom:
            write_text(text)
        else:
            sys.stdout.flush()  # bytes of their own: the BOM and CRLF exactly as written
            sys.stdout.buffer.write((text + dialect.lineterminator).encode("utf-8-sig"))
            sys.stdout.buffer.flush()
        if kind in NOTICES:
            notice(NOTICES[kind](result))

    return write


def views(dialect: Dialect) -> dict[str, Callable[[Any], None]]:
    return {kind: _writes(kind, dialect) for kind in RENDERERS}


RENDERERS: dict[str, Callable[[Any], str]] = {
    "list": list_csv,
    "show": profile_csv,
    "compare": comparison_csv,
    "salary": salary_csv,
    "pay": pay_csv,
    "search": search_csv,
    "skills": skill_index_csv,
    "skill": skill_detail_csv,
    "match": match_csv,
    "check": check_csv,
    "cache": cache_csv,
    "cache-clear": cache_clear_csv,
}
VIEWS = views(DIALECTS["csv"])
