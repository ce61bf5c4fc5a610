"""Profiles read back from the profile index: the fields list, salary, skills and match need.

`kariyer.store.index` keeps the index in step with the files; this module reads it. A
scan over 20.000 profiles makes 20.000 of these, so each is small: texts repeated across
profiles (sites, labels, kinds, year lists) are one shared object, a figure is built
straight into its slots (`kariyer.store.index_rows.figure_of`), skills stay JSON until
asked for.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kariyer.store.index_rows import figure_of, plain_figure

if TYPE_CHECKING:
    from kariyer.schema.models import SalaryFigure, SkillEntry
    from kariyer.store.files import ProfileFile

_COLUMNS = "file_id, year, kind, label, monthly_tl, hourly_tl, basis, extra"
_ALL = f"SELECT {_COLUMNS} FROM figures ORDER BY file_id, position"
_YEAR = f"SELECT {_COLUMNS} FROM figures WHERE year = ? ORDER BY file_id, position"
_LATEST = (  # `list`: each profile's latest average, nothing else
    "SELECT figures.file_id, year, kind, label, monthly_tl, hourly_tl, basis, extra "
    "FROM figures JOIN profiles ON profiles.file_id = figures.file_id "
    "WHERE year = profiles.latest AND kind = 'average' ORDER BY figures.file_id, position"
)
# rows come out in slug order straight from the table (its key): no sort in Python
PROFILES_QUERY = (
    "SELECT slug, file_id, title, site, source, outlook, years, latest FROM profiles ORDER BY slug"
)


@dataclass(slots=True)
class IndexedProfile:
    """The indexed fields of one profile: enough for list, salary, skills and match.

    It answers the same questions as a Profile for those commands (slug, title,
    source_site, source_title, outlook_direction, salary_years(), figure(), skills).
    """

    slug: str
    title: str
    origin: str
    source_site: str | None
    source_title: str
    outlook_direction: str | None
    years: list[int]  # shared between profiles with the same years: never changed
    figures: list[SalaryFigure]  # in the article's order (of one year with ``only_year``)
    skills_json: str
    only_year: int | None = None  # the figures read are of this year alone (salary --year)
    only_kind: str | None = None  # … and of this kind alone (list: the latest average)

    def salary_years(self) -> list[int]:
        return self.years

    def figure(self, year: int, kind: str) -> SalaryFigure | None:
        self._loaded(year, kind)
        for figure in self.figures:
            if figure.year == year and figure.kind == kind:
                return figure
        return None

    def figures_of(self, year: int, kind: str) -> list[SalaryFigure]:
        """Every line of that year and kind (two: the article contradicts itself)."""
        self._loaded(year, kind)
        return [figure for figure in self.figures if figure.year == year and figure.kind == kind]

    def _loaded(self, year: int, kind: str) -> None:
        """Asking for figures that were not read is a bug, never an empty answer."""
        if (self.only_year is not None and year != self.only_year) or (
            self.only_kind is not None and kind != self.only_kind
        ):
            raise AssertionError(
                f"{kind} figures of {year} not read (only {self.only_kind} of {self.only_year})"
            )

    def monthly(self, year: int, kind: str) -> float | None:
        figure = self.figure(year, kind)
        return figure.monthly_tl if figure else None

    def monthly_high(self, year: int, kind: str) -> float | None:
        """The upper end of that line's range; None for a single amount."""
        figure = self.figure(year, kind)
        return figure.monthly_tl_high if figure else None

    @property
    def skills(self) -> list[SkillEntry]:
        from kariyer.schema.models import SkillEntry

        return [SkillEntry(**item) for item in json.loads(self.skills_json)]


def read_profiles(
    db: sqlite3.Connection,
    files: Mapping[str, ProfileFile],
    *,
    with_skills: bool = False,
    year: int | None = None,
    latest: bool = False,
) -> list[IndexedProfile]:
    """Every active profile in the index (``files``, by slug), in slug order.

    With ``year`` only that year's figures are read, with ``latest`` only each profile's
    latest average (what `list` shows); skills, the bulk of a profile, only ``with_skills``.
    """
    query, arguments = (_ALL, ()) if year is None else (_YEAR, (year,))
    if latest:
        query, arguments = _LATEST, ()
    shared: dict[Any, Any] = {}  # one object for each repeated text: 20.000 rows stay small
    share = shared.setdefault
    by_file: dict[int, list[SalaryFigure]] = {}
    plain = plain_figure()
    for file_id, year_, kind, label, monthly, hourly, basis, extra in db.execute(
        query, arguments
    ):  # in file order, each file's in the article's order
        columns = (year_, share(kind, kind), share(label, label), monthly, hourly,
                   share(basis, basis))  # fmt: skip
        figure = plain(columns) if extra is None else figure_of((*columns, extra))
        found = by_file.get(file_id)
        if found is None:
            by_file[file_id] = [figure]
        else:
            found.append(figure)
    skills: dict[int, str] = (
        dict(db.execute("SELECT file_id, data FROM skills")) if with_skills else {}
    )
    years_of: dict[str, list[int]] = {}
    result = []
    rows = db.execute(PROFILES_QUERY)
    for slug, file_id, title, site, source, outlook, years, latest_year in rows:
        entry = files.get(slug)
        if entry is None:
            continue  # another run's file, not active in this one
        parsed = years_of.get(years)
        if parsed is None:
            parsed = years_of[years] = [int(item) for item in years.split(",")] if years else []
        result.append(
            IndexedProfile(
                entry.slug,  # the scan's text: one string per slug, not two
                title,
                entry.origin,
                share(site, site),
                share(source, source),
                share(outlook, outlook),
                parsed,
                by_file.get(file_id, []),
                skills.get(file_id, "[]"),
                latest_year if latest else year,
                "average" if latest else None,
            )
        )
    return result
