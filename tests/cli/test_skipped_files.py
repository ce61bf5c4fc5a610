"""A data directory full of files that are not profiles: one summary line, not one per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kariyer.cli.options import SKIPPED_ONE_BY_ONE, skipped_notices
from kariyer.errors import ProfileError

from ..support import HESAP, bundled_json, flat, invoke

COMMANDS = [
    ("list",),
    ("salary", "--year", "2024"),
    ("search", "analist"),
    ("skills",),
    ("match", "--skills", "iletişim"),
    ("list", "--json"),
]


@pytest.fixture
def junk_dir(tmp_path: Path) -> Path:
    """Seven unrelated .json files and one good profile."""
    directory = tmp_path / "indirilenler klasörü"
    directory.mkdir()
    for number in range(7):
        (directory / f"ayarlar-{number}.json").write_text(json.dumps({"tema": number}))
    good = {**bundled_json(HESAP), "slug": "iyi-meslek", "title": "İyi Meslek"}
    (directory / "iyi-meslek.json").write_text(json.dumps(good, ensure_ascii=False))
    return directory


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(args) for args in COMMANDS])
def test_every_command_sums_up_the_files_it_skipped(junk_dir: Path, args: tuple[str]) -> None:
    result = invoke(*args, "--data-dir", str(junk_dir))
    assert result.exit_code == 0, result
    text = flat(result.stderr)
    assert text.count("atlandı") == 1, result.stderr
    assert (
        f"Uyarı: 7 dosya profil değil, atlandı; ayrıntı: kariyer check '{junk_dir}'" in text
    )  # quoted: the command can be copied as it is
    assert "ilkleri: ayarlar-0.json, ayarlar-1.json, ayarlar-2.json" in text


def test_the_summary_counts_in_turkish_format() -> None:
    problems = [ProfileError(f"/veri/dosya-{n}.json", "geçerli JSON değil") for n in range(2000)]
    (line,) = skipped_notices(problems)
    assert line.startswith(
        "Uyarı: 2.000 dosya profil değil, atlandı; ayrıntı: kariyer check /veri (ilkleri: "
    )


def test_a_few_bad_files_are_each_named() -> None:
    problems = [ProfileError(f"/veri/d{n}.json", "boş") for n in range(SKIPPED_ONE_BY_ONE)]
    lines = skipped_notices(problems)
    assert len(lines) == SKIPPED_ONE_BY_ONE
    assert all(line.startswith("Uyarı: atlandı — Geçersiz profil dosyası") for line in lines)


def test_the_file_of_a_name_not_found_is_named_by_itself(junk_dir: Path) -> None:
    (junk_dir / "dongu.json").symlink_to("dongu.json")  # a loop: no file to read by name
    result = invoke("show", "--data-dir", str(junk_dir), "Döngü")
    assert result.exit_code == 1
    text = flat(result.stderr)
    assert "Uyarı: 8 dosya profil değil, atlandı" in text
    assert f"Uyarı: atlandı — Geçersiz profil dosyası {junk_dir / 'dongu.json'}" in text
    assert "Bulunamadı" in text
