"""Salary tables across occupations. Pure functions over profiles; never prints."""

from __future__ import annotations

from pydantic import BaseModel

from kariyer.errors import NoDataForYearError
from kariyer.models import Profile, SalaryFigure


class SalaryRow(BaseModel):
    slug: str
    title: str
    year: int
    average: SalaryFigure | None
    top: SalaryFigure | None
    source: str


class MissingYear(BaseModel):
    slug: str
    title: str
    available_years: list[int]


class SalaryReport(BaseModel):
    year: int | None
    rows: list[SalaryRow]
    missing: list[MissingYear]
    available_years: list[int]


def latest_year(profile: Profile) -> int | None:
    years = profile.salary_years()
    return years[-1] if years else None


def salary_row(profile: Profile, year: int) -> SalaryRow:
    return SalaryRow(
        slug=profile.slug,
        title=profile.title,
        year=year,
        average=profile.figure(year, "average"),
        top=profile.figure(year, "top"),
        source=f"{profile.source.site} — {profile.source.title}",
    )


def _rank_key(row: SalaryRow) -> tuple[float, str]:
    lead = row.average or row.top
    return (-(lead.monthly_tl if lead else 0.0), row.slug)


def salary_report(profiles: list[Profile], year: int | None = None) -> SalaryReport:
    """Rank occupations by average pay for ``year`` (or each one's latest year).

    A figure is never moved to another year: occupations without data for the
    asked year are listed in ``missing`` with the years they do have.
    """
    all_years = sorted({y for profile in profiles for y in profile.salary_years()})
    rows: list[SalaryRow] = []
    missing: list[MissingYear] = []
    for profile in profiles:
        years = profile.salary_years()
        wanted = year if year is not None else (years[-1] if years else None)
        if wanted is None or wanted not in years:
            missing.append(MissingYear(slug=profile.slug, title=profile.title, available_years=years))
            continue
        rows.append(salary_row(profile, wanted))
    if year is not None and not rows:
        raise NoDataForYearError(year, all_years)
    rows.sort(key=_rank_key)
    return SalaryReport(year=year, rows=rows, missing=missing, available_years=all_years)
