"""kariyer.cli.typer_tr: the plain coercion of simple parameters, and Typer's own as fallback."""

from __future__ import annotations

import json

import pytest

from kariyer.cli.typer_tr import _flag, _text, _text_list

from ..support import ANALIST, HESAP, invoke


def test_plain_text_and_lists() -> None:
    assert _text("analist") == "analist"
    assert _text(b"m\xc3\xbc\xc5\x9fteri") == "müşteri"
    assert _text_list(("a", "b")) == ["a", "b"]
    assert _text_list("tek") == ["tek"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), ("true", True), (" YES ", True), ("1", True), ("off", False), ("", False)],
)
def test_plain_flags(value: object, expected: bool) -> None:
    assert _flag(value) is expected


def test_a_bad_flag_value_is_a_usage_error_in_turkish() -> None:
    with pytest.raises(ValueError, match="evet/hayır"):
        _flag("belki")


def test_parameters_still_arrive_as_typed() -> None:
    """Text, a list of words and flags reach the commands exactly as before."""
    result = invoke("search", "müşteri", "analist", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["query"] == "müşteri analist"
    assert invoke("compare", HESAP, ANALIST, "--adjust", "--json").exit_code == 0


def test_a_typer_with_other_internals_keeps_its_own_coercion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If Typer's private coercion contract changes, kariyer still works (only slower)."""
    from kariyer.cli import typer_tr as _typer_tr

    class Incompatible:
        def __init__(self, **_kwargs: object) -> None:
            raise TypeError("unexpected keyword argument")

    monkeypatch.setattr(_typer_tr, "PlainCoercion", Incompatible)
    result = invoke("search", "müşteri", "analist", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["query"] == "müşteri analist"
