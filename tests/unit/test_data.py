"""The bundled seed data: the facts the two articles publish, captured exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.models import Profile
from kariyer.schema.validate import validate

from ..support import ANALIST, HESAP, SLUGS

SALARY_FIGURES = {
    HESAP: [
        (2023, "average", "Ortalama Maaş", 14000, 19.90),
        (2023, "top", "Üst Düzey Maaşları", 16000, 29.00),
    ],
    ANALIST: [
        (2024, "average", "Ortalama Maaş", 15500, 126.40),
        (2024, "top", "Üst Düzey Maaşları", 18500, 138.70),
    ],
}
EXTRA_PAY = {HESAP: ["komisyon", "ikramiye"], ANALIST: ["ikramiye"]}
SKILL_IDS = {
    HESAP: ["communication", "product-knowledge", "problem-solving", "time-management", "teamwork"],
    ANALIST: [
        "communication",
        "active-listening",
        "problem-solving",
        "critical-thinking",
        "organization",
    ],
}
SOURCE_FILES = {HESAP: "000_e184a0d8dd1368c7.txt", ANALIST: "002_dfd20da184a70e01.txt"}
TITLES = {HESAP: "Müşteri Hesap Temsilcisi", ANALIST: "Müşteri Hizmetleri Analisti"}
PAGE_NOISE = ["En Popüler", "Bir cevap yazın", "CV Hazırlama Rehberini", "Başa dön"]


def occupation_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "occupations").glob("*.json"))


def all_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in [key, *all_strings(item)]]
    if isinstance(value, list):
        return [s for item in value for s in all_strings(item)]
    return []


@pytest.fixture
def profiles(raw_profiles: dict[str, dict[str, Any]]) -> dict[str, Profile]:
    return {slug: validate(Profile, data) for slug, data in raw_profiles.items()}


def test_bundled_occupations_are_exactly_the_two_seed_profiles(data_dir: Path) -> None:
    assert [path.name for path in occupation_files(data_dir)] == [f"{slug}.json" for slug in SLUGS]


@pytest.mark.parametrize("path_name", [f"{slug}.json" for slug in SLUGS])
def test_file_name_equals_slug(data_dir: Path, path_name: str) -> None:
    path = data_dir / "occupations" / path_name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["slug"] == path.stem


@pytest.mark.parametrize("slug", SLUGS)
def test_title(profiles: dict[str, Profile], slug: str) -> None:
    assert profiles[slug].title == TITLES[slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_nine_duties(profiles: dict[str, Profile], slug: str) -> None:
    duties = profiles[slug].duties
    assert len(duties) == 9
    assert len(set(duties)) == 9
    assert all(duty.strip() == duty and duty for duty in duties)


@pytest.mark.parametrize(
    ("slug", "index", "text"),
    [
        (
            HESAP,
            0,
            "İletişim bilgileri, ürün kullanım geçmişi ve ödeme detayları gibi müşteri "
            "kayıtlarının tutulması ve güncellenmesi",
        ),
        (
            HESAP,
            8,
            "Müşterilerle hesaplarıyla ilgili olarak telefon, e-posta, metin veya sosyal medya "
            "aracılığıyla iletişim kurmak",
        ),
        (
            ANALIST,
            0,
            "Şirket politikalarına uyumu sağlamak için teknoloji, endüstri standartları ve "
            "düzenlemelerdeki eğilimleri izlemek",
        ),
        (
            ANALIST,
            8,
            "Yazılım veya donanım sistemleriyle ilgili sorunları çözmek ve müşterilere teknik "
            "destek sağlamak",
        ),
    ],
)
def test_duty_text(profiles: dict[str, Profile], slug: str, index: int, text: str) -> None:
    assert profiles[slug].duties[index] == text


@pytest.mark.parametrize("slug", SLUGS)
def test_salary_figures_exact(profiles: dict[str, Profile], slug: str) -> None:
    figures = [
        (f.year, f.kind, f.label, f.monthly_tl, f.hourly_tl) for f in profiles[slug].salary.figures
    ]
    assert figures == SALARY_FIGURES[slug]


@pytest.mark.parametrize(
    ("slug", "year", "kind", "monthly", "hourly"),
    [(slug, *row[:2], *row[3:]) for slug, rows in SALARY_FIGURES.items() for row in rows],
)
def test_salary_figure_lookup(
    profiles: dict[str, Profile], slug: str, year: int, kind: str, monthly: int, hourly: float
) -> None:
    found = profiles[slug].figure(year, kind)
    assert found is not None
    assert found.monthly_tl == monthly
    assert found.hourly_tl == pytest.approx(hourly)


@pytest.mark.parametrize(("slug", "years"), [(HESAP, [2023]), (ANALIST, [2024])])
def test_salary_years(profiles: dict[str, Profile], slug: str, years: list[int]) -> None:
    assert profiles[slug].salary_years() == years


@pytest.mark.parametrize("slug", SLUGS)
def test_basis_is_unknown_everywhere(raw_profiles: dict[str, dict[str, Any]], slug: str) -> None:
    figures = raw_profiles[slug]["salary"]["figures"]
    assert [figure["basis"] for figure in figures] == ["unknown"] * len(figures)
    assert len(figures) == 2


@pytest.mark.parametrize("slug", SLUGS)
def test_extra_pay(profiles: dict[str, Profile], slug: str) -> None:
    assert profiles[slug].salary.extra_pay == EXTRA_PAY[slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_salary_source_note_present(profiles: dict[str, Profile], slug: str) -> None:
    note = profiles[slug].salary.source_note
    assert note is not None
    assert "Kariyer sitelerinden ve Forumlardan" in note


@pytest.mark.parametrize("slug", SLUGS)
def test_outlook_declines(profiles: dict[str, Profile], slug: str) -> None:
    outlook = profiles[slug].outlook
    assert outlook is not None
    assert outlook.direction == "decline"
    assert "önümüzdeki on yılda" in outlook.statement
    assert len(outlook.reason) == 1


@pytest.mark.parametrize("slug", SLUGS)
def test_five_skills_with_known_ids(
    profiles: dict[str, Profile], raw_skills: dict[str, Any], slug: str
) -> None:
    known = {skill["id"] for skill in raw_skills["skills"]}
    ids = [skill.id for skill in profiles[slug].skills]
    assert ids == SKILL_IDS[slug]
    assert set(ids) <= known
    assert all(skill.description for skill in profiles[slug].skills)


@pytest.mark.parametrize("slug", SLUGS)
def test_skill_wording_is_a_name_or_alias(
    profiles: dict[str, Profile], raw_skills: dict[str, Any], slug: str
) -> None:
    wordings = {skill["id"]: {skill["name"], *skill["aliases"]} for skill in raw_skills["skills"]}
    for skill in profiles[slug].skills:
        assert skill.id is not None
        assert skill.name in wordings[skill.id], (slug, skill.name)


@pytest.mark.parametrize("slug", SLUGS)
def test_three_trends(profiles: dict[str, Profile], slug: str) -> None:
    trends = profiles[slug].development.trends
    assert len(trends) == 3
    assert all(trend.title and len(trend.text) == 2 for trend in trends)


@pytest.mark.parametrize(
    ("slug", "positions"),
    [
        (
            HESAP,
            ["Müşteri hesap yöneticisi", "Müşteri hizmetleri müdürü", "Müşteri ilişkileri müdürü"],
        ),
        (ANALIST, ["Yönetim rolleri", "Konu uzmanı"]),
    ],
)
def test_career_positions(profiles: dict[str, Profile], slug: str, positions: list[str]) -> None:
    path = profiles[slug].career_path
    assert path.positions == positions
    assert path.text


@pytest.mark.parametrize("slug", SLUGS)
def test_requirements_present(profiles: dict[str, Profile], slug: str) -> None:
    req = profiles[slug].requirements
    assert req.education
    assert req.training
    assert req.certificates


@pytest.mark.parametrize("slug", SLUGS)
def test_source(profiles: dict[str, Profile], slug: str) -> None:
    source = profiles[slug].source
    assert source.site == "eniyimeslekler.com"
    assert source.file == SOURCE_FILES[slug]
    assert source.title == f"{TITLES[slug]} Ne İş Yapar ve Maaşları Ne Kadar?"


@pytest.mark.parametrize("noise", PAGE_NOISE)
def test_no_page_noise_in_any_data_file(data_dir: Path, noise: str) -> None:
    files = [*occupation_files(data_dir), data_dir / "skills.json"]
    assert len(files) == 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert noise not in text, path.name
        strings = all_strings(json.loads(text))
        assert not [s for s in strings if noise.casefold() in s.casefold()], path.name


def test_skill_ids_unique(raw_skills: dict[str, Any]) -> None:
    ids = [skill["id"] for skill in raw_skills["skills"]]
    assert len(ids) == 8
    assert len(ids) == len(set(ids))


def test_skill_aliases_and_names_unique_across_skills(raw_skills: dict[str, Any]) -> None:
    wordings = [
        wording.casefold()
        for skill in raw_skills["skills"]
        for wording in [skill["name"], *skill["aliases"]]
    ]
    assert len(wordings) == len(set(wordings))


def test_skill_names(raw_skills: dict[str, Any]) -> None:
    names = {skill["id"]: skill["name"] for skill in raw_skills["skills"]}
    assert names["communication"] == "İletişim"
    assert names["problem-solving"] == "Problem çözme"


@pytest.mark.parametrize("slug", SLUGS)
def test_positions_are_taken_from_the_article_text_and_say_so(
    slug: str, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    """Neither article lists positions: we name what its prose names, marked as derived."""
    from kariyer.text import fold

    career = raw_profiles[slug]["career_path"]
    assert career["positions_basis"] == "derived"
    prose = fold(" ".join(career["text"]))
    for position in career["positions"]:
        assert fold(position)[:-1] in prose, position  # "Konu uzmanı" ~ "konu uzmanı olabilir"
