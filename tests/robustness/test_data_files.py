"""Never crash, never mislead: profile files that are too big, special, or share a slug."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kariyer.errors import ProfileError
from kariyer.store.files import MAX_PROFILE_BYTES
from kariyer.store.verified import load_profile_file

from ..support import (
    ANALIST,
    GOOD,
    HESAP,
    HOW,
    CliResult,
    invoke,
    lines_naming,
    profile_as,
    run_with_dir,
    write_json,
)


# -- size limit ------------------------------------------------------------------------
def test_size_limit_is_one_mib() -> None:
    assert MAX_PROFILE_BYTES == 1024 * 1024


def test_file_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sinirda.json"
    text = json.dumps(profile_as("sinirda"), ensure_ascii=False)
    padded = text[:-1] + " " * (MAX_PROFILE_BYTES + 1 - len(text.encode("utf-8"))) + "}"
    path.write_text(padded, encoding="utf-8")
    assert path.stat().st_size == MAX_PROFILE_BYTES + 1

    with pytest.raises(ProfileError, match="1 MiB"):
        load_profile_file(path)


def test_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sinirda.json"
    text = json.dumps(profile_as("sinirda"), ensure_ascii=False)
    padded = text[:-1] + " " * (MAX_PROFILE_BYTES - len(text.encode("utf-8"))) + "}"
    path.write_text(padded, encoding="utf-8")
    assert path.stat().st_size == MAX_PROFILE_BYTES

    assert load_profile_file(path).slug == "sinirda"


def test_huge_sparse_file_is_refused_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dev.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB by size, no disk used
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)

    with pytest.raises(ProfileError, match="1 MiB") as info:
        load_profile_file(path)
    assert "52.428.800" in info.value.problem
    assert path not in opened


def test_file_that_grows_after_the_size_check_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit is enforced on the bytes read, not only on what stat said."""
    path = tmp_path / "buyuyen.json"
    write_json(path, profile_as("buyuyen"))
    real_stat = Path.stat

    def small_stat(self: Path, *args: Any, **kwargs: Any) -> Any:
        result = real_stat(self, *args, **kwargs)
        if self == path:
            with real_open(self, "ab") as handle:
                handle.write(b" " * (MAX_PROFILE_BYTES + 10))
        return result

    real_open = Path.open
    monkeypatch.setattr(Path, "stat", small_stat)

    with pytest.raises(ProfileError, match="1 MiB"):
        load_profile_file(path)


# -- special files -----------------------------------------------------------------
def test_fifo_and_directory_named_json_are_reported_not_opened(tmp_path: Path) -> None:
    directory = tmp_path / "ozel"
    directory.mkdir()
    write_json(directory / f"{GOOD}.json", profile_as(GOOD))
    os.mkfifo(directory / "boru.json")  # opening it would block for ever
    (directory / "klasor.json").mkdir()

    result = invoke("list", "--data-dir", str(directory))

    assert result.exit_code == 0, result.output
    assert GOOD in result.stdout
    for name in ("boru.json", "klasor.json"):
        lines = lines_naming(result.stderr, directory / name)
        assert len(lines) == 1, result.stderr
        assert "normal bir dosya değil" in lines[0]


def test_dangling_symlink_is_reported(tmp_path: Path) -> None:
    directory = tmp_path / "kopuk"
    directory.mkdir()
    os.symlink(tmp_path / "yok.json", directory / "kopuk-bag.json")

    result = invoke("list", "--data-dir", str(directory))

    assert result.exit_code == 0, result.output
    lines = lines_naming(result.stderr, directory / "kopuk-bag.json")
    assert len(lines) == 1, result.stderr
    assert "bulunamadı" in lines[0]


def test_hidden_and_non_json_files_are_ignored(tmp_path: Path) -> None:
    directory = tmp_path / "gizli"
    directory.mkdir()
    (directory / ".gizli.json").write_text("bozuk", encoding="utf-8")
    (directory / "notlar.txt").write_text("bozuk", encoding="utf-8")
    (directory / "yedek.json~").write_text("bozuk", encoding="utf-8")

    result = invoke("list", "--data-dir", str(directory))

    assert result.exit_code == 0, result.output
    # nothing about the ignored files; only that the directory has no profile file
    assert result.stderr.splitlines() == [
        f"Not: veri dizininde profil dosyası (*.json) yok: {directory}; yalnızca paketle "
        "gelen meslekler kullanılıyor."
    ]


def test_invalid_file_name_is_reported(tmp_path: Path) -> None:
    directory = tmp_path / "adlar"
    directory.mkdir()
    write_json(directory / "Buyuk_Harf.json", profile_as("buyuk-harf"))

    result = invoke("list", "--data-dir", str(directory))

    assert result.exit_code == 0, result.output
    lines = lines_naming(result.stderr, directory / "Buyuk_Harf.json")
    assert len(lines) == 1, result.stderr
    assert "slug" in lines[0]
    assert "buyuk-harf" not in result.stdout


# -- duplicate slugs ----------------------------------------------------------------
def _titles(result: CliResult) -> dict[str, str]:
    assert result.exit_code == 0, result.output
    return {row["slug"]: row["title"] for row in json.loads(result.stdout)}


@pytest.mark.parametrize("how", HOW)
def test_user_file_with_bundled_slug_replaces_it_with_a_notice(how: str, tmp_path: Path) -> None:
    directory = tmp_path / "ozel"
    directory.mkdir()
    write_json(directory / f"{HESAP}.json", profile_as(HESAP, title="Kendi Temsilcim"))

    listing = run_with_dir(how, directory, "list", "--json")
    shown = run_with_dir(how, directory, "show", HESAP, "--json")

    assert _titles(listing) == {HESAP: "Kendi Temsilcim", ANALIST: "Müşteri Hizmetleri Analisti"}
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["title"] == "Kendi Temsilcim"
    for result in (listing, shown):
        notices = [line for line in result.stderr.splitlines() if "yerine" in line]
        assert len(notices) == 1, result.stderr
        assert str(directory / f"{HESAP}.json") in notices[0]
        assert HESAP in notices[0]
        assert "Traceback" not in result.stderr


def test_file_whose_slug_differs_from_its_name_is_reported_not_loaded(tmp_path: Path) -> None:
    """Two user files cannot share a slug: the one whose name differs is refused."""
    directory = tmp_path / "ikiz"
    directory.mkdir()
    write_json(directory / f"{GOOD}.json", profile_as(GOOD, title="Birinci"))
    write_json(directory / "ikinci.json", profile_as(GOOD, title="İkinci"))
    write_json(directory / "sahte.json", profile_as(HESAP, title="Sahte Temsilci"))

    result = invoke("list", "--json", "--data-dir", str(directory))

    assert _titles(result) == {
        GOOD: "Birinci",
        HESAP: "Müşteri Hesap Temsilcisi",  # the bundled one is not replaced
        ANALIST: "Müşteri Hizmetleri Analisti",
    }
    assert "yerine" not in result.stderr
    for name, slug in (("ikinci.json", GOOD), ("sahte.json", HESAP)):
        lines = lines_naming(result.stderr, directory / name)
        assert len(lines) == 1, result.stderr
        assert "[slug]" in lines[0]
        assert slug in lines[0]

    for slug in ("ikinci", "sahte"):
        shown = invoke("show", slug, "--data-dir", str(directory))
        assert shown.exit_code == 1, shown.output
        assert "[slug]" in shown.stderr
        assert shown.stdout == ""

    checked = invoke("check", str(directory), "--json")
    assert checked.exit_code == 1
    codes = {Path(f["file"]).name: f["code"] for f in json.loads(checked.stdout)["findings"]}
    assert codes["ikinci.json"] == "slug-mismatch"
    assert codes["sahte.json"] == "slug-mismatch"
