"""The skills index, one skill in detail, and matching a person's skills to occupations."""

from __future__ import annotations

from typing import Any

import pytest

from kariyer.domain.skills import (
    find_skill,
    match_skills,
    parse_skill_list,
    skill_detail,
    skill_index,
)
from kariyer.errors import KariyerError
from kariyer.schema.models import Profile, SkillTable

from ..support import ANALIST, HESAP, MATCH_INPUT, SHARED_SKILLS, skill_description


@pytest.fixture
def profiles(hesap: Profile, analist: Profile) -> list[Profile]:
    return [hesap, analist]


# -- find_skill ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "problem-solving",
        "problem solving",
        "Problem çözme",
        "problem cozme",
        "PROBLEM ÇÖZME",
        "Problem çözme yetenekleri",  # an alias: the representative article's wording
        "sorun çözme",
        "problm çözme",  # a typo
    ],
)
def test_find_skill_any_spelling(skill_table: SkillTable, text: str) -> None:
    skill = find_skill(text, skill_table)
    assert skill is not None
    assert skill.id == "problem-solving"


@pytest.mark.parametrize("text", ["", "   ", "excel", "uçak pilotluğu", "problem"])
def test_find_skill_unknown(skill_table: SkillTable, text: str) -> None:
    assert find_skill(text, skill_table) is None


def test_parse_skill_list() -> None:
    assert parse_skill_list(" iletişim, aktif dinleme ;excel,, ") == [
        "iletişim",
        "aktif dinleme",
        "excel",
    ]
    assert parse_skill_list(" , ; ") == []


# -- the index -----------------------------------------------------------------------
def test_skill_index_lists_every_canonical_skill(
    profiles: list[Profile], skill_table: SkillTable, raw_skills: dict[str, Any]
) -> None:
    index = skill_index(profiles, skill_table)
    ids = [item.id for item in index]
    assert sorted(i for i in ids if i) == sorted(skill["id"] for skill in raw_skills["skills"])
    assert len(ids) == len(set(ids))


def test_skill_index_shared_skills_first(profiles: list[Profile], skill_table: SkillTable) -> None:
    index = skill_index(profiles, skill_table)
    assert {item.id for item in index[:2]} == set(SHARED_SKILLS)
    for item in index[:2]:
        assert [use.slug for use in item.occupations] == [HESAP, ANALIST]
    assert all(len(item.occupations) == 1 for item in index[2:])


# -- one skill -----------------------------------------------------------------------
def test_skill_detail_keeps_each_article_wording(
    profiles: list[Profile], skill_table: SkillTable, hesap: Profile, analist: Profile
) -> None:
    detail = skill_detail("problem cozme", profiles, skill_table)
    assert detail.id == "problem-solving"
    assert detail.name == "Problem çözme"
    uses = {use.slug: use for use in detail.occupations}
    assert set(uses) == {HESAP, ANALIST}
    assert uses[HESAP].wording == "Problem çözme yetenekleri"
    assert uses[ANALIST].wording == "Problem çözme"
    assert uses[HESAP].description == skill_description(hesap, "problem-solving")
    assert uses[ANALIST].description == skill_description(analist, "problem-solving")


def test_skill_detail_unknown(profiles: list[Profile], skill_table: SkillTable) -> None:
    with pytest.raises(KariyerError) as info:
        skill_detail("uçak pilotluğu", profiles, skill_table)
    assert "Beceri bulunamadı" in info.value.message


# -- match ---------------------------------------------------------------------------
def test_match_skills_ranks_by_what_you_have(
    profiles: list[Profile], skill_table: SkillTable
) -> None:
    report = match_skills(MATCH_INPUT, profiles, skill_table)
    assert report.known == ["communication", "active-listening"]
    assert report.unknown == ["excel"]
    assert [item.slug for item in report.results] == [ANALIST, HESAP]
    analist, hesap = report.results
    assert analist.have == ["İletişim", "Aktif dinleme"]
    assert analist.lack == ["Problem çözme", "Eleştirel düşünme", "Organizasyon"]
    assert analist.score == 0.4
    assert hesap.have == ["İletişim"]
    assert hesap.lack == ["Ürün bilgisi", "Problem çözme", "Zaman yönetimi", "Takım çalışması"]
    assert hesap.score == 0.2


def test_match_skills_counts_a_skill_once(profiles: list[Profile], skill_table: SkillTable) -> None:
    report = match_skills("iletişim, İLETİŞİM, iletisim becerileri", profiles, skill_table)
    assert report.known == ["communication"]
    assert all(item.have == ["İletişim"] for item in report.results)


def test_match_skills_empty(profiles: list[Profile], skill_table: SkillTable) -> None:
    with pytest.raises(KariyerError) as info:
        match_skills(" , ", profiles, skill_table)
    assert "beceri" in info.value.message


def test_skill_index_keeps_skills_no_profile_needs(
    hesap: Profile, skill_table: SkillTable, raw_skills: dict[str, Any]
) -> None:
    index = skill_index([hesap], skill_table)
    by_id = {item.id: item for item in index}
    assert set(by_id) == {skill["id"] for skill in raw_skills["skills"]}
    assert by_id["active-listening"].occupations == []
    assert by_id["active-listening"].name == "Aktif dinleme"
    assert index[-1].occupations == []  # the unused ones come last
