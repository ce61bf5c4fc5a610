"""`kariyer skills`: the skills index, and one skill with each article's wording."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.models import Profile

from ..support import ANALIST, HESAP, SHARED_SKILLS, Run, WriteProfile, flat, skill_description


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
        assert len(has) == (2 if skill_id in SHARED_SKILLS else 1), (skill_id, row)


def test_cli_skills_json(run: Run, raw_skills: dict[str, Any]) -> None:
    result = run("skills", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    by_id = {item["id"]: item for item in data}
    assert set(by_id) == {skill["id"] for skill in raw_skills["skills"]}
    for skill_id in SHARED_SKILLS:
        assert [use["slug"] for use in by_id[skill_id]["occupations"]] == [HESAP, ANALIST]
    assert [use["slug"] for use in by_id["active-listening"]["occupations"]] == [ANALIST]
    assert [use["slug"] for use in by_id["teamwork"]["occupations"]] == [HESAP]


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
    assert flat(skill_description(hesap, "problem-solving")) in text
    assert flat(skill_description(analist, "problem-solving")) in text


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
    assert data["occupations"][0]["description"] == skill_description(hesap, "problem-solving")
    assert data["occupations"][1]["description"] == skill_description(analist, "problem-solving")


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
