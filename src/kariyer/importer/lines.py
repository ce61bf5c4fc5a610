"""An article's lines, cleaned: spaces collapsed, bullets marked, page furniture dropped.

Also the small readings every section shares ("Label: text" lines, heading endings) and
``Notes``, where the importer collects what it noticed (never guessed around).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from kariyer.checks.findings import Finding
from kariyer.schema.limits import UNSAFE_RE, unsafe_name
from kariyer.text import fold

MAX_LABEL_WORDS = 6  # "Sertifikalar ve Lisanslar", "Takım çalışması becerileri" …
MAX_LABEL_LENGTH = 60

_WHITESPACE = re.compile(r"\s+")
_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
# "•" needs no space after it; "-", "*" and dashes do (a hyphenated word is not a bullet).
_BULLET = re.compile(r"^(?:[•·▪●◦‣]\s*|[-*–—]\s+)")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the article text
    text: str  # spaces collapsed, bullet marker removed
    bullet: bool
    folded: str

    @property
    def words(self) -> list[str]:
        return self.folded.split()


# A terminal escape sequence is one unit: ESC [ or U+009B … final byte (CSI), ESC ] … BEL or
# ESC \\
# (OSC), or ESC and one byte. Its printable tail ("[2J") is not article text either.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,200}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)


def strip_unsafe(text: str) -> tuple[str, list[str]]:
    """``text`` without terminal escape sequences, control and bidi characters (a tab
    becomes a space, as any run of spaces does), and the control characters removed."""
    text = text.replace("\t", " ")
    removed = UNSAFE_RE.findall(text)
    if not removed:
        return text, removed
    return UNSAFE_RE.sub("", _ESCAPE_SEQUENCE.sub("", text)), removed


def removed_message(removed: Sequence[str], where: str = "") -> str:
    """ "3 denetim karakteri kaldırıldı (satır 2): U+001B (ESC) ×2, U+0007 (BEL)"."""
    kinds = {char: removed.count(char) for char in removed}
    parts = [unsafe_name(c) + (f" ×{n}" if n > 1 else "") for c, n in kinds.items()]
    return f"{len(removed)} denetim karakteri kaldırıldı{where}: {', '.join(parts)}"


def clean(raw: str, number: int) -> Line:
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", raw).translate(_INVISIBLE)).strip()
    marker = _BULLET.match(text)
    if marker:
        text = text[marker.end() :].strip()
    return Line(number=number, text=text, bullet=marker is not None, folded=fold(text))


def split_label(text: str) -> tuple[str, str] | None:
    """("Eğitim", "rest …") for a short "Label: rest" line; None for a sentence."""
    name, colon, rest = text.partition(":")
    name = name.strip()
    if (
        not colon
        or not fold(name)
        or len(name) > MAX_LABEL_LENGTH
        or len(name.split()) > MAX_LABEL_WORDS
        or "." in name
    ):
        return None
    return name, rest.strip()


def _label_of(line: Line) -> str | None:
    split = split_label(line.text)
    return fold(split[0]) if split else None


def is_noise(line: Line) -> bool:
    label = _label_of(line)
    if label == "en populer":
        return True
    if label == "dipnot" and "cv hazirlama rehber" in line.folded:
        return True
    return line.folded in {
        "bir cevap yazin",
        "basa don tusu",
        "basa don",
    } or line.folded.startswith("e posta hesabiniz yayimlanmayacak")


def strip_ending(text: str, ending_words: Sequence[str]) -> str | None:
    """The words before ``ending`` when the (folded) line ends with it; else None."""
    words = text.split(" ")
    for start in range(len(words)):
        if fold(" ".join(words[start:])).split() == list(ending_words):
            return " ".join(words[:start])
    return None


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Notes:
    """What the importer noticed while reading one article, in the order it noticed it."""

    findings: list[Finding] = field(default_factory=list)
    # line number -> the control and bidi characters removed from that line
    removed: dict[int, list[str]] = field(default_factory=dict)

    def warn(self, code: str, message: str, field: str | None = None) -> None:
        self.findings.append(Finding(code=code, severity="warning", field=field, message=message))

    def report_removed(self) -> None:
        """One warning for every control character taken out of the article's lines."""
        if not self.removed:
            return
        numbers = ", ".join(str(number) for number in self.removed)
        every = [char for chars in self.removed.values() for char in chars]
        self.warn(
            "control-characters",
            f"Makaledeki {removed_message(every, f' (satır {numbers})')}. Bunlar metin değil, "
            "terminali ya da yazı yönünü yönetir; bu satırları kontrol edin.",
        )

    def ignored(self, line: Line, why: str, field: str | None = None) -> None:
        self.warn(
            "ignored-line",
            f"Satır {line.number}: {why}; satır alınmadı: '{shorten(line.text)}'",
            field,
        )
