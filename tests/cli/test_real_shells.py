"""Completion in the real shells, where they are installed (skipped where they are not).

The other completion tests speak the shells' protocol to kariyer; these source the script
`kariyer --show-completion SHELL` prints into fish and zsh themselves and ask them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

KARIYER = str(Path(sys.executable).parent / "kariyer")
pytestmark = pytest.mark.skipif(not Path(KARIYER).exists(), reason="kariyer is not installed")


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    path = f"{Path(KARIYER).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return {**os.environ, "HOME": str(home), "PATH": path, "NO_COLOR": "1"}


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("kariyer skills ileti", "iletişim"),
        ("kariyer show mü", "müsteri-hesap-temsilcisi"),
        ("kariyer show musteri-hesap-temsilcisi --format ", "markdown"),
        ("kariyer --show-completion ", "zsh"),
        ("kariyer sal", "salary"),
    ],
)
def test_fish_completes(tmp_path: Path, line: str, offered: str) -> None:
    script = f"kariyer --show-completion fish | source; complete -C {line!r}"
    done = subprocess.run(
        ["fish", "--no-config", "-c", script],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert offered in [row.split("\t")[0] for row in done.stdout.splitlines()], done.stdout


@pytest.mark.slow  # waits for the interactive shell
@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completes_on_a_terminal(tmp_path: Path) -> None:
    """An interactive zsh (through zpty) with the script sourced: TAB completes a skill."""
    env = _env(tmp_path)
    completion = tmp_path / "kariyer.zsh"
    completion.write_text(
        subprocess.run(
            [KARIYER, "--show-completion", "zsh"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    )
    driver = tmp_path / "drive.zsh"
    driver.write_text(
        textwrap.dedent(
            f"""\
            zmodload zsh/zpty
            zpty z 'zsh -f -i'
            zpty -w z 'autoload -Uz compinit; compinit -u; source {completion}; PS1="P> "'
            sleep 2
            zpty -r -t z junk
            zpty -w -n z $'kariyer skills ileti\\t'
            sleep 3
            zpty -r -t z out
            print -r -- "$out"
            """
        )
    )
    done = subprocess.run(
        ["zsh", "-f", str(driver)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "kariyer skills iletişim" in done.stdout, done.stdout
