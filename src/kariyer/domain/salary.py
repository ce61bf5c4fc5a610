"""Salary tables across occupations. Pure functions over profiles; never prints."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from kariyer.domain.figures import (
    AdjustedFigure,
    Computed,
    MinimumWageRef,
    adjust_for_prices,
    minimum_wage_for_year,
    price_index_years,
    ratio_to_minimum,
)
from kariyer.domain.sources import Citation, cite
from kariyer.domain.worth import FigureWorth, WorthOf
from kariyer.errors import NoDataForYearError
from kariyer.schema.models import (
    MinimumWageTable,
    PriceIndexTable,
    ReferenceSource,
    SalaryFigure,
)
from kariyer.schema.views import ProfileLike


@dataclass(kw_only=True, slots=True)
class SalaryRow:
    slug: str
    title: str
    year: int
    average: SalaryFigure | None
    top: SalaryFigure | None
    ratio_to_net_minimum: Computed | None
    below_net_minimum: bool | None
    source: Citation
    rank: int = 0  # within its table; equal amounts share a rank (1, 1, 3)
    conflicts: list[SalaryFigure] = field(default_factory=list)  # more lines, same year/kind
    low: SalaryFigure | None = None  # "En Düşük" / "Başlangıç": shown, never ranked
    # what the average and the top figure are worth (gross/net readings, latest prices)
    worth: list[FigureWorth] = field(default_factory=list)

    @property
    def ranked_average(self) -> SalaryFigure | None:
        """The average this row is ranked by: none when it is missing or a range."""
        return self.average if self.average and not self.average.is_range else None


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
    source: Citation
    basis: str = "unknown"  # of the published figures: an estimate keeps it


RankBy = Literal["amount", "ratio"]
READINGS_LIMIT = 500  # rows whose figures are read as gross and as net (a payroll each)
_KIND_WORD = {"average": "ortalama", "top": "üst düzey", "low": "en düşük/başlangıç"}
T = TypeVar("T", "SalaryRow", "RankedEstimate")


@dataclass(kw_only=True, slots=True)
class YearGroup:
    """The occupations whose figures are for one year, ranked by amount within that year."""

    year: int
    basis: str  # gross, net or unknown: amounts of different bases are not ranked together
    minimum_wage: MinimumWageRef | None  # the net minimum wage the ratios divide by
    rows: list[SalaryRow]  # ranked by average; a row without one is listed unranked (rank 0)


@dataclass(kw_only=True, slots=True)
class RankedEstimate:
    """One occupation's average in the target year's prices, beside its published figure."""

    slug: str
    title: str
    original_year: int
    original_tl: float
    value_tl: float
    estimate: Computed | None  # None: published for the target year itself, not adjusted
    source: Citation
    basis: str = "unknown"  # gross and net amounts are ranked apart (ranks restart)
    rank: int = 0


@dataclass(kw_only=True, slots=True)
class AdjustedRanking:
    """Every occupation's latest average in one year's prices (--adjust without --year)."""

    target_year: int
    rows: list[RankedEstimate]
    prices_source: ReferenceSource


@dataclass(kw_only=True, slots=True)
class SalaryReport:
    """Salary tables that never rank amounts of different years against each other.

    ``groups`` has one ranked table per year (newest first; only the asked year with
    --year). Across years only computed, comparable measures are ranked: the multiple
    of each year's net minimum wage (``ratio_ranking``, --rank-by oran) or the estimates
    in one year's prices (``adjusted_ranking``, --adjust without --year).
    """

    year: int | None
    rank_by: RankBy
    groups: list[YearGroup]
    missing: list[MissingYear]
    available_years: list[int]
    minimum_wage_source: ReferenceSource  # the table the ratios divide by
    ratio_ranking: list[SalaryRow] | None = None
    adjusted: list[AdjustedRow] | None = None  # --adjust with --year: the missing ones
    adjusted_ranking: AdjustedRanking | None = None
    adjust_notes: list[str] = field(default_factory=list)
    prices_source: ReferenceSource | None = None  # the index of the estimates (--adjust)
    # rows too many for the gross/net readings (each one a payroll): their count, else 0
    readings_skipped: int = 0

    def rows(self) -> list[SalaryRow]:
        return [row for group in self.groups for row in group.rows]


def salary_row(profile: ProfileLike, year: int, wage: MinimumWageRef | None) -> SalaryRow:
    """One row; ``wage`` is that year's net minimum wage (None outside the table)."""
    averages = profile.figures_of(year, "average")
    tops = profile.figures_of(year, "top")
    lows = profile.figures_of(year, "low")
    average = averages[0] if averages else None
    top = tops[0] if tops else None
    # a gross amount divided by the net minimum wage would mislead: no ratio for it; nor
    # is a range one amount (no midpoint is made up)
    if average is None or average.basis == "gross" or average.monthly_tl_high is not None:
        wage = None
    return SalaryRow(
        slug=profile.slug,
        title=profile.title,
        year=year,
        average=average,
        top=top,
        ratio_to_net_minimum=ratio_to_minimum(average.monthly_tl, wage)
        if average and wage
        else None,
        below_net_minimum=(average.monthly_tl < wage.net) if average and wage else None,
        source=cite(profile, average or top),
        conflicts=[*averages[1:], *tops[1:], *lows[1:]]  # more lines, same year and kind
        if len(averages) > 1 or len(tops) > 1 or len(lows) > 1
        else [],
        low=lows[0] if lows else None,
    )


def _ranked(items: list[T], measure: Callable[[T], float], *, fresh: bool = False) -> list[T]:
    """Competition ranks in a list already sorted by ``measure``, highest first: ties share.

    Each item is copied with its rank, unless ``fresh`` (made for this ranking alone).
    """
    ranked, previous, rank = [], None, 0
    for number, item in enumerate(items, start=1):
        value = measure(item)
        if value != previous:
            rank, previous = number, value
        if fresh:
            item.rank = rank
            ranked.append(item)
        else:
            ranked.append(replace(item, rank=rank))
    return ranked


def _lead(row: SalaryRow) -> float:
    average = row.ranked_average
    return average.monthly_tl if average else 0.0


def basis_of(row: SalaryRow) -> str:
    lead = row.average or row.top or row.low
    return lead.basis if lead else "unknown"


def _ranked_by_average(rows: list[SalaryRow]) -> list[SalaryRow]:
    """Averages ranked; a row with only a top figure, or an average published as a range, is
    not ranked against them (rank 0)."""
    with_average: list[SalaryRow] = []
    without: list[SalaryRow] = []
    for row in rows:
        (with_average if row.ranked_average else without).append(row)
    with_average.sort(key=_rank_key)
    without.sort(key=lambda row: row.slug)
    return _ranked(with_average, _lead, fresh=True) + without  # rows made for this table


def _ratio(row: SalaryRow) -> float:
    return row.ratio_to_net_minimum.value if row.ratio_to_net_minimum else 0.0


def _rank_key(row: SalaryRow) -> tuple[float, str]:
    return (-_lead(row), row.slug)


def _ratio_key(row: SalaryRow) -> tuple[float, int, str]:
    ratio = row.ratio_to_net_minimum
    return (-(ratio.value if ratio else 0.0), -row.year, row.slug)


def salary_report(
    profiles: Sequence[ProfileLike],
    year: int | None,
    wages: MinimumWageTable,
    prices: PriceIndexTable | None = None,
    rank_by: RankBy = "amount",
    worth: WorthOf | None = None,
) -> SalaryReport:
    """Rank occupations by average pay, one table per year (or only ``year``).

    A figure is never moved to another year: without ``year`` each occupation is shown
    in its latest year; with ``year``, occupations without data for it are listed in
    ``missing`` with the years they do have. With ``prices`` (the --adjust option)
    figures are also given in one year's prices (``year``, else the latest year with
    data), as labelled estimates. With ``worth`` each row's figures are read as gross and
    as net (up to ``READINGS_LIMIT`` rows: each reading is a year's payroll).
    """
    all_years = sorted({y for profile in profiles for y in profile.salary_years()})
    by_year: dict[int, list[SalaryRow]] = {}
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
        by_year.setdefault(wanted, []).append(salary_row(profile, wanted, wage_by_year[wanted]))
    if year is not None and not by_year and prices is None:
        raise NoDataForYearError(year, all_years)
    by_basis: dict[tuple[int, str], list[SalaryRow]] = {}
    for group_year, year_rows in by_year.items():
        for row in year_rows:
            by_basis.setdefault((group_year, basis_of(row)), []).append(row)
    order = {"unknown": 0, "net": 1, "gross": 2}
    groups = [
        YearGroup(
            year=group_year,
            basis=basis,
            minimum_wage=wage_by_year[group_year],
            rows=_ranked_by_average(by_basis[(group_year, basis)]),
        )
        for group_year, basis in sorted(by_basis, key=lambda key: (-key[0], order[key[1]]))
    ]
    report = SalaryReport(
        year=year,
        rank_by=rank_by,
        groups=groups,
        missing=missing,
        available_years=all_years,
        minimum_wage_source=wages.source,
    )
    if worth is not None:
        rows = report.rows()
        if len(rows) > READINGS_LIMIT:
            report.readings_skipped = len(rows)
        for row in rows if len(rows) <= READINGS_LIMIT else ():
            row.worth = [worth(figure) for figure in (row.average, row.top) if figure is not None]
    if rank_by == "ratio":
        report.ratio_ranking = _ranked(
            sorted(
                (row for row in report.rows() if row.ratio_to_net_minimum is not None),
                key=_ratio_key,
            ),
            _ratio,
        )
    if prices is not None and (year is not None or all_years):
        report.prices_source = prices.source
        by_slug = {profile.slug: profile for profile in profiles}
        if year is not None:
            report.adjusted, report.adjust_notes = _adjusted_rows(
                [by_slug[item.slug] for item in missing], year, prices
            )
        else:
            # today's lira: the latest year the index covers, as `show` reads each figure
            # (`kariyer.domain.worth`); figures of later years are noted, not deflated
            latest = price_index_years(prices)[-1]
            target = latest if any(y <= latest for y in all_years) else all_years[-1]
            report.adjusted_ranking, report.adjust_notes = _adjusted_ranking(
                report, by_slug, target, prices
            )
    return report


def _adjusted_ranking(
    report: SalaryReport,
    by_slug: Mapping[str, ProfileLike],
    target: int,
    prices: PriceIndexTable,
) -> tuple[AdjustedRanking, list[str]]:
    """Each shown average in ``target``'s prices; ranked, since all are in one year's lira
    (gross, net and unspecified amounts apart)."""
    rows = [row for row in report.rows() if row.ranked_average is not None]
    # a latest figure after the index's last year is not deflated, nor swapped for an
    # earlier figure of the same occupation: it stays out of the ranking, said so
    later = [row for row in rows if row.year > target]
    rows = [row for row in rows if row.year <= target]
    estimates, notes = _adjusted_rows([by_slug[row.slug] for row in rows], target, prices)
    notes += [
        f"{row.title} ({row.slug}): en son ortalaması {row.year} yılının; TÜFE endeksi "
        f"{target} yılına kadar: tahmini sıralamaya girmedi (yayımlandığı gibi yukarıda)."
        for row in later
    ]
    notes += [
        f"{row.title}: ortalama rakamı yok (yalnız {'üst düzey' if row.top else 'en düşük'}); "
        "tahmini sıralamaya girmedi."
        if row.average is None
        else f"{row.title}: ortalama aralık olarak yayımlanmış; tahmini sıralamaya girmedi."
        for row in report.rows()
        if row.ranked_average is None
    ]
    ranked = [
        RankedEstimate(
            slug=row.slug,
            title=row.title,
            original_year=row.year,
            original_tl=row.average.monthly_tl,
            value_tl=row.average.monthly_tl,
            estimate=None,
            source=row.source,
            basis=row.average.basis,
        )
        for row in rows
        if row.year == target and row.average is not None
    ]
    for item in estimates:
        if item.average is None:
            continue
        ranked.append(
            RankedEstimate(
                slug=item.slug,
                title=item.title,
                original_year=item.average.original_year,
                original_tl=item.average.original_tl,
                value_tl=item.average.adjusted.value,
                estimate=item.average.adjusted,
                source=item.source,
                basis=item.basis,
            )
        )
    order = {"unknown": 0, "net": 1, "gross": 2}
    ranked.sort(key=lambda item: (order[item.basis], -round(item.value_tl), item.slug))
    ranked = [
        ranked_item
        for basis in order
        for ranked_item in _ranked(  # estimates: whole lira; ranks restart per basis
            [item for item in ranked if item.basis == basis], lambda item: round(item.value_tl)
        )
    ]
    return AdjustedRanking(target_year=target, rows=ranked, prices_source=prices.source), notes


def _adjusted_rows(
    profiles: Sequence[ProfileLike], year: int, prices: PriceIndexTable
) -> tuple[list[AdjustedRow], list[str]]:
    # Validates the target year first: outside the index there is nothing to do.
    indexed = price_index_years(prices)
    if year not in indexed:
        adjust_for_prices(1.0, year, year, prices)  # raises the explanatory error
    rows, notes = [], []
    for profile in profiles:
        if profile.salary_years()[-1:] == [year]:
            continue  # published for that year: nothing to estimate
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
        ranges = [figure for figure in (average, top) if figure and figure.is_range]
        if ranges:  # a range is not one amount: not brought to other prices
            notes.append(
                f"{profile.title}: {source_year} "
                + " ve ".join(_KIND_WORD[figure.kind] for figure in ranges)
                + " rakamı aralık olarak yayımlanmış; ayarlanmadı."
            )
            average = None if average and average.is_range else average
            top = None if top and top.is_range else top
            if average is None and top is None:
                continue
        rows.append(
            AdjustedRow(
                slug=profile.slug,
                title=profile.title,
                average=adjust_for_prices(average.monthly_tl, source_year, year, prices)
                if average
                else None,
                top=adjust_for_prices(top.monthly_tl, source_year, year, prices) if top else None,
                source=cite(profile),
                basis=lead.basis if (lead := average or top) else "unknown",
            )
        )
    return rows, notes
