"""Re-importing an occupation merges its pay history: every year kept with its source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..support import ANALIST, ARTICLES, flat, invoke
from ..webserver import Site, article_page, seed_text, serving

OLD_AVERAGE = "2024 Yılı Ortalama Maaş: 15.500 TL (126.40 TL/saat)"
OLD_TOP = "2024 Yılı Üst Düzey Maaşları: 18.500 TL (138.70 TL/saat)"


def _moved_to_2025(text: str) -> str:
    """The article as the site updates it: next year's figures in place of this year's."""
    assert OLD_AVERAGE in text
    assert OLD_TOP in text
    return text.replace(OLD_AVERAGE, "2025 Yılı Ortalama Maaş: 21.000 TL").replace(
        OLD_TOP, "2025 Yılı Üst Düzey Maaşları: 25.000 TL"
    )


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "meslekler"
    monkeypatch.setenv("KARIYER_DATA_DIR", str(directory))
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "100")
    return directory


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    """This year's article, next year's version of it, and one that contradicts it."""
    text = (ARTICLES / f"{ANALIST}.txt").read_text(encoding="utf-8")
    versions = {
        "2024": text,
        "2025": _moved_to_2025(text),
        "conflict": text.replace("15.500 TL", "16.000 TL", 1),
    }
    paths = {}
    for name, body in versions.items():
        paths[name] = tmp_path / f"analist-{name}.txt"
        paths[name].write_text(body, encoding="utf-8")
    return paths


def _import(path: Path, *args: str, code: int = 0) -> dict[str, Any]:
    result = invoke("import", str(path), "--into-data-dir", "--json", *args)
    assert result.exit_code == code, result
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _stored(data_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((data_dir / f"{ANALIST}.json").read_text(encoding="utf-8"))
    return data


def test_a_new_year_keeps_the_old_year_with_its_source(
    data_dir: Path, articles: dict[str, Path]
) -> None:
    assert _import(articles["2024"])["status"] == "imported"
    result = _import(articles["2025"])
    assert result["status"] == "updated"
    assert [(f["year"], f["kind"]) for f in result["merge"]["kept"]] == [
        (2024, "average"),
        (2024, "top"),
    ]
    assert result["merge"]["conflicts"] == []
    figures = _stored(data_dir)["salary"]["figures"]
    assert [(f["year"], f["monthly_tl"], f.get("source", {}).get("file")) for f in figures] == [
        (2025, 21000, None),
        (2025, 25000, None),
        (2024, 15500, "analist-2024.txt"),
        (2024, 18500, "analist-2024.txt"),
    ]
    assert _stored(data_dir)["source"]["file"] == "analist-2025.txt"
    again = _import(articles["2025"])
    assert again["status"] == "unchanged"


def test_show_lists_the_series_with_each_figures_source(
    data_dir: Path, articles: dict[str, Path]
) -> None:
    _import(articles["2024"])
    _import(articles["2025"])
    text = flat(invoke("show", ANALIST).stdout)
    assert "2024 Ortalama 15.500 TL 126,40 TL/saat belirtilmemiş [1]" in text
    assert "2025 Ortalama 21.000 TL — belirtilmemiş güncel" in text
    assert "[1] önceki içe aktarma: kaynak sitesi belirtilmemiş — “Müşteri Hizmetleri" in text
    assert "analist-2024.txt" in text
    markdown = invoke("show", ANALIST, "--format", "markdown").stdout
    assert "| Kaynak |" in markdown
    assert "[1] önceki içe aktarma" in markdown
    csv_rows = invoke("show", ANALIST, "--format", "csv").stdout.splitlines()
    assert csv_rows[0].endswith("source_file,source_url,source_retrieved,source_earlier_import")
    assert sum(row.endswith(",true") for row in csv_rows) == 2


def test_salary_finds_each_year_of_the_history(data_dir: Path, articles: dict[str, Path]) -> None:
    _import(articles["2024"])
    _import(articles["2025"])
    for year, amount in (("2024", 15500), ("2025", 21000)):
        report = json.loads(invoke("salary", "--year", year, "--json").stdout)
        rows = [row for group in report["groups"] for row in group["rows"]]
        mine = [row for row in rows if row["slug"] == ANALIST]
        assert [row["average"]["monthly_tl"] for row in mine] == [amount]


def test_a_contradicting_amount_is_kept_and_flagged_never_overwritten(
    data_dir: Path, articles: dict[str, Path]
) -> None:
    _import(articles["2024"])
    result = invoke("import", str(articles["conflict"]), "--into-data-dir")
    assert result.exit_code == 0, result
    err = flat(result.stderr)
    assert "Birleştirildi:" in err
    assert "1 çelişki: aynı yıl ve tür için farklı rakam, ikisi de saklandı" in err
    assert "[conflicting-figures]: Çelişki: 2024 için iki ortalama rakamı var — 16.000 TL" in err
    assert "15.500 TL (3. satır, “Ortalama Maaş”, önceki içe aktarma)" in err
    averages = [f["monthly_tl"] for f in _stored(data_dir)["salary"]["figures"]]
    assert averages == [16000, 18500, 15500]
    salary = flat(invoke("salary", "--year", "2024").stdout)
    assert "2024 için çelişen rakamlar da var (15.500 TL, önceki içe aktarmadan)" in salary
    check = invoke("check", str(data_dir))
    assert check.exit_code == 0, check  # a warning, not an error


def test_force_replaces_without_merging(data_dir: Path, articles: dict[str, Path]) -> None:
    _import(articles["2024"])
    result = _import(articles["2025"], "--force")
    assert result["status"] == "updated"
    assert result["merge"] is None
    assert [f["year"] for f in _stored(data_dir)["salary"]["figures"]] == [2025, 2025]


def test_a_target_that_is_not_a_profile_is_left_alone(
    tmp_path: Path, data_dir: Path, articles: dict[str, Path]
) -> None:
    target = tmp_path / "notlar.json"
    target.write_text('{"benim": "notlarım"}\n', encoding="utf-8")
    result = invoke("import", str(articles["2024"]), "-o", str(target))
    assert result.exit_code == 1
    assert "Hata: Var olan dosya geçerli bir profil değil, birleştirilemedi" in flat(result.stderr)
    assert "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == '{"benim": "notlarım"}\n'


def test_another_occupations_file_is_never_merged(
    tmp_path: Path, data_dir: Path, articles: dict[str, Path]
) -> None:
    other = tmp_path / "baska.json"
    assert invoke("import", str(ARTICLES / "musteri-hesap-temsilcisi.txt"), "-o", str(other))
    before = other.read_bytes()
    result = invoke("import", str(articles["2024"]), "-o", str(other))
    assert result.exit_code == 1
    assert "başka bir mesleğin profili (musteri-hesap-temsilcisi)" in flat(result.stderr)
    assert other.read_bytes() == before


def test_the_batch_summary_says_what_was_kept(
    data_dir: Path, articles: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # each input's note on one line
    _import(articles["2024"])
    result = invoke("import", str(articles["2025"]), str(articles["2024"]), "--into-data-dir")
    assert result.exit_code == 0, result
    err = flat(result.stderr)
    assert "önceki içe aktarmadan korunan rakamlar: 2024 (2 rakam)" in err
    assert "önceki içe aktarmadan korunan rakamlar: 2025 (2 rakam)" in err  # and back again


@pytest.fixture
def site(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "5")
    with serving() as running:
        yield running


def test_a_page_updated_on_the_web_keeps_last_years_url_and_retrieval_date(
    site: Site, data_dir: Path
) -> None:
    url = site.url("/analist/")
    text = seed_text(ANALIST)
    site.pages["/analist/"] = article_page(text)
    args = (url, "--into-data-dir", "--json", "--delay", "0")
    assert invoke("import", *args).exit_code == 0
    stored = _stored(data_dir)
    stored["source"]["retrieved"] = "2025-06-01"  # as if imported last year
    (data_dir / f"{ANALIST}.json").write_text(json.dumps(stored, ensure_ascii=False))
    site.pages["/analist/"] = article_page(_moved_to_2025(text))
    result = invoke("import", *args, "--refresh")
    assert result.exit_code == 0, result
    stored = _stored(data_dir)
    assert stored["source"]["url"] == url
    assert stored["source"]["retrieved"] != "2025-06-01"
    kept = [f for f in stored["salary"]["figures"] if "source" in f]
    assert [f["year"] for f in kept] == [2024, 2024]
    assert {(f["source"]["url"], f["source"]["retrieved"]) for f in kept} == {(url, "2025-06-01")}
    text_view = flat(invoke("show", ANALIST).stdout)
    assert (
        "[1] önceki içe aktarma: 127.0.0.1 — “Müşteri Hizmetleri Analisti Ne İş Yapar" in text_view
    )
    assert f"{url}, alındı: 1 Haziran 2025" in text_view


def test_compare_says_when_a_figure_is_from_an_earlier_import(
    data_dir: Path, articles: dict[str, Path]
) -> None:
    _import(articles["2025"])
    _import(articles["2024"])  # the site went back: 2025 now only in the earlier import
    text = flat(invoke("compare", ANALIST, "musteri-hesap-temsilcisi").stdout)
    assert "A: 2025 rakamları (ortalama, üst düzey) önceki bir içe aktarmadan" in text
    markdown = invoke("compare", ANALIST, "musteri-hesap-temsilcisi", "--format", "markdown")
    assert "A: 2025 rakamları (ortalama, üst düzey) önceki bir içe aktarmadan" in flat(
        markdown.stdout
    )
    rows = invoke("compare", ANALIST, "musteri-hesap-temsilcisi", "--format", "csv").stdout
    salary_a = [row for row in rows.splitlines() if row.startswith("salary,a,")]
    assert len(salary_a) == 2
    assert all("önceki içe aktarma: kaynak sitesi belirtilmemiş —" in row for row in salary_a)


def test_a_batch_points_to_the_command_that_shows_its_warnings(
    data_dir: Path, articles: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch run prints no warnings: its Açıklama column says where to read them."""
    monkeypatch.setenv("COLUMNS", "300")  # the note on one line
    _import(articles["2024"])
    other = tmp_path / "hesap.txt"
    other.write_text((ARTICLES / "musteri-hesap-temsilcisi.txt").read_text("utf-8"), "utf-8")
    result = invoke("import", str(articles["conflict"]), str(other), "--into-data-dir")
    assert result.exit_code == 0, result
    err = flat(result.stderr)
    assert "uyarıya bakın" not in err
    assert "[conflicting-figures]" not in err  # the warning itself is not printed …
    assert f"ikisi de saklandı (ayrıntı: kariyer show {ANALIST}); 7 uyarı" in err
    shown = flat(invoke("show", ANALIST).stdout)
    assert "Çelişki: 2024 için iki ortalama rakamı var" in shown  # … and show has it
