"""Markdown and CSV output for pasting into documents and spreadsheets. No rich here."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.fmt import BASIS_TR, DIRECTION_TR, KIND_TR

if TYPE_CHECKING:
    from kariyer.compare import Comparison, SalarySide
    from kariyer.figures import ProfileFacts
    from kariyer.models import Profile, Requirements
    from kariyer.salary import SalaryReport


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def _hourly(value: float | None) -> str:
    return fmt.hourly(value) if value is not None else "—"


# -- show -------------------------------------------------------------------------
def profile_markdown(profile: Profile, facts: ProfileFacts) -> str:
    lines = [f"# {profile.title}", ""]
    source = profile.source
    lines += [f"*Kaynak: {source.site} — “{source.title}”*", ""]
    if profile.summary:
        lines += ["## Özet", "", *_paragraphs(profile.summary)]
    if profile.duties:
        lines += ["## Görevler", ""]
        lines += [f"{n}. {duty}" for n, duty in enumerate(profile.duties, start=1)] + [""]
    lines += ["## Maaş", ""]
    rows = [
        [
            figure.year,
            KIND_TR[figure.kind],
            fmt.money(figure.monthly_tl),
            _hourly(figure.hourly_tl),
            _hourly(fact.hourly_computed.value),
            fmt.ratio(fact.ratio_to_net_minimum.value) if fact.ratio_to_net_minimum else "—",
            BASIS_TR[figure.basis],
        ]
        for figure, fact in zip(profile.salary.figures, facts.figures, strict=True)
    ]
    header = [
        "Yıl",
        "Tür",
        "Aylık",
        "Saatlik (makalede)",
        "Saatlik (hesaplanan, aylık ÷ 225)",
        "Net asgari ücrete oran (hesaplanan)",
        "Brüt/net",
    ]
    lines += [*_md_table(header, rows), ""]
    if profile.salary.source_note:
        lines += [f"Makalenin notu: {profile.salary.source_note}", ""]
    lines += [f"> ⚠ {finding.message}" for finding in facts.findings] + [""] * bool(facts.findings)
    if profile.outlook:
        lines += ["## İstihdam görünümü", "", f"**{DIRECTION_TR[profile.outlook.direction]}**", ""]
        lines += _paragraphs([profile.outlook.statement, *profile.outlook.reason])
    lines += _requirements_md(profile.requirements)
    if profile.skills:
        lines += ["## Gerekli beceriler", ""]
        lines += [f"- **{skill.name}**: {skill.description}" for skill in profile.skills] + [""]
    if profile.work_conditions:
        lines += ["## Çalışma şartları", "", *_paragraphs(profile.work_conditions)]
    if profile.development.trends:
        lines += ["## Mesleki gelişme ve eğilimler", "", *_paragraphs(profile.development.intro)]
        for trend in profile.development.trends:
            lines += [f"### {trend.title}", "", *_paragraphs(trend.text)]
    if profile.how_to_become:
        lines += ["## Nasıl olunur?", "", *_paragraphs(profile.how_to_become)]
    if profile.career_path.text or profile.career_path.positions:
        lines += ["## Kariyer yolu", "", *_paragraphs(profile.career_path.text)]
        lines += [f"- {position}" for position in profile.career_path.positions] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _paragraphs(items: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines += [item, ""]
    return lines


def _requirements_md(req: Requirements) -> list[str]:
    parts = [
        ("Eğitim", req.education),
        ("İş başında eğitim ve deneyim", req.training),
        ("Sertifikalar ve lisanslar", req.certificates),
    ]
    if not any(items for _label, items in parts):
        return []
    lines = ["## Şartlar ve nitelikler", ""]
    for label, items in parts:
        if items:
            lines += [f"### {label}", "", *_paragraphs(items)]
    return lines


def profile_csv(profile: Profile, facts: ProfileFacts) -> str:
    """The salary lines of one profile, published and computed side by side."""
    header = [
        "slug",
        "year",
        "kind",
        "monthly_tl",
        "hourly_tl_published",
        "hourly_tl_computed",
        "ratio_to_net_minimum_computed",
        "basis",
        "source",
    ]
    rows = [
        [
            profile.slug,
            figure.year,
            figure.kind,
            figure.monthly_tl,
            figure.hourly_tl if figure.hourly_tl is not None else "",
            fact.hourly_computed.value,
            fact.ratio_to_net_minimum.value if fact.ratio_to_net_minimum else "",
            figure.basis,
            f"{profile.source.site} — {profile.source.title}",
        ]
        for figure, fact in zip(profile.salary.figures, facts.figures, strict=True)
    ]
    return _csv(header, rows)


# -- compare ------------------------------------------------------------------------
def _side_money(side: SalarySide, kind: str) -> str:
    figure = side.average if kind == "average" else side.top
    return f"{fmt.money(figure.monthly_tl)} ({side.year})" if figure else "—"


def comparison_rows(result: Comparison) -> list[list[str]]:
    salary, skills = result.salary, result.skills
    return [
        ["Maaş yılı", _year(salary.a), _year(salary.b)],
        ["Ortalama (aylık)", _side_money(salary.a, "average"), _side_money(salary.b, "average")],
        ["Üst düzey (aylık)", _side_money(salary.a, "top"), _side_money(salary.b, "top")],
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
            "İstihdam görünümü",
            DIRECTION_TR[result.outlook_a.direction] if result.outlook_a else "—",
            DIRECTION_TR[result.outlook_b.direction] if result.outlook_b else "—",
        ],
        [
            "Kariyer yolu",
            ", ".join(result.career_path_a.positions) or "—",
            ", ".join(result.career_path_b.positions) or "—",
        ],
        ["Görev sayısı", str(len(result.duties_a)), str(len(result.duties_b))],
    ]


def _year(side: SalarySide) -> str:
    return str(side.year) if side.year is not None else "veri yok"


def comparison_markdown(result: Comparison) -> str:
    a, b = result.a, result.b
    lines = [f"# {a.title} ↔ {b.title}", ""]
    lines += [*_md_table(["", a.title, b.title], comparison_rows(result)), ""]
    if result.salary.note:
        lines += [f"> {result.salary.note}", ""]
    if result.salary.difference is not None:
        diff = result.salary.difference
        if diff.average_tl is not None:
            lines += [f"Fark (B − A, {diff.year}, hesaplanan): {fmt.money(diff.average_tl)}", ""]
    adjusted = result.salary.adjusted
    if adjusted is not None and adjusted.difference_average is not None:
        lines += [
            f"Tahmini fark (B − A, {adjusted.target_year} fiyatlarıyla, TÜFE yıllık ortalama "
            f"ile): {fmt.money(round(adjusted.difference_average.value))}",
            "",
        ]
    for side, duties in ((a, result.duties_a), (b, result.duties_b)):
        lines += [f"## Görevler — {side.title}", ""]
        lines += [f"{n}. {duty}" for n, duty in enumerate(duties, start=1)] + [""]
    lines += [f"*Kaynak A: {a.source}*", "", f"*Kaynak B: {b.source}*"]
    return "\n".join(lines) + "\n"


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
    return _csv(["aspect", result.a.slug, result.b.slug], numbers + text_rows)


# -- salary -------------------------------------------------------------------------
def salary_markdown(report: SalaryReport) -> str:
    title = f"{report.year} yılı maaşları" if report.year else "Her mesleğin son yıldaki maaşı"
    lines = [f"# {title}", ""]
    rows = [
        [
            rank,
            row.title,
            row.year,
            fmt.money(row.average.monthly_tl) if row.average else "—",
            fmt.money(row.top.monthly_tl) if row.top else "—",
            fmt.ratio(row.ratio_to_net_minimum.value) if row.ratio_to_net_minimum else "—",
        ]
        for rank, row in enumerate(report.rows, start=1)
    ]
    header = ["#", "Meslek", "Yıl", "Ortalama", "Üst düzey", "Net asgari ücrete oran (hesaplanan)"]
    lines += [*_md_table(header, rows), ""]
    for item in report.missing:
        years = ", ".join(str(y) for y in item.available_years) or "hiç yok"
        lines.append(f"- {item.title}: {report.year or ''} için veri yok (mevcut yıllar: {years})")
    for adjusted in report.adjusted or []:
        if adjusted.average is not None:
            estimate = adjusted.average
            lines.append(
                f"- {adjusted.title}: ≈ {fmt.money(round(estimate.adjusted.value))} "
                f"({fmt.money(estimate.original_tl)}, {estimate.original_year}; tahmini, TÜFE "
                "yıllık ortalama ile)"
            )
    lines += ["", "Rakamlar makalelerde yayımlandığı gibidir; brüt/net belirtilmemiştir."]
    return "\n".join(lines) + "\n"


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
    return _csv(header, rows)
