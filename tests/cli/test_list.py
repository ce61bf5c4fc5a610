"""`kariyer list`: every occupation with its latest salary, bundled or from a data directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..support import ANALIST, HESAP, Run, assert_clean_failure, flat, write_user_profile


def test_list(run: Run) -> None:
    result = run("list")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    hesap_line = next(line for line in lines if line.strip().startswith(HESAP))
    analist_line = next(line for line in lines if line.strip().startswith(ANALIST))
    assert "2023" in hesap_line
    assert "14.000 TL" in hesap_line
    assert "Azalış" in hesap_line
    assert "2024" in analist_line
    assert "15.500 TL" in analist_line
    assert "2 meslek." in result.stdout


def test_list_json(run: Run) -> None:
    result = run("list", "--json")
    assert result.exit_code == 0, result
    rows = json.loads(result.stdout)
    assert [
        (r["slug"], r["latest_year"], r["average_tl"], r["outlook"], r["origin"]) for r in rows
    ] == [
        (HESAP, 2023, 14000, "decline", "bundled"),
        (ANALIST, 2024, 15500, "decline", "bundled"),
    ]


# -- the user data directory ---------------------------------------------------------
def test_data_dir_override_notice(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    path = write_user_profile(tmp_path, raw_profiles[HESAP], HESAP, "Kullanıcı Sürümü")
    result = run("list", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "Kullanıcı Sürümü" in result.stdout
    assert "Not:" in result.stderr
    assert str(path) in flat(result.stderr)


def test_data_dir_bad_file_is_reported_and_skipped(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    bad = tmp_path / "bozuk.json"
    bad.write_text('{"slug": "bozuk", ', encoding="utf-8")
    write_user_profile(tmp_path, raw_profiles[ANALIST], "iyi-meslek", "İyi Meslek")
    result = run("list", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "iyi-meslek *" in result.stdout
    assert "3 meslek." in result.stdout
    assert "bozuk" not in result.stdout
    assert "Uyarı: atlandı" in result.stderr
    assert str(bad) in result.stderr
    assert "geçerli JSON değil" in result.stderr
    assert "Traceback" not in result.output


def test_data_dir_missing(run: Run, tmp_path: Path) -> None:
    result = run("list", "--data-dir", str(tmp_path / "yok"))
    assert_clean_failure(result, 1)
    assert "Veri dizini bulunamadı" in result.stderr


def test_list_says_the_average_is_monthly(run: Run) -> None:
    assert "Aylık ort." in run("list").stdout
    assert "| Aylık ort. |" in run("list", "-f", "markdown").stdout


def test_outlook_has_one_label_in_every_command(run: Run) -> None:
    """list, show and compare name the direction with the same word (labels.DIRECTION_TR)."""
    from kariyer.output import labels

    word = labels.DIRECTION_TR["decline"]
    for args in (("list",), ("show", HESAP), ("compare", HESAP, ANALIST)):
        assert word in run(*args).stdout, args
    assert not hasattr(labels, "DIRECTION_SHORT_TR")
