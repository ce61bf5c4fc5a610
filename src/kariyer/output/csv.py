"""The CSV writer: one row per record, English column names, amounts as plain numbers.

Made for spreadsheets and scripts: numbers are not formatted (``14000.0``), a computed
value's column name says so (``_computed``), and every salary row names its source.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kariyer.output.cells import comparison_rows
from kariyer.output.console import write_text

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile
    from kariyer.checks.files import CheckReport
    from kariyer.domain.compare import Comparison, SalarySide
    from kariyer.domain.listing import ListRow
    from kariyer.domain.salary import SalaryReport
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def _or_empty(value: object) -> object:
    return "" if value is None else value


def profile_csv(item: AssessedProfile) -> str:
    """One row per published salary line: the figure with its year, basis and source, then
    each computed value beside its method and source (``_computed`` columns)."""
    profile, facts = item.profile, item.facts
    header = [
        "slug",
        "year",
        "kind",
        "monthly_tl",
        "label",
        "basis",
        "hourly_tl_published",
        "hourly_tl_computed",
        "hourly_method",
        "hourly_source",
        "minimum_wage_net_tl",
        "minimum_wage_valid_from",
        "minimum_wage_note",
        "minimum_wage_source",
        "ratio_to_net_minimum_computed",
        "ratio_method",
        "source",
        "source_file",
        "source_url",
    ]
    source = profile.source
    rows = []
    for figure, fact in zip(profile.salary.figures, facts.figures, strict=True):
        wage, ratio = fact.minimum_wage, fact.ratio_to_net_minimum
        rows.append(
            [
                profile.slug,
                figure.year,
                figure.kind,
                figure.monthly_tl,
                figure.label,
                figure.basis,
                _or_empty(figure.hourly_tl),
                fact.hourly_computed.value,
                fact.hourly_computed.method,
                fact.hourly_computed.source,
                wage.net if wage else "",
                wage.valid_from.isoformat() if wage else "",
                _or_empty(wage.note) if wage else "",
                wage.source if wage else "",
                ratio.value if ratio else "",
                ratio.method if ratio else "",
                profile.source_label,
                _or_empty(source.file),
                _or_empty(source.url),
            ]
        )
    return table(header, rows)


def comparison_csv(result: Comparison) -> str:
    """Salary rows as plain numbers (for spreadsheets), then the text rows."""
    salary = result.salary

    def amount(side: SalarySide, kind: str) -> object:
        figure = side.average if kind == "average" else side.top
        return figure.monthly_tl if figure else ""

    numbers: list[list[object]] = [
        ["salary_year", salary.a.year or "", salary.b.year or ""],
        ["average_tl", amount(salary.a, "average"), amount(salary.b, "average")],
        ["top_tl", amount(salary.a, "top"), amount(salary.b, "top")],
    ]
    text_rows: list[list[object]] = [list(row) for row in comparison_rows(result)[3:]]
    return table(["aspect", result.a.slug, result.b.slug], numbers + text_rows)


def salary_csv(report: SalaryReport) -> str:
    header = [
        "rank",
        "slug",
        "title",
        "year",
        "average_tl",
        "top_tl",
        "ratio_to_net_minimum_computed",
        "status",
    ]
    rows: list[list[object]] = [
        [
            rank,
            row.slug,
            row.title,
            row.year,
            row.average.monthly_tl if row.average else "",
            row.top.monthly_tl if row.top else "",
            row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else "",
            "published",
        ]
        for rank, row in enumerate(report.rows, start=1)
    ]
    for adjusted in report.adjusted or []:
        rows.append(
            [
                "",
                adjusted.slug,
                adjusted.title,
                report.year,
                adjusted.average.adjusted.value if adjusted.average else "",
                adjusted.top.adjusted.value if adjusted.top else "",
                "",
                "estimate (CPI annual average)",
            ]
        )
    return table(header, rows)


def list_csv(rows: Sequence[ListRow]) -> str:
    header = ["slug", "title", "latest_year", "average_tl", "outlook", "origin", "source"]
    body = [
        [
            row.slug,
            row.title,
            _or_empty(row.latest_year),
            _or_empty(row.average_tl),
            _or_empty(row.outlook),
            row.origin,
            row.source,
        ]
        for row in rows
    ]
    return table(header, body)


def search_csv(result: SearchResult) -> str:
    body = [
        [rank, hit.slug, hit.title, hit.score, ";".join(hit.matched_in)]
        for rank, hit in enumerate(result.hits, start=1)
    ]
    return table(["rank", "slug", "title", "score", "matched_in"], body)


def skill_index_csv(index: Sequence[SkillSummary]) -> str:
    """One row per (skill, occupation); a skill no occupation needs has an empty slug."""
    body: list[list[object]] = []
    for item in index:
        skill = [_or_empty(item.id), item.name]
        body += [[*skill, use.slug, use.title, use.wording] for use in item.occupations]
        if not item.occupations:
            body.append([*skill, "", "", ""])
    return table(["skill_id", "skill_name", "slug", "title", "wording"], body)


def skill_detail_csv(detail: SkillSummary) -> str:
    body = [
        [_or_empty(detail.id), detail.name, use.slug, use.title, use.wording, use.description]
        for use in detail.occupations
    ]
    header = ["skill_id", "skill_name", "slug", "title", "wording", "description"]
    return table(header, body)


def match_csv(report: MatchReport) -> str:
    body = [
        [
            item.slug,
            item.title,
            len(item.have),
            len(item.have) + len(item.lack),
            item.score,
            "; ".join(item.have),
            "; ".join(item.lack),
        ]
        for item in report.results
    ]
    return table(["slug", "title", "have", "total", "score", "have_skills", "lack_skills"], body)


def check_csv(report: CheckReport) -> str:
    body = [
        [
            _or_empty(item.file),
            _or_empty(item.slug),
            _or_empty(item.field),
            item.severity,
            item.code,
            item.message,
        ]
        for item in report.findings
    ]
    return table(["file", "slug", "field", "severity", "code", "message"], body)


def _writes(render: Callable[[Any], str]) -> Callable[[Any], None]:
    return lambda result: write_text(render(result))


VIEWS: dict[str, Callable[[Any], None]] = {
    "list": _writes(list_csv),
    "show": _writes(profile_csv),
    "compare": _writes(comparison_csv),
    "salary": _writes(salary_csv),
    "search": _writes(search_csv),
    "skills": _writes(skill_index_csv),
    "skill": _writes(skill_detail_csv),
    "match": _writes(match_csv),
    "check": _writes(check_csv),
}
