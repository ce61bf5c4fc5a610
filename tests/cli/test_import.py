"""`kariyer import`: stdout, files, the data directory, refusals and exit codes."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import pytest

from ..support import ANALIST, ARTICLES, HESAP, bundled_json, invoke


@pytest.mark.parametrize("slug", [HESAP, ANALIST])
def test_import_to_stdout_gives_the_profile(slug: str) -> None:
    result = invoke("import", str(ARTICLES / f"{slug}.txt"))
    assert result.exit_code == 0, result
    profile = json.loads(result.stdout)
    bundled = bundled_json(slug)
    assert profile["slug"] == slug
    assert profile["duties"] == bundled["duties"]
    assert profile["salary"] == bundled["salary"]
    assert profile["source"]["file"] == f"{slug}.txt"
    # The data-quality findings of `kariyer check` come with the import, on stderr.
    assert "[hourly-mismatch]" in result.stderr


def test_import_json_lists_findings() -> None:
    result = invoke("import", str(ARTICLES / f"{ANALIST}.txt"), "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["profile"]["title"] == "Müşteri Hizmetleri Analisti"
    codes = [item["code"] for item in data["findings"]]
    assert codes.count("hourly-mismatch") == 2
    assert "below-minimum-wage" in codes
    assert set(data["findings"][0]) == {"code", "severity", "field", "message"}


def test_import_into_data_dir_then_check_and_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "meslekler"
    monkeypatch.setenv("KARIYER_DATA_DIR", str(data_dir))
    article = str(ARTICLES / f"{HESAP}.txt")
    result = invoke("import", article, "--slug", "benim-temsilcim", "--into-data-dir")
    assert result.exit_code == 0, result
    written = data_dir / "benim-temsilcim.json"
    assert written.exists()
    assert "Yazıldı" in result.stderr
    assert result.stdout == ""
    assert stat.S_IMODE(written.stat().st_mode) & 0o044  # readable by others, like any file
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".")]  # no temporary left
    checked = invoke("check", str(written))
    assert checked.exit_code == 0, checked
    shown = invoke("show", "benim-temsilcim")
    assert shown.exit_code == 0, shown
    assert "14.000 TL" in shown.stdout


def test_import_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "profil.json"
    target.write_text("eski", encoding="utf-8")
    article = str(ARTICLES / f"{HESAP}.txt")
    refused = invoke("import", article, "-o", str(target))
    assert refused.exit_code == 1
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "eski"
    forced = invoke("import", article, "-o", str(target), "--force")
    assert forced.exit_code == 0, forced
    assert json.loads(target.read_text(encoding="utf-8"))["slug"] == HESAP


def test_import_without_title_exits_1(tmp_path: Path) -> None:
    article = tmp_path / "bos.txt"
    article.write_text("Sadece bir satır.\n", encoding="utf-8")
    result = invoke("import", str(article))
    assert result.exit_code == 1
    assert result.stderr.startswith("Hata: Metin bir kariyer makalesine benzemiyor: ")
    assert result.stdout == ""


def test_import_usage_errors_exit_2(tmp_path: Path) -> None:
    article = str(ARTICLES / f"{HESAP}.txt")
    both = invoke("import", article, "-o", str(tmp_path / "a.json"), "--into-data-dir")
    assert both.exit_code == 2
    bad_slug = invoke("import", article, "--slug", "Büyük Harf")
    assert bad_slug.exit_code == 2
    missing = invoke("import")
    assert missing.exit_code == 2


def test_import_missing_file_exits_1(tmp_path: Path) -> None:
    result = invoke("import", str(tmp_path / "yok.txt"))
    assert result.exit_code == 1
    assert "yok.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_cp1254_article_with_notice(tmp_path: Path) -> None:
    text = (ARTICLES / f"{HESAP}.txt").read_text(encoding="utf-8")
    article = tmp_path / "windows.txt"
    article.write_bytes(text.encode("cp1254", errors="replace"))
    result = invoke("import", str(article), "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["profile"]["title"] == "Müşteri Hesap Temsilcisi"
    assert "encoding-fallback" in [item["code"] for item in data["findings"]]


@pytest.mark.parametrize(
    ("options", "site"),
    [
        ([], None),
        (["--source-url", "https://www.kariyer.net/pozisyonlar/musteri-temsilcisi"], "kariyer.net"),
        (["--site", "Örnek Dergi"], "Örnek Dergi"),
    ],
)
def test_import_records_the_site_it_was_told_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: list[str], site: str | None
) -> None:
    """The site is --site, else the URL's host, else unknown; every view prints that one."""
    data_dir = tmp_path / "meslekler"
    data_dir.mkdir()
    monkeypatch.setenv("KARIYER_DATA_DIR", str(data_dir))
    article = str(ARTICLES / f"{HESAP}.txt")
    result = invoke("import", article, "--slug", "yeni", "--into-data-dir", *options)
    assert result.exit_code == 0, result
    stored = json.loads((data_dir / "yeni.json").read_text(encoding="utf-8"))
    assert stored["source"].get("site") == site
    shown_as = site or "kaynak sitesi belirtilmemiş"
    assert f"Kaynak: {shown_as} — " in invoke("show", "yeni").stdout
    assert f"Kaynak: {shown_as} — " in invoke("show", "yeni", "--format", "markdown").stdout
    listing = invoke("list").stdout
    assert "Kaynaklar karışık (2 kaynak)" in " ".join(listing.split())
    assert shown_as in " ".join(listing.split())
    rows = {r["slug"]: r for r in csv.DictReader(io.StringIO(invoke("list", "-f", "csv").stdout))}
    assert rows["yeni"]["source"].startswith(f"{shown_as} — ")
    salary = " ".join(invoke("salary", "--year", "2023").stdout.split())
    assert "Kaynaklar karışık" in salary
    assert "eniyimeslekler.com" in salary
    data = json.loads(invoke("salary", "--year", "2023", "--json").stdout)
    sites = {row["slug"]: row["source"]["site"] for row in data["groups"][0]["rows"]}
    assert sites == {"yeni": site, HESAP: "eniyimeslekler.com"}


@pytest.mark.parametrize("url", ["ftp://x.org/a", "www.kariyer.net/a", "kariyer"])
def test_import_source_url_must_be_http(tmp_path: Path, url: str) -> None:
    result = invoke("import", str(tmp_path / "yok.txt"), "--source-url", url)
    assert result.exit_code == 2, result
    assert "http(s)" in result.stderr


def test_import_refuses_credentials_in_the_source_url(tmp_path: Path) -> None:
    result = invoke(
        "import", str(ARTICLES / f"{HESAP}.txt"), "--source-url", "https://ali:gizli@x.org/a"
    )
    assert result.exit_code == 2, result
    assert "parola" in result.stderr
    assert "gizli" not in result.stdout
