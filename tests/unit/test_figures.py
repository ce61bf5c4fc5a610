"""Computed figures: hourly rate, minimum-wage ratio, price adjustment, data-quality findings."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from kariyer.checks.assess import profile_facts
from kariyer.domain.figures import (
    MISMATCH_TOLERANCE,
    Computed,
    adjust_for_prices,
    figure_facts,
    hourly_from_monthly,
    minimum_wage_for_year,
    price_index_years,
    ratio_to_minimum,
)
from kariyer.errors import KariyerError
from kariyer.schema.build import to_data
from kariyer.schema.models import Profile, SalaryFigure, SkillTable
from kariyer.schema.validate import validate
from kariyer.store.catalog import Catalog
from kariyer.store.reference import Reference

from ..support import ANALIST


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Catalog().reference()


def figure(
    monthly: float, hourly: float | None, year: int = 2023, kind: str = "average"
) -> SalaryFigure:
    return validate(
        SalaryFigure,
        {
            "year": year,
            "kind": kind,
            "label": "Ortalama Maaş" if kind == "average" else "Üst Düzey Maaşları",
            "monthly_tl": monthly,
            "hourly_tl": hourly,
        },
    )


def all_computed(model: object) -> list[Computed]:
    """Every Computed nested anywhere inside a model."""
    found: list[Computed] = []

    def walk(value: object) -> None:
        if isinstance(value, Computed):
            found.append(value)
        elif dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(model)
    return found


# -- hourly ------------------------------------------------------------------------
@pytest.mark.parametrize(("monthly", "hourly"), [(14000, 62.22), (15500, 68.89), (16000, 71.11)])
def test_hourly_from_monthly(ref: Reference, monthly: float, hourly: float) -> None:
    result = hourly_from_monthly(monthly, ref.hours)
    assert result.value == hourly
    assert result.status == "computed"
    assert "225" in result.method
    assert result.source == ref.hours.source.label()


def test_published_hourly_mismatch_for_both_seed_profiles(
    ref: Reference, hesap: Profile, analist: Profile
) -> None:
    hesap_avg = hesap.figure(2023, "average")
    analist_avg = analist.figure(2024, "average")
    assert hesap_avg is not None
    assert analist_avg is not None

    facts = figure_facts(hesap_avg, ref.hours, ref.minimum_wage)
    assert facts.hourly_published == 19.90
    assert facts.hourly_computed.value == 62.22
    assert facts.hourly_mismatch is True

    facts = figure_facts(analist_avg, ref.hours, ref.minimum_wage)
    assert facts.hourly_published == 126.40
    assert facts.hourly_computed.value == 68.89
    assert facts.hourly_mismatch is True


@pytest.mark.parametrize("factor", [1.0, 1.04, 0.96, 1.049, 0.951])
def test_no_mismatch_within_five_percent(ref: Reference, factor: float) -> None:
    facts = figure_facts(figure(14000, round(62.22 * factor, 2)), ref.hours, ref.minimum_wage)
    assert facts.hourly_mismatch is False


@pytest.mark.parametrize("factor", [1.06, 0.94, 2.0, 0.5])
def test_mismatch_beyond_five_percent(ref: Reference, factor: float) -> None:
    facts = figure_facts(figure(14000, round(62.22 * factor, 2)), ref.hours, ref.minimum_wage)
    assert facts.hourly_mismatch is True


def test_tolerance_is_five_percent() -> None:
    assert MISMATCH_TOLERANCE == 0.05


def test_no_published_hourly_means_no_verdict(ref: Reference) -> None:
    facts = figure_facts(figure(14000, None), ref.hours, ref.minimum_wage)
    assert facts.hourly_published is None
    assert facts.hourly_mismatch is None
    assert facts.hourly_computed.value == 62.22


# -- minimum wage -----------------------------------------------------------------------
def test_minimum_wage_2023_uses_the_july_rate(ref: Reference) -> None:
    wage = minimum_wage_for_year(ref.minimum_wage, 2023)
    assert wage is not None
    assert wage.year == 2023
    assert wage.valid_from == date(2023, 7, 1)
    assert wage.net == 11402.32
    assert wage.gross == 13414.50
    assert wage.rates_in_year == 2
    assert wage.note is not None
    assert "iki ayrı asgari ücret tutarı" in wage.note  # an amount, in words; not a "ratio"
    assert "Aralık" in wage.note
    assert "1 Temmuz 2023" in wage.note  # prose dates in Turkish, not ISO
    assert wage.source == ref.minimum_wage.source.label()


def test_minimum_wage_2024_single_rate(ref: Reference) -> None:
    wage = minimum_wage_for_year(ref.minimum_wage, 2024)
    assert wage is not None
    assert wage.valid_from == date(2024, 1, 1)
    assert wage.net == 17002.12
    assert wage.gross == 20002.50
    assert wage.rates_in_year == 1
    assert wage.note is None


def test_minimum_wage_single_rate_keeps_its_own_note(ref: Reference) -> None:
    wage = minimum_wage_for_year(ref.minimum_wage, 2020)
    assert wage is not None
    assert wage.rates_in_year == 1
    assert wage.note is not None
    assert wage.note.startswith(  # the note says which amount, and why AGİ matters
        "2020 yılının net asgari ücreti (2.324,70 TL): bu net tutara asgari geçim indirimi (AGİ) "
        "dahildir (2022 öncesi uygulama;"
    )


@pytest.mark.parametrize("year", [2019, 2027, 1990, 2100])
def test_minimum_wage_outside_table_is_none(ref: Reference, year: int) -> None:
    assert minimum_wage_for_year(ref.minimum_wage, year) is None


def test_ratio_and_below_minimum_for_analist(ref: Reference, analist: Profile) -> None:
    average = analist.figure(2024, "average")
    assert average is not None
    assert average.monthly_tl == 15500
    facts = figure_facts(average, ref.hours, ref.minimum_wage)
    assert facts.minimum_wage is not None
    assert facts.minimum_wage.net == 17002.12
    assert facts.ratio_to_net_minimum is not None
    assert facts.ratio_to_net_minimum.value == 0.91
    assert facts.below_net_minimum is True


def test_ratio_method_names_the_rate(ref: Reference) -> None:
    wage = minimum_wage_for_year(ref.minimum_wage, 2024)
    assert wage is not None
    ratio = ratio_to_minimum(15500, wage)
    assert ratio.value == 0.91
    assert "17.002,12 TL" in ratio.method
    assert "1 Ocak 2024" in ratio.method


def test_above_minimum_is_not_below(ref: Reference, hesap: Profile) -> None:
    average = hesap.figure(2023, "average")
    assert average is not None
    facts = figure_facts(average, ref.hours, ref.minimum_wage)
    assert facts.ratio_to_net_minimum is not None
    assert facts.ratio_to_net_minimum.value == 1.23
    assert facts.below_net_minimum is False


def test_year_outside_table_has_no_ratio(ref: Reference) -> None:
    facts = figure_facts(figure(14000, 62.22, year=2019), ref.hours, ref.minimum_wage)
    assert facts.minimum_wage is None
    assert facts.ratio_to_net_minimum is None
    assert facts.below_net_minimum is None


# -- price adjustment -----------------------------------------------------------------------
def test_adjust_2023_to_2024(ref: Reference) -> None:
    result = adjust_for_prices(14000, 2023, 2024, ref.prices)
    assert result.original_year == 2023
    assert result.original_tl == 14000
    assert result.target_year == 2024
    assert 22190.9 <= result.adjusted.value < 22191.0
    assert result.adjusted.value == pytest.approx(14000 * 2360.02 / 1488.91, abs=0.005)
    assert round(result.adjusted.value) == 22191
    assert result.adjusted.status == "computed"
    assert "TÜFE yıllık ortalama" in result.adjusted.method
    assert "tahmini" in result.adjusted.method
    assert "TÜİK" in result.adjusted.source


def test_adjust_same_year_is_identity(ref: Reference) -> None:
    assert adjust_for_prices(14000, 2023, 2023, ref.prices).adjusted.value == 14000


def test_adjust_backwards(ref: Reference) -> None:
    result = adjust_for_prices(15500, 2024, 2023, ref.prices)
    assert result.adjusted.value == pytest.approx(15500 * 1488.91 / 2360.02, abs=0.005)


@pytest.mark.parametrize(("from_year", "to_year"), [(2023, 2026), (2026, 2023), (2019, 2024)])
def test_adjust_outside_index_raises(ref: Reference, from_year: int, to_year: int) -> None:
    with pytest.raises(KariyerError) as info:
        adjust_for_prices(14000, from_year, to_year, ref.prices)
    message = info.value.message
    assert "2020–2025" in message
    missing = to_year if to_year not in (2020, 2021, 2022, 2023, 2024, 2025) else from_year
    assert str(missing) in message
    assert "TÜFE" in message
    assert info.value.hint


def test_price_index_years(ref: Reference) -> None:
    assert price_index_years(ref.prices) == [2020, 2021, 2022, 2023, 2024, 2025]


def test_adjusting_to_the_derived_2025_index_says_it_is_derived(ref: Reference) -> None:
    result = adjust_for_prices(14000, 2023, 2025, ref.prices)
    assert result.adjusted.value == pytest.approx(14000 * 3183.19 / 1488.91, abs=0.005)
    assert "türetilmiş" in result.adjusted.method
    assert "%34,88" in result.adjusted.method
    published = adjust_for_prices(14000, 2023, 2024, ref.prices)
    assert "türetilmiş" not in published.adjusted.method


# -- Computed is always labelled ---------------------------------------------------------
def test_every_computed_is_labelled(
    ref: Reference, hesap: Profile, analist: Profile, skill_table: SkillTable
) -> None:
    models: list[object] = [
        profile_facts(hesap, ref, skill_table),
        profile_facts(analist, ref, skill_table),
        adjust_for_prices(14000, 2023, 2024, ref.prices),
    ]
    found = [item for model in models for item in all_computed(model)]
    # per profile, 2 figures x (hourly + ratio); what they are worth: the representative's
    # 2023 figures x (2 readings + latest prices + price rise), the analyst's 2024 figures
    # x (latest prices + price rise) and the one reading above the minimum wage (18.500 TL
    # as a net); plus one adjustment
    assert len(found) == 4 + 2 * 4 + 4 + 2 * 2 + 1 + 1
    for item in found:
        assert item.status == "computed"
        assert item.method.strip()
        assert item.source.strip()
        assert to_data(item)["status"] == "computed"


def test_computed_cannot_claim_another_status() -> None:
    with pytest.raises(ValidationError):
        validate(Computed, {"value": 1.0, "status": "published", "method": "x", "source": "y"})


# -- profile findings -------------------------------------------------------------------
def test_findings_for_hesap(ref: Reference, hesap: Profile, skill_table: SkillTable) -> None:
    facts = profile_facts(hesap, ref, skill_table)
    assert [(f.code, f.severity, f.field) for f in facts.findings] == [
        ("hourly-mismatch", "warning", "salary.figures.0.hourly_tl"),
        ("hourly-mismatch", "warning", "salary.figures.1.hourly_tl"),
    ]
    assert "19,90 TL/saat" in facts.findings[0].message
    assert "62,22 TL/saat" in facts.findings[0].message


def test_findings_for_analist(ref: Reference, analist: Profile, skill_table: SkillTable) -> None:
    facts = profile_facts(analist, ref, skill_table)
    assert sorted((f.code, f.field) for f in facts.findings) == [
        ("below-minimum-wage", "salary.figures.0.monthly_tl"),
        ("hourly-mismatch", "salary.figures.0.hourly_tl"),
        ("hourly-mismatch", "salary.figures.1.hourly_tl"),
    ]
    assert all(f.severity == "warning" for f in facts.findings)
    below = next(f for f in facts.findings if f.code == "below-minimum-wage")
    assert "15.500 TL" in below.message
    assert "17.002,12 TL" in below.message
    assert "0,91" in below.message


def test_facts_figures_follow_the_profile(
    ref: Reference, analist: Profile, skill_table: SkillTable
) -> None:
    facts = profile_facts(analist, ref, skill_table)
    assert [(f.year, f.kind, f.monthly_tl) for f in facts.figures] == [
        (2024, "average", 15500),
        (2024, "top", 18500),
    ]
    assert [f.hourly_computed.value for f in facts.figures] == [68.89, 82.22]
    assert [f.below_net_minimum for f in facts.figures] == [True, False]


def test_below_minimum_is_only_reported_for_the_average(
    ref: Reference, raw_profiles: dict[str, Any], skill_table: SkillTable
) -> None:
    raw = raw_profiles[ANALIST]
    top = raw["salary"]["figures"][1]
    raw["salary"]["figures"] = [{**top, "monthly_tl": 15000, "hourly_tl": 66.67}]
    facts = profile_facts(validate(Profile, raw), ref, skill_table)
    assert facts.figures[0].below_net_minimum is True
    assert facts.findings == []
