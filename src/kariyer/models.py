"""Pydantic models: the profile schema is the contract for every data file.

Keys are English; the text values are the article's Turkish wording. Every model
forbids unknown keys so that a typo in a data file is an error, not a silent gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SKILL_ID_PATTERN = SLUG_PATTERN

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
SkillId = Annotated[str, StringConstraints(pattern=SKILL_ID_PATTERN, max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Paragraphs = Annotated[list[Text], Field(description="Paragraphs of the article, in order.")]
MAX_MONTHLY_TL = 1_000_000_000  # a billion lira a month: anything above is a typo, not a wage
Year = Annotated[int, Field(ge=1990, le=2100, strict=True)]


class StrictModel(BaseModel):
    # Infinity/NaN are not figures; "14000" or true are not amounts.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Source(StrictModel):
    """Where a profile's text and figures come from."""

    site: Text = Field(description="Publishing site, e.g. eniyimeslekler.com.")
    title: Text = Field(description="The article's own title.")
    file: Text | None = Field(default=None, description="File name of the saved article text.")
    url: Text | None = Field(default=None, description="Address of the article, when known.")


class SalaryFigure(StrictModel):
    """One salary line exactly as the article publishes it."""

    year: Year
    kind: Literal["average", "top"] = Field(description="average = 'Ortalama', top = 'Üst Düzey'.")
    label: Text = Field(description="The article's label, e.g. 'Ortalama Maaş'.")
    monthly_tl: float = Field(
        gt=0, le=MAX_MONTHLY_TL, strict=True, description="Monthly pay in TL, as published."
    )
    hourly_tl: float | None = Field(
        default=None,
        gt=0,
        le=MAX_MONTHLY_TL,
        strict=True,
        description="Hourly pay in TL as published (not computed).",
    )
    basis: Literal["gross", "net", "unknown"] = Field(
        default="unknown", description="Gross or net; 'unknown' when the article does not say."
    )


class Salary(StrictModel):
    intro: Paragraphs = Field(default_factory=list)
    figures: list[SalaryFigure] = Field(default_factory=list)
    extra_pay: list[Text] = Field(
        default_factory=list, description="Extra pay the article names (komisyon, ikramiye)."
    )
    source_note: Text | None = Field(
        default=None, description="The article's own note on where its salary figures come from."
    )


class Outlook(StrictModel):
    direction: Literal["growth", "stable", "decline", "unknown"]
    statement: Text = Field(description="The article's sentence on employment outlook.")
    reason: Paragraphs = Field(default_factory=list)


class Requirements(StrictModel):
    education: Paragraphs = Field(default_factory=list)
    training: Paragraphs = Field(default_factory=list)
    certificates: Paragraphs = Field(default_factory=list)


class SkillEntry(StrictModel):
    id: SkillId | None = Field(
        default=None, description="Canonical skill id from the skills table; null if unmatched."
    )
    name: Text = Field(description="The article's own name for the skill.")
    description: Text


class Trend(StrictModel):
    title: Text
    text: Paragraphs


class Development(StrictModel):
    intro: Paragraphs = Field(default_factory=list)
    trends: list[Trend] = Field(default_factory=list)


class CareerPath(StrictModel):
    text: Paragraphs = Field(default_factory=list)
    positions: list[Text] = Field(
        default_factory=list, description="Positions the article names as next steps."
    )


class OccupationCode(StrictModel):
    code: Annotated[str, StringConstraints(pattern=r"^\d{1,4}$")]
    basis: Literal["published", "judgement"]
    note: Text | None = None


class Profile(StrictModel):
    """One occupation, captured faithfully from one article."""

    schema_version: Literal[1] = 1
    slug: Slug
    title: Text
    summary: Paragraphs = Field(default_factory=list)
    duties: list[Text] = Field(default_factory=list)
    salary: Salary = Field(default_factory=Salary)
    outlook: Outlook | None = None
    requirements: Requirements = Field(default_factory=Requirements)
    skills: list[SkillEntry] = Field(default_factory=list)
    work_conditions: Paragraphs = Field(default_factory=list)
    development: Development = Field(default_factory=Development)
    how_to_become: Paragraphs = Field(default_factory=list)
    career_path: CareerPath = Field(default_factory=CareerPath)
    isco08: OccupationCode | None = None
    source: Source

    @property
    def source_label(self) -> str:
        return f"{self.source.site} — {self.source.title}"

    @property
    def outlook_direction(self) -> str | None:
        return self.outlook.direction if self.outlook else None

    def salary_years(self) -> list[int]:
        """Years with at least one published figure, ascending."""
        return sorted({figure.year for figure in self.salary.figures})

    def figure(self, year: int, kind: str) -> SalaryFigure | None:
        for item in self.salary.figures:
            if item.year == year and item.kind == kind:
                return item
        return None

    def monthly(self, year: int, kind: str) -> float | None:
        figure = self.figure(year, kind)
        return figure.monthly_tl if figure else None


class Skill(StrictModel):
    id: SkillId
    name: Text = Field(description="Canonical Turkish name.")
    aliases: list[Text] = Field(default_factory=list, description="Other wordings in articles.")


class SkillTable(StrictModel):
    skills: list[Skill]


# -- reference tables ----------------------------------------------------------
class ReferenceSource(StrictModel):
    institution: Text
    publication: Text
    retrieved: date = Field(description="The date the figures were taken from the source.")

    def label(self) -> str:
        return f"{self.institution} — {self.publication}"


class MinimumWageRate(StrictModel):
    valid_from: date
    gross: float = Field(gt=0)
    net: float = Field(gt=0)
    note: Text | None = None


class MinimumWageTable(StrictModel):
    source: ReferenceSource
    unit: Text
    rates: list[MinimumWageRate]


class PriceIndexYear(StrictModel):
    year: Year
    december: float = Field(gt=0)
    annual_average: float = Field(gt=0)


class PriceIndexTable(StrictModel):
    source: ReferenceSource
    base: Text
    years: list[PriceIndexYear]
    notes: list[Text] = Field(default_factory=list)


class WorkingHours(StrictModel):
    source: ReferenceSource
    weekly_max_hours: int = Field(gt=0)
    monthly_hours: float = Field(gt=0)
    method: Text


def profile_json_schema() -> str:
    """The JSON Schema of a profile file, as published by `kariyer schema`."""
    import json

    schema = Profile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kariyer occupation profile"
    return json.dumps(schema, ensure_ascii=False, indent=2)


# -- what scans need of a profile (a Profile, or its indexed fields) -------------------
class ProfileLike(Protocol):
    """Read-only view shared by Profile and kariyer.index.IndexedProfile."""

    @property
    def slug(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def source_label(self) -> str: ...

    @property
    def outlook_direction(self) -> str | None: ...

    @property
    def skills(self) -> Sequence[SkillEntry]: ...

    def salary_years(self) -> list[int]: ...

    def figure(self, year: int, kind: str) -> SalaryFigure | None: ...

    def monthly(self, year: int, kind: str) -> float | None: ...
