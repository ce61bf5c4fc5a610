"""Refresh the example outputs in README.md and docs/*.md from real runs of the CLI.

Each example is a fenced block preceded by a marker line:

    <!-- output: kariyer salary --year 2024 -->

The block is replaced by ``$ <command>`` and the command's output at 80 columns,
without colour, run from the repository's top directory. Options make a short excerpt
(the README shows some); every cut is marked with a line "…":

* ``head=N`` — the first N lines;
* ``from=WORD`` — start at the first line whose first word is WORD (a section heading);
* ``keep=N`` — with ``from``, also keep the first N lines (title and source) before it;
* ``tail=N`` — with ``head``, also keep the last N lines (the sources at the end).

    <!-- output keep=4 from=Maaş head=20: kariyer show musteri-hesap-temsilcisi -->

Examples marked with a group, ``<!-- output[yeni]: kariyer import ... -->``, run in
order with one empty temporary KARIYER_DATA_DIR per group and document; its path is
shown as ``$KARIYER_DATA_DIR``. tests/docs/test_examples.py checks that every
document still matches.

An example with the option ``server=local`` runs while the local test server of
tests/webserver.py (never the network) answers at ``LOCAL_SITE``, the fixed address
``http://127.0.0.1:28731`` (waiting while another run holds the port), so that the page
does not change from run to run.

    <!-- output[web] server=local: kariyer import --from tests/fixtures/web/liste.txt ... -->

Usage: python scripts/update_docs.py [--check]   (--check: report stale files, exit 1)
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(
    r"^<!-- output(?:\[(?P<group>\w+)\])?(?P<options>(?: \w+=\S+)*): "
    r"(?P<command>kariyer[^>]*?) -->\n```text\n.*?^```\n",
    re.M | re.S,
)
TRUNCATED = "…"
LOCAL_SITE = "http://127.0.0.1:28731"


def documents() -> list[Path]:
    """README.md and every page under docs/, in a stable order."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@contextmanager
def local_site(found: list[re.Match[str]]) -> Iterator[None]:
    """The local test server at LOCAL_SITE while the examples run, if one asks for it."""
    if not any(_options(match).get("server") == "local" for match in found):
        yield
        return
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.webserver import serving  # the standard library only

    with serving(port=int(LOCAL_SITE.rsplit(":", 1)[1])):
        yield


def run_example(command: str, data_dir: Path | None = None) -> str:
    """Output of one documented command as a user would see it in an 80-column pipe."""
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


def excerpt(output: str, options: dict[str, str]) -> str:
    """The part of ``output`` the options ask for, each cut marked with a line "…"."""
    lines = output.splitlines()
    kept: list[str] = []
    if "from" in options:
        start = next(i for i, line in enumerate(lines) if _first_word(line) == options["from"])
        keep = int(options.get("keep", "0"))
        kept = [*lines[:keep], TRUNCATED] if 0 < keep < start else lines[:start]
        lines = lines[start:]
    head, tail = int(options.get("head", len(lines))), int(options.get("tail", "0"))
    if len(lines) > head + tail:
        lines = [*lines[:head], TRUNCATED, *(lines[-tail:] if tail else [])]
    return "".join(line + "\n" for line in [*kept, *lines])


def _first_word(line: str) -> str:
    """ "Vergiler" of "Vergiler, istisna ve net": a heading named by its first word."""
    words = line.split()
    return words[0].rstrip(",") if words else ""


def _options(match: re.Match[str]) -> dict[str, str]:
    return dict(item.split("=", 1) for item in match["options"].split())


def _block(match: re.Match[str], output: str) -> str:
    label = (f"[{match['group']}]" if match["group"] else "") + match["options"]
    if match["options"]:
        output = excerpt(output, _options(match))
    return (
        f"<!-- output{label}: {match['command']} -->\n```text\n$ {match['command']}\n{output}```\n"
    )


def render_all(text: str) -> dict[int, str]:
    """The fresh block of every example in one document, keyed by its position."""
    blocks: dict[int, str] = {}
    found = examples(text)
    with tempfile.TemporaryDirectory() as scratch, local_site(found):
        for match in found:
            group = match["group"]
            data_dir = Path(scratch) / group / "meslekler" if group else None
            if data_dir is not None:
                data_dir.parent.mkdir(exist_ok=True)
            blocks[match.start()] = _block(match, run_example(match["command"], data_dir))
    return blocks


def refreshed(text: str) -> str:
    blocks = render_all(text)
    return MARKER.sub(lambda match: blocks[match.start()], text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path in documents():
        text = path.read_text(encoding="utf-8")
        updated = refreshed(text)
        if updated != text:
            stale.append(path)
            if not check:
                path.write_text(updated, encoding="utf-8")
        count = len(examples(text))
        state = "güncel" if updated == text else ("eski" if check else "güncellendi")
        print(f"{path.relative_to(ROOT)}: {count} örnek, {state}")
    if check and stale:
        print("Güncellemek için: python scripts/update_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
