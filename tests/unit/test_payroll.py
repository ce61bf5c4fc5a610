"""The payroll engine against an independent calculation by the published rules.

The expected values are computed HERE, by a month-by-month loop written from the rules
(tariffs, 14 % + 1 % up to 7,5 × the gross minimum wage, 0,759 % stamp tax, the
minimum-wage exemption, kuruş half-up) with the figures typed in from their sources —
never by calling the code under test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kariyer import fmt
from kariyer.domain import payroll_inverse
from kariyer.domain.payroll import (
    PayrollRules,
    average_net,
    payroll,
    payroll_by_month,
    tariff_tax,
    to_kurus,
)
from kariyer.domain.payroll_inverse import gross_for_average_net
from kariyer.domain.payroll_rules import payroll_rules, payroll_years
from kariyer.errors import NotCoveredError
from kariyer.schema.models import MinimumWageTable
from kariyer.schema.payroll import PayrollTable
from kariyer.store.reference import load_reference

# -- the rules, typed in from their sources (REFERENCE §1 and §6) ---------------------------
TARIFFS = {
    2022: (32_000, 70_000, 250_000, 880_000),
    2023: (70_000, 150_000, 550_000, 1_900_000),
    2024: (110_000, 230_000, 870_000, 3_000_000),
    2025: (158_000, 330_000, 1_200_000, 4_300_000),
    2026: (190_000, 400_000, 1_500_000, 5_300_000),
}
RATES = ("0.15", "0.20", "0.27", "0.35", "0.40")
MINIMUM_WAGES = {  # in force from: (gross, published net)
    date(2022, 1, 1): ("5004.00", "4253.40"),
    date(2022, 7, 1): ("6471.00", "5500.35"),
    date(2023, 1, 1): ("10008.00", "8506.80"),
    date(2023, 7, 1): ("13414.50", "11402.32"),
    date(2024, 1, 1): ("20002.50", "17002.12"),
    date(2025, 1, 1): ("26005.50", "22104.67"),
    date(2026, 1, 1): ("33030.00", "28075.50"),
}
SGK, UNEMPLOYMENT, STAMP, CEILING = Decimal("0.14"), Decimal("0.01"), Decimal("0.00759"), 7.5
CENT = Decimal("0.01")


def kurus(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def tax_on(base: Decimal, year: int) -> Decimal:
    """The wage tariff of ``year`` on a yearly base, bracket by bracket (not rounded)."""
    total, lower = Decimal(0), Decimal(0)
    for bound, rate in zip([*TARIFFS[year], None], RATES, strict=True):
        top = base if bound is None else min(base, Decimal(bound))
        if top > lower:
            total += (top - lower) * Decimal(rate)
        if bound is None or base <= bound:
            return total
        lower = Decimal(bound)
    raise AssertionError


def minimum_in(year: int, month: int) -> Decimal:
    start = max(day for day in MINIMUM_WAGES if day <= date(year, month, 1))
    return Decimal(MINIMUM_WAGES[start][0])


def expected_months(grosses: list[Decimal], year: int) -> list[dict[str, Decimal]]:
    """The published rules, month by month, written out by hand."""
    months = []
    cumulative = minimum_cumulative = Decimal(0)
    for month, gross in enumerate(grosses, start=1):
        minimum = minimum_in(year, month)
        insured = min(gross, minimum * Decimal(str(CEILING)))
        sgk, unemployment = kurus(insured * SGK), kurus(insured * UNEMPLOYMENT)
        base = gross - sgk - unemployment
        income_tax = kurus(tax_on(cumulative + base, year) - tax_on(cumulative, year))
        cumulative += base
        own_base = minimum - kurus(minimum * SGK) - kurus(minimum * UNEMPLOYMENT)
        own_tax = tax_on(minimum_cumulative + own_base, year) - tax_on(minimum_cumulative, year)
        minimum_cumulative += own_base
        exemption = min(kurus(own_tax), income_tax)
        stamp = kurus(gross * STAMP)
        stamp_exemption = min(kurus(minimum * STAMP), stamp)
        net = gross - sgk - unemployment - (income_tax - exemption) - (stamp - stamp_exemption)
        months.append(
            {
                "gross": gross,
                "sgk_employee": sgk,
                "unemployment_employee": unemployment,
                "income_tax_base": base,
                "cumulative_income_tax_base": cumulative,
                "income_tax": income_tax,
                "income_tax_exemption": exemption,
                "stamp_tax": stamp,
                "stamp_tax_exemption": stamp_exemption,
                "net": net,
            }
        )
    return months


def expected_average_net(gross: Decimal, year: int) -> Decimal:
    return kurus(sum(m["net"] for m in expected_months([gross] * 12, year)) / 12)


EXPECTED_FIELDS = (
    "gross",
    "sgk_employee",
    "unemployment_employee",
    "income_tax_base",
    "cumulative_income_tax_base",
    "income_tax",
    "income_tax_exemption",
    "stamp_tax",
    "stamp_tax_exemption",
    "net",
)


# -- the tables under test -------------------------------------------------------------------
@pytest.fixture(scope="module")
def tables() -> tuple[PayrollTable, MinimumWageTable]:
    reference = load_reference()
    return reference.payroll, reference.minimum_wage


def rules_of(year: int) -> PayrollRules:
    reference = load_reference()
    return payroll_rules(reference.payroll, reference.minimum_wage, year)


ALL_RULES = {year: rules_of(year) for year in TARIFFS}


# -- the published figures -------------------------------------------------------------------
def test_the_2024_tariff_on_870000_is_213300() -> None:
    rules = ALL_RULES[2024]
    assert tariff_tax(Decimal(870_000), rules.brackets) == Decimal("213300")
    assert tax_on(Decimal(870_000), 2024) == Decimal("213300")  # 16.500 + 24.000 + 172.800


@pytest.mark.parametrize("year", sorted(TARIFFS))
def test_the_tariff_is_the_published_one_at_every_bound(year: int) -> None:
    brackets = ALL_RULES[year].brackets
    for bound in [*TARIFFS[year], 10_000_000]:
        for base in (Decimal(bound) - CENT, Decimal(bound), Decimal(bound) + CENT):
            assert tariff_tax(base, brackets) == tax_on(base, year)


@pytest.mark.parametrize(("valid_from", "figures"), list(MINIMUM_WAGES.items()))
def test_the_gross_minimum_wage_gives_the_published_net(
    valid_from: date, figures: tuple[str, str]
) -> None:
    """A minimum-wage earner (the rate in force each month): the published net in every
    month of the period, and no income or stamp tax."""
    gross, net = map(Decimal, figures)
    rules = ALL_RULES[valid_from.year]
    result = payroll_by_month(rules.minimum_gross, rules)
    period = [m for m in result.months if Decimal(repr(m.minimum_wage_gross)) == gross]
    assert next(m.month for m in period) == valid_from.month
    for month in period:
        assert Decimal(repr(month.net)) == net, month
        assert month.income_tax == month.income_tax_exemption
        assert month.stamp_tax == month.stamp_tax_exemption
    if len(set(rules.minimum_gross)) == 1:  # one rate all year: the constant gross too
        assert {m.net for m in payroll(gross, rules).months} == {float(net)}
        assert average_net(gross, rules) == net


def test_every_bundled_minimum_wage_from_2022_gives_its_published_net(
    tables: tuple[PayrollTable, MinimumWageTable],
) -> None:
    """Over the bundled table itself: a rate added later is checked too."""
    table, wages = tables
    periods = [rate for rate in wages.rates if rate.valid_from.year >= 2022]
    assert len(periods) >= len(MINIMUM_WAGES)
    for rate in periods:
        rules = payroll_rules(table, wages, rate.valid_from.year)
        months = payroll_by_month(rules.minimum_gross, rules).months
        nets = {m.net for m in months if m.minimum_wage_gross == rate.gross}
        assert nets == {rate.net}, rate


def test_the_minimum_wages_typed_in_here_are_the_bundled_ones(
    tables: tuple[PayrollTable, MinimumWageTable],
) -> None:
    bundled = {rate.valid_from: (rate.gross, rate.net) for rate in tables[1].rates}
    for valid_from, (gross, net) in MINIMUM_WAGES.items():
        assert bundled[valid_from] == (float(gross), float(net))


def test_2024_unemployment_rounds_half_up_to_the_kurus() -> None:
    month = payroll(Decimal("20002.50"), ALL_RULES[2024]).months[0]
    assert month.unemployment_employee == 200.03  # 200,025 → 200,03, not 200,02
    assert month.sgk_employee == 2800.35
    assert month.net == 17002.12
    assert to_kurus(Decimal("200.025")) == Decimal("200.03")
    assert to_kurus(0.1) == Decimal("0.10")
    assert to_kurus(2.675) == Decimal("2.68")  # its repr, not its binary value (2.67499…)


# -- the engine is the rules, month by month ------------------------------------------------
EXAMPLES = [
    (2022, "10000"),
    (2022, "60000.55"),  # above the January–June ceiling, below July's
    (2023, "13414.50"),
    (2023, "50000"),
    (2024, "20002.50"),
    (2024, "200000"),  # above the ceiling
    (2025, "30000"),
    (2025, "125000.99"),
    (2025, "400000"),  # into the 35 % bracket
    (2026, "100000"),
    (2026, "247725"),  # the highest 2026 gross computed (7,5 × 33.030)
]


@pytest.mark.parametrize(("year", "gross"), EXAMPLES)
def test_every_month_is_the_independent_calculation(year: int, gross: str) -> None:
    amount = Decimal(gross)
    result = payroll(amount, ALL_RULES[year])
    expected = expected_months([amount] * 12, year)
    for month, wanted in zip(result.months, expected, strict=True):
        got = {name: Decimal(repr(getattr(month, name))) for name in EXPECTED_FIELDS}
        assert got == wanted, month.month
        exemptions = Decimal(repr(month.income_tax_exemption)) + Decimal(
            repr(month.stamp_tax_exemption)
        )
        assert Decimal(repr(month.minimum_wage_exemption)) == exemptions
        assert month.status == "computed"
    for name in EXPECTED_FIELDS[:4] + EXPECTED_FIELDS[5:]:
        if name == "cumulative_income_tax_base":
            continue
        total = sum(m[name] for m in expected)
        assert Decimal(repr(getattr(result.total, name))) == total, name
        assert Decimal(repr(getattr(result.average, name))) == kurus(total / 12), name
    assert Decimal(repr(result.average.net)) == expected_average_net(amount, year)


def test_30000_gross_in_2025() -> None:
    """The documented example, checked by hand: January, July, December and the average."""
    result = payroll(30000, ALL_RULES[2025])
    nets = [m.net for m in result.months]
    assert nets[0] == 24960.38  # 25.500 − (3.825 − 3.315,70) − (227,70 − 197,38)
    assert nets[6] == 23935.38  # July: 5.000 at 15 % and 20.500 at 20 %
    assert nets[11] == 24790.61
    assert result.total.net == 297487.35
    assert result.average.net == 24790.61
    assert result.months[11].cumulative_income_tax_base == 306000


@settings(max_examples=40, deadline=None)
@given(year=st.sampled_from(sorted(TARIFFS)), cents=st.integers(0, 10**8))
def test_any_gross_is_the_independent_calculation(year: int, cents: int) -> None:
    rules = ALL_RULES[year]
    gross = min(rules.lowest_gross + Decimal(cents) * CENT, rules.highest_gross, Decimal(10**6))
    result = payroll(gross, rules)
    expected = expected_months([gross] * 12, year)
    assert [Decimal(repr(m.net)) for m in result.months] == [m["net"] for m in expected]
    assert average_net(gross, rules) == expected_average_net(gross, year)


# -- invariants ---------------------------------------------------------------------------
def gross_in(year: int) -> st.SearchStrategy[Decimal]:
    rules = ALL_RULES[year]
    low, high = (
        int(rules.lowest_gross * 100),
        int(min(rules.highest_gross, Decimal(3 * 10**6)) * 100),
    )
    return st.integers(low, high).map(lambda cents: Decimal(cents) * CENT)


years = st.sampled_from(sorted(TARIFFS))


@settings(max_examples=40, deadline=None)
@given(data=st.data(), year=years)
def test_net_never_exceeds_gross_and_grows_with_it(data: st.DataObject, year: int) -> None:
    rules = ALL_RULES[year]
    gross = data.draw(gross_in(year))
    more = min(gross + data.draw(st.integers(100, 10**7)) * CENT, rules.highest_gross)
    low, high = payroll(gross, rules), payroll(more, rules)
    for month in low.months:
        assert 0 < month.net <= month.gross
    # at least 1 TL more gross (the limit may cap the draw closer): more net, on average
    # and over the year
    if more >= gross + 1:
        assert average_net(more, rules) > average_net(gross, rules)
        assert high.total.net > low.total.net
        assert high.months[0].net > low.months[0].net  # January: no cumulative effect yet
    # a later month alone may not grow: when the earlier months' extra base pushes its slice
    # of the year into a higher bracket, its tax can grow by more than its base


@settings(max_examples=30, deadline=None)
@given(data=st.data(), year=years)
def test_december_net_of_a_high_wage_is_below_january(data: st.DataObject, year: int) -> None:
    """The brackets are cumulative: the same gross is taxed more at the end of the year."""
    rules = ALL_RULES[year]
    gross = max(data.draw(gross_in(year)), 2 * rules.lowest_gross)
    months = payroll(min(gross, rules.highest_gross), rules).months
    assert months[11].net < months[0].net
    assert months[11].income_tax > months[0].income_tax


@pytest.mark.parametrize("year", [2022, 2023, 2024, 2025])
def test_above_the_ceiling_contributions_are_on_the_ceiling_only(year: int) -> None:
    rules = ALL_RULES[year]
    top = max(rules.ceilings)
    one, other = payroll(top + 1, rules), payroll(top * 3, rules)
    for month, first, second in zip(range(1, 13), one.months, other.months, strict=True):
        ceiling = minimum_in(year, month) * Decimal("7.5")
        assert Decimal(repr(first.contribution_ceiling)) == ceiling
        assert Decimal(repr(first.sgk_employee)) == kurus(ceiling * SGK)
        assert Decimal(repr(first.unemployment_employee)) == kurus(ceiling * UNEMPLOYMENT)
        assert (first.sgk_employee, first.unemployment_employee) == (
            second.sgk_employee,
            second.unemployment_employee,
        )
        assert second.stamp_tax > first.stamp_tax  # stamp tax has no ceiling


def test_no_exemption_exceeds_the_tax_it_exempts() -> None:
    """The cap holds even where the minimum wage's own tax would be the larger one."""
    rules = ALL_RULES[2025]
    generous = replace(
        rules,
        income_tax_exemption=(Decimal(10**6),) * 12,
        stamp_tax_exemption=(Decimal(10**6),) * 12,
    )
    for month in payroll(Decimal(30000), generous).months:
        assert month.income_tax_exemption == month.income_tax
        assert month.stamp_tax_exemption == month.stamp_tax == 227.7
        assert month.net == 25500  # gross − contributions: nothing left to tax


# -- net → gross ----------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(data=st.data(), year=years)
def test_net_to_gross_to_net_round_trips(data: st.DataObject, year: int) -> None:
    rules = ALL_RULES[year]
    low = expected_average_net(rules.lowest_gross, year)
    high = expected_average_net(min(rules.highest_gross, Decimal(3 * 10**6)), year)
    cents = data.draw(st.integers(int(low * 100), int(high * 100)))
    net = Decimal(cents) * CENT
    gross = gross_for_average_net(net, rules)
    back = expected_average_net(gross, year)  # by the independent rules
    assert abs(back - net) < CENT
    # the definition: the highest gross with exactly this net, or the lowest above it
    if back == net:
        assert expected_average_net(gross + CENT, year) > net or gross == rules.highest_gross
    else:
        assert back > net > expected_average_net(gross - CENT, year)


def test_net_to_gross_of_the_minimum_wage_and_of_the_example() -> None:
    assert gross_for_average_net(Decimal("22104.67"), ALL_RULES[2025]) == Decimal("26005.50")
    assert gross_for_average_net(Decimal("17002.12"), ALL_RULES[2024]) == Decimal("20002.50")
    gross = gross_for_average_net(Decimal("25000"), ALL_RULES[2025])
    assert expected_average_net(gross, 2025) == Decimal("25000.00")
    assert gross_for_average_net(expected_average_net(gross, 2025), ALL_RULES[2025]) == gross


def test_net_to_gross_is_cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few forward evaluations per figure, not a scan of every kuruş."""
    calls = []
    real = payroll_inverse._net

    def counted(cents: int, rules: PayrollRules) -> Decimal:
        calls.append(cents)
        return real(cents, rules)

    monkeypatch.setattr(payroll_inverse, "_net", counted)
    for net in ("22104.67", "25000", "61234.56", "250000", "999999.99"):
        calls.clear()
        gross_for_average_net(Decimal(net), ALL_RULES[2025])
        assert len(calls) <= 30, (net, len(calls))


def test_net_to_gross_stays_cheap_on_a_curve_interpolation_handles_badly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A steep convex curve keeps one end of the bracket fixed: bisection steps still end
    the search in a few dozen evaluations (interpolation alone would take millions)."""
    calls = []

    def steep(cents: int, rules: PayrollRules) -> Decimal:
        calls.append(cents)
        return (Decimal(cents) / 2600550) ** 6 * Decimal("22104.67")

    monkeypatch.setattr(payroll_inverse, "_net", steep)
    gross = gross_for_average_net(Decimal("1000000"), ALL_RULES[2025])
    assert len(calls) <= 120
    cents = int(gross * 100)
    assert steep(cents - 1, ALL_RULES[2025]) < 1_000_000 < steep(cents, ALL_RULES[2025])


# -- refusals: never extrapolated -----------------------------------------------------------
def test_the_years_covered_are_2022_to_2026() -> None:
    reference = load_reference()
    assert payroll_years(reference.payroll, reference.minimum_wage) == sorted(TARIFFS)


@pytest.mark.parametrize(
    ("year", "words"),
    [(2021, "asgari geçim indirimi"), (2020, "AGİ"), (2027, "gelir vergisi tarifesi yok")],
)
def test_a_year_outside_the_data_is_refused(year: int, words: str) -> None:
    with pytest.raises(NotCoveredError) as refused:
        rules_of(year)
    assert words in refused.value.message
    assert refused.value.hint == "Bordrosu hesaplanabilen yıllar: 2022–2026."


def test_a_year_without_its_own_minimum_wage_is_refused(
    tables: tuple[PayrollTable, MinimumWageTable],
) -> None:
    """A year's tariff without that year's minimum wage never borrows last year's."""
    table, wages = tables
    without_2026 = replace(wages, rates=[r for r in wages.rates if r.valid_from.year != 2026])
    with pytest.raises(NotCoveredError) as refused:
        payroll_rules(table, without_2026, 2026)
    assert "yılın kendi asgari ücreti yok" in refused.value.message
    assert payroll_years(table, without_2026) == [2022, 2023, 2024, 2025]


def test_2026_above_the_unverified_ceiling_is_refused() -> None:
    rules = ALL_RULES[2026]
    assert not rules.ceiling_verified
    assert ALL_RULES[2025].ceiling_verified
    assert payroll(Decimal("247725"), rules).months[0].sgk_employee == 34681.5
    for amount in (Decimal("247725.01"), Decimal("1000000")):
        with pytest.raises(NotCoveredError) as refused:
            payroll(amount, rules)
        assert "2026 yılının SGK prim tavanı doğrulanmadı" in refused.value.message
        assert "247.725 TL" in refused.value.message
        assert f"({fmt.money(float(amount))})" in refused.value.message
        assert refused.value.hint
    with pytest.raises(NotCoveredError) as refused:
        gross_for_average_net(Decimal("250000"), rules)
    assert "doğrulanmamış SGK prim tavanının (247.725 TL" in refused.value.message
    assert payroll(Decimal("400000"), ALL_RULES[2025]).months[0].sgk_employee == 27305.78


@pytest.mark.parametrize(("year", "amount"), [(2025, "26005.49"), (2022, "6000"), (2024, "1")])
def test_a_gross_below_the_minimum_wage_is_refused(year: int, amount: str) -> None:
    with pytest.raises(NotCoveredError) as refused:
        payroll(Decimal(amount), ALL_RULES[year])
    assert "asgari ücretin" in refused.value.message
    assert "kısmi süreli" in (refused.value.hint or "")
    with pytest.raises(NotCoveredError):
        average_net(Decimal(amount), ALL_RULES[year])


def test_a_net_below_the_minimum_wage_or_absurd_is_refused() -> None:
    with pytest.raises(NotCoveredError) as refused:
        gross_for_average_net(Decimal("22104.66"), ALL_RULES[2025])
    assert "26.005,50 TL brüt (yılın brüt asgari ücreti)" in refused.value.message
    with pytest.raises(NotCoveredError) as refused:  # two minimum wages: the higher one
        gross_for_average_net(Decimal("5000"), ALL_RULES[2022])
    assert "6.471 TL brüt (yılın en yüksek brüt asgari ücreti)" in refused.value.message
    with pytest.raises(NotCoveredError) as refused:
        payroll(Decimal("1000000000.01"), ALL_RULES[2025])
    assert "olamayacak kadar büyük" in refused.value.message
    with pytest.raises(NotCoveredError) as refused:
        gross_for_average_net(Decimal("900000000"), ALL_RULES[2025])
    assert "olamayacak kadar büyük" in refused.value.message


# -- the rules, as the output shows them -------------------------------------------------
def test_the_rules_are_described_with_their_sources() -> None:
    rules = ALL_RULES[2022]
    names = [rule.name for rule in rules.rules]
    assert names[0] == "Gelir vergisi tarifesi (2022)"
    texts = " ".join(rule.text for rule in rules.rules)
    assert "%15 (32.000 TL'ye kadar)" in texts
    assert "%40 (üstü)" in texts
    assert "Ocak–Haziran 37.530 TL, Temmuz–Aralık 48.532,50 TL" in texts
    assert "brüt 5.004 TL (1 Ocak 2022 tarihinden itibaren)" in texts
    assert "brüt 6.471 TL (1 Temmuz 2022 tarihinden itibaren)" in texts
    assert "%0,759" in texts
    sources = [rule.source for rule in rules.rules]
    assert "317 Seri No.lu Gelir Vergisi Genel Tebliği" in sources[0]
    assert all(source.strip() for source in sources)
    assert "doğrulanmadı" in " ".join(rule.text for rule in ALL_RULES[2026].rules)
    assert "doğrulanmadı" not in " ".join(rule.text for rule in ALL_RULES[2025].rules)
