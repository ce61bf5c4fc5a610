"""The layouts the source site uses across its articles, each read, or reported with its line.

Bullets, headings with or without the occupation's name, "En Düşük" / "Başlangıç" lines,
ranges ("12.000 - 15.000 TL"), "2024 yılı" in any case and a missing hourly rate. What the
importer cannot read is reported by line number and left out: never guessed.
"""

from __future__ import annotations

import pytest

from kariyer.importer.sections import SPEC
from kariyer.schema.models import SalaryFigure, SkillTable

from ..support import ANALIST, HEADINGS, HESAP, SLUGS, article, bundled, codes, imported, run_import

TOP_LINE = "- 2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)"
AVERAGE_LINE = "- 2024 Yılı Ortalama Maaş: 15.500 TL (126.40 TL/saat)"


def with_line(extra: str, after: str = TOP_LINE) -> str:
    """The analyst's article with ``extra`` as a salary line after ``after``."""
    text = article(ANALIST)
    assert after in text
    return text.replace(after, f"{after}\n{extra}")


def figures_of(text: str, table: SkillTable) -> list[SalaryFigure]:
    return imported(text, ANALIST, table).salary.figures


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if fragment in line)


# -- "En Düşük" and "Başlangıç": a figure of kind low, the label verbatim ---------------------
@pytest.mark.parametrize(
    ("line", "label", "monthly", "hourly"),
    [
        ("- 2024 Yılı En Düşük Maaş: 11.000 TL", "En Düşük Maaş", 11000.0, None),
        ("- 2024 yılı Başlangıç Maaşı: 12.000 TL (70.00 TL/saat)", "Başlangıç Maaşı", 12000, 70),
        ("• 2024 YILI EN DÜŞÜK MAAŞLARI: 11.250,50 TL", "EN DÜŞÜK MAAŞLARI", 11250.5, None),
        ("2024 Yılı başlangıç maaşı: 9500 TL (55,50 TL/saat)", "başlangıç maaşı", 9500, 55.5),
    ],
)
def test_low_and_starting_salary_lines_are_figures_of_kind_low(
    line: str, label: str, monthly: float, hourly: float | None, table: SkillTable
) -> None:
    result = run_import(with_line(line), ANALIST, table)
    assert result.profile is not None
    assert codes(result.findings) == []
    *published, low = result.profile.salary.figures
    assert published == bundled(ANALIST).salary.figures
    assert low == SalaryFigure(
        year=2024, kind="low", label=label, monthly_tl=monthly, hourly_tl=hourly
    )


def test_a_second_low_line_of_the_same_year_is_reported_not_merged(table: SkillTable) -> None:
    text = with_line("- 2024 Yılı En Düşük Maaş: 11.000 TL\n- 2024 Yılı Başlangıç Maaşı: 12.000 TL")
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert [f.monthly_tl for f in result.profile.salary.figures if f.kind == "low"] == [11000]
    assert codes(result.findings) == ["ignored-line"]
    assert f"Satır {line_of(text, 'Başlangıç Maaşı')}:" in result.findings[0].message


# -- ranges: both ends kept, never a midpoint --------------------------------------------------
@pytest.mark.parametrize(
    "amounts",
    [
        "12.000 - 15.000 TL",
        "12.000-15.000 TL",
        "12.000 TL - 15.000 TL",
        "12.000 – 15.000 TL",
        "12.000 TL—15.000 TL",
    ],
)
def test_a_range_keeps_both_ends(amounts: str, table: SkillTable) -> None:
    text = article(ANALIST).replace("15.500 TL (126.40 TL/saat)", amounts)
    average = imported(text, ANALIST, table).figure(2024, "average")
    assert average is not None
    assert (average.monthly_tl, average.monthly_tl_high) == (12000, 15000)
    assert (average.hourly_tl, average.hourly_tl_high) == (None, None)
    assert average.is_range


@pytest.mark.parametrize(
    "hourly",
    ["(60 - 80 TL/saat)", "(60-80 TL/saat)", "(60 TL - 80 TL/saat)", "(60,50 – 80 TL/saat)"],
)
def test_an_hourly_range_keeps_both_ends(hourly: str, table: SkillTable) -> None:
    text = article(ANALIST).replace("15.500 TL (126.40 TL/saat)", f"12.000 - 15.000 TL {hourly}")
    average = imported(text, ANALIST, table).figure(2024, "average")
    assert average is not None
    assert average.hourly_tl in (60, 60.5)
    assert average.hourly_tl_high == 80


def test_a_single_figure_has_no_upper_end(table: SkillTable) -> None:
    for figure in imported(article(ANALIST), ANALIST, table).salary.figures:
        assert figure.monthly_tl_high is None
        assert figure.hourly_tl_high is None
        assert not figure.is_range


# -- what cannot be read is reported with its line --------------------------------------------
@pytest.mark.parametrize(
    "broken",
    [
        "- 2024 Yılı Ortalama Maaş: 15.000 - 12.000 TL",  # ends the wrong way round
        "- 2024 Yılı Ortalama Maaş: 15.000 - 15.000 TL",  # not a range
        "- 2024 Yılı Ortalama Maaş: 12.000 - 15.000 TL (80 - 60 TL/saat)",
        "- 2024 Yılı Tavan Maaş: 25.000 TL",  # a label that is none of the four
        "- 2024 Yılı Asgari Maaş: 11.000 TL",
        "- 2024 Yılı Ortalama Maaş: 12.000 - TL",
        "- 2024 Yılı Ortalama Maaş: 12.000 ile 15.000 TL arası",
    ],
)
def test_an_unreadable_salary_line_is_reported_with_its_line(
    broken: str, table: SkillTable
) -> None:
    text = article(ANALIST).replace(AVERAGE_LINE, broken)
    result = run_import(text, ANALIST, table)
    assert result.profile is not None
    assert codes(result.findings) == ["unparsed-salary-line"]
    assert f"Satır {line_of(text, broken)}:" in result.findings[0].message
    assert [f.kind for f in result.profile.salary.figures] == ["top"]


# -- the year in any case, bullets, no hourly rate ---------------------------------------------
@pytest.mark.parametrize("yili", ["yılı", "YILI", "Yili", "yili"])
def test_the_year_word_in_any_case(yili: str, table: SkillTable) -> None:
    text = article(ANALIST).replace("2024 Yılı", f"2024 {yili}")
    figures = figures_of(text, table)
    want = bundled(ANALIST).salary.figures
    assert [(f.year, f.kind, f.monthly_tl) for f in figures] == [
        (f.year, f.kind, f.monthly_tl) for f in want
    ]


@pytest.mark.parametrize("bullet", ["- ", "• ", "•", "* ", ""])
def test_salary_lines_with_any_bullet_or_none(bullet: str, table: SkillTable) -> None:
    text = article(ANALIST).replace("\n- 2024", f"\n{bullet}2024")
    assert figures_of(text, table) == bundled(ANALIST).salary.figures


def test_lines_without_hourly_rates(table: SkillTable) -> None:
    text = article(ANALIST).replace(" (126.40 TL/saat)", "").replace(" (138.70 TL/saat)", "")
    result = run_import(text, ANALIST, table)
    assert result.findings == []
    assert result.profile is not None
    assert [f.hourly_tl for f in result.profile.salary.figures] == [None, None]


# -- headings with or without the occupation's name -------------------------------------------
@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("key", list(SPEC))
def test_a_heading_without_the_occupation_name(slug: str, key: str, table: SkillTable) -> None:
    text = article(slug).replace(HEADINGS[slug][key], SPEC[key].ending)
    assert text != article(slug) or HEADINGS[slug][key] == SPEC[key].ending
    result = run_import(text, slug, table)
    assert result.findings == []
    assert result.profile == imported(article(slug), slug, table)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(
    "heading",
    [
        "{name} Maaşları Ne Kadar?",
        "Maaşları Ne Kadar?",
        "Maaşı Ne Kadar?",
        "{name} Maaşı Ne Kadar?",
    ],
)
def test_salary_heading_variants(slug: str, heading: str, table: SkillTable) -> None:
    name = bundled(slug).title
    text = article(slug).replace(HEADINGS[slug]["salary"], heading.format(name=name))
    result = run_import(text, slug, table)
    assert result.findings == []
    assert result.profile == imported(article(slug), slug, table)


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("heading", ["{name} Ne İş Yapar?", "Ne İş Yapar?"])
def test_a_what_does_it_do_heading_over_the_summary(
    slug: str, heading: str, table: SkillTable
) -> None:
    lines = article(slug).split("\n")
    lines.insert(1, heading.format(name=bundled(slug).title))
    result = run_import("\n".join(lines), slug, table)
    assert result.findings == []
    assert result.profile == imported(article(slug), slug, table)


def test_the_title_line_is_no_salary_heading(table: SkillTable) -> None:
    """ "… Ne İş Yapar ve Maaşları Ne Kadar?" ends like a salary heading, but is the title."""
    profile = imported(article(HESAP), HESAP, table)
    assert profile.title == "Müşteri Hesap Temsilcisi"
    assert profile.summary == bundled(HESAP).summary
