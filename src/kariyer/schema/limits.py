"""Every limit on data, defined once: slug pattern and length, years, text length, amounts,
and the characters no text may hold.

The models (`kariyer.schema.models`) apply them through pydantic; the store, the importer
and the command line use the same names. This module is tiny on purpose: importing the
models costs a scan of thousands of profiles time it does not need.
"""

from __future__ import annotations

import re

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SKILL_ID_PATTERN = SLUG_PATTERN
MAX_SLUG_LENGTH = 80
MAX_TEXT_LENGTH = 20_000
MAX_MONTHLY_TL = 1_000_000_000  # a billion lira a month: anything above is a typo, not a wage
# `kariyer pay`: a monthly wage above ten million lira is a typo (a year's pay, extra zeros)
MAX_PAY_TL = 10_000_000
MIN_YEAR, MAX_YEAR = 1990, 2100
_SLUG_RE = re.compile(SLUG_PATTERN)


# Characters that steer a terminal or the direction of text instead of being text: C0
# controls, DEL, C1 controls, and the bidi embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069, the "Trojan Source" characters). No text field may hold one; a paragraph
# may hold a line feed (U+000A) and nothing else of them. The importer removes them from
# articles (`kariyer.importer.lines`) and every writer shows what is left as a visible
# ``\u001b`` (`kariyer.output.console.printable`). Written as ``\uXXXX`` escapes, which
# Python, pydantic (Rust regex) and JSON Schema (ECMA) read alike.
_UNSAFE_EXCEPT_LF = r"\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"
TEXT_PATTERN = rf"^[^{_UNSAFE_EXCEPT_LF}\u000a]*$"
PARAGRAPH_PATTERN = rf"^[^{_UNSAFE_EXCEPT_LF}]*$"
UNSAFE_RE = re.compile(rf"[{_UNSAFE_EXCEPT_LF}\u000a]")  # every one, a line feed too
# What a writer shows escaped: UNSAFE_RE but a tab and a line feed (they move no cursor
# anywhere but on). Without them a long table is one scan, no callback for every line.
SHOWN_RE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")
_BIDI = dict(zip(range(0x202A, 0x202F), ("LRE", "RLE", "PDF", "LRO", "RLO"), strict=True))
_BIDI.update(zip(range(0x2066, 0x206A), ("LRI", "RLI", "FSI", "PDI"), strict=True))
_C0 = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
)
_C1 = (
    "PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 "
    "DCS PU1 PU2 STS CCH MW SPA EPA SOS SGC SCI CSI ST OSC PM APC"
)


def unsafe_name(char: str) -> str:
    """ "U+001B (ESC)", "U+202E (RLO)"."""
    code = ord(char)
    if code in _BIDI:
        name = _BIDI[code]
    elif code < 0x20:
        name = _C0.split()[code]
    elif code == 0x7F:
        name = "DEL"
    elif 0x80 <= code <= 0x9F:
        name = _C1.split()[code - 0x80]
    else:
        return f"U+{code:04X}"
    return f"U+{code:04X} ({name})"


def describe_unsafe(char: str) -> str:
    """ "U+001B (ESC) denetim karakteri", "U+202E (RLO) yazı yönü karakteri" (Turkish)."""
    kind = "yazı yönü karakteri" if ord(char) in _BIDI else "denetim karakteri"
    return f"{unsafe_name(char)} {kind}"


def is_slug(text: str) -> bool:
    """Whether ``text`` is a valid slug (the same rule the schema applies)."""
    return len(text) <= MAX_SLUG_LENGTH and _SLUG_RE.fullmatch(text) is not None


# The descriptions of a salary line's kind and amounts (the JSON Schema shows them).
KIND_DESCRIPTION = (
    "average: makalede 'Ortalama'; top: 'Üst Düzey'; low: 'En Düşük' ya da 'Başlangıç' "
    "(makalenin kendi sözü label'da, aynen)."
)
MONTHLY = "Aylık TL, makalede yazdığı gibi. Monthly TL."
HOURLY = "Saatlik TL, makalede yazdığı gibi (hesaplanmış değil). Hourly TL."
HIGH_MONTHLY = (
    "Makale bir aralık yayımladıysa (ör. '12.000 - 15.000 TL') üst ucu; monthly_tl alt "
    "ucudur. Aralık değilse yazılmaz. Upper end of a published range."
)
HIGH_HOURLY = (
    "Saatlik ücret aralık olarak yayımlandıysa üst ucu; hourly_tl alt ucudur. Upper end of "
    "a published hourly range."
)


def check_range(low: float | None, high: float | None, name: str) -> None:
    """A published range's upper end (``name``_high) must be above its lower end (``name``);
    a ValueError (pydantic reports its Turkish message) otherwise."""
    if high is None:
        return
    if low is None:
        raise ValueError(f"{name}_high (aralığın üst ucu) yalnız {name} (alt uç) ile yazılabilir.")
    if not high > low:
        raise ValueError(
            f"aralığın üst ucu ({name}_high: {_amount(high)}) alt ucundan "
            f"({name}: {_amount(low)}) büyük olmalı."
        )


def _amount(value: float) -> str:
    from kariyer import fmt

    return fmt.number(value, 0 if float(value).is_integer() else 2)


def is_year(value: int) -> bool:
    return MIN_YEAR <= value <= MAX_YEAR
