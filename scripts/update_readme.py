"""Refresh the example outputs in README.md from real runs of the installed CLI.

Each example is a fenced block preceded by a marker line:

    <!-- output: kariyer salary --year 2024 -->

The block is replaced by ``$ <command>`` and the command's output at 80 columns,
without colour, run from the repository's top directory. Examples marked with a group,
``<!-- output[yeni]: kariyer import ... -->``, run in order with one empty temporary
KARIYER_DATA_DIR per group; its path is shown as ``$KARIYER_DATA_DIR``.
tests/test_readme.py checks that the README still matches.
Usage: python scripts/update_readme.py
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARKER = re.compile(
    r"^<!-- output(?:\[(?P<group>\w+)\])?: (?P<command>kariyer[^>]*?) -->\n```text\n.*?^```\n",
    re.M | re.S,
)


def run_example(command: str, data_dir: Path | None = None) -> str:
    """Output of one README command as a user would see it in an 80-column pipe."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
    for name in ("KARIYER_DATA_DIR", "FORCE_COLOR", "KARIYER_DEBUG"):
        env.pop(name, None)
    if data_dir is not None:
        env["KARIYER_DATA_DIR"] = str(data_dir)
    with tempfile.TemporaryDirectory() as cache:
        env["KARIYER_CACHE_DIR"] = cache
        done = subprocess.run(
            [sys.executable, "-m", "kariyer", *shlex.split(command)[1:]],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
    output = done.stdout + done.stderr
    return output.replace(str(data_dir), "$KARIYER_DATA_DIR") if data_dir else output


def examples(text: str) -> list[re.Match[str]]:
    return list(MARKER.finditer(text))


def render_all(text: str) -> dict[int, str]:
    """The fresh block of every example, keyed by its position in the text."""
    blocks: dict[int, str] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for match in examples(text):
            group = match["group"]
            data_dir = Path(scratch) / group / "meslekler" if group else None
            if data_dir is not None:
                data_dir.parent.mkdir(exist_ok=True)
            output = run_example(match["command"], data_dir)
            label = f"[{group}]" if group else ""
            blocks[match.start()] = (
                f"<!-- output{label}: {match['command']} -->\n```text\n"
                f"$ {match['command']}\n{output}```\n"
            )
    return blocks


def main() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = render_all(text)
    updated = MARKER.sub(lambda match: blocks[match.start()], text)
    README.write_text(updated, encoding="utf-8")
    print(f"{len(blocks)} örnek güncellendi: {README}")


if __name__ == "__main__":
    main()
