"""Prose stops at a readable measure on very wide terminals; nothing passes the width."""

from __future__ import annotations

import pytest

from kariyer.output.blocks import PROSE_WIDTH

from ..support import HESAP, invoke


def _lines(columns: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke("show", HESAP)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_no_line_is_wider_than_the_terminal(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    assert max(len(line) for line in _lines(columns, monkeypatch)) <= columns


def test_paragraphs_wrap_at_the_measure_on_a_wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    prose = [line for line in _lines(200, monkeypatch) if line.startswith("  ") and "─" not in line]
    assert prose
    assert max(len(line) for line in prose) <= PROSE_WIDTH + 4  # the deepest indent is 4
    assert max(len(line) for line in prose) > 80  # … but the room is used
