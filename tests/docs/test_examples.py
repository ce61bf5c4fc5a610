"""Every example output in README.md and docs/*.md is today's real output of its command."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT, load_updater

UPDATER = load_updater()
DOCUMENTS = UPDATER.documents()
CASES = [
    (path, match)
    for path in DOCUMENTS
    for match in UPDATER.examples(path.read_text(encoding="utf-8"))
]


def _id(case: tuple[object, re.Match[str]]) -> str:
    path, match = case
    return f"{path.relative_to(ROOT)}: {match['command']}"  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def fresh_blocks() -> dict[object, dict[int, str]]:
    return {path: UPDATER.render_all(path.read_text(encoding="utf-8")) for path in DOCUMENTS}


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_example_output_is_current(
    case: tuple[object, re.Match[str]], fresh_blocks: dict[object, dict[int, str]]
) -> None:
    path, match = case
    expected = fresh_blocks[path][match.start()]
    assert match.group(0) == expected, "stale example: run python scripts/update_docs.py"


def test_the_documents_have_examples() -> None:
    assert len(CASES) >= 20


def test_an_excerpt_marks_every_cut() -> None:
    output = "".join(f"satır {n}\n" for n in range(10)).replace("satır 5", "Maaş")
    assert UPDATER.excerpt(output, {"head": "3"}).splitlines() == [
        "satır 0",
        "satır 1",
        "satır 2",
        "…",
    ]
    assert UPDATER.excerpt(output, {"keep": "1", "from": "Maaş", "head": "2"}).splitlines() == [
        "satır 0",
        "…",
        "Maaş",
        "satır 6",
        "…",
    ]
    assert UPDATER.excerpt(output, {"head": "2", "tail": "1"}).splitlines()[-2:] == [
        "…",
        "satır 9",
    ]
    assert UPDATER.excerpt(output, {"head": "50"}) == output  # nothing cut, nothing marked


def test_check_mode_reports_a_stale_document(tmp_path, monkeypatch, capsys) -> None:
    stale = tmp_path / "README.md"
    stale.write_text(
        "<!-- output: kariyer --version -->\n```text\n$ kariyer --version\neski\n```\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(UPDATER, "documents", lambda: [stale])
    monkeypatch.setattr(UPDATER, "ROOT", tmp_path)
    assert UPDATER.main(["--check"]) == 1
    assert "eski" in stale.read_text(encoding="utf-8")  # --check never writes
    assert UPDATER.main([]) == 0
    assert "kariyer 0." in stale.read_text(encoding="utf-8")
    capsys.readouterr()
