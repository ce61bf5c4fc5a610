"""Monthly payroll of a constant monthly gross wage in one calendar year (2022 onward).

Month by month, by the published rules (``data/reference/payroll.json``) and the minimum
wage in force in that month (``data/reference/minimum_wage.json``, the rate in force on
the month's first day):

1. SGK employee share and unemployment insurance on the gross up to the month's ceiling
   (a multiple of the gross minimum wage in force);
2. income-tax base = gross − both; its cumulative sum over the year;
3. income tax = tariff(cumulative base) − tariff(cumulative base before the month);
4. the minimum-wage exemption: the income tax the minimum wage in force would owe that
   month on its own cumulative base, and the stamp tax of the gross minimum wage, each at
   most the tax it exempts;
5. stamp tax on the gross; net = gross − contributions − taxes + exemptions.

Every monetary item is rounded to the kuruş half-up with `decimal`, never with float
rounding. A year or an amount outside the data is refused (`NotCoveredError`), never
extrapolated. The inverse (net → gross) is `kariyer.domain.payroll_inverse`; the rules
and their sources in Turkish, `kariyer.domain.payroll_rules`. Pure: no printing, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Literal

from kariyer import fmt
from kariyer.errors import NotCoveredError

if TYPE_CHECKING:
    from collections.abc import Sequence

KURUS = Decimal("0.01")
MONTHS = 12
ZERO = Decimal(0)


def to_kurus(value: Decimal | float | int | str) -> Decimal:
    """An amount in TL to the kuruş, half-up (a float by its shortest repr: 0.1 is 0.1)."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return exact.quantize(KURUS, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Bracket:
    """One bracket of a tariff: the rate up to ``up_to`` (None: the open top bracket)."""

    up_to: Decimal | None
    rate: Decimal  # a fraction: 0.15


def tariff_tax(base: Decimal, brackets: Sequence[Bracket]) -> Decimal:
    """The tariff's tax on a yearly (cumulative) base, exact: not rounded."""
    tax, lower = ZERO, ZERO
    for bracket in brackets:
        if bracket.up_to is None or base <= bracket.up_to:
            return tax + (base - lower) * bracket.rate
        tax += (bracket.up_to - lower) * bracket.rate
        lower = bracket.up_to
    raise AssertionError("a tariff ends with an open bracket")  # the schema checks it


@dataclass(frozen=True, kw_only=True, slots=True)
class PayrollRule:
    """One rule a computation used, in Turkish, with its source."""

    name: str
    text: str
    source: str


@dataclass(frozen=True, kw_only=True, slots=True)
class PayrollRules:
    """One year's rules, resolved from the tables: build once (`payroll_rules`), use for
    any number of amounts."""

    year: int
    brackets: tuple[Bracket, ...]
    sgk_rate: Decimal
    unemployment_rate: Decimal
    stamp_rate: Decimal
    minimum_gross: tuple[Decimal, ...]  # the gross minimum wage in force, by month
    ceilings: tuple[Decimal, ...]  # the contribution ceiling, by month
    ceiling_multiple: Decimal  # the ceiling as a multiple of the gross minimum wage
    ceiling_verified: bool
    income_tax_exemption: tuple[Decimal, ...]  # the minimum wage's own income tax, by month
    stamp_tax_exemption: tuple[Decimal, ...]  # the stamp tax of the gross minimum wage
    lowest_gross: Decimal  # the year's highest gross minimum wage: a constant gross below
    # it is below the minimum wage in some month (part-time work is not computed)
    highest_gross: Decimal  # the unverified ceiling, or the limit of any monthly amount
    method: str
    source: str
    rules: tuple[PayrollRule, ...]


@dataclass(kw_only=True, slots=True)
class PayrollMonth:
    """One month of the payroll; every amount computed (TL, to the kuruş)."""

    month: int  # 1 … 12
    gross: float
    sgk_employee: float
    unemployment_employee: float
    income_tax_base: float
    cumulative_income_tax_base: float
    income_tax: float  # by the tariff, before the exemption
    income_tax_exemption: float
    stamp_tax: float  # before the exemption
    stamp_tax_exemption: float
    minimum_wage_exemption: float  # the two exemptions together
    net: float
    minimum_wage_gross: float  # the gross minimum wage in force that month
    contribution_ceiling: float  # that month's ceiling of the contributions
    status: Literal["computed"] = "computed"


SUMMED = (
    "gross",
    "sgk_employee",
    "unemployment_employee",
    "income_tax_base",
    "income_tax",
    "income_tax_exemption",
    "stamp_tax",
    "stamp_tax_exemption",
    "minimum_wage_exemption",
    "net",
)


@dataclass(kw_only=True, slots=True)
class PayrollSum:
    """The year's total of the months' amounts, or their monthly average (to the kuruş)."""

    gross: float
    sgk_employee: float
    unemployment_employee: float
    income_tax_base: float
    income_tax: float
    income_tax_exemption: float
    stamp_tax: float
    stamp_tax_exemption: float
    minimum_wage_exemption: float
    net: float
    status: Literal["computed"] = "computed"


@dataclass(kw_only=True, slots=True)
class Payroll:
    """Twelve months of a payroll, their total and average."""

    year: int
    gross: float | None  # the constant monthly gross (None: it changes during the year)
    months: list[PayrollMonth]
    total: PayrollSum
    average: PayrollSum
    status: Literal["computed"] = "computed"
    method: str
    source: str


def ceiling_text(rules: PayrollRules) -> str:
    """ "7,5 × brüt asgari ücret"."""
    multiple = fmt.number(float(rules.ceiling_multiple), 2).removesuffix("0").removesuffix(",0")
    return f"{multiple} × brüt asgari ücret"


# -- the computation --------------------------------------------------------------------
def check_gross(gross: Decimal, rules: PayrollRules, month: int | None = None) -> None:
    """A monthly gross the rules cover (in ``month``, 0 … 11, or every month of the year);
    NotCoveredError with a hint otherwise."""
    year, shown = rules.year, fmt.money(float(gross))
    months = range(MONTHS) if month is None else [month]
    below = next((m for m in months if gross < rules.minimum_gross[m]), None)
    if below is not None:
        minimum = fmt.money(float(rules.minimum_gross[below]))
        when = f"{year} yılının {fmt.MONTHS_TR[below]} ayında"
        raise NotCoveredError(
            f"{shown} brüt, {when} yürürlükteki brüt asgari ücretin ({minimum}) altında; "
            "kariyer tam ay çalışan bir işçinin bordrosunu hesaplar.",
            hint=f"{year} için en az {fmt.money(float(rules.lowest_gross))} brüt girin (yılın "
            "en yüksek brüt asgari ücreti); kısmi süreli çalışmanın bordrosu hesaplanmaz.",
        )
    if gross > rules.highest_gross:
        limit = fmt.money(float(rules.highest_gross))
        if not rules.ceiling_verified:
            raise NotCoveredError(
                f"{year} yılının SGK prim tavanı doğrulanmadı: {limit} ({ceiling_text(rules)}) "
                f"üstündeki bir brüt ({shown}) için bordro hesaplanmaz; tavan tahmin "
                "edilmez.",
                hint=f"{year} için en çok {limit} brüt girin ya da tavanı doğrulanmış bir "
                "yıl seçin.",
            )
        raise NotCoveredError(
            f"{shown} bir aylık ücret olamayacak kadar büyük.",
            hint=f"En çok {limit} girilebilir.",
        )


def _month_items(grosses: Sequence[Decimal], rules: PayrollRules) -> list[tuple[Decimal, ...]]:
    """Each month's items: (gross, SGK, unemployment, base, cumulative base, income tax,
    its exemption, stamp tax, its exemption, net), every one to the kuruş."""
    months: list[tuple[Decimal, ...]] = []
    cumulative = ZERO
    for month, gross in enumerate(grosses):
        insured = min(gross, rules.ceilings[month])
        sgk = to_kurus(insured * rules.sgk_rate)
        unemployment = to_kurus(insured * rules.unemployment_rate)
        base = gross - sgk - unemployment
        before, cumulative = cumulative, cumulative + base
        tax = to_kurus(tariff_tax(cumulative, rules.brackets) - tariff_tax(before, rules.brackets))
        tax_exemption = min(rules.income_tax_exemption[month], tax)
        stamp = to_kurus(gross * rules.stamp_rate)
        stamp_exemption = min(rules.stamp_tax_exemption[month], stamp)
        net = base - (tax - tax_exemption) - (stamp - stamp_exemption)
        months.append(
            (
                gross,
                sgk,
                unemployment,
                base,
                cumulative,
                tax,
                tax_exemption,
                stamp,
                stamp_exemption,
                net,
            )
        )
    return months


def average_net(gross: Decimal | float, rules: PayrollRules) -> Decimal:
    """The 12-month average net of a constant monthly gross, to the kuruş (cheap enough
    for every salary figure of a table: no result objects are built)."""
    amount = to_kurus(gross)
    check_gross(amount, rules)
    return average_net_unchecked(amount, rules)


def average_net_unchecked(gross: Decimal, rules: PayrollRules) -> Decimal:
    """`average_net` of a gross in kuruş already known to be covered."""
    total = sum((items[-1] for items in _month_items([gross] * MONTHS, rules)), ZERO)
    return to_kurus(total / MONTHS)


def payroll(gross: Decimal | float, rules: PayrollRules) -> Payroll:
    """The month-by-month payroll of a constant monthly gross in ``rules.year``."""
    amount = to_kurus(gross)
    check_gross(amount, rules)
    return _payroll([amount] * MONTHS, rules)


def payroll_by_month(grosses: Sequence[Decimal | float], rules: PayrollRules) -> Payroll:
    """The payroll of twelve monthly grosses, January first (e.g. the minimum wage in force
    each month: `PayrollRules.minimum_gross`); ``gross`` of the result is None unless
    they are all the same."""
    amounts = [to_kurus(gross) for gross in grosses]
    if len(amounts) != MONTHS:
        raise ValueError(f"{MONTHS} monthly amounts expected, {len(amounts)} given")
    for month, amount in enumerate(amounts):
        check_gross(amount, rules, month)
    return _payroll(amounts, rules)


def _payroll(grosses: Sequence[Decimal], rules: PayrollRules) -> Payroll:
    items = _month_items(grosses, rules)
    months = []
    for number, (gross, sgk, unemployment, base, cumulative, *taxes, net) in enumerate(items):
        tax, tax_ex, stamp, stamp_ex = taxes
        months.append(
            PayrollMonth(
                month=number + 1,
                gross=float(gross),
                sgk_employee=float(sgk),
                unemployment_employee=float(unemployment),
                income_tax_base=float(base),
                cumulative_income_tax_base=float(cumulative),
                income_tax=float(tax),
                income_tax_exemption=float(tax_ex),
                stamp_tax=float(stamp),
                stamp_tax_exemption=float(stamp_ex),
                minimum_wage_exemption=float(tax_ex + stamp_ex),
                net=float(net),
                minimum_wage_gross=float(rules.minimum_gross[number]),
                contribution_ceiling=float(rules.ceilings[number]),
            )
        )
    # every month's amount is a whole number of kuruş: its repr is exact
    totals = {name: sum(Decimal(repr(getattr(m, name))) for m in months) for name in SUMMED}
    total: dict[str, Any] = {name: float(value) for name, value in totals.items()}
    average: dict[str, Any] = {
        name: float(to_kurus(value / MONTHS)) for name, value in totals.items()
    }
    constant = len(set(grosses)) == 1
    return Payroll(
        year=rules.year,
        gross=float(grosses[0]) if constant else None,
        months=months,
        total=PayrollSum(**total),
        average=PayrollSum(**average),
        method=rules.method,
        source=rules.source,
    )
