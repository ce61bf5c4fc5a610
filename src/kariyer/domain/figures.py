"""Figures we compute from published ones, always labelled as computed, with their method.

Pure functions over models and the bundled reference tables; never prints.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from kariyer import fmt
from kariyer.errors import KariyerError
from kariyer.schema.build import JSON_OMIT_NONE
from kariyer.schema.models import (
    MinimumWageTable,
    PriceIndexTable,
    Profile,
    SalaryFigure,
    WorkingHours,
)

MISMATCH_TOLERANCE = 0.05  # published vs computed hourly rate, relative


@dataclass(kw_only=True, slots=True)
class Computed:
    """A number kariyer computed, never published by the source."""

    value: float
    status: Literal["computed"] = "computed"
    method: str
    source: str
    # an estimate rests on an assumption beyond the rules (prices moved with the index; a
    # wage paid unchanged all year): shown "tahmini", and `"estimate": true` in JSON
    estimate: bool | None = field(default=None, metadata={JSON_OMIT_NONE: True})


@dataclass(kw_only=True, slots=True)
class MinimumWageRef:
    """The net minimum wage a salary year is compared against."""

    year: int
    valid_from: date
    net: float
    gross: float
    rates_in_year: int
    note: str | None
    source: str


@dataclass(kw_only=True, slots=True)
class FigureFacts:
    year: int
    kind: str
    monthly_tl: float
    hourly_published: float | None
    hourly_computed: Computed
    hourly_mismatch: bool | None
    minimum_wage: MinimumWageRef | None
    ratio_to_net_minimum: Computed | None
    below_net_minimum: bool | None  # of a range: the whole range is below
    # A figure published as a range: its upper end and what is computed from that end
    # (the lower end's are the fields above). Never a midpoint.
    monthly_tl_high: float | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    hourly_published_high: float | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    hourly_computed_high: Computed | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    ratio_to_net_minimum_high: Computed | None = field(
        default=None, metadata={JSON_OMIT_NONE: True}
    )


@dataclass(kw_only=True, slots=True)
class AdjustedFigure:
    """A figure brought to another year's prices: an estimate, never a published value."""

    original_year: int
    original_tl: float
    target_year: int
    adjusted: Computed


# -- single computations ---------------------------------------------------------
def hourly_from_monthly(monthly_tl: float, hours: WorkingHours) -> Computed:
    return Computed(
        value=round(monthly_tl / hours.monthly_hours, 2),
        method=f"aylık ÷ {fmt.number(hours.monthly_hours)} saat ({hours.method})",
        source=hours.source.label(),
    )


def minimum_wage_for_year(table: MinimumWageTable, year: int) -> MinimumWageRef | None:
    """The rate in force in December of ``year``; None outside the table's years."""
    in_year = [rate for rate in table.rates if rate.valid_from.year == year]
    if not in_year:
        return None
    december = max(in_year, key=lambda rate: rate.valid_from)
    note = None
    if len(in_year) > 1:
        note = (
            f"{year} yılında {fmt.count_tr(len(in_year))} ayrı asgari ücret tutarı "
            f"yürürlükteydi; Aralık'ta yürürlükte olan ({fmt.date_tr(december.valid_from)} "
            f"tarihinden itibaren geçerli {fmt.kurus(december.net)} net) kullanıldı."
        )
    elif december.note:
        note = f"{year} yılının net asgari ücreti ({fmt.kurus(december.net)}): {december.note}."
    return MinimumWageRef(
        year=year,
        valid_from=december.valid_from,
        net=december.net,
        gross=december.gross,
        rates_in_year=len(in_year),
        note=note,
        source=table.source.label(),
    )


def ratio_to_minimum(monthly_tl: float, wage: MinimumWageRef) -> Computed:
    return Computed(
        value=round(monthly_tl / wage.net, 2),
        method=_ratio_method(wage.year, wage.net, wage.valid_from),
        source=wage.source,
    )


@functools.lru_cache(maxsize=64)
def _ratio_method(year: int, net: float, valid_from: date) -> str:
    """One text shared by every row of a year (a salary table may have thousands)."""
    return (
        f"aylık maaş ÷ {year} net asgari ücret ({fmt.kurus(net)}, "
        f"{fmt.date_tr(valid_from)} tarihinden itibaren)"
    )


def price_index_years(prices: PriceIndexTable) -> list[int]:
    return sorted(entry.year for entry in prices.years)


def adjust_for_prices(
    amount: float, from_year: int, to_year: int, prices: PriceIndexTable
) -> AdjustedFigure:
    """amount × index(to) / index(from), annual averages; no extrapolation."""
    index = {entry.year: entry.annual_average for entry in prices.years}
    derived = [
        entry for entry in prices.years if entry.derived and entry.year in (from_year, to_year)
    ]
    for year in (from_year, to_year):
        if year not in index:
            years = price_index_years(prices)
            raise KariyerError(
                f"{year} yılı için TÜFE yıllık ortalama endeksi yok; fiyat ayarlaması "
                f"yapılamaz. Endeksi olan yıllar: {years[0]}–{years[-1]}.",
                hint="Tahmin uydurmuyoruz: endeksi olan bir yıl seçin ya da --adjust olmadan "
                "çalıştırın.",
            )
    value = amount * index[to_year] / index[from_year]
    return AdjustedFigure(
        original_year=from_year,
        original_tl=amount,
        target_year=to_year,
        adjusted=Computed(
            value=round(value, 2),
            method=(
                f"tahmini, TÜFE yıllık ortalama ile: tutar × {fmt.number(index[to_year], 2)} "
                f"({to_year}) ÷ {fmt.number(index[from_year], 2)} ({from_year})"
                + "".join(
                    f"; {entry.year} endeksi türetilmiş: {entry.derived}" for entry in derived
                )
            ),
            source=prices.source.label(),
            estimate=True,
        ),
    )


# -- whole profiles -------------------------------------------------------------
def figure_facts(figure: SalaryFigure, hours: WorkingHours, wages: MinimumWageTable) -> FigureFacts:
    computed = hourly_from_monthly(figure.monthly_tl, hours)
    high = figure.monthly_tl_high
    computed_high = hourly_from_monthly(high, hours) if high is not None else None
    mismatch = None
    if figure.hourly_tl is not None:
        mismatch = hourly_mismatch(
            (figure.hourly_tl, figure.hourly_tl_high),
            (computed.value, computed_high.value if computed_high else None),
        )
    wage = minimum_wage_for_year(wages, figure.year)
    # a gross amount divided by the net minimum wage would mislead: no ratio for it
    net_like = figure.basis != "gross"
    ratio = ratio_to_minimum(figure.monthly_tl, wage) if wage and net_like else None
    ratio_high = ratio_to_minimum(high, wage) if wage and net_like and high is not None else None
    return FigureFacts(
        year=figure.year,
        kind=figure.kind,
        monthly_tl=figure.monthly_tl,
        hourly_published=figure.hourly_tl,
        hourly_computed=computed,
        hourly_mismatch=mismatch,
        minimum_wage=wage,
        ratio_to_net_minimum=ratio,
        below_net_minimum=(high or figure.monthly_tl) < wage.net if wage and net_like else None,
        monthly_tl_high=high,
        hourly_published_high=figure.hourly_tl_high,
        hourly_computed_high=computed_high,
        ratio_to_net_minimum_high=ratio_high,
    )


def hourly_mismatch(
    published: tuple[float, float | None], computed: tuple[float, float | None]
) -> bool:
    """Whether a published hourly rate (or range) disagrees with the computed one (or range).

    Two ranges: either end differs by more than the tolerance. A single value and a range:
    the value lies outside the range (give or take the tolerance). Never a midpoint.
    """
    (p_low, p_high), (c_low, c_high) = published, computed
    tolerance = MISMATCH_TOLERANCE
    if p_high is not None and c_high is not None:
        return abs(p_low - c_low) > tolerance * c_low or abs(p_high - c_high) > tolerance * c_high
    if p_high is None and c_high is None:
        return abs(p_low - c_low) > tolerance * c_low
    value, low, high = (p_low, c_low, c_high) if p_high is None else (c_low, p_low, p_high)
    assert high is not None
    return value < low * (1 - tolerance) or value > high * (1 + tolerance)


def salary_facts(
    profile: Profile, hours: WorkingHours, wages: MinimumWageTable
) -> list[FigureFacts]:
    """The computed facts of every published salary line, in the profile's order."""
    return [figure_facts(figure, hours, wages) for figure in profile.salary.figures]
