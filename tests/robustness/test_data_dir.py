"""Never crash, never mislead: a user data directory that is missing, unreadable or messy."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kariyer.store.catalog import Catalog
from kariyer.store.paths import bundled_data_dir

from ..support import (
    ANALIST,
    GOOD,
    HESAP,
    HOW,
    flat,
    invoke,
    lines_naming,
    profile_as,
    run_with_dir,
    write_json,
)


# -- the directory itself ------------------------------------------------------------------
@pytest.mark.parametrize("how", HOW)
def test_missing_directory_is_a_clean_error_naming_it(how: str, tmp_path: Path) -> None:
    missing = tmp_path / "yok" / "meslekler"
    result = run_with_dir(how, missing, "list")

    assert result.exit_code == 1, result.output
    assert str(missing) in result.stderr
    assert "bulunamadı" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.parametrize("how", HOW)
def test_file_instead_of_directory_is_a_clean_error_naming_it(how: str, tmp_path: Path) -> None:
    a_file = tmp_path / "meslekler.json"
    write_json(a_file, profile_as("meslekler"))
    result = run_with_dir(how, a_file, "list")

    assert result.exit_code == 1, result.output
    assert str(a_file) in result.stderr
    assert "dizin değil" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["list"], ["show", HESAP], ["salary"], ["search", "müşteri"]])
def test_missing_directory_fails_every_command(command: list[str], tmp_path: Path) -> None:
    """A typo in the directory must not silently fall back to the bundled data only."""
    missing = tmp_path / "yok"
    result = run_with_dir("option", missing, *command)

    assert result.exit_code == 1, result.output
    assert str(missing) in result.stderr


def _only_for(target: Path, real: Callable[..., Any], error: OSError) -> Callable[..., Any]:
    """Wrap an os function so that it fails for ``target`` alone."""
    wanted = os.path.realpath(target)

    def wrapper(path: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(path, int) and os.path.realpath(os.fspath(path)) == wanted:
            raise error
        return real(path, *args, **kwargs)

    return wrapper


def _denied(path: Path) -> PermissionError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("blocked", ["access", "listdir", "stat"])
def test_unreadable_directory_is_a_clean_error_naming_it(
    how: str, blocked: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "kilitli"
    directory.mkdir()
    write_json(directory / f"{GOOD}.json", profile_as(GOOD))
    if blocked == "access":
        real_access = os.access

        def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
            if os.path.realpath(os.fspath(path)) == os.path.realpath(directory):
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)
    else:
        real = getattr(os, blocked)
        monkeypatch.setattr(os, blocked, _only_for(directory, real, _denied(directory)))

    result = run_with_dir(how, directory, "list")

    assert result.exit_code == 1, result.output
    assert str(directory) in result.stderr
    assert "okunamıyor" in result.stderr
    assert "izin yok" in result.stderr
    assert "Traceback" not in result.output
    assert "Permission denied" not in result.stderr  # Turkish, not the OS's English


def test_unreadable_directory_with_unusual_errno_still_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "bozuk"
    directory.mkdir()
    error = OSError(errno.EIO, os.strerror(errno.EIO), str(directory))
    monkeypatch.setattr(os, "listdir", _only_for(directory, os.listdir, error))

    result = run_with_dir("option", directory, "list")

    assert result.exit_code == 1, result.output
    assert str(directory) in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["check", "list", "show"])
def test_unreadable_profile_file_is_named_with_the_reason(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root chmod does not stop reads, so opening the file is made to fail instead."""
    directory = tmp_path / "dosyalar"
    directory.mkdir()
    path = write_json(directory / f"{GOOD}.json", profile_as(GOOD))
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if os.path.realpath(self) == os.path.realpath(path):
            raise _denied(path)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    args = {
        "check": ["check", str(path)],
        "list": ["list", "--data-dir", str(directory)],
        "show": ["show", GOOD, "--data-dir", str(directory)],
    }[command]
    result = invoke(*args)

    assert result.exit_code == (0 if command == "list" else 1), result.output
    lines = lines_naming(result.output, path)
    assert len(lines) == 1, result.output
    assert "izin yok" in result.output
    assert "Permission denied" not in result.output
    assert "Traceback" not in result.output


# -- a directory with one good profile and many bad files ------------------------------------
def _bad_files(directory: Path) -> dict[str, tuple[str, ...]]:
    """Write the bad files; return file name -> words its report must contain."""
    (directory / "bos.json").write_bytes(b"")
    (directory / "yarim.json").write_text(
        json.dumps(profile_as("yarim"), ensure_ascii=False)[:200], encoding="utf-8"
    )
    (directory / "utf8-degil.json").write_bytes(b"\xff\xfe{}")
    write_json(directory / "kok-liste.json", [profile_as("kok-liste")])
    write_json(directory / "yanlis-tip.json", profile_as("yanlis-tip", title=123))
    missing = profile_as("eksik-alan")
    del missing["title"]
    write_json(directory / "eksik-alan.json", missing)
    write_json(directory / "bilinmeyen-alan.json", profile_as("bilinmeyen-alan", renk="mavi"))
    big = json.dumps(profile_as("cok-buyuk", duties=["x" * 1000] * 2000), ensure_ascii=False)
    assert len(big) > 2_000_000
    (directory / "cok-buyuk.json").write_text(big, encoding="utf-8")
    os.symlink("dongu.json", directory / "dongu.json")
    (directory / "x.json").write_text("Bu bir JSON dosyası değil.\n", encoding="utf-8")
    write_json(directory / "yanlis-slug.json", profile_as("baska-slug"))
    (directory / "notlar.txt").write_text("{ bu dosya yok sayılır", encoding="utf-8")
    return {
        "bos.json": ("boş",),
        "yarim.json": ("geçerli JSON değil", "satır"),
        "utf8-degil.json": ("UTF-8 değil",),
        "kok-liste.json": ("(kök)", "liste"),
        "yanlis-tip.json": ("[title]", "metin olmalı"),
        "eksik-alan.json": ("[title]", "zorunlu alan eksik"),
        "bilinmeyen-alan.json": ("[renk]", "bilinmeyen alan"),
        "cok-buyuk.json": ("çok büyük", "1 MiB"),
        "dongu.json": ("sembolik bağlantı döngüsü",),
        "x.json": ("geçerli JSON değil",),
        "yanlis-slug.json": ("[slug]", "baska-slug", "yanlis-slug.json"),
    }


@pytest.fixture
def messy_dir(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, ...]]]:
    directory = tmp_path / "karisik"
    directory.mkdir()
    write_json(directory / f"{GOOD}.json", profile_as(GOOD, title="İyi Meslek"))
    return directory, _bad_files(directory)


@pytest.mark.parametrize("how", HOW)
def test_list_shows_good_profiles_and_sums_up_the_bad_files(
    how: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    """More bad files than a few: one summary line, the details are `kariyer check`'s."""
    directory, expected = messy_dir
    result = run_with_dir(how, directory, "list")

    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for slug in (GOOD, HESAP, ANALIST):
        assert slug in result.stdout
    summary = (
        f"Uyarı: {len(expected)} dosya profil değil, atlandı; ayrıntı: kariyer check {directory}"
    )
    assert flat(result.stderr).startswith(summary), result.stderr
    assert flat(result.stderr).count("atlandı") == 1
    assert "notlar.txt" not in result.output


@pytest.mark.parametrize("how", HOW)
def test_list_reports_each_of_a_few_bad_files_once(
    how: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    directory, expected = messy_dir
    few = ["bos.json", "yarim.json", "kok-liste.json", "yanlis-tip.json", "dongu.json"]
    for name in set(expected) - set(few):
        (directory / name).unlink()
    result = run_with_dir(how, directory, "list")

    assert result.exit_code == 0, result.output
    for name in few:
        lines = lines_naming(result.stderr, directory / name)
        assert len(lines) == 1, (name, result.stderr)
        for word in expected[name]:
            assert word in lines[0], (name, word, lines[0])
        assert "atlandı" in lines[0]
    # the bad files' would-be slugs are not listed
    for slug in ("yarim", "kok-liste", "yanlis-tip", "eksik-alan", "bilinmeyen-alan", "baska-slug"):
        assert slug not in result.stdout


@pytest.mark.parametrize("how", HOW)
def test_list_json_is_valid_while_bad_files_are_reported(
    how: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    directory, expected = messy_dir
    result = run_with_dir(how, directory, "list", "--json")

    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert sorted(row["slug"] for row in rows) == sorted([GOOD, HESAP, ANALIST])
    assert f"{len(expected)} dosya profil değil" in result.stderr


def test_show_good_profile_from_messy_dir(
    messy_dir: tuple[Path, dict[str, tuple[str, ...]]],
) -> None:
    directory, _expected = messy_dir
    result = run_with_dir("option", directory, "show", GOOD)

    assert result.exit_code == 0, result.output
    assert "İyi Meslek" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("slug", "word"),
    [
        ("yanlis-tip", "[title]"),
        ("bilinmeyen-alan", "[renk]"),
        ("bos", "boş"),
        ("dongu", "döngüsü"),
        ("cok-buyuk", "1 MiB"),
    ],
)
def test_show_bad_profile_by_name_is_an_error_not_a_silent_fallback(
    slug: str, word: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    directory, _expected = messy_dir
    result = run_with_dir("option", directory, "show", slug)

    assert result.exit_code == 1, result.output
    assert str(directory / f"{slug}.json") in result.stderr
    assert word in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.parametrize("how", HOW)
def test_check_messy_dir_fails_and_names_every_bad_file(
    how: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    directory, expected = messy_dir
    result = run_with_dir(how, directory, "check", str(directory), "--json")

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    errors = {Path(f["file"]).name for f in report["findings"] if f["severity"] == "error"}
    assert errors == set(expected)
    assert "notlar.txt" not in result.stdout
    size = [f for f in report["findings"] if Path(f["file"]).name == "cok-buyuk.json"]
    assert "1 MiB" in size[0]["message"]
    mismatch = [f for f in report["findings"] if Path(f["file"]).name == "yanlis-slug.json"]
    assert mismatch[0]["code"] == "slug-mismatch"


def test_check_messy_dir_text_output(messy_dir: tuple[Path, dict[str, tuple[str, ...]]]) -> None:
    directory, expected = messy_dir
    result = invoke("check", str(directory))

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for name in expected:
        assert name in result.output


def test_catalog_problems_are_recorded_once_even_when_asked_twice(
    messy_dir: tuple[Path, dict[str, tuple[str, ...]]],
) -> None:
    directory, expected = messy_dir
    cat = Catalog(user_dir=directory)
    cat.profiles()
    cat.profiles()
    cat.slugs()

    names = [Path(problem.path).name for problem in cat.problems]
    assert sorted(names) == sorted(expected)


# -- kariyer never writes -----------------------------------------------------------------
def snapshot(directory: Path) -> dict[str, tuple[int, int, int, str]]:
    """Every entry below ``directory``: (mode, size, mtime_ns, content hash)."""
    result = {}
    for root, dirs, files in os.walk(directory):
        for name in sorted(dirs + files):
            path = Path(root) / name
            info = path.lstat()
            digest = ""
            if stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path)
            key = str(path.relative_to(directory))
            result[key] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return result


COMMANDS = [
    (["list"], 0),
    (["list", "--json"], 0),
    (["show", GOOD], 0),
    (["show", GOOD, "--json"], 0),
    (["show", "yanlis-tip"], 1),
    (["show", "olmayan"], 1),
    (["compare", GOOD, HESAP], 0),
    (["search", "müşteri"], 0),
    (["salary"], 0),
    (["salary", "--year", "2024"], 0),
    (["skills"], 0),
    (["match", "--skills", "iletişim"], 0),
    (["check"], 1),
]


@pytest.mark.slow
@pytest.mark.parametrize("how", HOW)
def test_kariyer_never_writes_to_the_user_dir(
    how: str, messy_dir: tuple[Path, dict[str, tuple[str, ...]]]
) -> None:
    directory, _expected = messy_dir
    (directory / "alt").mkdir()
    write_json(directory / "alt" / "ic.json", profile_as("ic"))
    before = snapshot(directory)
    bundled_before = snapshot(bundled_data_dir())

    codes = []
    for command, _expected in COMMANDS:
        result = run_with_dir(how, directory, *command)
        assert "Traceback" not in result.output, command
        codes.append(result.exit_code)
    result = invoke("check", str(directory))
    codes.append(result.exit_code)

    assert snapshot(directory) == before
    assert snapshot(bundled_data_dir()) == bundled_before
    assert codes == [expected for _command, expected in COMMANDS] + [1]


def test_snapshot_notices_a_change(tmp_path: Path) -> None:
    write_json(tmp_path / "a.json", {"a": 1})
    before = snapshot(tmp_path)
    write_json(tmp_path / "a.json", {"a": 2})
    assert snapshot(tmp_path) != before


def test_unusual_errno_is_named_in_turkish_not_the_os_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "bozuk"
    directory.mkdir()
    error = OSError(errno.ESTALE, os.strerror(errno.ESTALE), str(directory))
    monkeypatch.setattr(os, "listdir", _only_for(directory, os.listdir, error))

    result = run_with_dir("option", directory, "list")

    assert os.strerror(errno.ESTALE) not in result.stderr
    assert "işletim sistemi hatası ESTALE" in result.stderr


@pytest.mark.parametrize("how", HOW)
def test_a_tilde_in_the_data_dir_is_the_home_directory(
    how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--data-dir "~/meslekler"` in quotes (or after `=`): the shell left the `~` alone."""
    monkeypatch.setenv("HOME", str(tmp_path))
    directory = tmp_path / "meslekler"
    directory.mkdir()
    write_json(directory / f"{GOOD}.json", profile_as(GOOD))

    result = run_with_dir(how, Path("~/meslekler"), "list", "--json")

    assert result.exit_code == 0, result.output
    assert GOOD in [row["slug"] for row in json.loads(result.stdout)]


def test_a_tilde_in_the_cache_dir_is_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("KARIYER_CACHE_DIR", "~/onbellek")
    assert invoke("list").exit_code == 0
    assert list((tmp_path / "onbellek").glob("index-*.sqlite3"))
