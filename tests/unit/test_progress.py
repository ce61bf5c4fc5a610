"""The progress display: drawn on a terminal's stderr, never elsewhere or when turned off."""

from __future__ import annotations

import io
import sys

import pytest
from rich.console import Console

from kariyer.output import console as render
from kariyer.output.progress import PLAIN_MIN_TOTAL, progress


def _stderr(monkeypatch: pytest.MonkeyPatch, *, terminal: bool) -> io.StringIO:
    monkeypatch.setenv("TERM", "xterm")  # the test suite's "dumb" terminal draws no display
    monkeypatch.delenv("NO_COLOR")  # under NO_COLOR only plain lines, for long runs
    stream = io.StringIO()
    made = Console(file=stream, force_terminal=terminal, force_interactive=terminal, width=80)
    monkeypatch.setitem(render._state, "err", made)
    return stream


@pytest.mark.parametrize(
    ("terminal", "enabled", "shown"),
    [(True, True, True), (True, False, False), (False, True, False)],
)
def test_progress_only_on_a_terminal_and_when_enabled(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, enabled: bool, shown: bool
) -> None:
    stream = _stderr(monkeypatch, terminal=terminal)
    with progress(2, label="İçe aktarılıyor", enabled=enabled) as advance:
        advance("a.txt")
        advance("b.txt")
    assert ("İçe aktarılıyor" in stream.getvalue()) is shown
    if not shown:
        assert stream.getvalue() == ""


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _terminal_stderr(monkeypatch: pytest.MonkeyPatch, term: str, no_color: bool) -> io.StringIO:
    """kariyer's own stderr console over a stream that is a terminal."""
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setenv("TERM", term)
    if not no_color:
        monkeypatch.delenv("NO_COLOR")
    render.reset()
    return stream


def test_the_bar_reaches_the_terminal_with_its_cursor_codes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stream = _terminal_stderr(monkeypatch, "xterm", no_color=False)
    with progress(3, label="Denetleniyor") as advance:
        for name in ("a.json", "[bold]b.json", "c\x1b[31m.json"):
            advance(name)
    written = stream.getvalue()
    assert "\x1b[" in written  # Rich's own codes, as codes
    assert "\\u001b[2K" not in written  # not shown as text by the stream's guard
    assert "\x1b[31m.json" not in written  # a file name's escape is shown, never obeyed


@pytest.mark.parametrize(("term", "no_color"), [("xterm", True), ("dumb", False)])
def test_plain_lines_under_no_color_or_a_dumb_terminal(
    monkeypatch: pytest.MonkeyPatch, term: str, no_color: bool
) -> None:
    stream = _terminal_stderr(monkeypatch, term, no_color)
    with progress(2000, label="Denetleniyor") as advance:
        for number in range(2000):
            advance(f"{number}.json")
    lines = stream.getvalue().splitlines()
    assert lines == [f"Denetleniyor: {n * 200:,}/2,000".replace(",", ".") for n in range(1, 11)]
    assert "\x1b" not in stream.getvalue()


def test_no_plain_lines_for_a_short_run(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _terminal_stderr(monkeypatch, "dumb", no_color=True)
    with progress(PLAIN_MIN_TOTAL - 1, label="Denetleniyor") as advance:
        for number in range(PLAIN_MIN_TOTAL - 1):
            advance(f"{number}.json")
    assert stream.getvalue() == ""
