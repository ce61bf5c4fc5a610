"""One profile file as the rows of the profile index: read, validated once, flattened.

This is the costly step of building the index (reading and validating every file), so it
is a plain function over a path that returns plain tuples: the index runs it in the
process, or, for a cold build of many files, on every core (`rows_of_many`, through
`kariyer.store.parallel`). Nothing here touches the index database.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kariyer.errors import ProfileError

if TYPE_CHECKING:
    from kariyer.schema.models import Profile, SalaryFigure

# the columns of a figure row; any other field of a figure goes to ``extra`` (JSON)
FIGURE_COLUMNS = ("year", "kind", "label", "monthly_tl", "hourly_tl", "basis")
FigureRow = tuple[int, str, str, float, float | None, str, str | None]


@dataclass(frozen=True, slots=True)
class ProfileRows:
    """What the index stores of one file: a profile's fields, or its first problem."""

    location: str
    slug: str  # the file name's slug; the profile's own slug equals it when valid
    digest: str  # SHA-256 of the bytes read ("" when they could not be read)
    problem: str | None = None  # JSON {message, field, code}
    title: str = ""
    site: str | None = None
    source: str = ""
    outlook: str | None = None
    years: str = ""
    figures: tuple[FigureRow, ...] = ()
    skills: str = "[]"


def figure_row(figure: SalaryFigure) -> FigureRow:
    """A figure as columns; fields beyond the common ones (its own source …) as JSON."""
    from kariyer.schema.build import to_data

    data = to_data(figure, exclude_none=True)
    extra = {key: value for key, value in data.items() if key not in FIGURE_COLUMNS}
    return (
        figure.year,
        figure.kind,
        figure.label,
        figure.monthly_tl,
        figure.hourly_tl,
        figure.basis,
        json.dumps(extra, ensure_ascii=False) if extra else None,
    )


def figure_of(row: Sequence[Any]) -> SalaryFigure:
    """A figure back from its columns (validated when indexed: built without pydantic)."""
    if row[6] is None:
        return plain_figure()(row[:6])
    from kariyer.schema.build import trusted
    from kariyer.schema.models import SalaryFigure

    data = dict(zip(FIGURE_COLUMNS, row[:6], strict=True))
    return trusted(SalaryFigure, {**data, **json.loads(row[6])})


@functools.cache
def plain_figure() -> Callable[[Sequence[Any]], SalaryFigure]:
    """A builder of figures without extra fields (the common case) from the six columns,
    straight into their slots."""
    from kariyer.schema.build import maker
    from kariyer.schema.models import SalaryFigure

    return maker(SalaryFigure, FIGURE_COLUMNS)


def rows_of(location: str, slug: str) -> ProfileRows:
    """Read and validate one profile file; a bad one becomes its problem, never an error."""
    from kariyer.store.files import read_json_bytes

    digest = ""
    try:
        raw = read_json_bytes(Path(location))
        digest = hashlib.sha256(raw).hexdigest()
        profile = _validated(raw, location, slug)
    except ProfileError as exc:
        problem = {"message": exc.problem, "field": exc.field, "code": exc.code}
        return ProfileRows(location, slug, digest, json.dumps(problem, ensure_ascii=False))
    from kariyer.schema.build import to_data

    return ProfileRows(
        location,
        slug,
        digest,
        title=profile.title,
        site=profile.source_site,
        source=profile.source_title,
        outlook=profile.outlook_direction,
        years=",".join(str(year) for year in profile.salary_years()),
        figures=tuple(figure_row(figure) for figure in profile.salary.figures),
        skills=json.dumps(to_data(profile.skills), ensure_ascii=False),
    )


def _validated(raw: bytes, location: str, slug: str) -> Profile:
    """pydantic straight from the bytes (the fast path); any failure is described by
    `store.verified.validate_profile`, exactly as `kariyer check` describes it."""
    from kariyer.store.validator import profile_validator
    from kariyer.store.verified import check_slug, validate_profile

    try:
        profile: Profile = profile_validator().validate_json(raw)
    except (ValueError, RecursionError):  # the slow path below names the problem
        from kariyer.store.files import parse_json

        profile = validate_profile(parse_json(raw, location), Path(location))
    check_slug(profile, slug, location)
    return profile


def _rows_of_item(item: tuple[str, str]) -> ProfileRows:
    return rows_of(*item)


def rows_of_many(files: Sequence[tuple[str, str]]) -> Generator[ProfileRows, None, None]:
    """``rows_of`` for each (path, slug), in order; on every core when there are many."""
    from kariyer.store.parallel import mapped

    return mapped(_rows_of_item, files, warm=_warm)


def _warm() -> None:
    """Import what validation needs once, before forking, so no worker imports it again."""
    from kariyer.store.validator import profile_validator

    profile_validator()
