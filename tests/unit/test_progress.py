"""The progress display: drawn on a terminal's stderr, never elsewhere or when turned off."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from kariyer.output import console as render
from kariyer.output.progress import progress


def _stderr(monkeypatch: pytest.MonkeyPatch, *, terminal: bool) -> io.StringIO:
    monkeypatch.setenv("TERM", "xterm")  # the test suite's "dumb" terminal draws no display
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
