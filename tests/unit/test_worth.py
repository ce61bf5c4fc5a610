"""What a published figure is worth: gross/net readings and the latest year's prices.

Expected values are computed here from the published rules (REFERENCE §6: tariff, 14 % +
1 % on the gross up to 7,5 × the minimum wage, 0,759 % stamp tax, the minimum wage's own
income and stamp tax exempt), never by calling the payroll engine under test.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from kariyer.checks.assess import profile_facts
from kariyer.domain.figures import minimum_wage_for_year
from kariyer.domain.worth import FigureWorth, YearRules, figure_worth, in_latest_prices
from kariyer.schema.models import Profile, SalaryFigure, SkillTable
from kariyer.store.reference import Reference, load_reference

TARIFFS = {
    2023: [(70_000, "0.15"), (150_000, "0.20"), (550_000, "0.27"), (1_900_000, "0.35")],
    2024: [(110_000, "0.15"), (230_000, "0.20"), (870_000, "0.27"), (3_000_000, "0.35")],
    2025: [(158_000, "0.15"), (330_000, "0.20"), (1_200_000, "0.27"), (4_300_000, "0.35")],
}
MINIMUM_GROSS = {
    2023: ["10008.00"] * 6 + ["13414.50"] * 6,
    2024: ["20002.50"] * 12,
    2025: ["26005.50"] * 12,
}


def _kurus(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _tax(base: Decimal, year: int) -> Decimal:
    tax, lower = Decimal(0), Decimal(0)
    for upper, rate in TARIFFS[year]:
        if base <= upper:
            return tax + (base - lower) * Decimal(rate)
        tax, lower = tax + (upper - lower) * Decimal(rate), Decimal(upper)
    return tax + (base - lower) * Decimal("0.40")


def _own_base(gross: Decimal, ceiling: Decimal) -> Decimal:
    insured = min(gross, ceiling)
    return gross - _kurus(insured * Decimal("0.14")) - _kurus(insured * Decimal("0.01"))


def expected_average_net(gross_tl: float | str, year: int) -> Decimal:
    """A constant monthly gross's 12-month average net, month by month, by the rules."""
    gross = Decimal(str(gross_tl))
    cumulative = minimum_cumulative = Decimal(0)
    nets = []
    for month in range(12):
        minimum = Decimal(MINIMUM_GROSS[year][month])
        ceiling = _kurus(minimum * Decimal("7.5"))
        base = _own_base(gross, ceiling)
        tax = _kurus(_tax(cumulative + base, year) - _tax(cumulative, year))
        cumulative += base
        minimum_base = _own_base(minimum, ceiling)
        exempt = _kurus(
            _tax(minimum_cumulative + minimum_base, year) - _tax(minimum_cumulative, year)
        )
        minimum_cumulative += minimum_base
        stamp = _kurus(gross * Decimal("0.00759"))
        stamp_exempt = _kurus(minimum * Decimal("0.00759"))
        nets.append(base - (tax - min(tax, exempt)) - (stamp - min(stamp, stamp_exempt)))
    return _kurus(sum(nets, Decimal(0)) / 12)


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def _worth(ref: Reference, year: int, monthly: float, basis: str = "unknown") -> FigureWorth:
    figure = SalaryFigure(
        year=year, kind="average", label="Ortalama", monthly_tl=monthly, basis=basis
    )
    wage = minimum_wage_for_year(ref.minimum_wage, year)
    return figure_worth(figure, wage, ref.prices, YearRules(ref.payroll, ref.minimum_wage))


def _side(worth: FigureWorth, read_as: str) -> float:
    reading = next(r for r in worth.readings if r.read_as == read_as)
    assert reading.other is not None, reading.not_computed
    assert reading.other.status == "computed"
    assert reading.other.method
    assert reading.other.source
    return reading.other.value


def test_the_independent_rule_gives_the_published_net_minimum_wages() -> None:
    # the check of the test's own calculator: a minimum-wage earner pays no income or stamp tax
    assert expected_average_net("20002.50", 2024) == Decimal("17002.12")
    assert expected_average_net("26005.50", 2025) == Decimal("22104.67")


@pytest.mark.parametrize(
    ("year", "gross"), [(2023, 14000), (2023, 16000), (2024, 45000), (2025, 30000), (2025, 250000)]
)
def test_a_figure_read_as_gross_has_the_net_of_the_published_rules(
    ref: Reference, year: int, gross: float
) -> None:
    worth = _worth(ref, year, gross)
    assert _side(worth, "gross") == float(expected_average_net(gross, year))


@pytest.mark.parametrize(("year", "net"), [(2023, 14000), (2024, 25000), (2025, 30000)])
def test_a_figure_read_as_net_has_a_gross_whose_net_is_that_figure(
    ref: Reference, year: int, net: float
) -> None:
    gross = _side(_worth(ref, year, net), "net")
    assert gross > net
    assert abs(expected_average_net(f"{gross:.2f}", year) - Decimal(str(net))) <= Decimal("0.01")


def test_a_known_basis_gets_only_the_other_side(ref: Reference) -> None:
    assert [r.read_as for r in _worth(ref, 2025, 30000, "gross").readings] == ["gross"]
    assert [r.read_as for r in _worth(ref, 2025, 30000, "net").readings] == ["net"]
    assert [r.read_as for r in _worth(ref, 2025, 30000).readings] == ["gross", "net"]


def test_a_figure_below_the_minimum_wage_is_said_on_each_reading(ref: Reference) -> None:
    # 15.500 TL in 2024: under the gross (20.002,50) and the net (17.002,12) minimum wage
    worth = _worth(ref, 2024, 15500)
    assert all(r.below_minimum_wage for r in worth.readings)
    assert all(r.other is None and r.not_computed for r in worth.readings)
    # 18.500 TL: a gross under the gross minimum wage, but a net above the net one
    above = {r.read_as: r for r in _worth(ref, 2024, 18500).readings}
    assert above["gross"].below_minimum_wage
    assert not above["net"].below_minimum_wage
    assert above["net"].other is not None


def test_a_year_without_payroll_rules_is_refused_not_extrapolated(ref: Reference) -> None:
    worth = _worth(ref, 2021, 9000)
    assert all(r.other is None for r in worth.readings)
    assert all("2021" in (r.not_computed or "") for r in worth.readings)


def test_an_earlier_figure_in_the_latest_prices_says_how_much_prices_rose(ref: Reference) -> None:
    latest = in_latest_prices(14000, None, 2023, ref.prices)
    assert latest is not None
    assert latest.year == 2025
    assert latest.adjusted.value == pytest.approx(14000 * 3183.19 / 1488.91, abs=0.01)
    assert latest.price_rise_percent.value == pytest.approx((3183.19 / 1488.91 - 1) * 100, abs=0.05)
    assert "türetilmiş" in latest.adjusted.method  # the 2025 index is derived, and says so
    assert latest.adjusted.status == latest.price_rise_percent.status == "computed"


@pytest.mark.parametrize("year", [2025, 2026, 2019])
def test_no_latest_prices_for_the_latest_year_or_a_year_without_index(
    ref: Reference, year: int
) -> None:
    assert in_latest_prices(30000, None, year, ref.prices) is None


def test_a_range_is_brought_to_the_latest_prices_at_both_ends(ref: Reference) -> None:
    latest = in_latest_prices(12000, 15000, 2024, ref.prices)
    assert latest is not None
    assert latest.adjusted_high is not None
    assert latest.adjusted_high.value == pytest.approx(15000 * 3183.19 / 2360.02, abs=0.01)


def test_show_facts_have_the_worth_of_every_published_line(
    ref: Reference, hesap: Profile, skill_table: SkillTable
) -> None:
    facts = profile_facts(hesap, ref, skill_table)
    assert [(w.year, w.kind, w.monthly_tl) for w in facts.worth] == [
        (f.year, f.kind, f.monthly_tl) for f in hesap.salary.figures
    ]
    first = facts.worth[0]
    assert _side(first, "gross") == float(expected_average_net(first.monthly_tl, first.year))
