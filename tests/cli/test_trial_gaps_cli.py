"""Gaps a new user's trial found against issue 16, each pinned where the user meets it."""

from __future__ import annotations

import pytest

from ..support import ANSI, HESAP, Run, assert_clean_failure


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
