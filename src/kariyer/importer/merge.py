"""Re-importing an occupation: the new article's text, and every year's pay kept.

The site updates an article's pay figures from year to year ("2023 Yılı" becomes
"2024 Yılı"). A re-import merges instead of replacing:

- the text (duties, skills, requirements …) and the profile's source are the new article's;
- every salary figure of the new article is kept as read (its source is the profile's);
- an earlier figure the new article no longer states is kept, with the source it was read
  from (URL or file, and the date it was retrieved) in ``figure.source``;
- an earlier figure of the same year and kind with a different amount is a conflict: both
  are kept, the new one first, and the conflict is reported — never a silent overwrite;
- fields people curate by hand and the parser never fills (the occupation code, the career
  positions) are kept when the new import has none;
- a re-import that changes nothing but the retrieval date is "unchanged".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kariyer.errors import KariyerError

if TYPE_CHECKING:
    from kariyer.schema.models import CareerPath, Profile, SalaryFigure


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """Two amounts for one year and kind: the new article's and an earlier import's."""

    new: SalaryFigure
    earlier: SalaryFigure


@dataclass(frozen=True, kw_only=True)
class Merge:
    """The profile to write, and what the merge kept and found."""

    profile: Profile
    unchanged: bool
    kept: list[SalaryFigure] = field(default_factory=list)  # earlier figures not restated
    conflicts: list[Conflict] = field(default_factory=list)

    def kept_years(self) -> list[int]:
        return sorted({figure.year for figure in self.kept})


def amount_key(figure: SalaryFigure) -> tuple[object, ...]:
    """What makes two figures the same published amount (the label and source aside)."""
    return (
        figure.year,
        figure.kind,
        figure.basis,
        figure.monthly_tl,
        figure.monthly_tl_high,
        figure.hourly_tl,
        figure.hourly_tl_high,
    )


def merge_profiles(earlier: Profile, new: Profile) -> Merge:
    """The new import of an occupation merged into the profile already on disk."""
    if earlier.slug != new.slug:
        raise KariyerError(
            f"Var olan dosya başka bir mesleğin profili ({earlier.slug}), {new.slug} değil; "
            "birleştirilmedi.",
            hint="Başka bir dosya adı seçin ya da --force ile üzerine yazın.",
        )
    stated = {amount_key(figure) for figure in new.salary.figures}
    new_kinds = {(figure.year, figure.kind) for figure in new.salary.figures}
    kept: list[SalaryFigure] = []
    conflicts: list[Conflict] = []
    for figure in earlier.salary.figures:
        if amount_key(figure) in stated:
            continue
        traced = figure if figure.source is not None else replace(figure, source=earlier.source)
        if traced in kept:
            continue
        kept.append(traced)
        if (figure.year, figure.kind) in new_kinds:
            conflicts += [
                Conflict(new=other, earlier=traced)
                for other in new.salary.figures
                if (other.year, other.kind) == (figure.year, figure.kind)
            ]
    figures = [*new.salary.figures, *kept]  # the new article's first: tables use the first
    merged = replace(
        new,
        salary=replace(new.salary, figures=figures),
        isco08=new.isco08 or earlier.isco08,
        career_path=_career_path(earlier, new),
    )
    if replace(merged, source=replace(merged.source, retrieved=earlier.source.retrieved)) == (
        earlier
    ):
        return Merge(profile=earlier, unchanged=True)
    return Merge(profile=merged, unchanged=False, kept=kept, conflicts=conflicts)


def _career_path(earlier: Profile, new: Profile) -> CareerPath:
    if new.career_path.positions or not earlier.career_path.positions:
        return new.career_path
    return replace(
        new.career_path,
        positions=earlier.career_path.positions,
        positions_basis=earlier.career_path.positions_basis,
    )
