"""`kariyer show` on a terminal: the whole profile, then what kariyer computed, labelled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.output import labels, profile_lines, worth_lines
from kariyer.output.blocks import (
    blank,
    bullets,
    hanging,
    has_requirements,
    heading,
    line,
    paragraphs,
    requirements,
    rule,
    wrapped,
)
from kariyer.output.console import buffered
from kariyer.output.tables import Mode, common_mode, print_table, table_mode

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
    mode = _salary_mode(item)  # one layout for the salary section's tables
    _salary_section(profile, mode)
    _computed_section(item.facts, mode)

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
            line(f"  {profile_lines.skill_label(skill, item.facts)}", "bold")
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
            line(f"  {labels.positions_heading(profile.career_path.positions_basis)}:", "bold")
            bullets(profile.career_path.positions, indent=4)

    if profile.isco08:
        heading(labels.OCCUPATION_CODE)
        paragraphs(profile_lines.isco_lines(profile.isco08, item.facts))
    others = profile_lines.other_findings(item.facts.findings)
    if others:
        heading(labels.OTHER_FINDINGS)
        paragraphs(others, style="yellow")
    blank()


def _source_line(profile: Profile) -> None:
    """ "Kaynak: …" continued under its value; the address under it, whole."""
    first, *rest = profile_lines.source_lines(profile)
    label, _, value = first.partition(": ")
    hanging(label, value, "dim")
    for url in rest:
        wrapped(url, " " * (len(label) + 2), "dim")


def _salary_mode(item: AssessedProfile) -> Mode:
    """The layout the narrowest of the salary section's tables needs, for all of them."""
    tables = [profile_lines.published_table(item.profile)] if item.profile.salary.figures else []
    facts = item.facts
    if facts.figures:
        tables += [profile_lines.computed_table(facts), worth_lines.readings_table(facts.worth)]
        tables += [prices] if (prices := worth_lines.prices_table(facts.worth)) else []
    return common_mode([table_mode(headers, rows, indent=2) for headers, rows in tables])


def _salary_section(profile: Profile, mode: Mode) -> None:
    if not profile.salary.figures:
        line(f"  {labels.NO_FIGURES}")
        return
    print_table(*profile_lines.published_table(profile), indent=2, mode=mode)
    for note in profile_lines.salary_notes(profile):
        paragraphs([note], style="italic" if note in labels.BASIS_NOTES else "")
    paragraphs(profile.salary.intro)
    paragraphs(profile_lines.source_note(profile))


def _computed_section(facts: ProfileFacts, mode: Mode) -> None:
    if facts.figures:
        blank()
        line(f"  {labels.COMPUTED_INTRO}", "bold")
        print_table(*profile_lines.computed_table(facts), indent=2, mode=mode)
        paragraphs(profile_lines.computed_notes(facts), style="dim")
        blank()
        line(f"  {labels.READINGS_INTRO}", "bold")
        print_table(*worth_lines.readings_table(facts.worth), indent=2, mode=mode)
        paragraphs(worth_lines.readings_notes(facts.worth), style="dim")
        prices = worth_lines.prices_table(facts.worth)
        blank()
        line(f"  {labels.PRICES_INTRO}", "bold")
        if prices is not None:
            print_table(*prices, indent=2, mode=mode)
        paragraphs(worth_lines.prices_notes(facts.worth), style="dim")
    for finding in profile_lines.salary_findings(facts.findings):
        paragraphs([finding], style="yellow")
