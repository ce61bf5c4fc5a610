"""How a figure reads in a table cell, the same in text and Markdown (Turkish formats)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels

if TYPE_CHECKING:
    from kariyer.domain.compare import Comparison, SalarySide
    from kariyer.domain.figures import AdjustedFigure, Computed
    from kariyer.domain.search import SearchResult
    from kariyer.domain.skills import MatchReport, SkillSummary
    from kariyer.schema.models import SalaryFigure

Table = tuple[list[str], list[list[str]]]  # headers, rows

DASH = "—"


def money_or_dash(value: float | None) -> str:
    return fmt.money(value) if value is not None else DASH


def hourly_or_dash(value: float | None) -> str:
    return fmt.hourly(value) if value is not None else DASH


def ratio_or_dash(value: Computed | None) -> str:
    return fmt.ratio(value.value) if value is not None else DASH


def figure_cells(figure: SalaryFigure | None) -> tuple[str, str]:
    """(monthly, hourly as published) of one salary line."""
    if figure is None:
        return (DASH, DASH)
    return (fmt.money(figure.monthly_tl), hourly_or_dash(figure.hourly_tl))


def ratio_cell(value: float | None, below: bool | None) -> str:
    if value is None:
        return DASH
    return fmt.ratio(value) + (" ⚠" if below else "")


def side_year(side: SalarySide) -> str:
    return str(side.year) if side.year is not None else "veri yok"


def side_money(side: SalarySide, kind: str) -> str:
    """One side's figure with its year, e.g. "14.000 TL (2023)"."""
    figure = side.average if kind == "average" else side.top
    return f"{fmt.money(figure.monthly_tl)} ({side.year})" if figure else DASH


def adjusted_cell(item: AdjustedFigure | None) -> str:
    """An estimate with the published amount and year beside it."""
    if item is None:
        return DASH
    return (
        f"≈ {fmt.money(round(item.adjusted.value))} "
        f"({fmt.money(item.original_tl)}, {item.original_year})"
    )


def signed_money(value: float) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{fmt.money(abs(value))}"


def sources_line(labels: Iterable[str]) -> str:
    """The sites the figures come from; each profile names its article (kariyer show)."""
    sites = sorted({label.split(" — ")[0] for label in labels})
    if not sites:
        return ""
    return f"Kaynak: {', '.join(sites)} makaleleri (her meslek için: kariyer show MESLEK)."


def years_text(years: Iterable[int]) -> str:
    """Which years a profile has figures for, as a sentence part ("mevcut yıllar: 2023")."""
    listed = ", ".join(str(year) for year in years)
    return f"mevcut yıllar: {listed}" if listed else "makalede hiçbir yıl için maaş rakamı yok"


def comparison_rows(result: Comparison) -> list[list[str]]:
    """The aspects of a comparison as rows (aspect, A, B); shared with the CSV writer."""
    salary, skills = result.salary, result.skills
    return [
        ["Maaş yılı", side_year(salary.a), side_year(salary.b)],
        ["Ortalama (aylık)", side_money(salary.a, "average"), side_money(salary.b, "average")],
        ["Üst düzey (aylık)", side_money(salary.a, "top"), side_money(salary.b, "top")],
        [
            "Ortak beceriler",
            ", ".join(s.name for s in skills.shared),
            ", ".join(s.name for s in skills.shared),
        ],
        [
            "Yalnızca bu meslekte",
            ", ".join(s.name for s in skills.only_a) or "—",
            ", ".join(s.name for s in skills.only_b) or "—",
        ],
        [
            labels.OUTLOOK,
            labels.DIRECTION_TR[result.outlook_a.direction] if result.outlook_a else "—",
            labels.DIRECTION_TR[result.outlook_b.direction] if result.outlook_b else "—",
        ],
        [
            labels.CAREER_PATH,
            ", ".join(result.career_path_a.positions) or "—",
            ", ".join(result.career_path_b.positions) or "—",
        ],
        ["Görev sayısı", str(len(result.duties_a)), str(len(result.duties_b))],
    ]


def search_table(result: SearchResult) -> Table:
    rows = [
        [
            hit.slug,
            hit.title,
            str(hit.score),
            ", ".join(labels.SEARCH_FIELD_TR[field] for field in hit.matched_in),
        ]
        for hit in result.hits
    ]
    return [labels.SLUG, labels.OCCUPATION, "Puan", "Eşleştiği yer"], rows


def skill_index_table(index: Sequence[SkillSummary]) -> Table:
    rows = [
        [
            item.name,
            item.id or "(kimliksiz)",
            ", ".join(use.title for use in item.occupations) or DASH,
        ]
        for item in index
    ]
    return ["Beceri", "Kimlik", "Meslekler"], rows


def match_table(report: MatchReport) -> Table:
    rows = [
        [
            item.title,
            f"{len(item.have)}/{len(item.have) + len(item.lack)}",
            ", ".join(item.have) or DASH,
            ", ".join(item.lack) or DASH,
        ]
        for item in report.results
    ]
    return [labels.OCCUPATION, "Uyum", "Sahip olduklarınız", "Eksikleriniz"], rows


def unknown_skills_line(report: MatchReport) -> str | None:
    if not report.unknown:
        return None
    return "Bilinmeyen beceriler (tablomuzda yok, eşleştirilmedi): " + ", ".join(report.unknown)
