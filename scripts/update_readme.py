"""Refresh the example outputs in README.md from real runs of the installed CLI.

Each example is a fenced block preceded by a marker line:

    <!-- output: kariyer salary --year 2024 -->

The block is replaced by ``$ <command>`` and the command's output at 80 columns,
without colour. tests/test_readme.py checks that the README still matches.
Usage: python scripts/update_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
MARKER = re.compile(
    r"^<!-- output: (?P<command>kariyer[^>]*?) -->\n```text\n.*?^```\n", re.M | re.S
)


def run_example(command: str) -> str:
    """Output of one README command as a user would see it in an 80-column pipe."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("KARIYER_DATA_DIR", None)
    env.pop("FORCE_COLOR", None)
    args = shlex.split(command)[1:]
    done = subprocess.run(
        [sys.executable, "-m", "kariyer", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return done.stdout + done.stderr


def render_block(command: str) -> str:
    return f"<!-- output: {command} -->\n```text\n$ {command}\n{run_example(command)}```\n"


def examples(text: str) -> list[re.Match[str]]:
    return list(MARKER.finditer(text))


def main() -> None:
    text = README.read_text(encoding="utf-8")
    updated = MARKER.sub(lambda match: render_block(match["command"]), text)
    README.write_text(updated, encoding="utf-8")
    print(f"{len(examples(text))} örnek güncellendi: {README}")


if __name__ == "__main__":
    main()
