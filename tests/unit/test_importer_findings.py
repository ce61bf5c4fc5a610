"""The article importer never guesses: what an article lacks or garbles is reported.

A missing section, a broken salary line, an unclear outlook, an unknown skill, a missing
title or a bad slug each give a finding (or a usage error); any text at all is survived.

Tests read only the copies in tests/fixtures/articles, never the original seed files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kariyer.checks.findings import Finding
from kariyer.domain.skills import find_skill
from kariyer.errors import UsageError
from kariyer.importer.parser import parse_article
from kariyer.schema.build import to_data
from kariyer.schema.limits import SLUG_PATTERN
from kariyer.schema.models import Profile, SkillTable
from kariyer.schema.validate import validate
from kariyer.store.reference import load_bundled_table

from ..support import (
    ANALIST,
    HEADINGS,
    HESAP,
    PROFILE_KEYS,
    SLUGS,
    article,
    bundled,
    codes,
    imported,
    run_import,
)

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
    expected = replace(bundled(ANALIST).career_path, positions=[], positions_basis="listed")
    assert result.profile.career_path == expected
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


@pytest.mark.parametrize(
    "line",
    [
        "- Ortalama Maaş: 15.000 TL",
        "- 2024 Yılında Ortalama Maaş: 16.000 TL",
        "- En Düşük Maaş (2024): 11.000 TL",
        "Ortalama maaş 2024 yılında 15.000 TL'dir.",
        "• Başlangıç maaşı 12 bin TL civarındadır.",
        "- Ortalama: ₺15.000",
    ],
)
def test_a_salary_line_not_starting_with_a_year_is_reported_not_kept_as_prose(
    line: str, table: SkillTable
) -> None:
    text = article(ANALIST)
    intro = "Ayrıca ikramiye şeklinde ek tazminat da alabilirler."
    number = line_number(text, intro) + 1
    result = run_import(text.replace(intro, f"{intro}\n{line}"), ANALIST, table)
    assert result.profile is not None
    warning = only(result.findings, "unparsed-salary-line")
    assert f"Satır {number}:" in warning.message
    assert codes(result.findings) == ["unparsed-salary-line"]
    assert result.profile.salary == bundled(ANALIST).salary
    assert result.profile.outlook == bundled(ANALIST).outlook


def test_an_amount_after_the_figures_is_reported_as_a_salary_line(table: SkillTable) -> None:
    figure = "- 2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)"
    text = article(ANALIST).replace(figure, f"{figure}\n- Ortalama Maaş: 15.000 TL")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert codes(result.findings) == ["unparsed-salary-line"]
    assert result.profile.salary == bundled(ANALIST).salary
