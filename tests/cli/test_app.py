"""The command line as a whole: what belongs to no single command.

Version, help, usage errors, output streams and colour, the formats every command shares,
shell completion, `python -m kariyer`, and which modules a command loads at start-up.

No wall-clock times here (those belong to benchmarks/run.py): the start-up tests pin down
which modules a command imports, which is what makes it fast or slow.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from kariyer import __version__
from kariyer.cli.app import app

from ..support import (
    ANALIST,
    ANSI,
    HESAP,
    KARIYER,
    SLUGS,
    Run,
    assert_clean_failure,
    clean_env,
    loaded_modules,
    write_user_profile,
)

COMMANDS = ["list", "show", "compare", "salary"]
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def module_command() -> list[str]:
    return [sys.executable, "-m", "kariyer"]


def script_command() -> list[str]:
    """The installed console script next to this interpreter; python -m when there is none."""
    return [str(KARIYER)] if KARIYER.is_file() else module_command()


def kariyer(
    *args: str, env: dict[str, str], cwd: Path, command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(command or module_command()), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def colour_params(text: str) -> list[str]:
    """The SGR parameters that set a foreground or background colour (30–49, 90–107)."""
    found = []
    for params in SGR.findall(text):
        for part in params.split(";"):
            if part.isdigit() and (30 <= int(part) <= 49 or 90 <= int(part) <= 107):
                found.append(params)
    return found


def plain_lines(text: str) -> list[str]:
    return [line.rstrip() for line in SGR.sub("", text).splitlines()]


# -- version, help, usage errors ------------------------------------------------------
@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert result.stdout == f"kariyer {__version__}\n"
    assert result.stderr == ""


def test_no_arguments_prints_help(run: Run) -> None:
    result = run()
    assert result.exit_code == 0
    assert "Kullanım" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_root_help(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert "Kullanım: kariyer" in result.stdout
    assert "Seçenekler" in result.stdout
    assert "Komutlar" in result.stdout


def test_every_registered_command_is_known() -> None:
    registered = set(get_command(app).commands)  # type: ignore[attr-defined]
    assert set(COMMANDS) <= registered


@pytest.mark.parametrize("command", sorted(get_command(app).commands))  # type: ignore[attr-defined]
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_command_help(run: Run, command: str, flag: str) -> None:
    result = run(command, flag)
    assert result.exit_code == 0, result
    assert f"Kullanım: kariyer {command}" in result.stdout
    assert "Bu yardımı gösterir ve çıkar." in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "wording"),
    [
        (["show"], "Eksik argüman: MESLEK"),
        (["compare", HESAP], "Eksik argüman: MESLEK_B"),
        (["compare"], "Eksik argüman: MESLEK_A"),
    ],
)
def test_missing_argument(run: Run, args: list[str], wording: str) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert wording in result.stderr


@pytest.mark.parametrize(
    "args", [["show", HESAP, "--bogus"], ["--bogus"], ["list", "--yil", "2024"]]
)
def test_unknown_option(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert "Bilinmeyen seçenek" in result.stderr


def test_unknown_command(run: Run) -> None:
    result = run("goster", HESAP)
    assert_clean_failure(result, 2)
    assert "Bilinmeyen komut: 'goster'" in result.stderr


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("salry",), "Bunu mu demek istediniz: kariyer salary?"),
        (("shw", HESAP), "Bunu mu demek istediniz: kariyer show?"),
        (("cache", "inf"), "Bunu mu demek istediniz: kariyer cache info?"),
        (("salary", "--yaer", "2024"), "Bunu mu demek istediniz: --year?"),
    ],
)
def test_a_typo_in_a_command_or_option_gets_the_closest_one(
    run: Run, args: tuple[str, ...], suggestion: str
) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert suggestion in result.stderr


def test_nothing_close_gets_no_guess(run: Run) -> None:
    result = run("zzzqqq")
    assert_clean_failure(result, 2)
    assert "Bunu mu" not in result.stderr
    assert "Komutlar için: kariyer --help" in result.stderr


@pytest.mark.parametrize(
    ("args", "same_as"),
    [(("help",), ("--help",)), (("help", "show"), ("show", "--help")),
     (("help", "cache", "info"), ("cache", "info", "--help"))],
)  # fmt: skip
def test_help_command_is_the_help_option(
    run: Run, args: tuple[str, ...], same_as: tuple[str, ...]
) -> None:
    asked, option = run(*args), run(*same_as)
    assert asked.exit_code == option.exit_code == 0
    assert asked.stdout == option.stdout


@pytest.mark.parametrize("command", ["", "show", "compare", "search", "cache", "cache info"])
def test_help_has_no_braces_and_no_trailing_spaces(command: str) -> None:
    done = kariyer(*command.split(), "--help", env=clean_env(), cwd=Path.cwd())
    assert done.returncode == 0, done.stderr
    usage = next(line for line in done.stdout.splitlines() if "Kullanım:" in line)
    assert "{" not in usage
    assert [line for line in done.stdout.splitlines() if line != line.rstrip()] == []


# -- the user data directory ---------------------------------------------------------
def test_data_dir_user_profile(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    write_user_profile(tmp_path, raw_profiles[HESAP], "yeni-meslek", "Yeni Meslek")
    result = run("show", "yeni-meslek", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result
    assert "Yeni Meslek" in result.stdout
    assert "slug: yeni-meslek" in result.stdout
    assert "14.000 TL" in result.stdout

    listed = run("list", "--data-dir", str(tmp_path))
    assert listed.exit_code == 0
    assert "yeni-meslek *" in listed.stdout
    assert "3 meslek." in listed.stdout
    assert "* kullanıcı veri dizininden" in listed.stdout

    # without the option the profile does not exist
    assert run("show", "yeni-meslek").exit_code == 1


# -- output hygiene --------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["show", HESAP],
        ["show", HESAP, "--json"],
        ["compare", HESAP, ANALIST],
        ["salary"],
        ["salary", "--year", "2024"],
        ["list"],
        ["show", "-h"],
        ["show", "yok"],
        ["salary", "--year", "2022"],
        ["show", "--bogus"],
    ],
)
def test_no_ansi_escapes(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.output.strip()
    assert ANSI not in result.output


def test_no_color_option(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    result = run("--no-color", "show", HESAP)
    assert result.exit_code == 0
    assert "14.000 TL" in result.stdout
    assert ANSI not in result.output


def test_stdout_and_stderr_are_separate(run: Run) -> None:
    ok = run("show", HESAP)
    assert "Hata" not in ok.stderr
    assert ok.stderr == ""
    failed = run("show", "yok")
    assert failed.stdout == ""
    assert "Bulunamadı" in failed.stderr


def test_python_m_kariyer_version(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    env.pop("KARIYER_DATA_DIR", None)
    completed = subprocess.run(
        [sys.executable, "-m", "kariyer", "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"kariyer {__version__}\n"
    assert completed.stderr == ""


def test_python_m_kariyer_unknown_slug(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "dumb"}
    completed = subprocess.run(
        [sys.executable, "-m", "kariyer", "show", "yok-boyle-bir-meslek"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "Bulunamadı" in completed.stderr
    assert "Traceback" not in completed.stderr


# -- start-up: which modules a command loads -------------------------------------------
def test_version_loads_neither_rich_nor_pydantic() -> None:
    loaded = loaded_modules("--version")
    assert not loaded["rich.console"]
    assert not loaded["pydantic.main"]
    assert not loaded["typer._adapters"]


@pytest.mark.parametrize(
    "args",
    [
        ("show", HESAP),
        ("compare", HESAP, ANALIST, "--json"),
        ("salary", "--year", "2024"),
        ("search", "analist"),
        ("list", "--no-color"),
    ],
)
def test_commands_skip_typers_pydantic_coercion(args: tuple[str, ...]) -> None:
    assert not loaded_modules(*args)["typer._adapters"]


# -- completion ---------------------------------------------------------------------
@pytest.mark.parametrize("command", [module_command(), script_command()], ids=["module", "script"])
def test_bash_completes_occupation_slugs(tmp_path: Path, command: list[str]) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer show mus", COMP_CWORD="2"
    )
    done = kariyer(env=env, cwd=tmp_path, command=command)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == list(SLUGS)
    assert done.stderr == ""


def test_bash_completion_narrows_by_prefix(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer show musteri-hiz", COMP_CWORD="2"
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [ANALIST]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("kariyer list --format m", ["markdown"]),
        ("kariyer salary --format ex", ["excel-csv"]),
        ("kariyer import x.txt --format j", ["json"]),
        ("kariyer skills prob", [r"problem\ çözme", "problem-solving"]),  # name, id
        ("kariyer match --skills communication,act", ["communication,active-listening"]),
    ],
)
def test_bash_completes_formats_and_skills(tmp_path: Path, words: str, expected: list[str]) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1)
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == expected  # one value a line, as bash reads them


def test_bash_completes_commands(tmp_path: Path) -> None:
    env = clean_env(_KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer sh", COMP_CWORD="1")
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["show"]


def test_bash_completion_with_a_broken_data_dir_does_not_fail(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash",
        COMP_WORDS="kariyer show mus",
        COMP_CWORD="2",
        KARIYER_DATA_DIR=str(tmp_path / "yok"),
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr


def test_zsh_completes_second_occupation(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_zsh",
        _TYPER_COMPLETE_ARGS=f"kariyer compare {HESAP} musteri-hi",
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert ANALIST in done.stdout
    assert HESAP not in done.stdout


def test_fish_completes_occupation_slugs(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_fish",
        _TYPER_COMPLETE_ARGS="kariyer show m",
        _TYPER_COMPLETE_FISH_ACTION="get-args",
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    completions = [line.split("\t")[0] for line in done.stdout.splitlines() if line]
    assert completions == list(SLUGS)


def test_completion_is_offered_by_the_cli(run: Run) -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


# -- colour ---------------------------------------------------------------------------
def test_forced_colour_has_ansi_codes(tmp_path: Path) -> None:
    done = kariyer("show", HESAP, env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b[" in done.stdout
    assert colour_params(done.stdout)  # real colours, not only bold


def test_forced_colour_changes_only_styling(tmp_path: Path) -> None:
    coloured = kariyer("show", HESAP, env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    piped = kariyer("show", HESAP, env=clean_env(), cwd=tmp_path)
    assert plain_lines(coloured.stdout) == piped.stdout.splitlines()


COLOURED_COMMANDS = {
    "show": ("show", HESAP),
    "compare": ("compare", HESAP, ANALIST),
    "skill": ("skills", "problem-solving"),
    "match": ("match", "-s", "iletişim, excel"),  # the unknown skill is shown in yellow
}


@pytest.mark.parametrize("args", COLOURED_COMMANDS.values(), ids=list(COLOURED_COMMANDS))
@pytest.mark.parametrize("where", ["after", "before"])
def test_no_color_option_drops_colours(tmp_path: Path, args: tuple[str, ...], where: str) -> None:
    env = clean_env(FORCE_COLOR="1")
    coloured = kariyer(*args, env=env, cwd=tmp_path)
    assert coloured.returncode == 0, coloured.stderr
    assert colour_params(coloured.stdout)
    # rich's no_color keeps bold/dim/italic ("\x1b[1m"; "\x1b[3m" is italic, not a colour),
    # so the honest check is: no SGR parameter that sets a colour.
    flags = (*args, "--no-color") if where == "after" else ("--no-color", *args)
    plain = kariyer(*flags, env=env, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert colour_params(plain.stdout) == []
    assert "\x1b" not in plain.stdout  # --no-color wins over FORCE_COLOR: a pipe stays plain
    assert plain_lines(plain.stdout) == plain_lines(coloured.stdout)


def test_no_color_option_applies_to_errors(tmp_path: Path) -> None:
    coloured = kariyer("show", "xyzzy", env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert coloured.returncode == 1
    assert colour_params(coloured.stderr)  # "Hata" is red
    plain = kariyer("show", "xyzzy", "--no-color", env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert plain.returncode == 1
    assert "Bulunamadı" in plain.stderr
    assert colour_params(plain.stderr) == []


def test_no_color_env_drops_colours(tmp_path: Path) -> None:
    env = clean_env(FORCE_COLOR="1", NO_COLOR="1")
    done = kariyer("show", HESAP, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout  # NO_COLOR wins over FORCE_COLOR: no styling in a pipe
    failed = kariyer("show", "xyzzy", env=env, cwd=tmp_path)
    assert "\x1b" not in failed.stderr


@pytest.mark.parametrize(
    "args", [("show", HESAP), ("show", "xyzzy"), ("search", "müşteri"), ("skills",)]
)
def test_piped_output_has_no_escape_codes(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = kariyer(*args, env=clean_env(), cwd=tmp_path)
    assert "\x1b[" not in done.stdout
    assert "\x1b[" not in done.stderr
    assert done.stdout or done.stderr


# -- output formats, for every command that has them -------------------------------------
OUTPUT_COMMANDS = {
    "show": ("show", HESAP),
    "compare": ("compare", HESAP, ANALIST),
    "salary": ("salary",),
}


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_markdown_output(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--format", "markdown")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    assert result.stdout.startswith("# ")
    assert "\x1b[" not in result.stdout
    assert re.search(r"^\|.*\|$", result.stdout, re.MULTILINE)  # a markdown table
    assert re.search(r"^\|(---\|)+$", result.stdout, re.MULTILINE)


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_unknown_format_is_usage_error(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "xml" in result.stderr
    assert "markdown" in result.stderr  # the valid formats are named
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_json_with_another_format_is_usage_error(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--json", "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--json" in result.stderr
    assert "Traceback" not in result.output
