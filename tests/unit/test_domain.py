"""Salary tables, comparison and overview: pure functions over profiles."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kariyer.domain.compare import compare, compare_salaries
from kariyer.domain.listing import list_rows
from kariyer.domain.salary import salary_report
from kariyer.domain.skills import entry_key
from kariyer.domain.sources import Citation
from kariyer.errors import NoDataForYearError, UsageError
from kariyer.schema.models import (
    MinimumWageTable,
    PriceIndexTable,
    Profile,
    Salary,
    SalaryFigure,
    SkillEntry,
    SkillTable,
)
from kariyer.store.catalog import Catalog

from ..support import ANALIST, HESAP


def with_figures(profile: Profile, *figures: SalaryFigure, **changes: Any) -> Profile:
    salary = replace(profile.salary, **{"figures": list(figures)})
    return replace(profile, **{"salary": salary, **changes})


def fig(year: int, kind: str, monthly: float) -> SalaryFigure:
    return SalaryFigure(year=year, kind=kind, label=kind, monthly_tl=monthly)  # type: ignore[arg-type]


@pytest.fixture
def wages(catalog: Catalog) -> MinimumWageTable:
    return catalog.reference().minimum_wage


@pytest.fixture
def prices(catalog: Catalog) -> PriceIndexTable:
    return catalog.reference().prices


# -- salary ---------------------------------------------------------------------
def test_salary_report_2024(hesap: Profile, analist: Profile, wages: MinimumWageTable) -> None:
    report = salary_report([hesap, analist], 2024, wages)
    assert report.year == 2024
    assert [row.slug for row in report.rows()] == [ANALIST]
    assert [group.year for group in report.groups] == [2024]
    row = report.rows()[0]
    assert row.year == 2024
    assert row.average is not None
    assert row.average.monthly_tl == 15500
    assert row.top is not None
    assert row.top.monthly_tl == 18500
    assert row.source == Citation(
        site="eniyimeslekler.com",
        title="Müşteri Hizmetleri Analisti Ne İş Yapar ve Maaşları Ne Kadar?",
    )
    assert [(m.slug, m.available_years) for m in report.missing] == [(HESAP, [2023])]
    assert report.available_years == [2023, 2024]


def test_salary_report_2023(hesap: Profile, analist: Profile, wages: MinimumWageTable) -> None:
    report = salary_report([hesap, analist], 2023, wages)
    assert [row.slug for row in report.rows()] == [HESAP]
    assert [(m.slug, m.available_years) for m in report.missing] == [(ANALIST, [2024])]


def test_salary_report_year_without_data(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    with pytest.raises(NoDataForYearError) as exc:
        salary_report([hesap, analist], 2022, wages)
    assert exc.value.year == 2022
    assert exc.value.available == [2023, 2024]
    assert "2023, 2024" in exc.value.message
    assert exc.value.hint is not None
    assert exc.value.hint.endswith("--year 2024")
    assert exc.value.exit_code == 1


def test_salary_report_latest_years(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    report = salary_report([hesap, analist], None, wages)
    assert report.year is None
    summary = [
        (group.year, [(row.slug, row.average.monthly_tl if row.average else None)])
        for group in report.groups
        for row in group.rows
    ]
    assert summary == [(2024, [(ANALIST, 15500)]), (2023, [(HESAP, 14000)])]
    assert report.missing == []
    assert report.available_years == [2023, 2024]


def test_salary_report_ranking_is_by_average_then_slug(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    richer = with_figures(hesap, fig(2024, "average", 20000), fig(2024, "top", 21000))
    report = salary_report([analist, richer], None, wages)
    assert [row.slug for row in report.rows()] == [HESAP, ANALIST]
    tie = with_figures(hesap, fig(2024, "average", 15500))
    assert [r.slug for r in salary_report([tie, analist], None, wages).rows()] == [HESAP, ANALIST]
    assert [r.slug for r in salary_report([analist, tie], None, wages).rows()] == [HESAP, ANALIST]


def test_salary_report_never_ranks_amounts_of_different_years(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    """A higher 2023 amount is not ranked above a lower 2024 one: one table per year."""
    richer = with_figures(hesap, fig(2023, "average", 20000))
    report = salary_report([analist, richer], None, wages)
    assert [(g.year, [r.slug for r in g.rows]) for g in report.groups] == [
        (2024, [ANALIST]),
        (2023, [HESAP]),
    ]
    for group in report.groups:
        assert {row.year for row in group.rows} == {group.year}


def test_salary_ratio_ranking_compares_minimum_wage_multiples(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    report = salary_report([hesap, analist], None, wages, rank_by="ratio")
    ranking = report.ratio_ranking
    assert ranking is not None
    assert [(row.slug, row.year) for row in ranking] == [(HESAP, 2023), (ANALIST, 2024)]
    values = [row.ratio_to_net_minimum.value for row in ranking if row.ratio_to_net_minimum]
    assert values == sorted(values, reverse=True) == [1.23, 0.91]
    assert salary_report([hesap, analist], None, wages).ratio_ranking is None


def test_salary_adjust_without_year_ranks_estimates_in_the_latest_year(
    hesap: Profile, analist: Profile, wages: MinimumWageTable, prices: PriceIndexTable
) -> None:
    report = salary_report([hesap, analist], None, wages, prices)
    ranking = report.adjusted_ranking
    assert ranking is not None
    # today's lira: the latest year the index covers (2025), as `show` reads each figure
    assert ranking.target_year == 2025 == max(entry.year for entry in prices.years)
    by_slug = {item.slug: item for item in ranking.rows}
    later, earlier = by_slug[ANALIST], by_slug[HESAP]
    assert (later.original_year, later.original_tl) == (2024, 15500)
    assert (earlier.original_year, earlier.original_tl) == (2023, 14000)
    index = {entry.year: entry.annual_average for entry in prices.years}
    for item in (later, earlier):
        assert item.estimate is not None
        assert item.estimate.estimate is True
        expected = item.original_tl * index[2025] / index[item.original_year]
        assert item.value_tl == item.estimate.value == pytest.approx(expected, abs=0.01)
        assert "TÜFE" in item.estimate.method
    assert [item.slug for item in ranking.rows] == [HESAP, ANALIST]  # 29.931 > 20.906
    assert report.groups[0].year == 2024  # the published tables stay as they are


def test_salary_report_profile_without_figures(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    empty = with_figures(hesap)
    report = salary_report([empty, analist], None, wages)
    assert [row.slug for row in report.rows()] == [ANALIST]
    assert [(m.slug, m.available_years) for m in report.missing] == [(HESAP, [])]
    with pytest.raises(NoDataForYearError) as exc:
        salary_report([empty], 2024, wages)
    assert exc.value.available == []


def test_salary_report_never_moves_a_figure_to_another_year(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    report = salary_report([hesap, analist], 2024, wages)
    for row in report.rows():
        for figure in (row.average, row.top):
            assert figure is None or figure.year == 2024


# -- compare ----------------------------------------------------------------------
def test_compare_skills(hesap: Profile, analist: Profile, skill_table: SkillTable) -> None:
    result = compare(hesap, analist, skill_table)
    skills = result.skills
    assert {s.id for s in skills.shared} == {"communication", "problem-solving"}
    assert [s.id for s in skills.only_a] == ["product-knowledge", "time-management", "teamwork"]
    assert [s.id for s in skills.only_b] == [
        "active-listening",
        "critical-thinking",
        "organization",
    ]
    shared = {s.id: s for s in skills.shared}
    assert shared["communication"].name == "İletişim"
    assert shared["communication"].wording_a == "İletişim yetenekleri"
    assert shared["communication"].wording_b == "İletişim"
    assert shared["problem-solving"].name == "Problem çözme"
    assert shared["problem-solving"].wording_a == "Problem çözme yetenekleri"
    only_b = {s.id: s for s in skills.only_b}
    assert only_b["critical-thinking"].name == "Eleştirel düşünme"
    assert only_b["critical-thinking"].wording == "Kritik düşünce"


def test_compare_is_symmetric_in_shared_skills(
    hesap: Profile, analist: Profile, skill_table: SkillTable
) -> None:
    forward = compare(hesap, analist, skill_table).skills
    backward = compare(analist, hesap, skill_table).skills
    assert {s.id for s in forward.shared} == {s.id for s in backward.shared}
    assert [s.id for s in forward.only_a] == [s.id for s in backward.only_b]


def test_skill_without_id_matches_by_wording(
    hesap: Profile, analist: Profile, skill_table: SkillTable
) -> None:
    """Turkish casing: "SABIR" and "Sabır" are one skill (str.casefold would say "sabir")."""
    extra = SkillEntry(id=None, name="Sabır", description="x")
    a = replace(hesap, **{"skills": [*hesap.skills, extra]})
    b = replace(
        analist, **{"skills": [*analist.skills, SkillEntry(id=None, name="SABIR", description="y")]}
    )
    assert entry_key(extra) == "name:sabir"
    shared = compare(a, b, skill_table).skills.shared
    assert "name:sabir" in {s.id for s in shared}


def test_compare_different_years_has_no_difference(
    hesap: Profile, analist: Profile, skill_table: SkillTable
) -> None:
    salary = compare(hesap, analist, skill_table).salary
    assert salary.same_year is False
    assert salary.difference is None
    assert salary.a.year == 2023
    assert salary.b.year == 2024
    assert salary.a.average is not None
    assert salary.a.average.monthly_tl == 14000
    assert salary.b.average is not None
    assert salary.b.average.monthly_tl == 15500
    assert salary.note is not None
    assert "2023" in salary.note
    assert "2024" in salary.note
    assert "fark hesaplanmadı" in salary.note


def test_compare_same_year_computes_b_minus_a(hesap: Profile, analist: Profile) -> None:
    same_year = with_figures(hesap, fig(2024, "average", 14000), fig(2024, "top", 16000))
    salary = compare_salaries(same_year, analist)
    assert salary.same_year is True
    assert salary.note is None
    assert salary.difference is not None
    assert salary.difference.year == 2024
    assert salary.difference.average_tl == 1500
    assert salary.difference.top_tl == 2500
    reverse = compare_salaries(analist, same_year)
    assert reverse.difference is not None
    assert reverse.difference.average_tl == -1500
    assert reverse.difference.top_tl == -2500


def test_compare_same_year_uses_latest_shared_year(hesap: Profile, analist: Profile) -> None:
    a = with_figures(hesap, fig(2023, "average", 14000), fig(2024, "average", 15000))
    b = with_figures(
        analist, fig(2023, "average", 13000), fig(2024, "average", 15500), fig(2025, "top", 9)
    )
    salary = compare_salaries(a, b)
    assert salary.difference is not None
    assert salary.difference.year == 2024
    assert salary.difference.average_tl == 500
    assert salary.difference.top_tl is None  # A has no 2024 top figure


def test_compare_without_salary_data(hesap: Profile, analist: Profile) -> None:
    salary = compare_salaries(with_figures(hesap), analist)
    assert salary.difference is None
    assert salary.a.year is None
    assert salary.note == "Karşılaştırılacak maaş verisi yok; fark hesaplanmadı."


def test_compare_with_itself_is_a_usage_error(hesap: Profile, skill_table: SkillTable) -> None:
    with pytest.raises(UsageError) as exc:
        compare(hesap, hesap, skill_table)
    assert exc.value.exit_code == 2
    assert HESAP in exc.value.message


def test_compare_carries_both_sides(
    hesap: Profile, analist: Profile, skill_table: SkillTable
) -> None:
    result = compare(hesap, analist, skill_table)
    assert (result.a.slug, result.b.slug) == (HESAP, ANALIST)
    assert result.duties_a == hesap.duties
    assert result.duties_b == analist.duties
    assert len(result.duties_a) == len(result.duties_b) == 9
    assert result.outlook_a is not None
    assert result.outlook_a.direction == "decline"
    assert result.career_path_b.positions == analist.career_path.positions
    assert result.b.source.site == "eniyimeslekler.com"


# -- overview ---------------------------------------------------------------------
def test_overview(hesap: Profile, analist: Profile) -> None:
    rows = list_rows([hesap, analist], {ANALIST: "user"})
    summary = [(r.slug, r.latest_year, r.average_tl, r.outlook, r.origin) for r in rows]
    assert summary == [
        (HESAP, 2023, 14000, "decline", "bundled"),
        (ANALIST, 2024, 15500, "decline", "user"),
    ]


def test_overview_without_salary_or_outlook(hesap: Profile) -> None:
    bare = replace(hesap, **{"salary": Salary(), "outlook": None})
    (row,) = list_rows([bare], {})
    assert (row.latest_year, row.average_tl, row.outlook) == (None, None, None)


def test_equal_amounts_share_a_rank(
    hesap: Profile, analist: Profile, wages: MinimumWageTable
) -> None:
    tie = with_figures(hesap, fig(2024, "average", 15500))
    third = with_figures(hesap, fig(2024, "average", 9000), slug="ucuncu")
    report = salary_report([analist, tie, third], 2024, wages)
    assert [(row.slug, row.rank) for row in report.rows()] == [
        (HESAP, 1),
        (ANALIST, 1),
        ("ucuncu", 3),
    ]


def test_adjust_without_year_skips_a_later_year_the_index_lacks(
    hesap: Profile, analist: Profile, wages: MinimumWageTable, prices: PriceIndexTable
) -> None:
    """One 2026 figure (no CPI yet) does not stop the others: 2025 is the target, noted."""
    later = with_figures(hesap, fig(2026, "average", 40000), slug="yeni-yil")
    report = salary_report([hesap, analist, later], None, wages, prices)
    ranking = report.adjusted_ranking
    assert ranking is not None
    assert ranking.target_year == 2025
    assert {item.slug for item in ranking.rows} == {HESAP, ANALIST}
    assert any(
        "en son ortalaması 2026 yılının" in note and "girmedi" in note
        for note in report.adjust_notes
    )
    assert report.groups[0].year == 2026  # still shown, as published


def test_adjust_does_not_swap_a_later_latest_figure_for_an_earlier_one(
    hesap: Profile, analist: Profile, wages: MinimumWageTable, prices: PriceIndexTable
) -> None:
    """A profile whose latest average is of 2026 is not ranked by its 2025 figure."""
    both = with_figures(
        hesap, fig(2025, "average", 40000), fig(2026, "average", 60000), slug="iki-yil"
    )
    report = salary_report([hesap, analist, both], None, wages, prices)
    ranking = report.adjusted_ranking
    assert ranking is not None
    assert "iki-yil" not in {item.slug for item in ranking.rows}
    assert all(item.estimate is None or item.original_year < 2025 for item in ranking.rows)
