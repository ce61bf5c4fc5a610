"""`kariyer show`: one occupation as text, JSON, markdown or CSV, found by slug or title."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from kariyer.schema.build import to_data
from kariyer.schema.models import Profile
from kariyer.schema.validate import validate

from ..support import (
    ANALIST,
    HESAP,
    HINT,
    LOOKALIKES,
    Run,
    assert_clean_failure,
    flat,
    json_of,
    parse_csv,
    suggestions_in,
    write_user_profile,
)


# -- show -------------------------------------------------------------------------
def test_show(run: Run) -> None:
    result = run("show", HESAP)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    out = result.stdout
    assert "Müşteri Hesap Temsilcisi" in out
    assert "14.000 TL" in out
    assert "16.000 TL" in out
    assert "2023" in out
    assert "19,90 TL/saat" in out
    assert "29,00 TL/saat" in out
    assert "Kaynak: eniyimeslekler.com" in out
    assert "000_e184a0d8dd1368c7.txt" in out
    assert "Görevler (9)" in out
    assert "belirtilmemiş" in out  # gross/net is not stated by the article
    assert "komisyon, ikramiye" in out
    assert "Azalış" in out


def test_show_salary_table_rows(run: Run) -> None:
    rows = [line.split() for line in run("show", HESAP).stdout.splitlines()]
    assert ["2023", "Ortalama", "14.000", "TL", "19,90", "TL/saat", "belirtilmemiş"] in rows
    assert ["2023", "Üst", "düzey", "16.000", "TL", "29,00", "TL/saat", "belirtilmemiş"] in rows


def test_show_lists_all_nine_duties(run: Run, hesap: Profile) -> None:
    out = flat(run("show", HESAP).stdout)
    for number, duty in enumerate(hesap.duties, start=1):
        assert f"{number}. {flat(duty)}" in out
    assert "10. " not in out  # ("24.10.2018" in a source is no tenth duty)


@pytest.mark.parametrize(
    "duty",
    [
        "Şirketin gelirini artırmak için mevcut müşterilere ürün ve hizmetler satmak",
        "Müşterilere ürünler, politikalar ve prosedürler hakkında yeni müşteri odaklılık sağlamak",
        "İletişim bilgileri, ürün kullanım geçmişi ve ödeme detayları gibi müşteri kayıtlarının "
        "tutulması ve güncellenmesi",
        "Müşterilerle hesaplarıyla ilgili olarak telefon, e-posta, metin veya sosyal medya "
        "aracılığıyla iletişim kurmak",
    ],
)
def test_show_duty_text(run: Run, duty: str) -> None:
    assert duty in flat(run("show", HESAP).stdout)


def test_show_analist(run: Run) -> None:
    result = run("show", ANALIST)
    assert result.exit_code == 0
    out = flat(result.stdout)
    assert "15.500 TL" in out
    assert "18.500 TL" in out
    assert "126,40 TL/saat" in out
    assert "138,70 TL/saat" in out
    assert "002_dfd20da184a70e01.txt" in out


def test_show_accepts_upper_case(run: Run) -> None:
    result = run("show", HESAP.upper())
    assert result.exit_code == 0
    assert "14.000 TL" in result.stdout


def test_show_json(run: Run) -> None:
    result = run("show", HESAP, "--json")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert {"slug", "title", "salary"} <= set(data)
    assert data["slug"] == HESAP
    assert data["title"] == "Müşteri Hesap Temsilcisi"
    figures = data["salary"]["figures"]
    assert [(f["year"], f["kind"], f["monthly_tl"], f["hourly_tl"]) for f in figures] == [
        (2023, "average", 14000, 19.9),
        (2023, "top", 16000, 29.0),
    ]
    assert len(data["duties"]) == 9
    assert "Müşteri" in result.stdout  # UTF-8, not \u escapes


def test_show_unknown_slug(run: Run) -> None:
    result = run("show", "yok-boyle-bir-meslek")
    assert_clean_failure(result, 1)
    assert "Bulunamadı" in result.stderr
    assert "yok-boyle-bir-meslek" in result.stderr


def test_show_unknown_slug_suggests(run: Run) -> None:
    result = run("show", "musteri-hesap-temsilsi")
    assert_clean_failure(result, 1)
    assert f"Bunu mu demek istediniz: {HESAP}" in result.stderr


def test_show_path_traversal_is_just_not_found(run: Run) -> None:
    result = run("show", "../../etc/passwd")
    assert_clean_failure(result, 1)
    assert "Bulunamadı" in result.stderr
    assert "root:" not in result.output


# -- computed figures ------------------------------------------------------------------
def test_show_hesap_computed_hourly(run: Run) -> None:
    result = run("show", HESAP)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "62,22 TL/saat" in out  # computed: 14.000 ÷ 225
    assert "19,90 TL/saat" in out  # published, shown unchanged
    assert "hesaplanan" in out
    assert "Hesaplanan değerler" in out
    assert "1,23" in out  # 14.000 ÷ 11.402,32
    assert "11.402,32 TL (2023)" in out
    assert "iki ayrı asgari ücret tutarı" in out  # the 2023 note: two rates, December's used


def test_show_hesap_published_table_comes_before_computed(run: Run) -> None:
    out = flat(run("show", HESAP).stdout)
    published = out.index("Saatlik (makalede)")
    computed = out.index("Hesaplanan değerler")
    assert published < computed
    assert out.index("19,90 TL/saat") < computed
    assert out.index("62,22 TL/saat") > computed


def test_show_hesap_mismatch_warning(run: Run) -> None:
    out = flat(run("show", HESAP).stdout)
    assert "⚠ Saatlik ücret aylıkla uyuşmuyor (2023, Ortalama Maaş)" in out
    assert "asgari ücretinin" not in out  # 14.000 TL is above the 2023 minimum


def test_show_analist_ratio_and_below_minimum(run: Run) -> None:
    result = run("show", ANALIST)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "0,91" in out
    assert "17.002,12 TL (2024)" in out
    assert "⚠ Ortalama maaş (15.500 TL, 2024) o yılın net asgari ücretinin (17.002,12 TL)" in out
    assert "altında" in out
    assert "68,89 TL/saat" in out
    assert "126,40 TL/saat" in out


def test_show_json_reads_each_figure_both_ways_and_in_latest_prices(run: Run) -> None:
    worth = json_of(run("show", HESAP, "--json"))["computed"]["worth"]
    assert [(w["year"], w["kind"], w["monthly_tl"]) for w in worth] == [
        (2023, "average", 14000.0),
        (2023, "top", 16000.0),
    ]
    first = worth[0]
    assert first["basis"] == "unknown"
    assert [r["read_as"] for r in first["readings"]] == ["gross", "net"]
    for reading in first["readings"]:
        other = reading["other"]
        assert other["status"] == "computed"
        assert "12 aylık ortalama" in other["method"]
        assert "Gelir Vergisi Kanunu" in other["source"]
    latest = first["in_latest_prices"]
    assert latest["year"] == 2025
    assert latest["adjusted"]["status"] == latest["price_rise_percent"]["status"] == "computed"
    assert latest["price_rise_percent"]["value"] == 113.8


def test_show_text_has_the_readings_and_todays_prices(run: Run) -> None:
    out = flat(run("show", HESAP).stdout)
    assert "Brüt mü, net mi? (hesaplanan" in out
    assert "Brüt ise → net" in out
    assert "Net ise → brüt" in out
    assert "2023 rakamı; fiyatlar o yıldan bu yana %113,8 arttı" in out
    assert "2025 fiyatlarıyla" in out
    assert "türetilmiştir" in out  # the 2025 index is derived, and says so
    analyst = flat(run("show", ANALIST).stdout)
    assert "< asgari ücret ⚠" in analyst  # 15.500 TL in 2024 is below both minimums


def test_show_json_has_computed_apart_from_published(run: Run, raw_profiles: Any) -> None:
    data = json_of(run("show", HESAP, "--json"))
    assert "computed" in data
    computed = data["computed"]
    assert set(computed) == {"figures", "worth", "findings", "isco08_minor_group"}
    figures = computed["figures"]
    assert len(figures) == 2
    first = figures[0]
    assert set(first["hourly_computed"]) == {"value", "status", "method", "source"}
    assert first["hourly_computed"]["value"] == 62.22
    assert first["hourly_computed"]["status"] == "computed"
    assert "225" in first["hourly_computed"]["method"]
    assert first["hourly_computed"]["source"]
    assert first["hourly_published"] == 19.9
    assert first["hourly_mismatch"] is True
    assert first["minimum_wage"]["net"] == 11402.32
    assert first["minimum_wage"]["valid_from"] == "2023-07-01"
    assert first["ratio_to_net_minimum"]["status"] == "computed"
    assert first["below_net_minimum"] is False
    for figure in figures:
        assert figure["hourly_computed"]["status"] == "computed"
        assert figure["hourly_computed"]["method"]
    assert [f["code"] for f in computed["findings"]] == ["hourly-mismatch", "hourly-mismatch"]

    # the published salary is unchanged: same values, no computed keys mixed in
    published = data["salary"]["figures"]
    assert published[0]["hourly_tl"] == 19.9
    assert published[1]["hourly_tl"] == 29.0
    raw = raw_profiles[HESAP]["salary"]["figures"]
    assert published == raw
    assert {k: v for k, v in data.items() if k != "computed"}["salary"] == raw_profiles[HESAP][
        "salary"
    ]


def test_show_json_analist_below_minimum(run: Run) -> None:
    data = json_of(run("show", ANALIST, "--json"))
    first = data["computed"]["figures"][0]
    assert first["ratio_to_net_minimum"]["value"] == 0.91
    assert first["below_net_minimum"] is True
    assert first["minimum_wage"]["net"] == 17002.12
    assert data["salary"]["figures"][0]["hourly_tl"] == 126.4
    codes = sorted(f["code"] for f in data["computed"]["findings"])
    assert codes == ["below-minimum-wage", "hourly-mismatch", "hourly-mismatch"]


@pytest.mark.parametrize("slug", [HESAP, ANALIST])
def test_show_json_is_the_stored_profile_plus_computed(
    run: Run, raw_profiles: Any, slug: str
) -> None:
    data = json_of(run("show", slug, "--json"))
    assert set(data) == {f.name for f in fields(Profile)} | {"computed"}
    stored = to_data(validate(Profile, raw_profiles[slug]))
    assert {key: value for key, value in data.items() if key != "computed"} == stored
    assert data["salary"] == raw_profiles[slug]["salary"]


# -- by title, and suggestions -------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "title"),
    [
        (HESAP, "Müşteri Hesap Temsilcisi"),
        ("Müşteri Hesap Temsilcisi", "Müşteri Hesap Temsilcisi"),
        ("MÜŞTERİ HESAP TEMSİLCİSİ", "Müşteri Hesap Temsilcisi"),
        ("müşteri hesap temsilcisi", "Müşteri Hesap Temsilcisi"),
        ("Musteri Hizmetleri Analisti", "Müşteri Hizmetleri Analisti"),
    ],
)
def test_show_accepts_titles(run: Run, name: str, title: str) -> None:
    result = run("show", name)
    assert result.exit_code == 0, result
    assert title in result.stdout
    assert result.stderr == ""


def test_show_by_title_json_is_the_same_profile(run: Run) -> None:
    by_slug = json.loads(run("show", ANALIST, "--json").stdout)
    by_title = json.loads(run("show", "MÜŞTERİ HİZMETLERİ ANALİSTİ", "--json").stdout)
    assert by_title == by_slug


def test_show_unknown_suggests_best_first(run: Run) -> None:
    result = run("show", "müşteri anlaist")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Bulunamadı" in result.stderr
    assert HINT.strip() in flat(result.stderr)
    assert suggestions_in(result.stderr)[0] == ANALIST
    assert "Traceback" not in result.output


def test_show_typo_in_title_suggests_it(run: Run) -> None:
    result = run("show", "Müşteri Hesap Temsilsi")
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    assert suggestions_in(result.stderr)[0] == HESAP


def test_show_nonsense_has_no_suggestions(run: Run) -> None:
    result = run("show", "xyzzy")
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    assert "xyzzy" in result.stderr
    assert HINT.strip() not in flat(result.stderr)
    assert suggestions_in(result.stderr) == []
    assert "kariyer list" in result.stderr


def test_show_suggests_at_most_three(run: Run, crowded_dir: Path) -> None:
    result = run("show", "müşterii", "--data-dir", str(crowded_dir))
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    listed = suggestions_in(result.stderr)
    assert 1 <= len(listed) <= 3
    assert len(listed) == 3
    known = set(LOOKALIKES) | {HESAP, ANALIST}
    assert set(listed) <= known


# -- markdown and CSV -----------------------------------------------------------------
def test_markdown_show_content(run: Run) -> None:
    text = run("show", HESAP, "-f", "markdown").stdout
    assert text.startswith("# Müşteri Hesap Temsilcisi\n")
    for heading in ("## Görevler", "## Maaş", "## Gerekli beceriler"):
        assert f"\n{heading}" in text
    assert "| 2023 | Ortalama | 14.000 TL |" in text
    assert "- **Problem çözme yetenekleri (Problem çözme)**:" in text


def test_format_is_case_insensitive(run: Run) -> None:
    result = run("show", HESAP, "--format", "MARKDOWN")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("# ")


def test_csv_show(run: Run) -> None:
    result = run("show", HESAP, "--format", "csv")
    assert result.exit_code == 0, result
    # a table of salary lines cannot hold the whole profile: it says so, on stderr
    assert result.stderr.startswith("Not: CSV yalnızca maaş satırlarını içerir")
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:4] == ["slug", "year", "kind", "monthly_tl"]
    rows = parse_csv(result.stdout)
    assert [(row["year"], row["kind"]) for row in rows] == [("2023", "average"), ("2023", "top")]
    assert all(row["slug"] == HESAP for row in rows)
    assert int(rows[0]["year"]) == 2023
    assert float(rows[0]["monthly_tl"]) == 14000
    assert float(rows[1]["monthly_tl"]) == 16000
    assert float(rows[0]["hourly_tl_published"]) == 19.9
    assert float(rows[0]["hourly_tl_computed"]) == pytest.approx(14000 / 225, abs=0.01)
    assert float(rows[0]["ratio_to_net_minimum_computed"]) > 0


def test_json_with_format_json_is_fine(run: Run) -> None:
    result = run("show", HESAP, "--json", "--format", "json")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("{")


# -- usage errors and the data directory --------------------------------------------
def test_extra_argument(run: Run) -> None:
    result = run("show", HESAP, ANALIST)
    assert_clean_failure(result, 2)
    assert f"Fazla argüman: {ANALIST}" in result.stderr


def test_data_dir_from_environment(
    run: Run,
    tmp_path: Path,
    raw_profiles: dict[str, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_user_profile(tmp_path, raw_profiles[ANALIST], "ortam-meslek", "Ortam Meslek")
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path))
    result = run("show", "ortam-meslek")
    assert result.exit_code == 0, result
    assert "Ortam Meslek" in result.stdout


def test_data_dir_is_a_file(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "dosya.txt"
    path.write_text("x", encoding="utf-8")
    result = run("show", HESAP, "--data-dir", str(path))
    assert_clean_failure(result, 1)
    assert "dizin değil" in result.stderr


# -- every format carries the facts of the text view (issue 13 §3) ----------------------
def test_markdown_show_keeps_salary_context_code_and_source(run: Run) -> None:
    text = run("show", HESAP, "-f", "markdown").stdout
    assert "000_e184a0d8dd1368c7.txt" in text
    assert "Müşteri hesap temsilcilerinin maaşları eğitim seviyelerine" in text  # intro
    assert "Ek ödemeler (makaleye göre): komisyon, ikramiye" in text
    assert "## Meslek kodu" in text
    assert "4222" in text
    assert "11.402,32 TL (2023)" in text  # the minimum wage used
    assert "Kaynak: Türkiye Büyük Millet Meclisi" in text  # hours method's source
    assert "Makale rakamların brüt mü net mi olduğunu belirtmiyor." in text


def test_markdown_show_findings_are_one_paragraph_each(run: Run) -> None:
    text = run("show", HESAP, "-f", "markdown").stdout
    warnings = [line for line in text.splitlines() if line.startswith("> ⚠")]
    assert len(warnings) == 2
    for warning in warnings:  # a blank line after each: Markdown would join "> " lines
        after = text.splitlines()[text.splitlines().index(warning) + 1]
        assert after == ""


def test_markdown_show_without_salary_says_so(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    salary = {**raw_profiles[HESAP]["salary"], "figures": []}
    write_user_profile(tmp_path, raw_profiles[HESAP], "maassiz", "Maaşsız Meslek", salary=salary)
    text = run("show", "maassiz", "-f", "markdown", "--data-dir", str(tmp_path)).stdout
    assert "Makalede maaş rakamı yok." in text
    assert "| Yıl |" not in text


def test_csv_show_names_year_source_and_methods(run: Run) -> None:
    rows = parse_csv(run("show", HESAP, "--format", "csv").stdout)
    first = rows[0]
    assert first["year"] == "2023"
    assert first["source"].startswith("eniyimeslekler.com")
    assert first["source_file"] == "000_e184a0d8dd1368c7.txt"
    assert "225" in first["hourly_method"]
    assert first["hourly_source"].startswith("Türkiye Büyük Millet Meclisi")
    assert float(first["minimum_wage_net_tl"]) == 11402.32
    assert first["minimum_wage_valid_from"] == "2023-07-01"
    assert "net asgari ücret" in first["ratio_method"]
    assert first["label"] == "Ortalama Maaş"
    assert all(name.isascii() for name in first)


def test_csv_show_keeps_each_figures_findings(run: Run) -> None:
    """The ⚠ of the text view: each figure's findings and the below-minimum flag."""
    rows = parse_csv(run("show", ANALIST, "--format", "csv").stdout)
    average, top = rows
    assert average["below_net_minimum"] == "true"
    assert top["below_net_minimum"] == "false"
    assert average["findings"].count("⚠") == 2
    assert "Saatlik ücret aylıkla uyuşmuyor (2024, Ortalama Maaş)" in average["findings"]
    assert "net asgari ücretinin (17.002,12 TL) altında" in average["findings"]
    assert top["findings"].count("⚠") == 1


def test_show_keeps_the_articles_requirement_heading_beside_our_label(run: Run) -> None:
    """The article calls it "Antrenman tecrübesi": our label never renames it silently."""
    wanted = "İş başında eğitim ve deneyim (makalede: “Antrenman tecrübesi”)"
    assert wanted in flat(run("show", HESAP).stdout)
    assert f"### {wanted}\n" in run("show", HESAP, "-f", "markdown").stdout
    assert "(makalede: “Eğitim”)" not in run("show", HESAP).stdout  # same words: once


@pytest.mark.parametrize("fmt_args", [(), ("-f", "markdown")])
def test_show_marks_positions_derived_from_the_article(run: Run, fmt_args: tuple[str, ...]) -> None:
    out = flat(run("show", ANALIST, *fmt_args).stdout)
    assert "İlerleyebileceği pozisyonlar (makale metninden çıkarıldı):" in out
    assert "Kendi danışmanlık işi" not in out


@pytest.mark.parametrize("fmt_args", [(), ("-f", "markdown")])
def test_show_names_the_code_once_in_turkish(run: Run, fmt_args: tuple[str, ...]) -> None:
    out = flat(run("show", HESAP, *fmt_args).stdout)
    assert (
        "ISCO-08 4222 — İletişim merkezi danışma elemanları "
        "(alt grup 422: Müşteri danışma elemanları) · değerlendirme"
    ) in out
    assert out.count("4222") == 1
    assert "İngilizce adı: Contact centre information clerks" in out
    assert "15UY0203-4" in out
    assert "2018/DK-BSD/314" in out


def test_show_json_has_the_minor_group_and_its_source(run: Run) -> None:
    data = json_of(run("show", HESAP, "--json"))
    group = data["computed"]["isco08_minor_group"]
    assert group["code"] == "422"
    assert group["title_tr"] == "Müşteri danışma elemanları"
    assert group["source"].startswith("BTK")
    assert data["isco08"]["title_tr"] == "İletişim merkezi danışma elemanları"
