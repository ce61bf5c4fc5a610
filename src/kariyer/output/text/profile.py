"""`kariyer show` on a terminal: the whole profile, then what kariyer computed, labelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.output import labels
from kariyer.output.blocks import (
    blank,
    bullets,
    has_requirements,
    heading,
    line,
    paragraphs,
    requirements,
    rule,
)
from kariyer.output.cells import figure_cells, site_text
from kariyer.output.console import buffered
from kariyer.output.tables import print_table

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile, ProfileFacts
    from kariyer.schema.models import Profile


@buffered
def show_profile(item: AssessedProfile) -> None:
    profile = item.profile
    rule(profile.title)
    line(f"slug: {profile.slug}", "dim")
    _source_line(profile)

    if profile.summary:
        heading(labels.SUMMARY)
        paragraphs(profile.summary)
    if profile.duties:
        heading(f"{labels.DUTIES} ({len(profile.duties)})")
        bullets(profile.duties, numbered=True)

    heading(labels.SALARY)
    _salary_section(profile)
    _computed_section(item.facts)

    if profile.outlook:
        heading(labels.OUTLOOK)
        line(f"  {labels.DIRECTION_TR[profile.outlook.direction]}", "bold")
        paragraphs([profile.outlook.statement, *profile.outlook.reason])

    if has_requirements(profile.requirements):
        heading(labels.REQUIREMENTS)
        requirements(profile.requirements)

    if profile.skills:
        heading(f"{labels.SKILLS} ({len(profile.skills)})")
        for skill in profile.skills:
            line(f"  {skill.name}", "bold")
            paragraphs([skill.description], indent=4)

    if profile.work_conditions:
        heading(labels.WORK_CONDITIONS)
        paragraphs(profile.work_conditions)

    if profile.development.intro or profile.development.trends:
        heading(labels.DEVELOPMENT)
        paragraphs(profile.development.intro)
        for trend in profile.development.trends:
            line(f"  {trend.title}", "bold")
            paragraphs(trend.text, indent=4)

    if profile.how_to_become:
        heading(labels.HOW_TO_BECOME)
        paragraphs(profile.how_to_become)

    if profile.career_path.text or profile.career_path.positions:
        heading(labels.CAREER_PATH)
        paragraphs(profile.career_path.text)
        if profile.career_path.positions:
            line(f"  {labels.NEXT_POSITIONS}:", "bold")
            bullets(profile.career_path.positions, indent=4)

    if profile.isco08:
        heading(labels.OCCUPATION_CODE)
        basis = labels.ISCO_BASIS_TR[profile.isco08.basis]
        line(f"  ISCO-08 {profile.isco08.code} ({basis})")
        if profile.isco08.note:
            paragraphs([profile.isco08.note])
    blank()


def _source_line(profile: Profile) -> None:
    source = profile.source
    text = f"Kaynak: {site_text(source.site)} — “{source.title}”"
    if source.file:
        text += f" ({source.file})"
    line(text, "dim")
    if source.url:
        line(f"        {source.url}", "dim")


def _salary_section(profile: Profile) -> None:
    salary = profile.salary
    if not salary.figures:
        line(f"  {labels.NO_FIGURES}")
        return
    rows = []
    for figure in sorted(salary.figures, key=lambda f: (f.year, f.kind != "average")):
        monthly, hourly = figure_cells(figure)
        rows.append(
            [
                str(figure.year),
                labels.KIND_TR[figure.kind],
                monthly,
                hourly,
                labels.BASIS_TR[figure.basis],
            ]
        )
    headers = [labels.YEAR, labels.KIND, labels.MONTHLY, labels.HOURLY_PUBLISHED, labels.BASIS]
    print_table(headers, rows, indent=2)
    if any(figure.basis == "unknown" for figure in salary.figures):
        line(f"  {labels.BASIS_UNKNOWN}", "italic")
    if salary.extra_pay:
        line(f"  Ek ödemeler (makaleye göre): {', '.join(salary.extra_pay)}")
    paragraphs(salary.intro)
    if salary.source_note:
        paragraphs([f"Makalenin notu: {salary.source_note}"])


def _computed_section(facts: ProfileFacts) -> None:
    if not facts.figures:
        return
    hours = fmt.number(facts.monthly_hours)
    rows = [
        [
            str(fact.year),
            labels.KIND_TR.get(fact.kind, fact.kind),
            fmt.hourly(fact.hourly_computed.value),
            f"{fmt.money(fact.minimum_wage.net)} ({fact.minimum_wage.year})"
            if fact.minimum_wage
            else "veri yok",
            fmt.ratio(fact.ratio_to_net_minimum.value) if fact.ratio_to_net_minimum else "—",
        ]
        for fact in facts.figures
    ]
    blank()
    line(f"  {labels.COMPUTED_INTRO}", "bold")
    headers = [labels.YEAR, labels.KIND, f"Saatlik (aylık ÷ {hours})", "Net asgari ücret", "Oran"]
    print_table(headers, rows, indent=2)
    wage_sources = sorted({f.minimum_wage.source for f in facts.figures if f.minimum_wage})
    notes = [
        f"Saatlik: aylık tutar ÷ {hours} saat. {facts.hours_method} Kaynak: {facts.hours_source}.",
        "Oran: aylık tutar ÷ o yılın net asgari ücreti"
        + (f" ({'; '.join(wage_sources)})." if wage_sources else "."),
    ]
    notes += sorted(
        {f.minimum_wage.note for f in facts.figures if f.minimum_wage and f.minimum_wage.note}
    )
    paragraphs(notes, style="dim")
    for finding in facts.findings:
        if finding.field and finding.field.startswith("salary"):
            paragraphs([f"⚠ {finding.message}"], style="yellow")
