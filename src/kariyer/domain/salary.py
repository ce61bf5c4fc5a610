"""Salary tables across occupations. Pure functions over profiles; never prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kariyer.domain.figures import (
    AdjustedFigure,
    Computed,
    MinimumWageRef,
    adjust_for_prices,
    minimum_wage_for_year,
    price_index_years,
    ratio_to_minimum,
)
from kariyer.errors import NoDataForYearError
from kariyer.schema.models import (
    MinimumWageTable,
    PriceIndexTable,
    ProfileLike,
    ReferenceSource,
    SalaryFigure,
)


@dataclass(kw_only=True, slots=True)
class SalaryRow:
    slug: str
    title: str
    year: int
    average: SalaryFigure | None
    top: SalaryFigure | None
    ratio_to_net_minimum: Computed | None
    below_net_minimum: bool | None
    source: str


@dataclass(kw_only=True, slots=True)
class MissingYear:
    slug: str
    title: str
    available_years: list[int]


@dataclass(kw_only=True, slots=True)
class AdjustedRow:
    """Another year's published figures in the asked year's prices: estimates."""

    slug: str
    title: str
    average: AdjustedFigure | None
    top: AdjustedFigure | None


@dataclass(kw_only=True, slots=True)
class SalaryReport:
    year: int | None
    rows: list[SalaryRow]
    missing: list[MissingYear]
    available_years: list[int]
    minimum_wage: MinimumWageRef | None
    minimum_wage_source: ReferenceSource  # the table the ratios divide by
    adjusted: list[AdjustedRow] | None = None
    adjust_notes: list[str] = field(default_factory=list)
    prices_source: ReferenceSource | None = None  # the index of the estimates (--adjust)


def salary_row(profile: ProfileLike, year: int, wage: MinimumWageRef | None) -> SalaryRow:
    """One row; ``wage`` is that year's net minimum wage (None outside the table)."""
    average = profile.figure(year, "average")
    ratio = ratio_to_minimum(average.monthly_tl, wage) if average and wage else None
    return SalaryRow(
        slug=profile.slug,
        title=profile.title,
        year=year,
        average=average,
        top=profile.figure(year, "top"),
        ratio_to_net_minimum=ratio,
        below_net_minimum=(average.monthly_tl < wage.net) if average and wage else None,
        source=profile.source_label,
    )


def _rank_key(row: SalaryRow) -> tuple[float, str]:
    lead = row.average or row.top
    return (-(lead.monthly_tl if lead else 0.0), row.slug)


def salary_report(
    profiles: Sequence[ProfileLike],
    year: int | None,
    wages: MinimumWageTable,
    prices: PriceIndexTable | None = None,
) -> SalaryReport:
    """Rank occupations by average pay for ``year`` (or each one's latest year).

    A figure is never moved to another year: occupations without data for the
    asked year are listed in ``missing`` with the years they do have. With
    ``prices`` (the --adjust option) their latest figures are also given in
    ``year``'s prices, as labelled estimates.
    """
    all_years = sorted({y for profile in profiles for y in profile.salary_years()})
    rows: list[SalaryRow] = []
    missing: list[MissingYear] = []
    wage_by_year: dict[int, MinimumWageRef | None] = {}
    for profile in profiles:
        years = profile.salary_years()
        wanted = year if year is not None else (years[-1] if years else None)
        if wanted is None or wanted not in years:
            missing.append(
                MissingYear(slug=profile.slug, title=profile.title, available_years=years)
            )
            continue
        if wanted not in wage_by_year:
            wage_by_year[wanted] = minimum_wage_for_year(wages, wanted)
        rows.append(salary_row(profile, wanted, wage_by_year[wanted]))
    if year is not None and not rows and prices is None:
        raise NoDataForYearError(year, all_years)
    rows.sort(key=_rank_key)
    report = SalaryReport(
        year=year,
        rows=rows,
        missing=missing,
        available_years=all_years,
        minimum_wage=minimum_wage_for_year(wages, year) if year is not None else None,
        minimum_wage_source=wages.source,
    )
    if prices is not None and year is not None:
        report.prices_source = prices.source
        by_slug = {profile.slug: profile for profile in profiles}
        report.adjusted, report.adjust_notes = _adjusted_rows(
            [by_slug[item.slug] for item in missing], year, prices
        )
    return report


def _adjusted_rows(
    profiles: Sequence[ProfileLike], year: int, prices: PriceIndexTable
) -> tuple[list[AdjustedRow], list[str]]:
    # Validates the target year first: outside the index there is nothing to do.
    indexed = price_index_years(prices)
    if year not in indexed:
        adjust_for_prices(1.0, year, year, prices)  # raises the explanatory error
    rows, notes = [], []
    for profile in profiles:
        usable = [y for y in profile.salary_years() if y in indexed]
        if not usable:
            years = ", ".join(str(y) for y in profile.salary_years())
            notes.append(
                f"{profile.title}: maaş yılları ({years}) TÜFE tablosunda "
                f"({indexed[0]}–{indexed[-1]}) yok; ayarlama yapılmadı."
                if years
                else f"{profile.title}: makalede maaş rakamı yok; ayarlama yapılmadı."
            )
            continue
        source_year = min(usable, key=lambda y: (abs(y - year), -y))
        average, top = profile.figure(source_year, "average"), profile.figure(source_year, "top")
        rows.append(
            AdjustedRow(
                slug=profile.slug,
                title=profile.title,
                average=adjust_for_prices(average.monthly_tl, source_year, year, prices)
                if average
                else None,
                top=adjust_for_prices(top.monthly_tl, source_year, year, prices) if top else None,
            )
        )
    return rows, notes
