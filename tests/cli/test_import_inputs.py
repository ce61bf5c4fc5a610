"""Import inputs a new user really has: Windows "Unicode" files, years out of range, a file
name that is not the slug, a slug of a bundled occupation, fields no article gives."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ..support import ANALIST, ARTICLES, Run


def _codes(stdout: str) -> list[str]:
    return [finding["code"] for finding in json.loads(stdout)["findings"]]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("\n", "\r\n").encode("utf-16"),  # Notepad's "Unicode"
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom"],
)
def test_a_bom_says_how_the_article_is_encoded(run: Run, tmp_path: Path, encode: object) -> None:
    text = (ARTICLES / f"{ANALIST}.txt").read_text("utf-8")
    path = tmp_path / "makale.txt"
    path.write_bytes(encode(text))  # type: ignore[operator]
    result = run("import", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["profile"]["title"] == "Müşteri Hizmetleri Analisti"
    assert "encoding-fallback" not in _codes(result.stdout)


def test_a_year_out_of_range_is_said_as_such(run: Run, tmp_path: Path) -> None:
    text = (ARTICLES / f"{ANALIST}.txt").read_text("utf-8")
    path = tmp_path / "makale.txt"
    path.write_text(text.replace("2024 Yılı Ortalama", "1850 Yılı Ortalama", 1), "utf-8")
    result = run("import", str(path), "--json")
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]]
    assert any("yıl 1850 kabul edilen aralığın (1990–2100) dışında" in m for m in messages)
    assert not any("beklenen biçim" in m and "1850" in m for m in messages)


def test_a_file_name_other_than_the_slug_is_warned(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    result = run("import", str(ARTICLES / f"{ANALIST}.txt"), "-o", str(target), "--json")
    assert result.exit_code == 0, result.stderr
    assert "file-name-mismatch" in _codes(result.stdout)
    named = run(
        "import",
        str(ARTICLES / f"{ANALIST}.txt"),
        "-o",
        str(tmp_path / f"{ANALIST}.json"),
        "--json",
    )
    assert "file-name-mismatch" not in _codes(named.stdout)


def test_replacing_a_bundled_occupation_is_warned_with_what_it_loses(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "veri"))
    result = run("import", str(ARTICLES / f"{ANALIST}.txt"), "--into-data-dir", "--json")
    assert result.exit_code == 0, result.stderr
    (warning,) = [
        f for f in json.loads(result.stdout)["findings"] if f["code"] == "replaces-bundled"
    ]
    assert f"paketle gelen '{ANALIST}' profilinin yerine geçer" in warning["message"]
    assert "career_path.positions" in warning["message"]
    other = run(
        "import",
        str(ARTICLES / f"{ANALIST}.txt"),
        "--slug",
        "benim-analistim",
        "--into-data-dir",
        "--json",
    )
    assert "replaces-bundled" not in _codes(other.stdout)


def test_empty_curated_fields_are_warned_unless_a_merge_keeps_them(
    run: Run, tmp_path: Path
) -> None:
    fresh = run("import", str(ARTICLES / f"{ANALIST}.txt"), "--json")
    assert "curated-fields-empty" in _codes(fresh.stdout)
    target = tmp_path / f"{ANALIST}.json"
    data = json.loads(fresh.stdout)["profile"]
    data["career_path"]["positions"] = ["Kıdemli Müşteri Hizmetleri Analisti"]
    target.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    merged = run("import", str(ARTICLES / f"{ANALIST}.txt"), "-o", str(target), "--json")
    assert merged.exit_code == 0, merged.stderr
    assert json.loads(target.read_text("utf-8"))["career_path"]["positions"]  # kept
    assert "curated-fields-empty" not in _codes(merged.stdout)
    replaced = run(
        "import", str(ARTICLES / f"{ANALIST}.txt"), "-o", str(target), "--force", "--json"
    )
    assert "curated-fields-empty" in _codes(replaced.stdout)  # --force replaces: empty again


def test_an_unknown_skill_is_warned_once(run: Run, tmp_path: Path) -> None:
    text = (ARTICLES / f"{ANALIST}.txt").read_text("utf-8")
    path = tmp_path / "makale.txt"
    path.write_text(
        text.replace("Aktif dinleme: Aktif dinleme,", "Uçak pilotluğu: Uçak pilotluğu,", 1), "utf-8"
    )
    result = run("import", str(path), "--json")
    about = [f for f in json.loads(result.stdout)["findings"] if "Uçak pilotluğu" in f["message"]]
    assert [f["code"] for f in about] == ["unknown-skill"]
