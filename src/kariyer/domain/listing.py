"""One line per occupation for `kariyer list`. Pure functions; never prints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kariyer.domain.sources import Citation, cite
from kariyer.schema.build import JSON_OMIT_NONE

if TYPE_CHECKING:
    from kariyer.schema.views import ProfileLike


@dataclass(kw_only=True, slots=True)
class ListRow:
    slug: str
    title: str
    latest_year: int | None
    average_tl: float | None
    outlook: str | None
    origin: str
    source: Citation
    # an average published as a range: its upper end (average_tl is the lower end)
    average_high_tl: float | None = field(default=None, metadata={JSON_OMIT_NONE: True})


def list_rows(profiles: Sequence[ProfileLike], origins: Mapping[str, str]) -> list[ListRow]:
    rows = []
    for profile in profiles:
        years = profile.salary_years()
        year = years[-1] if years else None
        rows.append(
            ListRow(
                slug=profile.slug,
                title=profile.title,
                latest_year=year,
                average_tl=profile.monthly(year, "average") if year is not None else None,
                average_high_tl=profile.monthly_high(year, "average") if year else None,
                outlook=profile.outlook_direction,
                origin=origins.get(profile.slug, "bundled"),
                source=cite(profile),
            )
        )
    return rows
