"""What a published pay figure is worth: in the latest year's prices, and read as gross or net.

An article's figure has a year and (usually) no basis. `show`, `compare` and `salary` put
beside it, never in its place:

* its value in the prices of the latest year with a consumer-price index, and how much
  prices have risen since its year (`in_latest_prices`);
* what it would be as net if it is a gross and as gross if it is a net, as a 12-month
  average under that year's payroll rules (`pay_readings`, through `kariyer.domain.payroll`).

Every value is computed and labelled with its method and source; nothing is written back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.domain.figures import AdjustedFigure, Computed, adjust_for_prices
from kariyer.errors import KariyerError
from kariyer.schema.build import JSON_OMIT_NONE

if TYPE_CHECKING:
    from kariyer.domain.figures import MinimumWageRef
    from kariyer.domain.payroll import PayrollRules
    from kariyer.schema.models import MinimumWageTable, PriceIndexTable, SalaryFigure
    from kariyer.schema.payroll import PayrollTable


@dataclass(kw_only=True, slots=True)
class LatestPrices:
    """A figure of an earlier year in the latest indexed year's prices (an estimate)."""

    year: int  # the prices it is brought to
    adjusted: Computed
    adjusted_high: Computed | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    price_rise_percent: Computed  # how much prices rose from the figure's year to ``year``


def latest_price_year(prices: PriceIndexTable) -> int:
    return max(entry.year for entry in prices.years)


def in_latest_prices(
    monthly_tl: float, monthly_tl_high: float | None, year: int, prices: PriceIndexTable
) -> LatestPrices | None:
    """The figure in the latest indexed year's prices; None for a figure of that year (or
    later) and for a year without an index (nothing is extrapolated)."""
    latest = latest_price_year(prices)
    index = {entry.year: entry for entry in prices.years}
    if year >= latest or year not in index:
        return None
    low: AdjustedFigure = adjust_for_prices(monthly_tl, year, latest, prices)
    high = adjust_for_prices(monthly_tl_high, year, latest, prices) if monthly_tl_high else None
    then, now = index[year].annual_average, index[latest].annual_average
    derived = "".join(
        f"; {entry.year} endeksi türetilmiş: {entry.derived}"
        for entry in (index[year], index[latest])
        if entry.derived
    )
    return LatestPrices(
        year=latest,
        adjusted=low.adjusted,
        adjusted_high=high.adjusted if high else None,
        price_rise_percent=Computed(
            value=round((now / then - 1) * 100, 1),
            method=(
                f"TÜFE yıllık ortalama: {fmt.number(now, 2)} ({latest}) ÷ "
                f"{fmt.number(then, 2)} ({year}) − 1{derived}"
            ),
            source=prices.source.label(),
        ),
    )


def prices_not_adjusted(year: int, prices: PriceIndexTable) -> str | None:
    """Why a figure of ``year`` has no value in the latest prices (None: it has one)."""
    years = sorted(entry.year for entry in prices.years)
    if year == years[-1]:
        return f"{year} rakamı zaten TÜFE endeksi olan en son yılın ({year}) fiyatlarıyla"
    if year > years[-1]:
        return (
            f"{year} rakamı TÜFE endeksi olan en son yıldan ({years[-1]}) sonra; fiyatları "
            "geriye götürülmedi"
        )
    if year not in years:
        return (
            f"{year} yılı için TÜFE yıllık ortalama endeksi yok (tablo {years[0]}–{years[-1]}); "
            "tahmin yapılmadı"
        )
    return None


# -- gross or net ---------------------------------------------------------------------
@dataclass(kw_only=True, slots=True)
class PayReading:
    """The published figure read as ``read_as``, and what it is on the other side."""

    read_as: str  # "gross": the figure is a gross, ``other`` its net; "net": the reverse
    other: Computed | None  # a 12-month average under the year's payroll rules
    other_high: Computed | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    # the net side of this reading (the computed net of a gross, the figure as a net) is
    # below the year's net minimum wage: it cannot be a full-time wage
    below_minimum_wage: bool
    not_computed: str | None = field(default=None, metadata={JSON_OMIT_NONE: True})


def readings_for(basis: str) -> tuple[str, ...]:
    """The readings a figure gets: both when its basis is unknown, else only the other side."""
    return {"gross": ("gross",), "net": ("net",)}.get(basis, ("gross", "net"))


def pay_readings(
    monthly_tl: float,
    monthly_tl_high: float | None,
    basis: str,
    rules: PayrollRules | KariyerError,
    wage: MinimumWageRef | None,
) -> list[PayReading]:
    """The figure read as gross (→ net) and/or as net (→ gross), by `readings_for`.

    ``rules`` are the figure's year's payroll rules, or the error that says why that year
    has none (each reading then says it in ``not_computed``); ``wage`` is the year's
    minimum wage the figure is compared with (the one in force in December).
    """
    readings = []
    for read_as in readings_for(basis):
        # below the minimum wage on this reading: a gross under the gross minimum wage
        # (its net is under the net one), a net under the net minimum wage; of a range,
        # its lower end (the upper end may still be read)
        floor = None if wage is None else wage.gross if read_as == "gross" else wage.net
        below = floor is not None and monthly_tl < floor
        other, refused = _read(monthly_tl, read_as, rules)
        other_high = None
        if monthly_tl_high is not None:
            other_high, refused_high = _read(monthly_tl_high, read_as, rules)
            refused = refused or refused_high
        readings.append(
            PayReading(
                read_as=read_as,
                other=other,
                other_high=other_high,
                below_minimum_wage=below,
                not_computed=refused,
            )
        )
    return readings


def _read(
    amount: float, read_as: str, rules: PayrollRules | KariyerError
) -> tuple[Computed | None, str | None]:
    """The other side of one amount, or why it has none."""
    if isinstance(rules, KariyerError):
        return None, rules.message
    try:
        return _other_side(amount, read_as, rules), None
    except KariyerError as refused:
        return None, refused.message


def _other_side(amount: float, read_as: str, rules: PayrollRules) -> Computed:
    from kariyer.domain.payroll import average_net
    from kariyer.domain.payroll_inverse import INVERSE_METHOD, gross_for_average_net

    if read_as == "gross":
        value = average_net(amount, rules)
        method = f"brütten nete, 12 aylık ortalama: {rules.method}"
    else:
        value = gross_for_average_net(amount, rules)
        method = f"{INVERSE_METHOD}; {rules.method}"
    return Computed(value=float(value), method=method, source=rules.source, estimate=True)


# -- one figure, whole ------------------------------------------------------------------
@dataclass(kw_only=True, slots=True)
class FigureWorth:
    """What one published salary line is worth (every value computed, none published)."""

    year: int
    kind: str
    monthly_tl: float  # as published
    monthly_tl_high: float | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    basis: str
    in_latest_prices: LatestPrices | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    # why ``in_latest_prices`` is missing (a figure of the latest indexed year or later, or
    # of a year without an index); None when it is there
    prices_not_adjusted: str | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    readings: list[PayReading]


class YearRules:
    """Each year's payroll rules, built once (or the error that says why there are none)."""

    def __init__(self, table: PayrollTable, wages: MinimumWageTable) -> None:
        self._table, self._wages = table, wages
        self._years: dict[int, PayrollRules | KariyerError] = {}

    def __call__(self, year: int) -> PayrollRules | KariyerError:
        if year not in self._years:
            from kariyer.domain.payroll_rules import payroll_rules

            try:
                self._years[year] = payroll_rules(self._table, self._wages, year)
            except KariyerError as none:
                self._years[year] = none
        return self._years[year]


class WorthOf:
    """`figure_worth` with the reference tables bound: one per command run."""

    def __init__(
        self, prices: PriceIndexTable, payroll: PayrollTable, wages: MinimumWageTable
    ) -> None:
        self._prices, self._wages = prices, wages
        self._rules = YearRules(payroll, wages)
        # the same amount of the same year and basis is read once (tables repeat amounts)
        self._seen: dict[tuple[object, ...], FigureWorth] = {}

    def __call__(self, figure: SalaryFigure) -> FigureWorth:
        from dataclasses import replace

        from kariyer.domain.figures import minimum_wage_for_year

        key = (figure.year, figure.monthly_tl, figure.monthly_tl_high, figure.basis)
        if key not in self._seen:
            wage = minimum_wage_for_year(self._wages, figure.year)
            self._seen[key] = figure_worth(figure, wage, self._prices, self._rules)
        return replace(self._seen[key], kind=figure.kind)


def figure_worth(
    figure: SalaryFigure, wage: MinimumWageRef | None, prices: PriceIndexTable, rules: YearRules
) -> FigureWorth:
    high = figure.monthly_tl_high
    return FigureWorth(
        year=figure.year,
        kind=figure.kind,
        monthly_tl=figure.monthly_tl,
        monthly_tl_high=high,
        basis=figure.basis,
        in_latest_prices=in_latest_prices(figure.monthly_tl, high, figure.year, prices),
        prices_not_adjusted=prices_not_adjusted(figure.year, prices),
        readings=pay_readings(figure.monthly_tl, high, figure.basis, rules(figure.year), wage),
    )
