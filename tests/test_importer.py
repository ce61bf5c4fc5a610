"""The article importer: the two seed articles give back the bundled profiles, and small
changes to an article (line ends, encodings, bullets, spacing, page noise, a missing
section, a broken salary line) are tolerated or reported, never guessed around.

Tests read only the copies in tests/fixtures/articles, never the original seed files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kariyer.checks.findings import Finding
from kariyer.domain.skills import find_skill
from kariyer.errors import KariyerError, UsageError
from kariyer.importer.decode import decode_article
from kariyer.importer.parser import ImportResult, parse_article
from kariyer.schema.build import to_data
from kariyer.schema.limits import SLUG_PATTERN
from kariyer.schema.models import Profile, SkillTable
from kariyer.schema.validate import validate
from kariyer.store.paths import bundled_data_dir
from kariyer.store.reference import load_bundled_table
from kariyer.text import turkish_lower, turkish_upper

from .support import ANALIST, HESAP, SLUGS

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

# What an article cannot give mechanically: the importer never guesses next-step positions
# from prose, and the ISCO-08 code is a maintainer's judgement. Everything else must match.
NOT_IN_ARTICLE = ("career_path.positions", "isco08")

# The section headings exactly as each article prints them (note the varying wording).
HEADINGS = {
    HESAP: {
        "duties": "Müşteri Hesap Temsilcisi Sorumlulukları ve Görevleri",
        "salary": "Müşteri Hesap Temsilcisi Maaşı Ne Kadar?",
        "requirements": "Müşteri Hesap Temsilcisi İçin Şartlar ve Nitelikler Neler?",
        "skills": "Müşteri Hesabı Temsilcisi Olmak İçin Gerekli Beceriler",
        "work_conditions": "Müşteri Temsilcisi Çalışma Şartları Nasıl?",
        "development": "Müşteri Hesabı Temsilcisi İçin Mesleki Gelişme",
        "how_to_become": "Müşteri Hesap Temsilcisi Nasıl Olunur?",
        "career_path": "Kariyer ve İş İmkanları",
    },
    ANALIST: {
        "duties": "Müşteri Hizmetleri Analisti Sorumlulukları ve Görevleri",
        "salary": "Müşteri Hizmetleri Analisti Maaşı Ne Kadar?",
        "requirements": "Müşteri Hizmetleri Analisti İçin Şartlar ve Nitelikler Neler?",
        "skills": "Müşteri Hizmetleri Analisti Olmak İçin Gerekli Beceriler",
        "work_conditions": "Müşteri Hizmetleri Analisti Çalışma Şartları Nasıl?",
        "development": "Müşteri Hizmetleri Analisti İçin Mesleki Gelişme",
        "how_to_become": "Müşteri Hizmetleri Analisti Nasıl Olunur?",
        "career_path": "Kariyer ve İş İmkanları",
    },
}
# The profile keys each section fills (the salary section also holds the outlook).
SECTION_KEYS = {
    "duties": ("duties",),
    "salary": ("salary", "outlook"),
    "requirements": ("requirements",),
    "skills": ("skills",),
    "work_conditions": ("work_conditions",),
    "development": ("development",),
    "how_to_become": ("how_to_become",),
    "career_path": ("career_path",),
}
PROFILE_KEYS = tuple(f.name for f in fields(Profile))
COMPARED_KEYS = tuple(key for key in PROFILE_KEYS if key not in NOT_IN_ARTICLE)
NOISE = [
    "En Popüler:\xa0 Kasiyer Ne İş Yapar ve Maaşları Ne Kadar?",
    "Dipnot: Kasiyer İçin CV Hazırlama Rehberini İncelemenizi Tavsiye Ederiz.",
    "Bir cevap yazın",
    "E-posta hesabınız yayımlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
    "Başa dön tuşu",
]


# -- helpers -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def table() -> SkillTable:
    return load_bundled_table("skills.json", SkillTable)


def article(slug: str) -> str:
    return (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")


def bundled(slug: str) -> Profile:
    path = bundled_data_dir() / "occupations" / f"{slug}.json"
    return validate(Profile, json.loads(path.read_text(encoding="utf-8")))


def source_file(slug: str) -> str:
    name = bundled(slug).source.file
    assert name is not None
    return name


def run_import(text: str, slug: str, table: SkillTable, **options: Any) -> ImportResult:
    options.setdefault("source_file", source_file(slug))
    return parse_article(text, skills=table, **options)


def imported(text: str, slug: str, table: SkillTable) -> Profile:
    result = run_import(text, slug, table)
    assert result.profile is not None, result.findings
    return result.profile


def comparable(profile: Profile) -> dict[str, Any]:
    """The profile's JSON dump without the fields an article cannot give."""
    dump = to_data(profile)
    for dotted in NOT_IN_ARTICLE:
        *parents, last = dotted.split(".")
        target = dump
        for part in parents:
            target = target[part]
        del target[last]
    return dump


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


def only(findings: list[Finding], code: str) -> Finding:
    matching = [finding for finding in findings if finding.code == code]
    assert len(matching) == 1, findings
    return matching[0]


def line_number(text: str, fragment: str) -> int:
    """1-based number of the only line containing ``fragment``."""
    numbers = [i for i, line in enumerate(text.split("\n"), start=1) if fragment in line]
    assert len(numbers) == 1, (fragment, numbers)
    return numbers[0]


def without_section(text: str, slug: str, section: str) -> str:
    """The article without one section: its heading and every line up to the next heading."""
    lines = text.split("\n")
    headings = set(HEADINGS[slug].values())
    start = lines.index(HEADINGS[slug][section])
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i] in headings),
        len(lines),
    )
    return "\n".join(lines[:start] + lines[end:])


def assert_same_except(got: Profile, want: Profile, keys: tuple[str, ...]) -> None:
    got_dump, want_dump = to_data(got), to_data(want)
    for key in PROFILE_KEYS:
        if key not in keys:
            assert got_dump[key] == want_dump[key], key


# -- the fixtures themselves ---------------------------------------------------------------
@pytest.mark.parametrize("slug", SLUGS)
def test_fixture_article_is_the_plain_utf8_seed(slug: str) -> None:
    raw = (ARTICLES / f"{slug}.txt").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    text = raw.decode("utf-8")
    assert text.split("\n")[0] == bundled(slug).source.title


@pytest.mark.parametrize("slug", SLUGS)
def test_every_listed_heading_is_a_line_of_the_article(slug: str) -> None:
    lines = article(slug).split("\n")
    for heading in HEADINGS[slug].values():
        assert lines.count(heading) == 1, heading


# -- the seed articles reproduce the bundled profiles ---------------------------------------
@pytest.mark.parametrize("key", COMPARED_KEYS)
@pytest.mark.parametrize("slug", SLUGS)
def test_import_reproduces_bundled_profile_section(slug: str, key: str, table: SkillTable) -> None:
    got = comparable(imported(article(slug), slug, table))
    want = comparable(bundled(slug))
    assert got[key] == want[key]


@pytest.mark.parametrize("slug", SLUGS)
def test_import_of_a_seed_article_has_no_findings(slug: str, table: SkillTable) -> None:
    result = run_import(article(slug), slug, table)
    assert result.findings == []
    assert result.profile is not None
    assert comparable(result.profile) == comparable(bundled(slug))


def test_only_the_named_fields_are_left_out_of_the_comparison() -> None:
    assert set(COMPARED_KEYS) | {"isco08"} == set(PROFILE_KEYS)
    dump = comparable(bundled(HESAP))
    assert "isco08" not in dump
    assert set(dump["career_path"]) == {"text"}


@pytest.mark.parametrize("slug", SLUGS)
def test_importer_never_fills_positions_or_isco(slug: str, table: SkillTable) -> None:
    profile = imported(article(slug), slug, table)
    assert profile.career_path.positions == []
    assert profile.isco08 is None
    # ... where the bundled profile has positions: the exclusion is not vacuous
    assert bundled(slug).career_path.positions


def test_source_is_the_site_the_title_line_and_the_given_file(table: SkillTable) -> None:
    result = parse_article(
        article(ANALIST),
        skills=table,
        source_file="analist.txt",
        source_url="https://www.eniyimeslekler.com/musteri-hizmetleri-analisti/",
    )
    assert result.profile is not None
    source = result.profile.source
    assert source.site == "eniyimeslekler.com"
    assert source.title == "Müşteri Hizmetleri Analisti Ne İş Yapar ve Maaşları Ne Kadar?"
    assert source.file == "analist.txt"
    assert source.url == "https://www.eniyimeslekler.com/musteri-hizmetleri-analisti/"
    assert result.profile.title == "Müşteri Hizmetleri Analisti"


def test_without_source_options_file_and_url_are_null(table: SkillTable) -> None:
    result = parse_article(article(HESAP), skills=table)
    assert result.profile is not None
    assert result.profile.source.file is None
    assert result.profile.source.url is None


def test_second_unlabelled_training_paragraph_belongs_to_training(table: SkillTable) -> None:
    training = imported(article(ANALIST), ANALIST, table).requirements.training
    assert len(training) == 2
    assert training[0].startswith("Birçok işveren")
    assert training[1].startswith("Bazı işverenler, bir adayın")


@pytest.mark.parametrize(
    ("slug", "titles"),
    [
        (
            HESAP,
            [
                "Daha İyi Müşteri Deneyimi İhtiyacı",
                "Dijital Dönüşüme Odaklanma",
                "Veri Güvenliğine Dikkat",
            ],
        ),
        (
            ANALIST,
            [
                "Teknik Beceri Gereksinimi",
                "Müşteri Deneyimine Odaklanma",
                "Teknolojinin Kullanımı",
            ],
        ),
    ],
)
def test_three_trends_each_with_two_paragraphs(
    slug: str, titles: list[str], table: SkillTable
) -> None:
    development = imported(article(slug), slug, table).development
    assert [trend.title for trend in development.trends] == titles
    assert [len(trend.text) for trend in development.trends] == [2, 2, 2]
    assert len(development.intro) == 1


def test_a_short_line_not_followed_by_paragraphs_is_no_trend_title(table: SkillTable) -> None:
    text = article(ANALIST)
    how_to = HEADINGS[ANALIST]["how_to_become"]
    changed = text.replace(f"\n{how_to}\n", f"\nKısa bir son not\n{how_to}\n")
    assert changed != text
    trends = imported(changed, ANALIST, table).development.trends
    assert [trend.title for trend in trends] == [
        trend.title for trend in bundled(ANALIST).development.trends
    ]
    assert trends[-1].text[-1] == "Kısa bir son not"


@pytest.mark.parametrize("slug", SLUGS)
def test_page_noise_is_not_imported(slug: str, table: SkillTable) -> None:
    dump = json.dumps(to_data(imported(article(slug), slug, table)), ensure_ascii=False)
    for noise in ("En Popüler", "CV Hazırlama", "Bir cevap yazın", "yayımlanmayacak", "Başa dön"):
        assert noise not in dump


# -- decoding ------------------------------------------------------------------------------
@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda text: text.replace("\n", "\r").encode("utf-8"), id="cr"),
        pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), id="bom"),
        pytest.param(
            lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
            id="bom-crlf",
        ),
    ],
)
def test_bom_and_line_ends_change_nothing(slug: str, encode: Any, table: SkillTable) -> None:
    text, findings = decode_article(encode(article(slug)))
    assert findings == []
    assert "\r" not in text
    assert not text.startswith("\ufeff")
    assert text == article(slug)
    assert imported(text, slug, table) == imported(article(slug), slug, table)


@pytest.mark.parametrize("slug", SLUGS)
def test_cp1254_bytes_are_decoded_with_a_warning(slug: str, table: SkillTable) -> None:
    raw = article(slug).encode("cp1254")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the case under test: not UTF-8

    text, findings = decode_article(raw)

    assert codes(findings) == ["encoding-fallback"]
    assert findings[0].severity == "warning"
    assert "cp1254" in findings[0].message
    assert text == article(slug)
    assert imported(text, slug, table) == imported(article(slug), slug, table)


def test_bytes_neither_utf8_nor_cp1254_are_an_error() -> None:
    raw = "Müşteri".encode("cp1254") + b"\x81\x8d"  # 0x81 is undefined in cp1254
    with pytest.raises(KariyerError, match="cp1254"):
        decode_article(raw)


def test_plain_utf8_gives_no_findings() -> None:
    assert decode_article("Şoför\nİş".encode()) == ("Şoför\nİş", [])


# -- tolerance: the same article written differently ---------------------------------------
HESAP_BULLETS = ["- ", "* ", "– ", "\t•\t", "•", "  -  "]
ANALIST_BULLETS = ["• ", "  • ", "* ", "– ", "\t-\t"]


@pytest.mark.parametrize("bullet", HESAP_BULLETS)
def test_hesap_bullet_styles(bullet: str, table: SkillTable) -> None:
    text = article(HESAP)
    changed = re.sub(r"(?m)^  • ", lambda _: bullet, text)
    assert changed != text
    assert imported(changed, HESAP, table) == imported(text, HESAP, table)


@pytest.mark.parametrize("bullet", ANALIST_BULLETS)
def test_analist_bullet_styles(bullet: str, table: SkillTable) -> None:
    text = article(ANALIST)
    changed = re.sub(r"(?m)^- ", lambda _: bullet, text)
    assert changed != text
    assert imported(changed, ANALIST, table) == imported(text, ANALIST, table)


def test_hesap_without_blank_lines(table: SkillTable) -> None:
    text = article(HESAP)
    changed = re.sub(r"\n\s*\n", "\n", text)
    assert "\n\n" not in changed
    result = run_import(changed, HESAP, table)
    assert result.findings == []
    assert result.profile == imported(text, HESAP, table)


def test_analist_with_extra_blank_lines(table: SkillTable) -> None:
    text = article(ANALIST)
    changed = text.replace("\n", "\n \n\t\n")
    result = run_import(changed, ANALIST, table)
    assert result.findings == []
    assert result.profile == imported(text, ANALIST, table)


@pytest.mark.parametrize("slug", SLUGS)
def test_extra_spaces_and_tabs(slug: str, table: SkillTable) -> None:
    text = article(slug)
    changed = "\n".join(
        "  \t" + line.replace(" ", "  ") + " \t " if line else line for line in text.split("\n")
    )
    result = run_import(changed, slug, table)
    assert result.findings == []
    assert result.profile == imported(text, slug, table)


@pytest.mark.parametrize("slug", SLUGS)
def test_noise_lines_anywhere_are_dropped(slug: str, table: SkillTable) -> None:
    lines = article(slug).split("\n")
    noisy: list[str] = []
    for index, line in enumerate(lines):
        noisy.append(line)
        noisy.append(NOISE[index % len(NOISE)])
    result = run_import("\n".join(noisy), slug, table)
    assert result.findings == []
    assert result.profile == imported(article(slug), slug, table)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("case", [turkish_upper, turkish_lower], ids=["upper", "lower"])
def test_headings_match_in_any_case(slug: str, case: Any, table: SkillTable) -> None:
    text = article(slug)
    for heading in HEADINGS[slug].values():
        text = text.replace(heading, case(heading))
    assert text != article(slug)
    result = run_import(text, slug, table)
    assert result.findings == []
    assert result.profile == imported(article(slug), slug, table)


def test_hourly_with_a_decimal_comma(table: SkillTable) -> None:
    text = article(HESAP).replace("(19.90 TL/saat)", "(19,90 TL/saat)")
    assert text != article(HESAP)
    figures = imported(text, HESAP, table).salary.figures
    assert figures == bundled(HESAP).salary.figures
    assert figures[0].hourly_tl == 19.9


def test_figure_without_hourly_rate(table: SkillTable) -> None:
    text = article(ANALIST).replace(" (138.70 TL/saat)", "")
    top = imported(text, ANALIST, table).figure(2024, "top")
    assert top is not None
    assert top.monthly_tl == 18500
    assert top.hourly_tl is None


# -- never guess ---------------------------------------------------------------------------
@pytest.mark.parametrize("section", list(SECTION_KEYS))
@pytest.mark.parametrize("slug", SLUGS)
def test_missing_section_stays_empty_with_a_warning(
    slug: str, section: str, table: SkillTable
) -> None:
    text = without_section(article(slug), slug, section)
    result = run_import(text, slug, table)
    assert result.profile is not None

    warning = only(result.findings, "missing-section")
    assert warning.severity == "warning"
    assert warning.field == SECTION_KEYS[section][0]
    assert "bulunamadı" in warning.message
    assert codes(result.findings) == ["missing-section"]

    empty = to_data(
        validate(Profile, {"slug": "x", "title": "x", "source": {"site": "x", "title": "x"}})
    )
    got = to_data(result.profile)
    for key in SECTION_KEYS[section]:
        assert got[key] == empty[key], key
    assert_same_except(result.profile, imported(article(slug), slug, table), SECTION_KEYS[section])


@pytest.mark.parametrize("slug", SLUGS)
def test_missing_summary_is_reported(slug: str, table: SkillTable) -> None:
    lines = article(slug).split("\n")
    duties = lines.index(HEADINGS[slug]["duties"])
    text = "\n".join(lines[:1] + lines[duties:])
    result = run_import(text, slug, table)
    assert result.profile is not None
    assert result.profile.summary == []
    assert only(result.findings, "missing-section").field == "summary"


@pytest.mark.parametrize(
    ("slug", "fragment", "broken", "kept_kind"),
    [
        (HESAP, "14.000 TL (19.90 TL/saat)", "on dört bin TL (19.90 TL/saat)", "top"),
        (ANALIST, "18.500 TL (138.70 TL/saat)", "18.5 bin TL (138.70 TL/saat)", "average"),
        (HESAP, "Ortalama Maaş: 14.000", "Ortalama Maaş 14.000", "top"),
        (ANALIST, "2024 Yılı Üst Düzey", "2024 Yılı En İyi", "average"),
    ],
)
def test_broken_salary_line_warns_with_its_line_number(
    slug: str, fragment: str, broken: str, kept_kind: str, table: SkillTable
) -> None:
    text = article(slug)
    number = line_number(text, fragment)
    result = run_import(text.replace(fragment, broken), slug, table)
    assert result.profile is not None

    warning = only(result.findings, "unparsed-salary-line")
    assert warning.severity == "warning"
    assert f"Satır {number}:" in warning.message
    assert codes(result.findings) == ["unparsed-salary-line"]
    kept = [f for f in bundled(slug).salary.figures if f.kind == kept_kind]
    assert result.profile.salary.figures == kept
    salary = replace(result.profile.salary, figures=[])
    assert salary == replace(bundled(slug).salary, figures=[])


def test_both_salary_lines_broken_gives_no_figures(table: SkillTable) -> None:
    text = article(ANALIST).replace(" TL (", " lira (")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.salary.figures == []
    assert codes(result.findings).count("unparsed-salary-line") == 2
    assert "no-salary-figures" in codes(result.findings)


def test_salary_year_outside_the_schema_is_not_imported(table: SkillTable) -> None:
    text = article(HESAP).replace("2023 Yılı Ortalama", "1823 Yılı Ortalama")
    result = run_import(text, HESAP, table)
    assert result.profile is not None
    assert [f.kind for f in result.profile.salary.figures] == ["top"]
    assert "unparsed-salary-line" in codes(result.findings)


def test_duplicate_salary_line_keeps_the_first(table: SkillTable) -> None:
    text = article(ANALIST).replace(
        "- 2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)",
        "- 2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)\n"
        "- 2024 Yılı Üst Düzey Maaşları: 99.000 TL (440.00 TL/saat)",
    )
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.salary.figures == bundled(ANALIST).salary.figures
    warning = only(result.findings, "ignored-line")
    assert "Satır 20:" in warning.message


@pytest.mark.parametrize(
    ("verb", "direction"),
    [
        ("azalması", "decline"),
        ("düşmesi", "decline"),
        ("artması", "growth"),
        ("büyümesi", "growth"),
    ],
)
def test_outlook_direction_from_the_verb(verb: str, direction: str, table: SkillTable) -> None:
    text = article(HESAP).replace("on yılda azalması bekleniyor", f"on yılda {verb} bekleniyor")
    result = run_import(text, HESAP, table)
    assert result.profile is not None
    assert result.profile.outlook is not None
    assert result.profile.outlook.direction == direction
    assert result.findings == []


@pytest.mark.parametrize("verb", ["değişmemesi", "artması ya da azalması"])
def test_unclear_outlook_direction_is_unknown_with_a_warning(verb: str, table: SkillTable) -> None:
    text = article(ANALIST)
    number = line_number(text, "düşmesi bekleniyor")
    text = text.replace("düşmesi bekleniyor", f"{verb} bekleniyor")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.outlook is not None
    assert result.profile.outlook.direction == "unknown"
    expected = bundled(ANALIST).outlook
    assert expected is not None
    assert result.profile.outlook.reason == expected.reason
    warning = only(result.findings, "outlook-direction-unknown")
    assert f"Satır {number}:" in warning.message


def test_missing_outlook_sentence(table: SkillTable) -> None:
    text = article(ANALIST)
    statement = text.split("\n")[line_number(text, "düşmesi bekleniyor") - 1]
    result = run_import(text.replace(statement + "\n", ""), ANALIST, table)
    assert result.profile is not None
    assert result.profile.outlook is None
    assert "missing-outlook" in codes(result.findings)
    # the reason paragraph is not moved into the salary intro
    assert result.profile.salary.intro == bundled(ANALIST).salary.intro
    assert "ignored-line" in codes(result.findings)


def test_missing_source_note(table: SkillTable) -> None:
    text = article(HESAP)
    note = text.split("\n")[line_number(text, "Yukarıda Verilen Maaşlar") - 1]
    result = run_import(text.replace(note, ""), HESAP, table)
    assert result.profile is not None
    assert result.profile.salary.source_note is None
    assert codes(result.findings) == ["missing-source-note"]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("komisyon ve ikramiye şeklinde", ["komisyon", "ikramiye"]),
        ("ikramiye ve komisyon şeklinde", ["ikramiye", "komisyon"]),
        ("ikramiyeler şeklinde", ["ikramiye"]),
        ("prim şeklinde", []),
    ],
)
def test_extra_pay_from_the_intro_in_order(
    intro: str, expected: list[str], table: SkillTable
) -> None:
    text = article(HESAP).replace("komisyon ve ikramiye şeklinde", intro)
    assert imported(text, HESAP, table).salary.extra_pay == expected


def test_extra_pay_words_outside_the_intro_do_not_count(table: SkillTable) -> None:
    text = article(ANALIST).replace(
        "bazı müşteri hizmeti analistlerine olan ihtiyacı azaltacaktır.",
        "bazı müşteri hizmeti analistlerine olan ihtiyacı azaltacaktır; komisyon da azalacak.",
    )
    assert imported(text, ANALIST, table).salary.extra_pay == ["ikramiye"]


def test_text_between_figures_and_outlook_is_not_moved(table: SkillTable) -> None:
    stray = "Bu rakamlar büyük şehirlerde daha yüksektir."
    text = article(ANALIST).replace("(138.70 TL/saat)\n", f"(138.70 TL/saat)\n{stray}\n")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert stray not in json.dumps(to_data(result.profile), ensure_ascii=False)
    warning = only(result.findings, "ignored-line")
    assert "Satır 20:" in warning.message
    assert result.profile == imported(article(ANALIST), ANALIST, table)


def test_unknown_skill_keeps_a_null_id_and_is_named(table: SkillTable) -> None:
    text = article(ANALIST).replace("\nOrganizasyon: ", "\nMüzakere: ")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    entry = result.profile.skills[4]
    assert entry.id is None
    assert entry.name == "Müzakere"
    assert entry.description == bundled(ANALIST).skills[4].description
    warning = only(result.findings, "unknown-skill")
    assert "'Müzakere'" in warning.message
    assert warning.field == "skills.4.id"
    assert f"Satır {line_number(text, 'Müzakere:')}:" in warning.message


def test_skill_ids_never_come_from_a_fuzzy_match(table: SkillTable) -> None:
    # find_skill itself would forgive the typo; the importer must not.
    near = find_skill("Aktif dinlem", table)
    assert near is not None
    assert near.id == "active-listening"
    text = article(ANALIST).replace("\nAktif dinleme: ", "\nAktif dinlem: ")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.skills[1].id is None
    assert "'Aktif dinlem'" in only(result.findings, "unknown-skill").message


def test_skill_ids_match_any_case_and_spelling_exactly(table: SkillTable) -> None:
    text = article(ANALIST).replace("\nKritik düşünce: ", "\nKRİTİK DÜŞÜNCE: ")
    profile = imported(text, ANALIST, table)
    assert profile.skills[3].id == "critical-thinking"
    assert profile.skills[3].name == "KRİTİK DÜŞÜNCE"


def test_skill_line_without_a_name_is_reported_not_guessed(table: SkillTable) -> None:
    extra = "Bu beceriler iş başında da gelişir ve zamanla güçlenir."
    text = article(ANALIST).replace("\nOrganizasyon: ", f"\n{extra}\nOrganizasyon: ")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.skills == bundled(ANALIST).skills
    warning = only(result.findings, "ignored-line")
    assert f"Satır {line_number(text, extra)}:" in warning.message


def test_unknown_requirement_label_is_reported(table: SkillTable) -> None:
    text = article(HESAP).replace("\nSertifikalar ve Lisanslar: ", "\nBelgeler: ")
    result = run_import(text, HESAP, table)
    assert result.profile is not None
    assert result.profile.requirements.certificates == []
    assert result.profile.requirements.training == bundled(HESAP).requirements.training
    assert "Belgeler" in only(result.findings, "ignored-line").message
    assert only(result.findings, "missing-section").field == "requirements.certificates"


def test_duplicate_section_keeps_the_first(table: SkillTable) -> None:
    text = article(ANALIST) + "\nKariyer ve İş İmkanları\nBaşka bir paragraf."
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert result.profile.career_path == replace(bundled(ANALIST).career_path, positions=[])
    assert only(result.findings, "duplicate-section").field == "career_path"


def test_lines_before_the_title_are_reported(table: SkillTable) -> None:
    text = "Ana Sayfa » Meslekler\n\n" + article(HESAP)
    result = run_import(text, HESAP, table)
    assert result.profile == imported(article(HESAP), HESAP, table)
    warning = only(result.findings, "ignored-line")
    assert "Satır 1:" in warning.message


# -- title and slug ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\n".join(article(HESAP).split("\n")[1:]), id="title-line-removed"),
        pytest.param("Ne İş Yapar ve Maaşları Ne Kadar?\n\nMetin.", id="title-without-name"),
        pytest.param("Merhaba dünya.\nBir satır daha.", id="plain-text"),
        pytest.param("", id="empty"),
        pytest.param(
            "Kariyer ve İş İmkanları\nKasiyer Ne İş Yapar ve Maaşları Ne Kadar?\nMetin.",
            id="title-after-a-heading",
        ),
    ],
)
def test_no_title_gives_no_profile(text: str, table: SkillTable) -> None:
    result = parse_article(text, skills=table)
    assert result.profile is None
    finding = only(result.findings, "no-title")
    assert finding.severity == "error"
    assert finding.field == "title"


def test_title_is_found_in_any_case(table: SkillTable) -> None:
    text = article(HESAP).replace(
        "Ne İş Yapar ve Maaşları Ne Kadar?", "NE İŞ YAPAR VE MAAŞLARI NE KADAR?", 1
    )
    profile = imported(text, HESAP, table)
    assert profile.title == "Müşteri Hesap Temsilcisi"
    assert profile.source.title == "Müşteri Hesap Temsilcisi NE İŞ YAPAR VE MAAŞLARI NE KADAR?"


def test_slug_comes_from_the_title(table: SkillTable) -> None:
    text = article(ANALIST).replace("Müşteri Hizmetleri Analisti Ne", "Çağrı Işık Uzmanı Ne", 1)
    result = parse_article(text, skills=table)
    assert result.profile is not None
    assert result.profile.slug == "cagri-isik-uzmani"
    assert result.profile.title == "Çağrı Işık Uzmanı"


def test_given_slug_is_used(table: SkillTable) -> None:
    result = parse_article(article(HESAP), slug="hesap-temsilcisi-2", skills=table)
    assert result.profile is not None
    assert result.profile.slug == "hesap-temsilcisi-2"


@pytest.mark.parametrize(
    "slug", ["Müşteri", "musteri hesap", "a--b", "-a", "a-", "", "a" * 81, "a_b"]
)
def test_invalid_slug_is_a_usage_error(slug: str, table: SkillTable) -> None:
    assert not re.fullmatch(SLUG_PATTERN, slug) or len(slug) > 80
    with pytest.raises(UsageError, match="slug"):
        parse_article(article(HESAP), slug=slug, skills=table)


def test_a_very_long_title_gives_a_short_valid_slug(table: SkillTable) -> None:
    name = " ".join(["Uzunca"] * 18)
    text = f"{name} Ne İş Yapar ve Maaşları Ne Kadar?\n" + "\n".join(
        article(ANALIST).split("\n")[1:]
    )
    result = parse_article(text, skills=table)
    assert result.profile is not None
    assert len(result.profile.slug) <= 80
    assert re.fullmatch(SLUG_PATTERN, result.profile.slug)
    assert only(result.findings, "slug-shortened").field == "slug"


# -- purity and robustness -----------------------------------------------------------------
def test_importer_module_does_not_load_rich_or_typer() -> None:
    code = (
        "import sys, kariyer.importer\n"
        "loaded = {'rich', 'typer'} & {name.split('.')[0] for name in sys.modules}\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_importing_prints_nothing(capsys: pytest.CaptureFixture[str], table: SkillTable) -> None:
    text = without_section(article(HESAP), HESAP, "skills").replace("14.000 TL", "x TL")
    result = run_import(text, HESAP, table)
    assert result.findings  # warnings were produced, and still nothing is printed
    assert capsys.readouterr() == ("", "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_profile_or_a_no_title_error(text: str) -> None:
    table = load_bundled_table("skills.json", SkillTable)
    result = parse_article(text, skills=table)
    if result.profile is None:
        assert "no-title" in codes(result.findings)
    else:
        validate(Profile, to_data(result.profile))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_shuffled_and_cut_articles_never_crash(data: st.DataObject) -> None:
    table = load_bundled_table("skills.json", SkillTable)
    slug = data.draw(st.sampled_from(SLUGS))
    lines = article(slug).split("\n")
    kept = data.draw(st.lists(st.sampled_from(lines), max_size=len(lines)))
    result = parse_article("\n".join(lines[:1] + kept), skills=table)
    assert result.profile is not None  # the title line is always first
    assert result.profile.title == bundled(slug).title
    assert all(finding.severity == "warning" for finding in result.findings)
