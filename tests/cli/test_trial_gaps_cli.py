"""Gaps a new user's trial found against issue 16, each pinned where the user meets it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ..support import (
    ANALIST,
    ANSI,
    ARTICLES,
    HESAP,
    Run,
    assert_clean_failure,
    clean_env,
    write_user_profile,
)


# -- colour: --no-color and NO_COLOR win over FORCE_COLOR, everywhere ---------------------
@pytest.fixture
def forced(monkeypatch: pytest.MonkeyPatch) -> None:
    """FORCE_COLOR=1 and no NO_COLOR, on a terminal type that has colours."""
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")


HELP_PAGES = [("--help",), ("show", "--help")]


@pytest.mark.usefixtures("forced")
@pytest.mark.parametrize("page", HELP_PAGES)
def test_forced_colour_colours_help(run: Run, page: tuple[str, ...]) -> None:
    result = run(*page)
    assert result.exit_code == 0
    assert ANSI in result.stdout


@pytest.mark.usefixtures("forced")
@pytest.mark.parametrize("page", HELP_PAGES)
def test_no_color_env_wins_over_force_color_in_help(
    run: Run, page: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = run(*page)
    assert result.exit_code == 0
    assert ANSI not in result.stdout


@pytest.mark.usefixtures("forced")
@pytest.mark.parametrize(
    "args",
    [("--no-color", "--help"), ("--no-color", "show", "--help"), ("show", "--no-color", "--help")],
)
def test_no_color_option_wins_over_force_color_in_help(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    assert ANSI not in result.stdout


PARSE_ERRORS = [
    ("--no-color", "--nosuch"),
    ("--no-color", "nosuch"),
    ("show", "--no-color", "--nosuch"),
    ("show", "--no-color"),  # MESLEK missing
    ("salary", "--no-color", "--year"),  # --year without its value
]


@pytest.mark.usefixtures("forced")
@pytest.mark.parametrize("args", PARSE_ERRORS)
def test_no_color_option_applies_to_parse_time_errors(run: Run, args: tuple[str, ...]) -> None:
    coloured = run(*[arg for arg in args if arg != "--no-color"])
    assert coloured.exit_code == 2
    assert ANSI in coloured.stderr  # without --no-color FORCE_COLOR colours "Hata"
    assert_clean_failure(run(*args), 2)


@pytest.mark.usefixtures("forced")
def test_no_color_env_applies_to_parse_time_errors(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert_clean_failure(run("show"), 2)


@pytest.mark.parametrize("value", ["0", "", " "])
@pytest.mark.parametrize("args", [("show", HESAP), ("show", "--help"), ("show", "xyzzy")])
def test_an_empty_or_zero_force_color_is_as_if_unset(
    run: Run, monkeypatch: pytest.MonkeyPatch, value: str, args: tuple[str, ...]
) -> None:
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", value)
    monkeypatch.setenv("TERM", "xterm-256color")
    result = run(*args)
    assert result.exit_code in (0, 1)
    assert ANSI not in result.output  # the captured streams are no terminal


# -- `kariyer help …` ----------------------------------------------------------------------
def test_help_help_is_the_main_help(run: Run) -> None:
    asked, main_help = run("help", "help"), run("--help")
    assert asked.exit_code == 0, asked.stderr
    assert asked.stdout == main_help.stdout


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (("--no-color", "help", "show"), ("show", "--help")),
        (("--no-color", "help"), ("--help",)),
        (("--debug", "--no-color", "help", "salary"), ("salary", "--help")),
    ],
)
def test_a_global_option_before_help_works(
    run: Run, args: tuple[str, ...], same_as: tuple[str, ...]
) -> None:
    asked, option = run(*args), run(*same_as)
    assert asked.exit_code == 0, asked.stderr
    assert asked.stdout == option.stdout


def test_help_of_an_unknown_command_hints_what_works(run: Run) -> None:
    result = run("help", "nosuch")
    assert_clean_failure(result, 2)
    assert "kariyer --help" in result.stderr
    assert "kariyer help --help" not in result.stderr
    close = run("help", "shw")
    assert "kariyer show" in close.stderr
    assert "kariyer help show" not in close.stderr


# -- `~user` that does not exist, and no usable home directory -----------------------------
NO_SUCH_USER = "~nosuchuser/x"


def test_an_unknown_user_in_data_dir_is_a_usage_error(run: Run) -> None:
    result = run("list", "--data-dir", NO_SUCH_USER)
    assert_clean_failure(result, 2)
    assert "nosuchuser" in result.stderr
    assert "kullanıcı yok" in result.stderr
    assert "Beklenmeyen" not in result.stderr


def test_an_unknown_user_in_kariyer_data_dir_is_said(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", NO_SUCH_USER)
    result = run("list")
    assert_clean_failure(result, 1)
    assert "KARIYER_DATA_DIR" in result.stderr
    assert "nosuchuser" in result.stderr
    assert "kullanıcı yok" in result.stderr


def _no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str) -> Path:
    """HOME unset, empty or naming a directory that does not exist (this process only)."""
    missing = tmp_path / "nonexistent"
    if how == "unset":
        monkeypatch.delenv("HOME")
    else:
        monkeypatch.setenv("HOME", "" if how == "empty" else str(missing))
    return missing


@pytest.mark.parametrize("how", ["unset", "empty", "missing"])
def test_into_data_dir_without_a_home_refuses_and_creates_nothing(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str
) -> None:
    missing = _no_home(monkeypatch, tmp_path, how)
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    result = run("import", str(ARTICLES / f"{ANALIST}.txt"), "--into-data-dir")
    assert result.exit_code == 1, result
    assert "KARIYER_DATA_DIR" in result.stderr
    assert "-o" in result.stderr
    assert not missing.exists()
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.parametrize("how", ["unset", "empty", "missing"])
def test_without_a_home_there_is_no_default_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str
) -> None:
    from kariyer.store import paths

    missing = _no_home(monkeypatch, tmp_path, how)
    monkeypatch.delenv("KARIYER_CACHE_DIR")
    assert paths.usable_home() is None
    assert paths.default_user_data_dir() is None
    assert paths.cache_dir() is None
    assert not missing.exists()


def test_a_tilde_without_a_home_is_said_not_read_as_the_root(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_home(monkeypatch, tmp_path, "empty")
    result = run("list", "--data-dir", "~/x")
    assert_clean_failure(result, 2)
    assert "HOME" in result.stderr


def test_into_data_dir_with_kariyer_data_dir_needs_no_home(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _no_home(monkeypatch, tmp_path, "unset")
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    result = run("import", str(ARTICLES / f"{ANALIST}.txt"), "--into-data-dir")
    assert result.exit_code == 0, result
    assert (tmp_path / "data" / f"{ANALIST}.json").is_file()


# -- an ambiguous name among profiles that share a title -----------------------------------
def test_ambiguity_among_shared_titles_says_to_use_the_slug(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    for slug in ("temsilci-a", "temsilci-b"):
        write_user_profile(tmp_path, raw_profiles[HESAP], slug, "Satış Temsilcisi")
    result = run("show", "satış", "--data-dir", str(tmp_path))
    assert_clean_failure(result, 1)
    assert "tam adı" not in result.stderr
    hint = result.stderr.splitlines()[-1]
    assert "slug" in hint
    assert "temsilci-a" in hint
    assert "temsilci-b" in hint


def test_ambiguity_among_different_titles_may_name_the_full_name(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    write_user_profile(tmp_path, raw_profiles[HESAP], "satis-temsilcisi", "Satış Temsilcisi")
    write_user_profile(tmp_path, raw_profiles[HESAP], "satis-muduru", "Satış Müdürü")
    result = run("show", "satış", "--data-dir", str(tmp_path))
    assert_clean_failure(result, 1)
    assert "tam adı" in result.stderr.splitlines()[-1]


# -- a search with no word to look for is a usage error ------------------------------------
@pytest.mark.parametrize("query", ["*", "--", "?!", "", "  "])
def test_a_query_without_a_word_is_a_usage_error(run: Run, query: str) -> None:
    result = run("search", "--", query) if query == "--" else run("search", query)
    assert_clean_failure(result, 2)
    assert "kelime yok" in result.stderr
    assert "kariyer search" in result.stderr  # the hint: an example that works


def test_a_query_without_a_word_writes_no_json(run: Run) -> None:
    result = run("search", "*", "--json")
    assert_clean_failure(result, 2)


# -- a skill by a word of its name, as occupations -------------------------------------------
@pytest.mark.parametrize(
    ("typed", "skill_id"),
    [
        ("takım", "teamwork"),
        ("takim", "teamwork"),
        ("ekip", "teamwork"),
        ("problem", "problem-solving"),
    ],
)
def test_a_word_of_one_skill_resolves_and_says_which(run: Run, typed: str, skill_id: str) -> None:
    result = run("skills", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == skill_id
    assert f"Not: '{typed}' → " in result.stderr
    assert skill_id in result.stderr


def test_a_word_of_several_skills_lists_them(run: Run) -> None:
    result = run("skills", "beceri")
    assert_clean_failure(result, 1)
    assert "birden çok beceriyle eşleşiyor" in result.stderr
    for skill_id in ("communication", "teamwork", "problem-solving"):
        assert skill_id in result.stderr


def test_a_skill_of_no_word_gets_did_you_mean(run: Run) -> None:
    result = run("skills", "problemler")
    assert_clean_failure(result, 1)
    assert "Bunu mu demek istediniz: Problem çözme" in result.stderr


# -- match: no known skill at all is an error ------------------------------------------------
def test_match_with_no_known_skill_is_an_error_with_did_you_mean(run: Run) -> None:
    result = run("match", "--skills", "xyzqq")
    assert_clean_failure(result, 1)
    assert "xyzqq" in result.stderr
    close = run("match", "--skills", "dinlemek")
    assert_clean_failure(close, 1)
    assert "Bunu mu demek istediniz: Aktif dinleme" in close.stderr


def test_match_with_no_known_skill_still_writes_a_json_document(run: Run) -> None:
    result = run("match", "--skills", "xyzqq", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "known": [],
        "unknown": ["xyzqq"],
        "results": [],
        "notes": [],
    }
    assert "xyzqq" in result.stderr


def test_match_with_one_known_skill_is_no_error(run: Run) -> None:
    result = run("match", "--skills", "xyzqq, iletişim", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["unknown"] == ["xyzqq"]


# -- CSV search snippets name their section as the text view does ----------------------------
@pytest.mark.parametrize("form", ["csv", "excel-csv"])
def test_csv_snippets_use_the_turkish_section_labels(run: Run, form: str) -> None:
    from kariyer.output.labels import SEARCH_FIELD_TR

    result = run("search", "lise", "--format", form)
    assert result.exit_code == 0, result.stderr
    text = result.stdout.lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if form == "excel-csv" else ","))
    assert rows
    for row in rows:
        snippets = row["snippets"].split(" | ")
        labels = [snippet.split(": ", 1)[0] for snippet in snippets]
        assert labels
        assert all(label in SEARCH_FIELD_TR.values() for label in labels), labels
        assert not any(label in SEARCH_FIELD_TR for label in labels)  # no English field id


def _narrow_run(tmp_path: Path, encoding: str, *args: str) -> str:
    env = {**clean_env(PYTHONIOENCODING=encoding), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "kariyer", *args],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode(encoding)


@pytest.mark.parametrize("encoding", ["ascii", "cp1254"])
def test_a_narrow_stdout_gets_arrows_and_ellipses_as_ascii(tmp_path: Path, encoding: str) -> None:
    shown = _narrow_run(tmp_path, encoding, "show", HESAP)
    assert "ise ->" in shown  # "Brüt ise → net"
    assert "ise ?" not in shown
    assert ("Müşteri" in shown) == (encoding == "cp1254")  # Turkish letters where they fit
    found = _narrow_run(tmp_path, encoding, "search", "ofis")
    assert ("..." if encoding == "ascii" else "…") in found  # a snippet cut short (cp1254 has …)
    assert "?" not in found


# -- `kariyer cache --json`, as the README says ----------------------------------------------
@pytest.fixture
def own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A cache directory of this test alone (the session's changes as other tests run)."""
    cache = tmp_path / "cache"
    (cache / "web").mkdir(parents=True)
    (cache / "web" / "page.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(cache))


@pytest.mark.parametrize(
    "form", [("--json",), ("--format", "json"), ("-f", "json")], ids=["json", "format", "f"]
)
@pytest.mark.usefixtures("own_cache")
def test_cache_without_subcommand_takes_the_options_of_cache_info(
    run: Run, form: tuple[str, ...]
) -> None:
    asked, info = run("cache", *form), run("cache", "info", *form)
    assert asked.exit_code == 0, asked.stderr
    assert json.loads(asked.stdout) == json.loads(info.stdout)


@pytest.mark.parametrize("form", ["csv", "markdown"])
@pytest.mark.usefixtures("own_cache")
def test_cache_without_subcommand_writes_any_format(run: Run, form: str) -> None:
    asked, info = run("cache", "--format", form), run("cache", "info", "--format", form)
    assert asked.exit_code == 0, asked.stderr
    assert asked.stdout == info.stdout


@pytest.mark.usefixtures("own_cache")
def test_cache_options_before_the_subcommand_are_its_own(run: Run) -> None:
    result = run("cache", "--json", "info")
    assert result.exit_code == 0, result.stderr
    assert "entries" in json.loads(result.stdout)


def test_bare_cache_still_shows_its_help(run: Run) -> None:
    result = run("cache")
    assert result.exit_code == 0
    assert "info" in result.stdout
    assert "clear" in result.stdout
