"""Text as lines of a width, words whole: how every paragraph and label of the text views wraps.

Lines break at spaces only (runs of spaces inside a line are kept). A word longer than a
whole line is never cut at random: an address (``https://…``) keeps a line of its own,
however long (the terminal wraps it softly; it stays one address to copy or open); a path
or a slug breaks after a ``/`` or a ``-``; only a word with neither is cut at the width.
Widths are terminal cells (`rich.cells.cell_len`), as Rich counts them.

Some spaces are no place to break (`glued`): between an amount and its unit
("14.758–19.652 TL", "53,33 TL/saat"), after a sign that belongs to the next word ("≈ 14.758
TL", "< asgari", "÷ 12", the "–" before the upper end of a range), before a closing "⚠",
around an arrow ("ise → net"), inside a short quotation (“Başlangıç Maaşı”) and inside a
label of `labels.UNBROKEN`. Words glued into one too long for a line come apart again.
"""

from __future__ import annotations

import functools
import re

from kariyer.output.labels import UNBROKEN

GLUE = "\xa0"  # inside `wrap`: a space that is no place to break (printed as a space)
_TOKEN = re.compile(r"[^\S\xa0]*(?:\S|\xa0)+")  # a word with the spaces before it
_UNIT = re.compile(r"(?<=\d) (?=(?:TL|saat)\b)")  # an amount and its unit
_SIGN = re.compile(r"(?:^|(?<=\s))([≈~<>≤≥±÷×→–]) (?=\S)")  # a sign and its word
_BEFORE = re.compile(r" (?=[÷×→] |⚠$)")  # the word before a sign between two, a closing ⚠
_QUOTE = re.compile(r"“[^”\n]{1,30}”")  # a short quotation: the article's label
_SPACES = re.compile(r"[^\S\xa0]+")  # where a line may break
_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S|\bwww\.\S", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"(?<=[/-])")
BREAK_FROM = 30  # in a table, a path or a slug longer than this may break after "/" or "-"
MIN_PIECE = 10  # a broken path starts on the line before only with this much room there


def is_url(word: str) -> bool:
    """Whether ``word`` is (or holds) a web address, which is never broken."""
    return _URL.search(word) is not None


def glued(text: str) -> str:
    """``text`` with `GLUE` for each space that is no place to break (a space of ``text``
    that is already `GLUE` counts as an ordinary one)."""
    text = _UNIT.sub(GLUE, text.replace(GLUE, " "))
    text = _SIGN.sub(lambda match: match.group(1) + GLUE, _BEFORE.sub(GLUE, text))
    if "“" in text:
        text = _QUOTE.sub(lambda match: match.group().replace(" ", GLUE), text)
    for label in UNBROKEN:
        if label in text:
            text = text.replace(label, label.replace(" ", GLUE))
    return text


def wrap(text: str, width: int, first: int | None = None) -> list[str]:
    """``text`` as lines of at most ``width`` cells (the first line: ``first``), words whole;
    a line feed in ``text`` starts a new line. Only an address longer than a line is longer."""
    return list(_wrap(text, max(width, 1), max(width if first is None else first, 1)))


@functools.lru_cache(maxsize=4096)  # a table measures the same cells at a few widths
def _wrap(text: str, width: int, room: int) -> tuple[str, ...]:
    from rich.cells import cell_len

    if "\n" not in text and len(text) <= room and cell_len(text) <= room:
        return (text.rstrip(),)
    lines: list[str] = []
    for paragraph in glued(text).split("\n"):
        line, used = "", 0
        for token in _tokens(paragraph, width):
            size = cell_len(token)
            if used + size <= room:
                line, used = line + token, used + size
                continue
            word = token.lstrip()
            left = room - used - (size - cell_len(word))  # after the space before it
            if line.strip() and cell_len(word) > width and left >= MIN_PIECE and not is_url(word):
                # broken in any case: its first piece still goes on this line
                pieces = _pieces(word, left, width)
                line += token[: len(token) - len(word)] + pieces[0]
                pieces[0] = line
            else:
                if line.strip():  # the line is full: the word starts the next one
                    lines.append(line.rstrip())
                    room = width
                pieces = [word] if cell_len(word) <= room else _pieces(word, room, width)
            for piece in pieces[:-1]:
                lines.append(piece.rstrip())
                room = width
            line, used = pieces[-1], cell_len(pieces[-1])
        lines.append(line.rstrip())
        room = width
    return tuple(line.replace(GLUE, " ").rstrip() for line in lines)


def _tokens(paragraph: str, width: int) -> list[str]:
    """The words of a paragraph with the spaces before each; words glued together that are
    too long for a line come apart again."""
    from rich.cells import cell_len

    tokens = []
    for token in _TOKEN.findall(paragraph):
        if GLUE in token and cell_len(token.lstrip()) > width:
            tokens += _TOKEN.findall(token.replace(GLUE, " "))
        else:
            tokens.append(token)
    return tokens


def _pieces(word: str, room: int, width: int) -> list[str]:
    """A word longer than a line: whole if an address, else broken after ``/`` and ``-``
    (a path, a slug), cut at the width only where neither helps. The first piece fits
    ``room``, the others ``width``."""
    from rich.cells import cell_len, chop_cells

    if is_url(word):
        return [word]
    pieces: list[str] = []
    current = ""
    for part in _BREAK_AFTER.split(word):
        limit = room if not pieces else width
        if not pieces and not current and cell_len(part) > room < width:
            pieces.append("")  # not even its first part fits there: the next line
            limit = width
        elif current and cell_len(current + part) > limit:
            pieces.append(current)
            current, limit = "", width
        current += part
        while cell_len(current) > limit:  # no break left in this part: cut it
            head, *_ = chop_cells(current, limit)
            pieces.append(head)
            current, limit = current[len(head) :], width
    if current:
        pieces.append(current)
    return pieces


def least_width(text: str) -> int:
    """The narrowest a table column of ``text`` can be without splitting a word: its longest
    word (an address whole); a path or a slug longer than ``BREAK_FROM`` counts as that
    much, or its longest piece between two breaks, since `wrap` breaks it there."""
    from rich.cells import cell_len

    least = 0
    for word in _SPACES.split(glued(text)):
        size = cell_len(word)
        if size > BREAK_FROM and not is_url(word) and _BREAK_AFTER.search(word):
            pieces = max(cell_len(piece) for piece in _BREAK_AFTER.split(word))
            size = max(BREAK_FROM, pieces)
        least = max(least, size)
    return least
