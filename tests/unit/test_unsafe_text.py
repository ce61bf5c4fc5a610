"""Control and bidi characters: one definition (schema.limits), refused by the schema (the
model and the published JSON Schema alike), removed by the importer, shown by the writers."""

from __future__ import annotations

import io
import json
import re

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from kariyer.importer.lines import removed_message, strip_unsafe
from kariyer.output.console import _TrimmingWriter, printable
from kariyer.schema.limits import (
    PARAGRAPH_PATTERN,
    TEXT_PATTERN,
    UNSAFE_RE,
    describe_unsafe,
    unsafe_name,
)
from kariyer.schema.models import Skill, Trend
from kariyer.schema.validate import describe_validation_error, profile_json_schema, validate

from ..support import HESAP, bundled_json

# The definition, written out: C0, DEL, C1, bidi embeddings/overrides (U+202A-E), isolates.
UNSAFE = [*range(0x00, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def test_the_unsafe_set_is_exactly_the_definition() -> None:
    found = [code for code in range(0x3000) if UNSAFE_RE.fullmatch(chr(code))]
    assert found == UNSAFE


@pytest.mark.parametrize(
    ("char", "described"),
    [
        ("\x1b", "U+001B (ESC) denetim karakteri"),
        ("\x07", "U+0007 (BEL) denetim karakteri"),
        ("\x00", "U+0000 (NUL) denetim karakteri"),
        ("\x1f", "U+001F (US) denetim karakteri"),
        ("\x7f", "U+007F (DEL) denetim karakteri"),
        ("\x9b", "U+009B (CSI) denetim karakteri"),
        ("\x9d", "U+009D (OSC) denetim karakteri"),
        ("\x9f", "U+009F (APC) denetim karakteri"),
        ("\u202e", "U+202E (RLO) yazı yönü karakteri"),
        ("\u2069", "U+2069 (PDI) yazı yönü karakteri"),
    ],
)
def test_every_character_is_named(char: str, described: str) -> None:
    assert describe_unsafe(char) == described
    assert described.startswith(unsafe_name(char))


@pytest.mark.parametrize("code", UNSAFE)
def test_the_model_refuses_each_one_in_a_name(code: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(Skill, {"id": "x", "name": f"İleti{chr(code)}şim"})
    ((where, message),) = describe_validation_error(caught.value)
    assert where == "name"
    assert message.startswith(f"6. karakterde {describe_unsafe(chr(code))} var")


def test_a_paragraph_may_hold_a_line_feed_but_a_title_may_not() -> None:
    trend = validate(Trend, {"title": "Uzaktan çalışma", "text": ["Bir\nİki"]})
    assert trend.text == ["Bir\nİki"]
    with pytest.raises(ValidationError) as caught:
        validate(Trend, {"title": "Uzaktan\nçalışma", "text": ["Bir\tiki"]})
    assert describe_validation_error(caught.value) == [
        ("title", "8. karakterde U+000A (LF) denetim karakteri var; bu alan tek satır olmalı"),
        (
            "text.0",
            "4. karakterde U+0009 (HT) denetim karakteri var; metinde denetim ve yazı yönü "
            "karakterleri olamaz",
        ),
    ]


def test_the_message_counts_and_never_repeats_the_text() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(Skill, {"id": "x", "name": "\x1b]0;PWNED\x07\x1b[2J"})
    ((_, message),) = describe_validation_error(caught.value)
    assert message == (
        "1. karakterde U+001B (ESC) denetim karakteri var (toplam 3 tane); metinde denetim "
        "ve yazı yönü karakterleri olamaz"
    )


def test_the_published_json_schema_refuses_them_too() -> None:
    validator = Draft202012Validator(json.loads(profile_json_schema()))
    data = bundled_json(HESAP)
    assert not list(validator.iter_errors(data))
    data["summary"][0] += "\u202e"
    data["title"] = "Müşteri\nHesap"  # (Python's re, unlike ECMA, lets a final LF past "$")
    errors = sorted(".".join(map(str, error.path)) for error in validator.iter_errors(data))
    assert errors == ["summary.0", "title"]
    assert re.search(PARAGRAPH_PATTERN, "Bir\niki")
    assert not re.search(TEXT_PATTERN, "Bir\niki")


def test_the_model_refuses_a_final_line_feed() -> None:
    with pytest.raises(ValidationError):
        validate(Skill, {"id": "x", "name": "İletişim\n"})


# -- the importer -------------------------------------------------------------------------------
def test_strip_unsafe_removes_and_lists_them() -> None:
    assert strip_unsafe("a\x1b[2Jb\u202ec\x07") == ("abc", ["\x1b", "\u202e", "\x07"])
    assert strip_unsafe("a\x9b2Jb") == ("ab", ["\x9b"])  # the one-character CSI too
    assert strip_unsafe("sekme\tboşluk") == ("sekme boşluk", [])  # a tab is a space
    assert strip_unsafe("Müşteri İlişkileri") == ("Müşteri İlişkileri", [])


def test_removed_message_counts_by_character() -> None:
    assert removed_message(["\x1b", "\x07", "\x1b"], " (satır 4)") == (
        "3 denetim karakteri kaldırıldı (satır 4): U+001B (ESC) ×2, U+0007 (BEL)"
    )


# -- the writers ----------------------------------------------------------------------------------
def test_printable_shows_each_one_as_a_visible_escape() -> None:
    assert printable("a\x1b]0;X\x07b\x9b\u202e") == "a\\u001b]0;X\\u0007b\\u009b\\u202e"
    assert printable("satır\nsekme\t") == "satır\nsekme\t"
    clean = "Müşteri İlişkileri — 14.000 TL"
    assert printable(clean) is clean


def test_printable_json_is_the_same_json() -> None:
    text = json.dumps({"t": "a\x9b\u202e\x1b"}, ensure_ascii=False)
    assert UNSAFE_RE.search(printable(text)) is None
    assert json.loads(printable(text)) == {"t": "a\x9b\u202e\x1b"}


def test_the_stream_guard_keeps_colour_codes_only() -> None:
    stream = io.StringIO()
    writer = _TrimmingWriter(stream)
    writer.write("\x1b[1;31mHata\x1b[0m \x1b]0;X\x07 \x1b[2J\x9b\n")
    writer.write("son\x1b")
    writer.flush()
    assert stream.getvalue() == (
        "\x1b[1;31mHata\x1b[0m \\u001b]0;X\\u0007 \\u001b[2J\\u009b\nson\\u001b"
    )


def test_import_removes_whole_terminal_escape_sequences() -> None:
    """'[2J' left behind would end up in titles and slugs: the sequence goes as one."""
    from kariyer.importer.lines import strip_unsafe

    text, removed = strip_unsafe("Müşteri Hesap\x1b[2J\x1b[H Temsilcisi \x1b]0;PWNED\x07son")
    assert text == "Müşteri Hesap Temsilcisi son"
    assert removed == ["\x1b", "\x1b", "\x1b", "\x07"]
    assert strip_unsafe("a\x1b\\b \u202ec") == ("ab c", ["\x1b", "\u202e"])
