"""`--show-completion KABUK` honours the shell named; `--install-completion` speaks Turkish."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..support import Run, assert_clean_failure

MARKS = {
    "bash": "complete -o default -F _kariyer_completion kariyer",
    "zsh": "#compdef kariyer",
    "fish": "complete --command kariyer",
    "powershell": "Register-ArgumentCompleter",
    "pwsh": "Register-ArgumentCompleter",
}


@pytest.mark.parametrize("shell", list(MARKS))
@pytest.mark.parametrize("form", ["space", "equals"])
def test_the_named_shell_gets_its_own_script(run: Run, shell: str, form: str) -> None:
    args = ("--show-completion", shell) if form == "space" else (f"--show-completion={shell}",)
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert MARKS[shell] in result.stdout
    others = {mark for name, mark in MARKS.items() if mark != MARKS[shell]}
    assert not any(mark in result.stdout for mark in others)


def test_an_unknown_shell_is_a_usage_error_naming_the_supported_ones(run: Run) -> None:
    result = run("--show-completion", "tcsh")
    assert_clean_failure(result, 2)
    assert "tcsh" in result.stderr
    assert "bash, zsh, fish, powershell" in result.stderr


def test_extra_words_after_the_shell_are_refused(run: Run) -> None:
    assert_clean_failure(run("--show-completion", "zsh", "list"), 2)


def test_install_says_where_in_turkish(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    result = run("--install-completion", "bash")
    assert result.exit_code == 0, result.stderr
    assert "bash için tamamlama kuruldu" in result.stdout
    assert "completion installed" not in result.stdout
    assert (tmp_path / ".bashrc").is_file()
