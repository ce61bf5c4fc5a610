"""The CSV writer: one row per record, English column names, amounts as plain numbers.

Made for spreadsheets and scripts: numbers are not formatted (``14000.0``), a computed
value's column name says so (``_computed``), and every salary row names its year, its
source and, for computed values, the method. ``DIALECTS`` holds the two layouts: plain
CSV (``--format csv``) and the one Turkish spreadsheets open by double-click
(``--format excel-csv``: ``;``-separated, decimal comma, UTF-8 with BOM, CRLF).
"""

from __future__ import annotations

import contextvars
import csv
import io
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kariyer.domain.sources import cite
from kariyer.output.cells import citation_text
from kariyer.output.console import write_text

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile
    from kariyer.checks.files import CheckReport
    from kariyer.domain.compare import Comparison
    from kariyer.domain.figures import AdjustedFigure
    from kariyer.domain.listing import ListRow
    from kariyer.domain.salary import SalaryReport, SalaryRow
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary
    from kariyer.schema.models import SalaryFigure


@dataclass(frozen=True, slots=True)
class Dialect:
    delimiter: str
    decimal: str
    lineterminator: str
    bom: bool


DIALECTS = {
    "csv": Dialect(delimiter=",", decimal=".", lineterminator="\n", bom=False),
    # Turkish Excel/LibreOffice: list separator ';', decimal comma, UTF-8 known by its BOM
    "excel-csv": Dialect(delimiter=";", decimal=",", lineterminator="\r\n", bom=True),
}
_dialect: contextvars.ContextVar[Dialect] = contextvars.ContextVar(
    "dialect", default=DIALECTS["csv"]
)


def _number(value: object, dialect: Dialect) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and dialect.decimal != ".":
        return repr(value).replace(".", dialect.decimal)
    return value


# A text cell starting with one of these is a formula to a spreadsheet ("=HYPERLINK(…)");
# such a cell gets a leading apostrophe, which spreadsheets show as text. Numbers are
# written as numbers and are never touched, nor is text that reads as a plain number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*")


def _defused(value: object) -> object:
    formula = isinstance(value, str) and value.startswith(_FORMULA_START)
    if formula and not _PLAIN_NUMBER.fullmatch(str(value)):
        return f"'{value}"
    return value


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    dialect = _dialect.get()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.lineterminator)
    writer.writerow(header)
    writer.writerows([_number(_defused(value), dialect) for value in row] for row in rows)
    return buffer.getvalue().rstrip("\r\n")


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
                citation_text(cite(profile)),
                _or_empty(source.file),
                _or_empty(source.url),
            ]
        )
    return table(header, rows)


FIGURE_COLUMNS = [
    "year",
    "kind",
    "monthly_tl",
    "basis",
    "computed",
    "method",
    "method_source",
    "original_year",
    "original_monthly_tl",
]


def _figure(
    year: object,
    kind: str,
    value: object,
    *,
    basis: str = "unknown",
    method: str | None = None,
    method_source: str = "",
    original: tuple[int, float] | None = None,
) -> list[object]:
    """The FIGURE_COLUMNS of one row; a row with a ``method`` is computed."""
    computed = "yes" if method is not None else "no"
    before: list[object] = list(original) if original else ["", ""]
    return [year, kind, value, basis, computed, method or "", method_source, *before]


def _published(figure: SalaryFigure) -> list[object]:
    return _figure(figure.year, figure.kind, figure.monthly_tl, basis=figure.basis)


def _estimate(kind: str, item: AdjustedFigure) -> list[object]:
    """A figure brought to another year's prices, with its method and the published one."""
    computed = item.adjusted
    return _figure(
        item.target_year,
        kind,
        computed.value,
        method=computed.method,
        method_source=computed.source,
        original=(item.original_year, item.original_tl),
    )


def comparison_csv(result: Comparison) -> str:
    """One row per figure or aspect; ``aspect`` and ``side`` (a, b, b-a) say what it is."""
    salary, skills = result.salary, result.skills
    people = {"a": result.a, "b": result.b}
    rows: list[list[object]] = []

    def add(aspect: str, side: str, figure: list[object]) -> None:
        who = people.get(side)
        slug = who.slug if who else ""  # b-a: a difference of the two
        source = citation_text(who.source) if who else ""
        rows.append([aspect, side, slug, *figure, source])

    for side, money in (("a", salary.a), ("b", salary.b)):
        for published in (money.average, money.top):
            if published is not None:
                add("salary", side, _published(published))
    difference = salary.difference
    if difference is not None:
        for kind, amount in (("average", difference.average_tl), ("top", difference.top_tl)):
            if amount is not None:
                cells = _figure(difference.year, kind, amount, method=difference.method)
                add("salary_difference", "b-a", cells)
    adjusted = salary.adjusted
    if adjusted is not None:
        for kind, item in (("average", adjusted.average), ("top", adjusted.top)):
            if item is not None:
                add("salary_estimate", adjusted.adjusted_side, _estimate(kind, item))
        for kind, gap in (
            ("average", adjusted.difference_average),
            ("top", adjusted.difference_top),
        ):
            if gap is not None:
                figure = _figure(
                    adjusted.target_year,
                    kind,
                    gap.value,
                    method=gap.method,
                    method_source=gap.source,
                )
                add("salary_estimate_difference", "b-a", figure)
    aspects: list[tuple[str, str, object]] = [
        ("shared_skills", "a", "; ".join(s.wording_a for s in skills.shared)),
        ("shared_skills", "b", "; ".join(s.wording_b for s in skills.shared)),
        ("only_skills", "a", "; ".join(s.name for s in skills.only_a)),
        ("only_skills", "b", "; ".join(s.name for s in skills.only_b)),
        ("outlook", "a", result.outlook_a.direction if result.outlook_a else ""),
        ("outlook", "b", result.outlook_b.direction if result.outlook_b else ""),
        ("career_positions", "a", "; ".join(result.career_path_a.positions)),
        ("career_positions", "b", "; ".join(result.career_path_b.positions)),
        ("duty_count", "a", len(result.duties_a)),
        ("duty_count", "b", len(result.duties_b)),
    ]
    paths = {"a": result.career_path_a, "b": result.career_path_b}
    for aspect, side, text in aspects:
        # positions we derived from the article's text say so (basis: derived)
        basis = paths[side].positions_basis if aspect == "career_positions" and text else ""
        rows.append([aspect, side, people[side].slug, "", "", text, basis, *[""] * 6])
    if salary.note:
        rows.append(["note", "", "", "", "", salary.note, *[""] * 7])
    header = ["aspect", "side", "slug", *FIGURE_COLUMNS, "source"]
    header[header.index("monthly_tl")] = "value"
    return table(header, rows)


SALARY_HEADER = [
    "rank",
    "ranked_within",
    "slug",
    "title",
    *FIGURE_COLUMNS,
    "ratio_to_net_minimum_computed",
    "ratio_method",
    "ratio_source",
    "below_net_minimum",
    "source",
]


def salary_csv(report: SalaryReport) -> str:
    """One row per figure; ranks only compare rows of the same ``ranked_within``."""
    rows: list[list[object]] = []

    def published(rank: int, within: str, row: SalaryRow) -> None:
        for figure in (row.average, row.top):
            if figure is None:
                continue
            ratio = row.ratio_to_net_minimum if figure is row.average else None
            rows.append(
                [rank, within, row.slug, row.title, *_published(figure)]
                + ([ratio.value, ratio.method, ratio.source] if ratio else ["", "", ""])
                + [_or_empty(row.below_net_minimum) if ratio else "", citation_text(row.source)]
            )

    if report.ratio_ranking is not None:
        for rank, row in enumerate(report.ratio_ranking, start=1):
            published(rank, "ratio_to_net_minimum", row)
    else:
        for group in report.groups:
            for rank, row in enumerate(group.rows, start=1):
                published(rank, f"year:{group.year}", row)
    for item in report.adjusted or []:
        for kind, figure in (("average", item.average), ("top", item.top)):
            if figure is not None:
                cells = _estimate(kind, figure)
                source = citation_text(item.source)
                rows.append(["", "", item.slug, item.title, *cells, "", "", "", "", source])
    ranking = report.adjusted_ranking
    if ranking is not None:
        for rank, estimate in enumerate(ranking.rows, start=1):
            within = f"prices:{ranking.target_year}"
            base = [rank, within, estimate.slug, estimate.title]
            computed = estimate.estimate
            if computed is None:  # published for the target year itself
                figure_row = _figure(estimate.original_year, "average", estimate.value_tl)
            else:
                figure_row = _figure(
                    ranking.target_year,
                    "average",
                    computed.value,
                    method=computed.method,
                    method_source=computed.source,
                    original=(estimate.original_year, estimate.original_tl),
                )
            rows.append([*base, *figure_row, "", "", "", "", citation_text(estimate.source)])
    return table(SALARY_HEADER, rows)


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
            citation_text(row.source),
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


def _writes(render: Callable[[Any], str], dialect: Dialect) -> Callable[[Any], None]:
    def write(result: object) -> None:
        token = _dialect.set(dialect)
        try:
            text = render(result)
        finally:
            _dialect.reset(token)
        if not dialect.bom:
            write_text(text)
            return
        sys.stdout.flush()  # bytes of their own: the BOM and CRLF exactly as written
        sys.stdout.buffer.write((text + dialect.lineterminator).encode("utf-8-sig"))
        sys.stdout.buffer.flush()

    return write


def views(dialect: Dialect) -> dict[str, Callable[[Any], None]]:
    return {kind: _writes(render, dialect) for kind, render in RENDERERS.items()}


RENDERERS: dict[str, Callable[[Any], str]] = {
    "list": list_csv,
    "show": profile_csv,
    "compare": comparison_csv,
    "salary": salary_csv,
    "search": search_csv,
    "skills": skill_index_csv,
    "skill": skill_detail_csv,
    "match": match_csv,
    "check": check_csv,
}
VIEWS = views(DIALECTS["csv"])
