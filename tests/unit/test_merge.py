"""Re-importing an occupation: the new text, every year's pay kept with its source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kariyer.errors import KariyerError
from kariyer.importer.merge import merge_profiles
from kariyer.schema.models import (
    CareerPath,
    OccupationCode,
    Profile,
    Salary,
    SalaryFigure,
    Source,
)

OLD_SOURCE = Source(
    site="eniyimeslekler.com",
    title="Analist Ne İş Yapar ve Maaşları Ne Kadar?",
    url="https://www.eniyimeslekler.com/analist/",
    retrieved=date(2025, 3, 1),
)
NEW_SOURCE = replace(OLD_SOURCE, retrieved=date(2026, 12, 2))


def _figure(year: int, kind: str, monthly: float, hourly: float | None = None) -> SalaryFigure:
    label = "Ortalama Maaş" if kind == "average" else "Üst Düzey Maaşları"
    return SalaryFigure(year=year, kind=kind, label=label, monthly_tl=monthly, hourly_tl=hourly)  # type: ignore[arg-type]


def _profile(figures: list[SalaryFigure], source: Source, summary: str = "Eski özet.") -> Profile:
    return Profile(
        slug="analist",
        title="Analist",
        summary=[summary],
        salary=Salary(figures=figures),
        source=source,
    )


def test_an_article_that_moved_to_a_new_year_keeps_both_years_each_with_its_source() -> None:
    earlier = _profile([_figure(2023, "average", 14000), _figure(2023, "top", 16000)], OLD_SOURCE)
    new = _profile(
        [_figure(2024, "average", 15500), _figure(2024, "top", 18500)], NEW_SOURCE, "Yeni özet."
    )
    merge = merge_profiles(earlier, new)
    assert not merge.unchanged
    assert merge.conflicts == []
    figures = merge.profile.salary.figures
    assert [(f.year, f.kind, f.monthly_tl) for f in figures] == [
        (2024, "average", 15500),
        (2024, "top", 18500),
        (2023, "average", 14000),
        (2023, "top", 16000),
    ]
    assert [f.source for f in figures] == [None, None, OLD_SOURCE, OLD_SOURCE]
    assert merge.kept_years() == [2023]
    assert merge.profile.source == NEW_SOURCE
    assert merge.profile.summary == ["Yeni özet."]  # the text is the new article's


def test_the_same_article_again_is_unchanged_whatever_the_retrieval_date() -> None:
    figures = [_figure(2024, "average", 15500, 126.4), _figure(2024, "top", 18500)]
    earlier = _profile(figures, OLD_SOURCE)
    merge = merge_profiles(earlier, _profile(list(figures), NEW_SOURCE))
    assert merge.unchanged
    assert merge.profile is earlier  # first retrieval kept: nothing to write


def test_a_different_amount_for_the_same_year_and_kind_is_kept_and_flagged() -> None:
    earlier = _profile([_figure(2024, "average", 15000), _figure(2024, "top", 18500)], OLD_SOURCE)
    new = _profile([_figure(2024, "average", 15500), _figure(2024, "top", 18500)], NEW_SOURCE)
    merge = merge_profiles(earlier, new)
    figures = merge.profile.salary.figures
    assert [(f.kind, f.monthly_tl, f.source) for f in figures] == [
        ("average", 15500, None),  # the new article's first: tables use the first
        ("top", 18500, None),  # restated: once, as the new article's
        ("average", 15000, OLD_SOURCE),
    ]
    assert len(merge.conflicts) == 1
    assert merge.conflicts[0].new.monthly_tl == 15500
    assert merge.conflicts[0].earlier.monthly_tl == 15000
    assert merge.conflicts[0].earlier.source == OLD_SOURCE


def test_a_changed_hourly_figure_is_a_different_figure() -> None:
    earlier = _profile([_figure(2024, "average", 15500, 60.0)], OLD_SOURCE)
    merge = merge_profiles(earlier, _profile([_figure(2024, "average", 15500, 70.0)], NEW_SOURCE))
    assert [f.hourly_tl for f in merge.profile.salary.figures] == [70.0, 60.0]
    assert len(merge.conflicts) == 1


def test_a_third_import_keeps_the_first_sources_of_older_years() -> None:
    first = _profile([_figure(2023, "average", 14000)], OLD_SOURCE)
    second_source = replace(OLD_SOURCE, retrieved=date(2025, 9, 1))
    second = merge_profiles(first, _profile([_figure(2024, "average", 15500)], second_source))
    third = merge_profiles(second.profile, _profile([_figure(2025, "average", 21000)], NEW_SOURCE))
    assert [(f.year, f.source) for f in third.profile.salary.figures] == [
        (2025, None),
        (2024, second_source),
        (2023, OLD_SOURCE),
    ]
    again = merge_profiles(third.profile, _profile([_figure(2025, "average", 21000)], NEW_SOURCE))
    assert again.unchanged


def test_curated_fields_the_parser_never_fills_are_kept() -> None:
    code = OccupationCode(code="4222", basis="judgement")
    path = CareerPath(text=["Yükselir."], positions=["Ekip lideri"], positions_basis="derived")
    earlier = replace(_profile([], OLD_SOURCE), isco08=code, career_path=path)
    new = replace(_profile([], NEW_SOURCE), career_path=CareerPath(text=["Yeni metin."]))
    merged = merge_profiles(earlier, new).profile
    assert merged.isco08 == code
    assert merged.career_path.text == ["Yeni metin."]
    assert merged.career_path.positions == ["Ekip lideri"]
    assert merged.career_path.positions_basis == "derived"


def test_another_occupation_is_never_merged() -> None:
    earlier = replace(_profile([], OLD_SOURCE), slug="baska-meslek")
    with pytest.raises(KariyerError, match="başka bir mesleğin profili"):
        merge_profiles(earlier, _profile([], NEW_SOURCE))
