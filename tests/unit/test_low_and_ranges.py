"""Low ("En Düşük" / "Başlangıç") figures and published ranges in the domain and the rules.

A low figure is shown and never ranked; a range is never ranked, never divided by the
minimum wage as one amount, never brought to other prices and never subtracted: no
midpoint is made up. Its computed values are given for both ends.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kariyer.checks.assess import profile_facts
from kariyer.domain.compare import compare_salaries
from kariyer.domain.figures import MISMATCH_TOLERANCE, hourly_mismatch
from kariyer.domain.listing import list_rows
from kariyer.domain.salary import salary_report
from kariyer.schema.models import Profile, SalaryFigure, SkillTable
from kariyer.store.catalog import Catalog

from ..support import ANALIST


def fig(kind: str, monthly: float, high: float | None = None, **more: Any) -> SalaryFigure:
    labels = {"average": "Ortalama Maaş", "top": "Üst Düzey Maaşları", "low": "Başlangıç Maaşı"}
    return SalaryFigure(
        year=2024,
        kind=kind,  # type: ignore[arg-type]
        label=labels[kind],
        monthly_tl=monthly,
        monthly_tl_high=high,
        **more,
    )


def with_figures(profile: Profile, *figures: SalaryFigure) -> Profile:
    return replace(profile, salary=replace(profile.salary, figures=list(figures)))


def codes(profile: Profile, catalog: Catalog, skill_table: SkillTable) -> list[str]:
    facts = profile_facts(profile, catalog.reference(), skill_table)
    return [finding.code for finding in facts.findings if finding.field != "skills"]


# -- salary -----------------------------------------------------------------------------
def test_a_range_average_is_not_ranked_nor_divided(
    analist: Profile, hesap: Profile, catalog: Catalog
) -> None:
    ranged = with_figures(replace(hesap, slug="aralik"), fig("average", 20000, 25000))
    report = salary_report([analist, ranged], 2024, catalog.reference().minimum_wage)
    rows = {row.slug: row for row in report.rows()}
    assert rows[ANALIST].rank == 1
    assert rows["aralik"].rank == 0  # 20.000 is above 15.500, yet not ranked over it
    assert rows["aralik"].ratio_to_net_minimum is None
    assert rows["aralik"].below_net_minimum is None
    assert [row.slug for row in report.rows()] == [ANALIST, "aralik"]


def test_a_low_figure_is_shown_never_ranked(analist: Profile, catalog: Catalog) -> None:
    low_only = with_figures(replace(analist, slug="yalniz-dusuk"), fig("low", 90000))
    both = with_figures(analist, *analist.salary.figures, fig("low", 12000))
    report = salary_report([both, low_only], 2024, catalog.reference().minimum_wage)
    rows = {row.slug: row for row in report.rows()}
    assert rows[ANALIST].rank == 1
    assert rows[ANALIST].low is not None
    assert rows[ANALIST].low.monthly_tl == 12000
    assert rows["yalniz-dusuk"].rank == 0  # 90.000 is never used in place of an average
    assert rows["yalniz-dusuk"].ratio_to_net_minimum is None


def test_a_range_is_not_brought_to_other_prices(
    hesap: Profile, analist: Profile, catalog: Catalog
) -> None:
    ranged = with_figures(
        hesap,
        replace(fig("average", 13000, 15000), year=2023),
        replace(fig("top", 16000), year=2023),
    )
    reference = catalog.reference()
    report = salary_report([ranged, analist], None, reference.minimum_wage, reference.prices)
    assert report.adjusted_ranking is not None
    assert [item.slug for item in report.adjusted_ranking.rows] == [ANALIST]
    assert any("aralık olarak yayımlanmış" in note for note in report.adjust_notes)


# -- compare and list ---------------------------------------------------------------------
def test_no_difference_is_computed_from_a_range(analist: Profile, hesap: Profile) -> None:
    a = with_figures(hesap, fig("average", 15000, 17000), fig("top", 20000))
    b = with_figures(analist, fig("average", 15500), fig("top", 18500), fig("low", 12000))
    salary = compare_salaries(a, b)
    assert salary.difference is not None
    assert salary.difference.average_tl is None
    assert salary.difference.top_tl == -1500
    assert salary.b.low is not None
    only_ranges = compare_salaries(with_figures(hesap, fig("average", 15000, 17000)), b)
    assert only_ranges.difference is None
    assert only_ranges.note is not None
    assert "aralık" in only_ranges.note


def test_list_keeps_both_ends_of_a_range(analist: Profile) -> None:
    [row] = list_rows([with_figures(analist, fig("average", 15000, 17000))], {})
    assert (row.average_tl, row.average_high_tl) == (15000, 17000)


# -- computed values and rules --------------------------------------------------------------
def test_a_range_gets_its_computed_values_at_both_ends(
    analist: Profile, catalog: Catalog, skill_table: SkillTable
) -> None:
    profile = with_figures(analist, fig("average", 15750, 18000, hourly_tl=70, hourly_tl_high=80))
    [fact] = profile_facts(profile, catalog.reference(), skill_table).figures
    assert (fact.hourly_computed.value, fact.hourly_computed_high) == (
        70.0,
        fact.hourly_computed_high,
    )
    assert fact.hourly_computed_high is not None
    assert fact.hourly_computed_high.value == 80.0
    assert fact.hourly_mismatch is False
    assert fact.ratio_to_net_minimum is not None
    assert fact.ratio_to_net_minimum_high is not None
    assert fact.ratio_to_net_minimum.value < fact.ratio_to_net_minimum_high.value
    assert fact.below_net_minimum is False  # 18.000 is above the 2024 net minimum wage


@pytest.mark.parametrize(
    ("published", "computed", "mismatch"),
    [
        ((70.0, None), (70.0, None), False),
        ((70.0, None), (60.0, 80.0), False),  # a single rate inside the computed range
        ((90.0, None), (60.0, 80.0), True),
        ((60.0, 80.0), (70.0, None), False),
        ((60.0, 80.0), (90.0, None), True),
        ((60.0, 80.0), (60.0, 80.0), False),
        ((60.0, 95.0), (60.0, 80.0), True),  # the upper ends disagree
    ],
)
def test_hourly_mismatch_of_ranges_uses_both_ends(
    published: tuple[float, float | None], computed: tuple[float, float | None], mismatch: bool
) -> None:
    assert MISMATCH_TOLERANCE < 0.1
    assert hourly_mismatch(published, computed) is mismatch


@pytest.mark.parametrize(
    ("figures", "found"),
    [
        ((fig("average", 20000), fig("low", 21000)), ["low-above-average"]),
        ((fig("average", 20000), fig("low", 18000)), []),
        ((fig("average", 20000, 24000), fig("low", 21000)), []),  # inside the range
        ((fig("average", 20000, 24000), fig("low", 24500)), ["low-above-average"]),
        ((fig("average", 20000), fig("top", 18000, 21000)), []),  # not wholly below
        ((fig("average", 20000), fig("top", 18000, 19000)), ["top-below-average"]),
    ],
)
def test_low_above_and_top_below_average_compare_whole_ranges(
    figures: tuple[SalaryFigure, ...],
    found: list[str],
    analist: Profile,
    catalog: Catalog,
    skill_table: SkillTable,
) -> None:
    assert codes(with_figures(analist, *figures), catalog, skill_table) == found


def test_a_range_below_the_minimum_wage_is_named_with_both_ends(
    analist: Profile, catalog: Catalog, skill_table: SkillTable
) -> None:
    profile = with_figures(analist, fig("average", 12000, 14000))
    facts = profile_facts(profile, catalog.reference(), skill_table)
    [finding] = [f for f in facts.findings if f.code == "below-minimum-wage"]
    assert "12.000–14.000 TL" in finding.message
    assert "oran 0,71–0,82 (hesaplanan)" in finding.message


def test_a_row_with_only_a_low_figure_says_so(analist: Profile, catalog: Catalog) -> None:
    from kariyer.output.cells import salary_footer

    low_only = with_figures(analist, fig("low", 12000))
    report = salary_report([low_only], 2024, catalog.reference().minimum_wage)
    footer = " ".join(salary_footer(report))
    assert "yalnız en düşük/başlangıç rakamı var" in footer
    assert "yalnız üst düzey" not in footer
