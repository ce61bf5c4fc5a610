"""A profile assessed: what kariyer computes from its pay and what the rules notice.

`kariyer show` prints it beside the profile, `kariyer import` reports its findings with
the article's, and `kariyer check` runs the same rules over every file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from kariyer.checks.findings import Finding
from kariyer.checks.rules import RuleInput, run_rules
from kariyer.domain.figures import FigureFacts, salary_facts
from kariyer.domain.worth import FigureWorth, WorthOf
from kariyer.schema.build import JSON_HIDDEN, JSON_OMIT_NONE
from kariyer.schema.models import Profile, SkillTable
from kariyer.store.reference import Reference


@dataclass(kw_only=True, slots=True)
class MinorGroupRef:
    """The ISCO-08 minor group (3 digits) of a profile's code, looked up in a public table."""

    code: str
    title_tr: str
    source: str


@dataclass(kw_only=True, slots=True)
class ProfileFacts:
    """Computed figures (one per published salary line) and the data-quality findings."""

    figures: list[FigureFacts]
    # what each published line is worth (latest prices, gross/net readings), in its order
    worth: list[FigureWorth]
    findings: list[Finding]
    isco08_minor_group: MinorGroupRef | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    # How the hourly rates were computed, for the text views (each rate's JSON has its
    # own method and source already).
    monthly_hours: float = field(metadata={JSON_HIDDEN: True})
    hours_method: str = field(metadata={JSON_HIDDEN: True})
    hours_source: str = field(metadata={JSON_HIDDEN: True})
    # The canonical name of each skill id of the profile (the JSON has the ids).
    skill_names: dict[str, str] = field(default_factory=dict, metadata={JSON_HIDDEN: True})


class AssessedProfile(NamedTuple):  # not written as it is: json.write_profile knows it
    """A profile as published, with what kariyer computed about it kept apart."""

    profile: Profile
    facts: ProfileFacts


def profile_facts(profile: Profile, reference: Reference, skills: SkillTable) -> ProfileFacts:
    hours = reference.hours
    figures = salary_facts(profile, hours, reference.minimum_wage)
    findings = run_rules(RuleInput(profile, figures, reference, skills))
    worth = WorthOf(reference.prices, reference.payroll, reference.minimum_wage)
    return ProfileFacts(
        figures=figures,
        worth=[worth(figure) for figure in profile.salary.figures],
        findings=findings,
        isco08_minor_group=_minor_group(profile, reference),
        monthly_hours=hours.monthly_hours,
        hours_method=hours.method,
        hours_source=hours.source.label(),
        skill_names={
            skill.id: skill.name
            for skill in skills.skills
            if any(entry.id == skill.id for entry in profile.skills)
        },
    )


def _minor_group(profile: Profile, reference: Reference) -> MinorGroupRef | None:
    table = reference.isco_minor_groups
    code = profile.isco08.code if profile.isco08 else ""
    title = table.title(code)
    if title is None:
        return None
    return MinorGroupRef(code=code[:3], title_tr=title, source=table.source.label())


def assess(profile: Profile, reference: Reference, skills: SkillTable) -> AssessedProfile:
    return AssessedProfile(profile=profile, facts=profile_facts(profile, reference, skills))
