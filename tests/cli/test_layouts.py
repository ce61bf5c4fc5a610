"""An article in the site's other layouts, imported and shown: low lines and ranges honestly.

The analyst's seed article is rewritten the way other articles of the site are written
("• " bullets, headings without the occupation's name, "2024 yılı", an average published
as a range with an hourly range, a "Başlangıç" line without an hourly rate), imported into
a data directory and shown in every format; `salary` shows the range and the low line
but ranks neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..support import ANALIST, ARTICLES, HEADINGS, flat, invoke, json_of, parse_csv

SLUG = "analist-araligi"
TITLE = "Müşteri Hizmetleri Analisti"
AVERAGE = "- 2024 Yılı Ortalama Maaş: 15.500 TL (126.40 TL/saat)"
TOP = "- 2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)"


def variant_article() -> str:
    text = (ARTICLES / f"{ANALIST}.txt").read_text(encoding="utf-8")
    for old, new in (
        (AVERAGE, "• 2024 yılı Ortalama Maaş: 15.000 - 17.500 TL (66,67 - 77,78 TL/saat)"),
        (TOP, "• 2024 YILI Üst Düzey Maaşları: 18.500 TL\n• 2024 yılı Başlangıç Maaşı: 12.000 TL"),
        (HEADINGS[ANALIST]["salary"], "Maaşları Ne Kadar?"),
        (HEADINGS[ANALIST]["duties"], "Sorumlulukları ve Görevleri"),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "meslekler"
    monkeypatch.setenv("KARIYER_DATA_DIR", str(directory))
    article = tmp_path / "analist.txt"
    article.write_text(variant_article(), encoding="utf-8")
    result = invoke("import", str(article), "--slug", SLUG, "--into-data-dir", "--json")
    assert result.exit_code == 0, result
    return directory


def test_import_reads_every_variant(data_dir: Path) -> None:
    profile = json_of(invoke("show", SLUG, "--json"))
    assert profile["title"] == TITLE
    assert len(profile["duties"]) == 9
    assert profile["salary"]["figures"] == [
        {
            "year": 2024,
            "kind": "average",
            "label": "Ortalama Maaş",
            "monthly_tl": 15000.0,
            "hourly_tl": 66.67,
            "monthly_tl_high": 17500.0,
            "hourly_tl_high": 77.78,
            "basis": "unknown",
        },
        {
            "year": 2024,
            "kind": "top",
            "label": "Üst Düzey Maaşları",
            "monthly_tl": 18500.0,
            "hourly_tl": None,
            "basis": "unknown",
        },
        {
            "year": 2024,
            "kind": "low",
            "label": "Başlangıç Maaşı",
            "monthly_tl": 12000.0,
            "hourly_tl": None,
            "basis": "unknown",
        },
    ]


def test_show_json_computes_both_ends_of_a_range(data_dir: Path) -> None:
    facts = json_of(invoke("show", SLUG, "--json"))["computed"]
    average = facts["figures"][0]
    assert (average["monthly_tl"], average["monthly_tl_high"]) == (15000.0, 17500.0)
    assert average["hourly_computed"]["value"] == 66.67
    assert average["hourly_computed_high"]["value"] == 77.78
    assert average["hourly_mismatch"] is False
    assert average["ratio_to_net_minimum_high"]["value"] > average["ratio_to_net_minimum"]["value"]
    assert "monthly_tl_high" not in facts["figures"][1]  # one amount: no upper end
    assert facts["figures"][2]["kind"] == "low"


def test_show_text_shows_the_range_and_the_low_line(data_dir: Path) -> None:
    result = invoke("show", SLUG)
    assert result.exit_code == 0, result
    shown = flat(result.stdout)
    assert "15.000–17.500 TL" in shown
    assert "66,67–77,78 TL/saat" in shown
    assert "En düşük/başlangıç (makalede:" in shown
    assert "“Başlangıç Maaşı”)" in shown
    assert "12.000 TL" in shown
    assert "orta nokta hesaplanmadı" in shown


def test_show_markdown_and_csv_carry_the_same_facts(data_dir: Path) -> None:
    markdown = invoke("show", SLUG, "--format", "markdown")
    assert markdown.exit_code == 0, markdown
    assert "15.000–17.500 TL" in markdown.stdout
    assert "Başlangıç Maaşı" in markdown.stdout
    rows = parse_csv(invoke("show", SLUG, "--format", "csv").stdout)
    assert [(row["kind"], row["monthly_tl"], row["monthly_tl_high"]) for row in rows] == [
        ("average", "15000.0", "17500.0"),
        ("top", "18500.0", ""),
        ("low", "12000.0", ""),
    ]
    assert rows[2]["label"] == "Başlangıç Maaşı"


def test_salary_shows_a_range_and_a_low_line_but_ranks_neither(data_dir: Path) -> None:
    result = invoke("salary", "--year", "2024")
    assert result.exit_code == 0, result
    shown = flat(result.stdout)
    assert "15.000–17.500 TL" in shown
    assert "aralık olarak yayımlanmış" in shown
    assert "En düşük/başlangıç" in shown
    data = json_of(invoke("salary", "--year", "2024", "--json"))
    rows = {row["slug"]: row for group in data["groups"] for row in group["rows"]}
    assert rows[SLUG]["rank"] == 0
    assert rows[SLUG]["ratio_to_net_minimum"] is None
    assert rows[SLUG]["low"]["label"] == "Başlangıç Maaşı"
    assert rows[ANALIST]["rank"] == 1  # the bundled analyst is ranked as before
    csv_rows = parse_csv(invoke("salary", "--year", "2024", "--format", "csv").stdout)
    mine = [row for row in csv_rows if row["slug"] == SLUG]
    assert [(row["kind"], row["rank"]) for row in mine] == [
        ("average", ""),
        ("top", ""),
        ("low", ""),
    ]
    assert "aralık" in mine[0]["note"]


def test_compare_shows_the_range_and_computes_no_difference_from_it(data_dir: Path) -> None:
    result = invoke("compare", ANALIST, SLUG, "--json")
    salary = json_of(result)["salary"]
    assert salary["difference"]["average_tl"] is None
    assert salary["difference"]["top_tl"] == 0.0
    text = flat(invoke("compare", ANALIST, SLUG).stdout)
    assert "15.000–17.500 TL (2024)" in text
    assert "En düşük/başlangıç (aylık)" in text


def test_list_shows_the_range_not_its_lower_end(data_dir: Path) -> None:
    shown = flat(invoke("list").stdout)
    assert "15.000–17.500 TL" in shown


def test_compare_adjust_says_why_a_range_gives_no_estimated_difference(data_dir: Path) -> None:
    text = flat(invoke("compare", "musteri-hesap-temsilcisi", SLUG, "--adjust").stdout)
    assert "≈ 20.232–23.604 TL (15.000–17.500 TL, 2024)" in text  # each end, as in the table
    assert "fark hesaplanmadı (rakamlardan biri aralık olarak yayımlanmış)" in text
    reverse = flat(invoke("compare", SLUG, "musteri-hesap-temsilcisi", "--adjust").stdout)
    assert "fark hesaplanmadı (rakamlardan biri aralık olarak yayımlanmış)" in reverse


def test_salary_by_ratio_names_the_range_as_the_reason(data_dir: Path) -> None:
    text = flat(invoke("salary", "--rank-by", "oran").stdout)
    assert "2024 ortalaması aralık olarak yayımlanmış; oran hesaplanmadı." in text


def test_compare_csv_keeps_the_upper_end_in_its_own_column(data_dir: Path) -> None:
    rows = parse_csv(invoke("compare", ANALIST, SLUG, "--format", "csv").stdout)
    salary = [
        (r["side"], r["kind"], r["value"], r["monthly_tl_high"])
        for r in rows
        if r["aspect"] == "salary"
    ]
    assert salary == [
        ("a", "average", "15500.0", ""),
        ("a", "top", "18500.0", ""),
        ("b", "average", "15000.0", "17500.0"),
        ("b", "top", "18500.0", ""),
        ("b", "low", "12000.0", ""),
    ]
    duties = [r for r in rows if r["aspect"] == "duty"]
    assert duties
    assert all(r["value"] and not r["monthly_tl_high"] for r in duties)  # text stays in value
