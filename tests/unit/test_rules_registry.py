"""Data-quality rules are a registry: one function each, figures from the reference data."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kariyer.checks import rules
from kariyer.checks.assess import profile_facts
from kariyer.checks.files import check_files
from kariyer.checks.findings import Finding
from kariyer.schema.build import to_data
from kariyer.schema.models import Profile, SkillTable
from kariyer.store.catalog import Catalog
from kariyer.store.reference import Reference

from ..support import ANALIST, CHECK_DIR, HESAP, invoke

SOURCE = Path(__file__).resolve().parents[2] / "src" / "kariyer"
RULE_CODES = {
    "conflicting_figures": "conflicting-figures",
    "hourly_mismatch": "hourly-mismatch",
    "no_reference_year": "no-reference-year",
    "below_minimum_wage": "below-minimum-wage",
    "top_below_average": "top-below-average",
    "low_above_average": "low-above-average",
    "unknown_skill_id": "unknown-skill-id",
}


def test_every_rule_is_registered_once() -> None:
    assert [rule.__name__ for rule in rules.RULES] == list(RULE_CODES)


@pytest.mark.parametrize(("name", "code"), list(RULE_CODES.items()))
def test_each_rule_finds_its_own_case(name: str, code: str, catalog: Catalog) -> None:
    """tests/fixtures/check/<code>/ holds a profile that breaks exactly that rule."""
    files = sorted((CHECK_DIR / code).glob("*.json"))
    report = check_files(files, catalog.reference(), catalog.skills())
    assert code in {item.code for item in report.findings}
    rule = getattr(rules, name)
    assert rule.__doc__, f"rule {name} has no docstring saying what it checks"


def test_a_new_rule_is_one_function_in_the_registry(
    monkeypatch: pytest.MonkeyPatch, catalog: Catalog
) -> None:
    def short_title(item: rules.RuleInput) -> Iterator[Finding]:
        """A title of fewer than 30 characters (a rule made up for this test)."""
        if len(item.profile.title) < 30:
            yield Finding(code="short-title", severity="warning", field="title", message="kısa")

    monkeypatch.setattr(rules, "RULES", (*rules.RULES, short_title))
    result = invoke("check", "--json")
    assert result.exit_code == 0, result.output
    found = [
        item for item in json.loads(result.stdout)["findings"] if item["code"] == "short-title"
    ]
    assert [item["slug"] for item in found] == [HESAP, ANALIST]
    shown = invoke("show", HESAP).stdout  # two salary findings, then the new one at the end
    assert shown.count("⚠") == 3
    assert shown.rstrip().endswith("⚠ kısa")


def _with_hours(reference: Reference, monthly: float) -> Reference:
    return dataclasses.replace(
        reference, hours=dataclasses.replace(reference.hours, monthly_hours=monthly)
    )


def test_the_working_hours_come_from_the_reference_data(
    catalog: Catalog, hesap: Profile, skill_table: SkillTable
) -> None:
    facts = profile_facts(hesap, _with_hours(catalog.reference(), 200), skill_table)
    assert facts.figures[0].hourly_computed.value == 70.0  # 14.000 ÷ 200
    assert "(aylık ÷ 200)" in facts.findings[0].message
    assert "÷ 225" not in facts.findings[0].message
    assert facts.monthly_hours == 200


def test_hidden_text_fields_stay_out_of_the_json(
    catalog: Catalog, hesap: Profile, skill_table: SkillTable
) -> None:
    data = to_data(profile_facts(hesap, catalog.reference(), skill_table))
    assert set(data) == {"figures", "worth", "findings", "isco08_minor_group"}


def test_no_reference_figure_is_a_literal_in_the_code() -> None:
    """225 hours, the institutions and the price base live in data/reference/, not in code."""
    literals = re.compile(r"225|Çalışma ve Sosyal Güvenlik|TÜİK|2003=100|4857")
    offenders = [
        f"{path.relative_to(SOURCE)}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if literals.search(line)
    ]
    assert offenders == []


def test_findings_follow_the_salary_lines_they_name(
    catalog: Catalog, analist: Profile, skill_table: SkillTable
) -> None:
    facts = profile_facts(analist, catalog.reference(), skill_table)
    assert [(f.code, f.field) for f in facts.findings] == [
        ("hourly-mismatch", "salary.figures.0.hourly_tl"),
        ("below-minimum-wage", "salary.figures.0.monthly_tl"),
        ("hourly-mismatch", "salary.figures.1.hourly_tl"),
    ]
