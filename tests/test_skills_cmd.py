"""The skills index, one skill in detail, and matching a person's skills to occupations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
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

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]
WriteProfile = Callable[[str, "dict[str, Any] | str"], Path]

SHARED = ("communication", "problem-solving")
MATCH_INPUT = "iletişim, aktif dinleme, excel"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def profiles(hesap: Profile, analist: Profile) -> list[Profile]:
    return [hesap, analist]


def description(profile: Profile, skill_id: str) -> str:
    return next(entry.description for entry in profile.skills if entry.id == skill_id)


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
    assert {item.id for item in index[:2]} == set(SHARED)
    for item in index[:2]:
        assert [use.slug for use in item.occupations] == [HESAP, ANALIST]
    assert all(len(item.occupations) == 1 for item in index[2:])


def test_cli_skills_lists_every_id(run: Run, raw_skills: dict[str, Any]) -> None:
    result = run("skills")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    for skill in raw_skills["skills"]:
        assert skill["id"] in result.stdout
        assert skill["name"] in result.stdout
    assert f"{len(raw_skills['skills'])} beceri." in result.stdout


def table_rows(text: str, ids: list[str]) -> dict[str, str]:
    """What follows each skill id in the flattened table, up to the next id."""
    starts = sorted((text.index(skill_id), skill_id) for skill_id in ids)
    ends = [start for start, _ in starts[1:]] + [text.index(" beceri. ")]
    return {skill_id: text[start:end] for (start, skill_id), end in zip(starts, ends, strict=True)}


def test_cli_skills_shared_name_both_occupations(run: Run, raw_skills: dict[str, Any]) -> None:
    text = flat(run("skills").stdout)
    rows = table_rows(text, [skill["id"] for skill in raw_skills["skills"]])
    for skill_id, row in rows.items():
        has = {
            title
            for title in ("Müşteri Hesap Temsilcisi", "Müşteri Hizmetleri Analisti")
            if title in row
        }
        assert len(has) == (2 if skill_id in SHARED else 1), (skill_id, row)


def test_cli_skills_json(run: Run, raw_skills: dict[str, Any]) -> None:
    result = run("skills", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    by_id = {item["id"]: item for item in data}
    assert set(by_id) == {skill["id"] for skill in raw_skills["skills"]}
    for skill_id in SHARED:
        assert [use["slug"] for use in by_id[skill_id]["occupations"]] == [HESAP, ANALIST]
    assert [use["slug"] for use in by_id["active-listening"]["occupations"]] == [ANALIST]
    assert [use["slug"] for use in by_id["teamwork"]["occupations"]] == [HESAP]


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
    assert uses[HESAP].description == description(hesap, "problem-solving")
    assert uses[ANALIST].description == description(analist, "problem-solving")


def test_skill_detail_unknown(profiles: list[Profile], skill_table: SkillTable) -> None:
    with pytest.raises(KariyerError) as info:
        skill_detail("uçak pilotluğu", profiles, skill_table)
    assert "Beceri bulunamadı" in info.value.message


@pytest.mark.parametrize("name", ["problem cozme", "PROBLEM ÇÖZME", "problem-solving"])
def test_cli_skill_detail(run: Run, hesap: Profile, analist: Profile, name: str) -> None:
    result = run("skills", name)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    text = flat(result.stdout)
    assert text.startswith("Problem çözme (problem-solving)")
    assert "Müşteri Hesap Temsilcisi" in text
    assert "Müşteri Hizmetleri Analisti" in text
    assert "“Problem çözme yetenekleri”" in text
    assert "“Problem çözme”" in text
    assert flat(description(hesap, "problem-solving")) in text
    assert flat(description(analist, "problem-solving")) in text


def test_cli_skill_detail_json(run: Run, hesap: Profile, analist: Profile) -> None:
    result = run("skills", "PROBLEM ÇÖZME", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["id"] == "problem-solving"
    assert [use["slug"] for use in data["occupations"]] == [HESAP, ANALIST]
    assert [use["wording"] for use in data["occupations"]] == [
        "Problem çözme yetenekleri",
        "Problem çözme",
    ]
    assert data["occupations"][0]["description"] == description(hesap, "problem-solving")
    assert data["occupations"][1]["description"] == description(analist, "problem-solving")


@pytest.mark.parametrize("name", ["uçak pilotluğu", "xyzzy", "   "])
def test_cli_skill_unknown(run: Run, name: str) -> None:
    result = run("skills", name)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: Beceri bulunamadı")
    assert "kariyer skills" in result.stderr
    assert "Traceback" not in result.output


def test_skill_without_id_found_by_article_wording(
    run: Run,
    tmp_path: Path,
    raw_profiles: dict[str, dict[str, Any]],
    write_profile: WriteProfile,
) -> None:
    data = {**raw_profiles[ANALIST], "slug": "veri-meslegi", "title": "Veri Mesleği"}
    data["skills"] = [{"id": None, "name": "Excel bilgisi", "description": "Tablolarla çalışır."}]
    write_profile("veri-meslegi", data)
    result = run("skills", "EXCEL BİLGİSİ", "--data-dir", str(tmp_path), "--json")
    assert result.exit_code == 0, result
    detail = json.loads(result.stdout)
    assert detail["id"] is None
    assert [use["slug"] for use in detail["occupations"]] == ["veri-meslegi"]
    assert detail["occupations"][0]["description"] == "Tablolarla çalışır."


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


def test_cli_match_table(run: Run) -> None:
    result = run("match", "--skills", MATCH_INPUT)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    text = flat(result.stdout)
    analist_at = text.index("Müşteri Hizmetleri")
    hesap_at = text.index("Müşteri Hesap")
    assert analist_at < hesap_at
    assert "2/5" in text[analist_at:hesap_at]
    assert "1/5" in text[hesap_at:]
    for lacking in ("Eleştirel düşünme", "Organizasyon", "Ürün bilgisi", "Takım çalışması"):
        assert lacking in text
    assert "Bilinmeyen beceriler" in text
    assert text.endswith("excel")


def test_cli_match_json(run: Run) -> None:
    result = run("match", "-s", MATCH_INPUT, "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert set(data) == {"known", "unknown", "results"}
    assert data["unknown"] == ["excel"]
    assert data["known"] == ["communication", "active-listening"]
    first, second = data["results"]
    assert (first["slug"], len(first["have"]), len(first["have"]) + len(first["lack"])) == (
        ANALIST,
        2,
        5,
    )
    assert (second["slug"], len(second["have"]), len(second["have"]) + len(second["lack"])) == (
        HESAP,
        1,
        5,
    )
    assert "Organizasyon" in first["lack"]
    assert "Takım çalışması" in second["lack"]


@pytest.mark.parametrize("skills", ["", " , ;, "])
def test_cli_match_empty_list(run: Run, skills: str) -> None:
    result = run("match", "--skills", skills)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "Traceback" not in result.output


def test_cli_match_missing_option(run: Run) -> None:
    result = run("match")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "BECERİLER" in result.stderr
    assert "Traceback" not in result.output


def test_skill_index_keeps_skills_no_profile_needs(
    hesap: Profile, skill_table: SkillTable, raw_skills: dict[str, Any]
) -> None:
    index = skill_index([hesap], skill_table)
    by_id = {item.id: item for item in index}
    assert set(by_id) == {skill["id"] for skill in raw_skills["skills"]}
    assert by_id["active-listening"].occupations == []
    assert by_id["active-listening"].name == "Aktif dinleme"
    assert index[-1].occupations == []  # the unused ones come last
