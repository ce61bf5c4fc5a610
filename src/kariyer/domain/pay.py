"""`kariyer pay`: the month-by-month payroll of a monthly gross, or of the gross of a net.

One pure function, `pay_report`, over the payroll table and the minimum-wage table: the
year (the latest the tables cover when none is given), the gross (given, or found from
the net by `kariyer.domain.payroll_inverse`), the twelve months, the rules used with
their sources and the notes the output must show. Every amount is computed and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kariyer import fmt
from kariyer.domain.figures import Computed
from kariyer.domain.payroll import PayrollMonth, PayrollRule, PayrollSum, ceiling_text, payroll
from kariyer.domain.payroll_inverse import INVERSE_METHOD, gross_for_average_net
from kariyer.domain.payroll_rules import by_month_text, payroll_rules, payroll_years, years_text
from kariyer.errors import NotCoveredError

if TYPE_CHECKING:
    from decimal import Decimal

    from kariyer.domain.payroll import PayrollRules
    from kariyer.schema.models import MinimumWageTable
    from kariyer.schema.payroll import PayrollTable

ASSUMPTIONS = (
    "Varsayım: her ay aynı brüt, Ocak'tan Aralık'a aynı işverende tam ay çalışma; başka "
    "geliri, ek kesintisi (BES, sendika aidatı …) ve teşviki olmayan bir işçi."
)


@dataclass(kw_only=True, slots=True)
class PayReport:
    """A payroll of one year for `kariyer pay`; every amount computed."""

    year: int
    year_is_default: bool  # no year was asked for: the latest the tables cover
    direction: Literal["gross_to_net", "net_to_gross"]
    given_tl: float  # the monthly amount asked about: a gross, or (net_to_gross) a net
    status: Literal["computed"] = "computed"
    method: str
    gross_monthly_tl: float  # the given gross, or the one found for the net
    found_gross: Computed | None  # net_to_gross: the gross found, with its method
    average_net: Computed  # the 12-month average net
    months: list[PayrollMonth]
    total: PayrollSum
    average: PayrollSum
    rules: list[PayrollRule]
    notes: list[str]


def pay_report(
    amount: Decimal,
    *,
    year: int | None,
    from_net: bool,
    table: PayrollTable,
    wages: MinimumWageTable,
) -> PayReport:
    """The payroll of a monthly ``amount`` (a gross; with ``from_net`` a 12-month average
    net) in ``year``, or in the latest year the tables cover; NotCoveredError outside."""
    years = payroll_years(table, wages)
    if year is None and not years:  # pragma: no cover - the bundled tables cover years
        raise NotCoveredError("Bordro tablolarında hiçbir yıl yok.")
    chosen = years[-1] if year is None else year
    rules = payroll_rules(table, wages, chosen)
    try:
        gross = gross_for_average_net(amount, rules) if from_net else amount
        result = payroll(gross, rules)
    except NotCoveredError as refused:
        if year is not None:
            raise
        hint = f"Yıl verilmediği için en son yıl, {chosen} kullanıldı; başka bir yıl için --year."
        raise NotCoveredError(refused.message, hint=f"{refused.hint} {hint}") from None
    method = f"{INVERSE_METHOD}; {rules.method}" if from_net else rules.method
    found = None
    if from_net:
        found = Computed(value=result.months[0].gross, method=INVERSE_METHOD, source=rules.source)
    return PayReport(
        year=chosen,
        year_is_default=year is None,
        direction="net_to_gross" if from_net else "gross_to_net",
        given_tl=float(amount),
        method=method,
        gross_monthly_tl=result.months[0].gross,
        found_gross=found,
        average_net=Computed(
            value=result.average.net,
            method=f"12 ayın netinin ortalaması, kuruşa yuvarlanmış ({rules.method})",
            source=rules.source,
        ),
        months=result.months,
        total=result.total,
        average=result.average,
        rules=list(rules.rules),
        notes=_notes(rules, result.months[0].gross, years, year is None, from_net),
    )


def _notes(
    rules: PayrollRules, gross: float, years: list[int], by_default: bool, from_net: bool
) -> list[str]:
    year = rules.year
    notes = []
    if by_default:
        notes.append(
            f"Yıl verilmedi: bordrosu hesaplanabilen en son yıl, {year} kullanıldı (tarife "
            f"tablosunun kapsadığı yıllar: {years_text(years)}; başka bir yıl için --year)."
        )
    if from_net:
        notes.append(
            "Netten brüte: verilen net, yılın 12 aylık ortalama neti olarak alındı (aylık "
            "net, kümülatif vergi dilimleri yüzünden aydan aya değişir)."
        )
    if len(set(rules.minimum_gross)) > 1:
        notes.append(
            f"{year} yılında iki asgari ücret yürürlükteydi (brüt: "
            f"{by_month_text(rules.minimum_gross)}); her ayın istisnası ve SGK tavanı o ay "
            "yürürlükte olanla hesaplandı."
        )
    above = [ceiling for ceiling in rules.ceilings if gross > ceiling]
    if above:
        notes.append(
            f"Brüt, SGK prim tavanının ({by_month_text(rules.ceilings)}) üstünde: SGK ve "
            "işsizlik primi yalnızca tavana kadar olan kısımdan kesilir."
        )
    if not rules.ceiling_verified:
        notes.append(
            f"{year} yılının SGK prim tavanı doğrulanmadı: yalnızca "
            f"{fmt.money(float(rules.highest_gross))} ({ceiling_text(rules)}) ve altındaki "
            "brütler hesaplanır."
        )
    notes.append(ASSUMPTIONS)
    return notes
