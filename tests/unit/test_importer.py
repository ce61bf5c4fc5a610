"""The article importer: the seed articles give back the bundled profiles, whatever the bytes.

Small changes to an article (line ends, encodings, bullets, spacing, page noise) are
tolerated; tests/unit/test_importer_findings.py covers what is reported, never guessed around.

Tests read only the copies in tests/fixtures/articles, never the original seed files.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from kariyer.errors import KariyerError, UsageError
from kariyer.importer.decode import decode_article
from kariyer.importer.parser import parse_article
from kariyer.schema.build import to_data
from kariyer.schema.models import Profile, SkillTable
from kariyer.text import turkish_lower, turkish_upper

from ..support import (
    ANALIST,
    ARTICLES,
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

# What an article cannot give mechanically: the importer never guesses next-step positions
# from prose, and the ISCO-08 code is a maintainer's judgement. Everything else must match.
NOT_IN_ARTICLE = ("career_path.positions", "career_path.positions_basis", "isco08")
COMPARED_KEYS = tuple(key for key in PROFILE_KEYS if key not in NOT_IN_ARTICLE)
NOISE = [
    "En Popüler:\xa0 Kasiyer Ne İş Yapar ve Maaşları Ne Kadar?",
    "Dipnot: Kasiyer İçin CV Hazırlama Rehberini İncelemenizi Tavsiye Ederiz.",
    "Bir cevap yazın",
    "E-posta hesabınız yayımlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
    "Başa dön tuşu",
]


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


def test_the_site_is_never_assumed(table: SkillTable) -> None:
    """No --site and no URL: the site is unknown, not the site our seeds come from."""
    result = parse_article(article(HESAP), skills=table)
    assert result.profile is not None
    assert result.profile.source.site is None
    assert "site" not in json.loads(result.profile_json())["source"]


@pytest.mark.parametrize(
    ("url", "site", "want"),
    [
        ("https://www.kariyer.net/pozisyonlar/musteri-temsilcisi", None, "kariyer.net"),
        ("http://Example.ORG:8080/a?b=c", None, "example.org"),
        ("https://www.kariyer.net./a", None, "kariyer.net"),
        ("https://www.kariyer.net/x", "Kariyer.net blog", "Kariyer.net blog"),
        (None, "eniyimeslekler.com", "eniyimeslekler.com"),
    ],
)
def test_the_site_comes_from_site_or_the_url_host(
    table: SkillTable, url: str | None, site: str | None, want: str
) -> None:
    result = parse_article(article(HESAP), skills=table, source_url=url, site=site)
    assert result.profile is not None
    assert result.profile.source.site == want
    assert result.profile.source.url == url


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/a",
        "eniyimeslekler.com/a",
        "https://",
        "javascript:alert(1)",
        "https://a b/",
        "https://x.org:99999/a",
    ],
)
def test_source_url_must_be_http(table: SkillTable, url: str) -> None:
    with pytest.raises(UsageError) as exc:
        parse_article(article(HESAP), skills=table, source_url=url)
    assert "http(s)" in exc.value.message


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


@pytest.mark.parametrize("slug", SLUGS)
def test_importer_keeps_the_articles_requirement_headings(slug: str, table: SkillTable) -> None:
    headings = imported(article(slug), slug, table).requirements.headings
    assert headings == {
        "education": "Eğitim",
        "training": "Antrenman tecrübesi",
        "certificates": "Sertifikalar ve Lisanslar",
    }
