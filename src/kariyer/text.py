"""Turkish-aware text normalisation for matching what people type.

Python's own ``str.lower`` is not Turkish: ``"İ".lower()`` is ``"i̇"`` (i plus a
combining dot) and ``"I".lower()`` is ``"i"`` where Turkish wants ``"ı"``.
"""

from __future__ import annotations

import re
import unicodedata

_UPPER_TO_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_ASCII_FOLD = str.maketrans(
    {"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
_COMBINING_DOT = "\u0307"
MAX_TYPED = 200  # characters of typed text (a name, a query, a skill) that take part in matching
_NON_WORD = re.compile(r"[^0-9a-z]+")


def turkish_lower(text: str) -> str:
    """Lower case by Turkish rules: İ→i, I→ı; a stray combining dot above is dropped."""
    composed = unicodedata.normalize("NFC", text)
    return composed.translate(_UPPER_TO_LOWER).lower().replace(_COMBINING_DOT, "")


def turkish_upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_LOWER_TO_UPPER).upper()


def fold(text: str) -> str:
    """Lower-cased by Turkish rules, Turkish letters folded to ASCII, words single-spaced.

    ``fold("MÜŞTERİ Hesap") == fold("musteri hesap") == "musteri hesap"``.
    """
    lowered = turkish_lower(text).translate(_ASCII_FOLD)
    # Any other accent (é, ñ …) loses its mark too.
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch)
    )
    return _NON_WORD.sub(" ", stripped).strip()


def tokens(text: str) -> list[str]:
    return fold(text).split()


def slugify(text: str) -> str:
    """ "Müşteri Hesap Temsilcisi" → "musteri-hesap-temsilcisi"."""
    return "-".join(tokens(text))
