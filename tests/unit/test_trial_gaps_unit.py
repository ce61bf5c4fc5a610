"""Gaps a new user's trial found against issue 16, pinned on the functions that own them."""

from __future__ import annotations

import io
import sys
from typing import Any

import pytest
from pydantic import ValidationError

from kariyer.schema.models import Profile
from kariyer.schema.validate import describe_validation_error, validate

from ..support import HESAP, bundled_json


# -- schema messages: a year is written as a year ------------------------------------------
def _messages(change: dict[str, Any]) -> dict[str, str]:
    data = bundled_json(HESAP)
    data["salary"]["figures"][0].update(change)
    with pytest.raises(ValidationError) as error:
        validate(Profile, data)
    return dict(describe_validation_error(error.value))


@pytest.mark.parametrize(("year", "message"), [(1850, "en az 1990"), (2500, "en çok 2100")])
def test_a_year_limit_has_no_thousands_separator(year: int, message: str) -> None:
    found = _messages({"year": year})["salary.figures.0.year"]
    assert message in found
    assert "1.990" not in found
    assert "2.100" not in found


def test_an_amount_limit_keeps_its_thousands_separator() -> None:
    found = _messages({"monthly_tl": 1e15})["salary.figures.0.monthly_tl"]
    assert "1.000.000.000" in found


# -- a stream that cannot carry a character gets readable ASCII, not "?" --------------------
@pytest.mark.parametrize(
    ("text", "ascii"),
    [
        ("Brüt ise → net", "Brut ise -> net"),
        ("çeşitli…", "cesitli..."),
        ("2022–2024 — özet", "2022-2024 - ozet"),
        ("a · b", "a - b"),
        ("café ≥ 5", "cafe >= 5"),
    ],
)
def test_readable_ascii(text: str, ascii: str) -> None:
    from kariyer.output.console import readable_ascii

    assert readable_ascii(text) == ascii


def _stdout_in(monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict")
    monkeypatch.setattr(sys, "stdout", stream)


def test_printable_fits_an_ascii_stream_before_rich_measures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kariyer.output.console import printable

    _stdout_in(monkeypatch, "ascii")
    assert printable("Brüt ise → net…") == "Brut ise -> net..."


def test_printable_keeps_what_cp1254_carries(monkeypatch: pytest.MonkeyPatch) -> None:
    from kariyer.output.console import printable

    _stdout_in(monkeypatch, "cp1254")
    assert printable("Brüt ise → net, çalışma") == "Brüt ise -> net, çalışma"


def test_printable_leaves_utf8_alone() -> None:
    from kariyer.output.console import printable

    assert printable("Brüt ise → net…") == "Brüt ise → net…"


def test_the_stream_guard_writes_arrows_as_ascii() -> None:
    """entry's last guard (text that never passed the output layer): "->", not "?"."""
    from kariyer import entry

    entry._prepare_streams()  # registers the error handler (the streams here are UTF-8)
    assert "a → b … c – d".encode("ascii", "kariyer-ascii") == b"a -> b ... c - d"
