"""Gaps a new user's trial found: global options around the completion options, PowerShell
missing, `match` without `--skills` (or with an empty one), skill names with spaces in bash."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from ..support import Run, assert_clean_failure

SCRIPT_MARKS = {
    "bash": "complete -o default -F _kariyer_completion kariyer",
    "zsh": "#compdef kariyer",
    "fish": "complete --command kariyer",
}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own: an install never touches the real one."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("KARIYER_DEBUG", "")  # --debug sets it; the test's end restores it
    return tmp_path


# -- 1. global options before or after the completion options ------------------------------
@pytest.mark.parametrize(
    ("args", "shell"),
    [
        (("--debug", "--show-completion", "fish"), "fish"),
        (("--no-color", "--show-completion", "zsh"), "zsh"),
        (("--show-completion", "zsh", "--no-color"), "zsh"),
        (("--show-completion", "fish", "--debug"), "fish"),
        (("--no-color", "--debug", "--show-completion=zsh", "--no-color"), "zsh"),
        (("--debug", "--show-completion", "bash"), "bash"),
    ],
)
def test_global_options_around_show_completion_keep_the_shell(
    run: Run, home: Path, args: tuple[str, ...], shell: str
) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert SCRIPT_MARKS[shell] in result.stdout
    assert not any(mark in result.stdout for name, mark in SCRIPT_MARKS.items() if name != shell)


@pytest.mark.parametrize(
    "args",
    [
        ("--no-color", "--install-completion", "zsh"),
        ("--debug", "--install-completion", "zsh"),
        ("--install-completion", "zsh", "--no-color"),
    ],
)
def test_global_options_around_install_completion_keep_the_shell(
    run: Run, home: Path, args: tuple[str, ...]
) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert "zsh için tamamlama kuruldu" in result.stdout
    assert "completion installed" not in result.output
    assert "restart the terminal" not in result.output
    assert (home / ".zshrc").is_file()
    assert not (home / ".bash_completions").exists()
    assert not (home / ".bashrc").exists()


def test_other_words_after_the_shell_are_still_refused(run: Run, home: Path) -> None:
    result = run("--no-color", "--show-completion", "zsh", "list")
    assert_clean_failure(result, 2)
    assert "list" in result.stderr


# -- 2. PowerShell not installed -----------------------------------------------------------
@pytest.mark.parametrize("shell", ["powershell", "pwsh"])
def test_install_for_a_missing_powershell_says_so(
    run: Run, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # neither pwsh nor powershell on this system
    result = run("--install-completion", shell)
    assert_clean_failure(result, 1)
    assert "PowerShell" in result.stderr
    assert "bulunamadı" in result.stderr
    assert "pwsh" in result.stderr
    assert "kariyer --show-completion powershell" in result.stderr
    assert "profil" in result.stderr
    assert "Çıktı yazılamadı" not in result.stderr


def _fake_pwsh(directory: Path, body: str) -> None:
    directory.mkdir(exist_ok=True)
    program = directory / "pwsh"
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o755)


def test_install_for_powershell_uses_pwsh_when_only_pwsh_is_there(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = home / "ps" / "profile.ps1"
    _fake_pwsh(home / "bin", f'[ "$1" = "-NoProfile" ] && echo "{profile}"; exit 0')
    monkeypatch.setenv("PATH", str(home / "bin"))
    result = run("--install-completion", "powershell")
    assert result.exit_code == 0, result.stderr
    assert f"pwsh için tamamlama kuruldu: {profile}" in result.stdout
    assert "Register-ArgumentCompleter" in profile.read_text(encoding="utf-8")


def test_install_when_powershell_fails_says_so(
    run: Run, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_pwsh(home / "bin", "exit 3")
    monkeypatch.setenv("PATH", str(home / "bin"))
    result = run("--install-completion", "pwsh")
    assert_clean_failure(result, 1)
    assert "PowerShell profilinin yeri öğrenilemedi (pwsh: çıkış kodu 3)" in result.stderr
    assert "kariyer --show-completion powershell" in result.stderr


# -- 3. match: --skills missing, empty, or words outside it --------------------------------
@pytest.mark.parametrize("skills", ["", " ", ",, ;"])
def test_an_empty_skills_list_is_a_usage_error(run: Run, skills: str) -> None:
    result = run("match", "--skills", skills)
    assert_clean_failure(result, 2)
    assert "kariyer match --skills" in result.stderr


def test_match_without_skills_says_the_option_is_required(run: Run) -> None:
    result = run("match")
    assert_clean_failure(result, 2)
    assert "--skills seçeneği gerekli" in result.stderr
    assert 'kariyer match --skills "iletişim, aktif dinleme' in result.stderr
    assert "Eksik argüman" not in result.stderr


@pytest.mark.parametrize(
    ("args", "stray", "fixed"),
    [
        (("match", "iletişim"), "iletişim", 'kariyer match --skills "iletişim"'),
        (
            ("match", "aktif", "dinleme", "--json"),
            "aktif dinleme",
            'kariyer match --skills "aktif dinleme"',
        ),
        (
            ("match", "--skills", "iletişim,aktif", "dinleme"),
            "dinleme",
            'kariyer match --skills "iletişim,aktif dinleme"',
        ),
    ],
)
def test_words_outside_skills_are_said_to_belong_in_it(
    run: Run, args: tuple[str, ...], stray: str, fixed: str
) -> None:
    result = run(*args)
    assert_clean_failure(result, 2)
    assert f"Fazla argüman: '{stray}'" in result.stderr
    assert fixed in result.stderr
    assert "Eksik argüman" not in result.stderr


def test_exit_codes_page_lists_the_empty_skills_list() -> None:
    page = (Path(__file__).parents[2] / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    usage_row = next(line for line in page.splitlines() if line.startswith("| 2 |"))
    assert "--skills" in usage_row


# -- 4. bash inserts what it gets: names with spaces escaped unless in quotes ---------------
def _bash(run: Run, monkeypatch: pytest.MonkeyPatch, words: list[str]) -> list[str]:
    """What bash gets, with COMP_WORDS joined as the script joins them (IFS: a newline)."""
    monkeypatch.setenv("_KARIYER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "\n".join(words))
    monkeypatch.setenv("COMP_CWORD", str(len(words) - 1))
    result = run()
    assert result.exit_code == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_bash_gets_a_name_with_a_space_escaped(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _bash(run, monkeypatch, ["kariyer", "match", "--skills", "iletişim,ak"])
    assert r"iletişim,aktif\ dinleme" in offered
    assert "iletişim,aktif dinleme" not in offered


def test_bash_completion_as_typed_by_hand_is_escaped_too(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("_KARIYER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "kariyer match --skills iletişim,ak")
    monkeypatch.setenv("COMP_CWORD", "3")
    result = run()
    assert r"iletişim,aktif\ dinleme" in result.stdout.splitlines()


def test_the_escaped_line_runs(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (offered,) = [
        word
        for word in _bash(run, monkeypatch, ["kariyer", "match", "--skills", "iletişim,aktif"])
        if "dinleme" in word
    ]
    monkeypatch.delenv("_KARIYER_COMPLETE")
    line = shlex.split(f"kariyer match --skills {offered} --json")
    assert line[3] == "iletişim,aktif dinleme"
    assert run(*line[1:]).exit_code == 0


@pytest.mark.parametrize(
    ("word", "offered"),
    [
        ('"iletişim,ak', "iletişim,aktif dinleme"),  # bash replaces what follows the quote
        ("'iletişim,ak", "iletişim,aktif dinleme"),
        ('iletişim,"ak', "aktif dinleme"),
        ("aktif\\ d", "aktif\\ dinleme"),  # an escaped space already typed
    ],
)
def test_bash_in_quotes_gets_the_name_as_it_is(
    run: Run, monkeypatch: pytest.MonkeyPatch, word: str, offered: str
) -> None:
    assert offered in _bash(run, monkeypatch, ["kariyer", "match", "--skills", word])


def test_bash_skills_command_gets_escaped_names(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _bash(run, monkeypatch, ["kariyer", "skills", "ekip"])
    assert r"ekip\ çalışması" in offered
    assert _bash(run, monkeypatch, ["kariyer", "skills", "takım", "ç"]) == ["çalışması"]


def test_zsh_and_fish_get_names_unescaped(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    # zsh's _arguments and fish quote what they insert themselves
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "kariyer match --skills iletişim,ak")
    monkeypatch.setenv("_KARIYER_COMPLETE", "complete_zsh")
    assert '"iletişim,aktif dinleme"' in run().stdout
    monkeypatch.setenv("_KARIYER_COMPLETE", "complete_fish")
    monkeypatch.setenv("_TYPER_COMPLETE_FISH_ACTION", "get-args")
    assert "iletişim,aktif dinleme" in run().stdout.splitlines()


def _read_by_bash(word: str) -> list[str]:
    """The arguments bash makes of ``word`` on a command line."""
    bash = shutil.which("bash")
    if bash is None:  # pragma: no cover - bash is on every system the tests run on
        pytest.skip("no bash")
    done = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", f"printf '%s\\0' {word}"],
        capture_output=True,
        check=True,
        env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"},
    )
    return done.stdout.decode("utf-8").split("\0")[:-1]


@pytest.mark.parametrize(
    "value", ["aktif dinleme", "iletişim,ekip çalışması", "a$b `c` (d) 'e' \"f\" g\\h", "x;y&z|w"]
)
def test_a_bash_reply_reads_back_as_the_value(value: str) -> None:
    from kariyer.cli.completion import bash_reply

    typed = value[:3]
    assert _read_by_bash(bash_reply(value, typed)) == [value]
    assert _read_by_bash('"' + bash_reply(value, '"' + typed) + '"') == [value]  # bash closes it
    if "'" not in value:
        assert _read_by_bash("'" + bash_reply(value, "'" + typed) + "'") == [value]
