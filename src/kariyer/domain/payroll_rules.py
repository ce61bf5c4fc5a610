"""One year's payroll rules from the reference tables, and those rules in Turkish.

`payroll_rules` resolves the payroll table and the minimum-wage table into the
`PayrollRules` of one year — the minimum wage in force each month, the contribution
ceilings, the minimum-wage exemption of every month — or refuses a year they do not
cover (`NotCoveredError`); `payroll_years` lists the years they cover. Every rule is also
written out in Turkish with its source (`PayrollRule`), for the output to show.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kariyer import fmt
from kariyer.domain.payroll import (
    MONTHS,
    ZERO,
    Bracket,
    PayrollRule,
    PayrollRules,
    ceiling_text,
    tariff_tax,
    to_kurus,
)
from kariyer.errors import NotCoveredError
from kariyer.schema.limits import MAX_PAY_TL

if TYPE_CHECKING:
    from kariyer.schema.models import MinimumWageRate, MinimumWageTable
    from kariyer.schema.payroll import IncomeTaxTariff, PayrollTable

HUNDRED = Decimal(100)
METHOD = (
    "aylık bordro, Ocak–Aralık, her ay aynı brüt: SGK işçi payı ve işsizlik sigortası işçi "
    "payı brütün o ayın tavanına kadarki kısmından; gelir vergisi matrahı = brüt − SGK − "
    "işsizlik; gelir vergisi yılın tarifesiyle yıl içindeki kümülatif matrah üzerinden; "
    "asgari ücret istisnası (gelir ve damga vergisi) düşülür; damga vergisi brütten; her "
    "kalem kuruşa, yarım yukarı yuvarlanır"
)


def _rate(percent: float) -> Decimal:
    return Decimal(repr(percent)) / HUNDRED


def _percent(value: float) -> str:
    """%14, %7,5, %0,759: as many decimals as the table gives."""
    decimals = 0 if float(value).is_integer() else len(repr(value).partition(".")[2])
    return fmt.percent(value, decimals)


def monthly_minimum_wages(wages: MinimumWageTable, year: int) -> list[MinimumWageRate] | None:
    """The rate in force on the first day of each month of ``year``; None unless the
    table has that year's own rate from January (a later year is never given an earlier
    year's rate)."""
    rates = sorted(wages.rates, key=lambda rate: rate.valid_from)
    months = []
    for month in range(1, MONTHS + 1):
        in_force = [rate for rate in rates if rate.valid_from <= date(year, month, 1)]
        if not in_force:
            return None
        months.append(in_force[-1])
    return months if months[0].valid_from.year == year else None


def payroll_years(table: PayrollTable, wages: MinimumWageTable) -> list[int]:
    """The years the tables cover: a tariff, the minimum-wage exemption in force and that
    year's own minimum wage from January."""
    first = table.minimum_wage_exemption.from_year
    return [
        year
        for year in table.income_tax.years()
        if year >= first and monthly_minimum_wages(wages, year) is not None
    ]


def years_text(years: list[int]) -> str:
    """ "2022–2026", or the years one by one when there is a gap."""
    if not years:
        return "yok"
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 1:
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(year) for year in years)


def payroll_rules(table: PayrollTable, wages: MinimumWageTable, year: int) -> PayrollRules:
    """The rules of ``year``; NotCoveredError for a year the tables do not cover."""
    years = payroll_years(table, wages)
    hint = f"Bordrosu hesaplanabilen yıllar: {years_text(years)}."
    first = table.minimum_wage_exemption.from_year
    if year < first:
        raise NotCoveredError(
            f"{year} yılının bordrosu hesaplanmaz: kariyer bordroyu {first} yılından "
            f"itibaren hesaplar; öncesinde asgari ücretin vergisi asgari geçim indirimiyle "
            "(AGİ) karşılanırdı.",
            hint=hint,
        )
    tariff = table.income_tax.tariff(year)
    minimum = monthly_minimum_wages(wages, year)
    if tariff is None or minimum is None or year not in years:
        missing = "gelir vergisi tarifesi" if tariff is None else "yılın kendi asgari ücreti"
        raise NotCoveredError(
            f"{year} yılı için {missing} yok; bordro hesaplanamaz (tahmin uydurulmaz).",
            hint=hint,
        )
    contributions, stamp = table.contributions, table.stamp_tax
    sgk_rate = _rate(contributions.sgk_employee_percent)
    unemployment_rate = _rate(contributions.unemployment_employee_percent)
    stamp_rate = _rate(stamp.percent)
    brackets = tuple(
        Bracket(
            up_to=None if item.up_to is None else Decimal(repr(item.up_to)),
            rate=_rate(item.rate_percent),
        )
        for item in tariff.brackets
    )
    gross = tuple(Decimal(repr(rate.gross)) for rate in minimum)
    multiple = Decimal(repr(contributions.ceiling_minimum_wage_multiple))
    ceilings = tuple(to_kurus(amount * multiple) for amount in gross)
    # the minimum wage's own income tax, month by month on its own cumulative base
    exemptions, cumulative = [], ZERO
    for month, amount in enumerate(gross):
        insured = min(amount, ceilings[month])
        base = amount - to_kurus(insured * sgk_rate) - to_kurus(insured * unemployment_rate)
        before, cumulative = cumulative, cumulative + base
        exemptions.append(to_kurus(tariff_tax(cumulative, brackets) - tariff_tax(before, brackets)))
    verified = year <= contributions.ceiling_verified_through
    rules = PayrollRules(
        year=year,
        brackets=brackets,
        sgk_rate=sgk_rate,
        unemployment_rate=unemployment_rate,
        stamp_rate=stamp_rate,
        minimum_gross=gross,
        ceilings=ceilings,
        ceiling_multiple=multiple,
        ceiling_verified=verified,
        income_tax_exemption=tuple(exemptions),
        stamp_tax_exemption=tuple(to_kurus(amount * stamp_rate) for amount in gross),
        lowest_gross=max(gross),
        highest_gross=Decimal(MAX_PAY_TL) if verified else min(ceilings),
        method=METHOD,
        source=" · ".join(_sources(table, wages, tariff)),
        rules=(),
    )
    return replace(rules, rules=_described(rules, table, wages, tariff, minimum))


def _sources(table: PayrollTable, wages: MinimumWageTable, tariff: IncomeTaxTariff) -> list[str]:
    income = f"{table.income_tax.source.label()}; {tariff.publication}"
    exemption = table.minimum_wage_exemption
    others = [table.contributions.source, table.stamp_tax.source, exemption.source, wages.source]
    return [income, *(source.label() for source in others)]


def _month_spans(values: tuple[Decimal, ...]) -> list[tuple[int, int, Decimal]]:
    """Runs of equal values: (first month, last month, value), months 1 … 12."""
    spans: list[tuple[int, int, Decimal]] = []
    for month, value in enumerate(values, start=1):
        if spans and spans[-1][2] == value:
            spans[-1] = (spans[-1][0], month, value)
        else:
            spans.append((month, month, value))
    return spans


def by_month_text(values: tuple[Decimal, ...]) -> str:
    """ "yıl boyunca 195.041,25 TL" or "Ocak–Haziran 37.530 TL, Temmuz–Aralık 48.532,50 TL"."""
    spans = _month_spans(values)
    if len(spans) == 1:
        return f"yıl boyunca {fmt.money(float(spans[0][2]))}"
    names = fmt.MONTHS_TR
    parts = [
        f"{names[first - 1]}{'' if first == last else '–' + names[last - 1]} "
        f"{fmt.money(float(value))}"
        for first, last, value in spans
    ]
    return ", ".join(parts)


def _described(
    rules: PayrollRules,
    table: PayrollTable,
    wages: MinimumWageTable,
    tariff: IncomeTaxTariff,
    minimum: list[MinimumWageRate],
) -> tuple[PayrollRule, ...]:
    year, contributions = rules.year, table.contributions
    steps = []
    for bracket in tariff.brackets:
        upto = "üstü" if bracket.up_to is None else f"{fmt.money(bracket.up_to)}'ye kadar"
        steps.append(f"{_percent(bracket.rate_percent)} ({upto})")
    multiple = ceiling_text(rules).replace("brüt", "o ay yürürlükteki brüt")
    ceiling = f"tavan = {multiple} ({by_month_text(rules.ceilings)})"
    if not rules.ceiling_verified:
        ceiling += (
            f"; {year} tavanı doğrulanmadı: bu tutarın üstündeki brüt hesaplanmaz, tavan "
            "tahmin edilmez"
        )
    in_force = sorted({rate.valid_from: rate for rate in minimum}.values(), key=_valid_from)
    wage_parts = [
        f"brüt {fmt.money(rate.gross)} ({fmt.date_tr(rate.valid_from)} tarihinden itibaren)"
        for rate in in_force
    ]
    stamp = _percent(table.stamp_tax.percent)
    low, high = min(rules.income_tax_exemption), max(rules.income_tax_exemption)
    span = fmt.money_range(float(low), float(high) if high != low else None)
    return (
        PayrollRule(
            name=f"Gelir vergisi tarifesi ({year})",
            text="ücret gelirlerine, yıl içindeki kümülatif matrah üzerinden " + ", ".join(steps),
            source=f"{table.income_tax.source.label()}; {tariff.publication}",
        ),
        PayrollRule(
            name="SGK işçi payı ve işsizlik sigortası işçi payı",
            text=(
                f"{_percent(contributions.sgk_employee_percent)} ve "
                f"{_percent(contributions.unemployment_employee_percent)}, brütün tavana "
                f"kadarki kısmından; {ceiling}"
            ),
            source=contributions.source.label(),
        ),
        PayrollRule(
            name="Damga vergisi",
            text=f"brüt ücretin {stamp} oranında",
            source=table.stamp_tax.source.label(),
        ),
        PayrollRule(
            name=f"Asgari ücret istisnası ({table.minimum_wage_exemption.from_year} yılından beri)",
            text=(
                "gelir vergisi istisnası, o ay yürürlükteki asgari ücretin kendi matrahına "
                "(brüt − SGK − işsizlik) kendi kümülatif matrahı üzerinden düşen vergidir (bu "
                f"yıl ayda {span}); damga vergisi istisnası, brüt asgari ücretin {stamp} "
                "oranındaki vergisi; ikisi de istisna ettiği vergiyi aşmaz"
            ),
            source=table.minimum_wage_exemption.source.label(),
        ),
        PayrollRule(
            name=f"Asgari ücret ({year})",
            text="her ay o ay yürürlükte olan kullanılır; " + "; ".join(wage_parts),
            source=wages.source.label(),
        ),
    )


def _valid_from(rate: MinimumWageRate) -> date:
    return rate.valid_from
