"""One skill, one thing: found by its canonical name, an alias or any article's wording."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..support import ANALIST, HESAP, Run, flat, write_user_profile

ODD_WORDING = "Eleştirel bakabilme"  # in no alias: only a user's article says it so


def test_show_gives_the_articles_wording_and_the_canonical_name(run: Run) -> None:
    out = flat(run("show", ANALIST).stdout)
    assert "Kritik düşünce (Eleştirel düşünme)" in out
    assert "İletişim (İletişim)" not in out  # the same name is not repeated


def test_show_markdown_gives_both_names(run: Run) -> None:
    text = run("show", HESAP, "-f", "markdown").stdout
    assert "- **Zaman yönetme yetenekleri (Zaman yönetimi)**:" in text


@pytest.mark.parametrize("query", ["eleştirel düşünme", "Kritik düşünce", "zaman yönetimi"])
def test_search_finds_a_skill_by_any_of_its_names(run: Run, query: str) -> None:
    result = run("search", query, "--json")
    assert result.exit_code == 0, result
    hits = {hit["slug"]: hit for hit in json.loads(result.stdout)["hits"]}
    owner = ANALIST if "düşün" in query else HESAP
    assert "skills" in hits[owner]["matched_in"]


def _odd_profile(tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]) -> Path:
    raw = raw_profiles[ANALIST]
    skills = [
        {**entry, "name": ODD_WORDING} if entry["id"] == "critical-thinking" else entry
        for entry in raw["skills"]
    ]
    write_user_profile(tmp_path, raw, "tuhaf-meslek", "Tuhaf Meslek", skills=skills)
    return tmp_path


def test_skills_finds_a_canonical_skill_by_an_articles_wording(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    data_dir = _odd_profile(tmp_path, raw_profiles)
    result = run("skills", ODD_WORDING, "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result
    detail = json.loads(result.stdout)
    assert detail["id"] == "critical-thinking"
    assert {use["slug"] for use in detail["occupations"]} == {ANALIST, "tuhaf-meslek"}


def test_match_counts_an_articles_wording_as_the_canonical_skill(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    data_dir = _odd_profile(tmp_path, raw_profiles)
    result = run("match", "--skills", ODD_WORDING, "--json", "--data-dir", str(data_dir))
    assert result.exit_code == 0, result
    report = json.loads(result.stdout)
    assert report["unknown"] == []
    assert report["known"] == ["critical-thinking"]
    have = {item["slug"]: item["have"] for item in report["results"]}
    assert have[ANALIST] == ["Eleştirel düşünme"]  # the other article's wording, same skill
    assert have["tuhaf-meslek"] == ["Eleştirel düşünme"]
