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


_TURKISH_TO_ASCII = (
    ("ç", "c"), ("ğ", "g"), ("ı", "i"), ("ö", "o"), ("ş", "s"), ("ü", "u"),
    ("â", "a"), ("î", "i"), ("û", "u"),
)  # fmt: skip
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


def fold(text: str) -> str:
    """Lower-cased by Turkish rules, Turkish letters folded to ASCII, words single-spaced.

    ``fold("MÜŞTERİ Hesap") == fold("musteri hesap") == "musteri hesap"``.

    Indexing thousands of profiles folds megabytes of text, so this is `str.replace`
    chains (C speed); only what is still not ASCII afterwards (é, ñ, “ …) goes through
    Unicode decomposition. The result is `fold_reference`'s, character for character.
    """
    return " ".join(fold_spaced(text).split())


def fold_spaced(text: str) -> str:
    """`fold`'s words with every other character a space, spaces not collapsed: for a
    tokenizer, which splits on spaces itself (collapsing them costs as much as the rest)."""
    lowered = unicodedata.normalize("NFC", text).replace("İ", "i").replace("I", "ı").lower()
    lowered = lowered.replace(_COMBINING_DOT, "")
    for letter, ascii_letter in _TURKISH_TO_ASCII:
        lowered = lowered.replace(letter, ascii_letter)
    if not lowered.isascii():
        lowered = _NON_ASCII.sub(_strip_marks, lowered)
        if not lowered.isascii():  # what has no ASCII letter in it is not part of a word
            lowered = _NON_ASCII.sub(" ", lowered)
    # every byte but [0-9a-z] becomes a space
    return lowered.encode("ascii").translate(_WORD_BYTES).decode("ascii")


def _strip_marks(match: re.Match[str]) -> str:
    """Any other accent (é, ñ …) loses its mark too: decomposed, combining marks dropped."""
    decomposed = unicodedata.normalize("NFKD", match.group())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_reference(text: str) -> str:
    """The plain definition of `fold` (slow): what the property test compares it with."""
    lowered = turkish_lower(text).translate(_ASCII_FOLD)
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch)
    )
    return _NON_WORD.sub(" ", stripped).strip()


def tokens(text: str) -> list[str]:
    return fold(text).split()


def slugify(text: str) -> str:
    """ "Müşteri Hesap Temsilcisi" → "musteri-hesap-temsilcisi"."""
    return "-".join(tokens(text))
