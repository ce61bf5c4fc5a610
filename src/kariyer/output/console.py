"""The two Rich consoles (stdout and stderr), their width and colour, and plain writes.

Nothing else in kariyer makes a console. Width comes from a sane ``COLUMNS`` (40 to 1000)
or the terminal; a pipe gets 80 columns and no colour codes. Messages for the user
(errors, notices) go to stderr; results go to stdout.

Nothing read from a file or typed by the user can steer the terminal: every string Rich
prints (`styled`, and every plain string a table or panel turns into text) and every plain
write passes `printable`, which shows a control or bidi character (see
`kariyer.schema.limits.UNSAFE_RE`) as a visible ``\u001b``; Rich markup is off, so "[link=…]"
in data is text, not a hyperlink; and the stream writer itself lets no escape sequence
through but the colour codes Rich makes.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, ParamSpec, TextIO, cast

from kariyer.schema.limits import SHOWN_RE as _SHOWN

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

P = ParamSpec("P")
MIN_WIDTH = 40
DEFAULT_WIDTH = 80
MAX_WIDTH = 1000

_state: dict[str, Console] = {}
_no_color = False


def set_no_color(value: bool) -> None:
    global _no_color
    _no_color = value
    _state.clear()


_wide = False


def set_wide(value: bool) -> None:
    """--wide: tables keep a slug column beside the name however narrow the terminal."""
    global _wide
    _wide = value


def is_wide() -> bool:
    return _wide


def reset() -> None:
    """Forget the consoles (they are bound to the streams of the moment) and --wide."""
    set_no_color(False)
    set_wide(False)


def colour_off() -> bool:
    """--no-color (this run) or a non-empty NO_COLOR (https://no-color.org)."""
    return _no_color or bool(os.environ.get("NO_COLOR"))


def colour_forced() -> bool:
    """FORCE_COLOR asks for colour: set, not empty and not "0" (as Node and most tools read
    it; Rich alone would force colour for "0" too)."""
    return os.environ.get("FORCE_COLOR", "").strip() not in ("", "0")


def forced_terminal(stream: IO[str] | None) -> bool | None:
    """The ``force_terminal`` of a console on ``stream``: the one colour rule of kariyer's
    consoles and of Typer's help screens.

    --no-color and NO_COLOR win over FORCE_COLOR (then only a real terminal gets styling,
    and no colour); FORCE_COLOR forces colour when neither is set; an empty or "0"
    FORCE_COLOR is as if it were unset. None: Rich decides (a terminal or not).
    """
    if colour_off():
        return _isatty(stream)
    if colour_forced():
        return True
    if "FORCE_COLOR" in os.environ:  # "" or "0": Rich would read it, so decide here
        return _isatty(stream)
    return None


def flush_all() -> None:
    for cached in list(_state.values()):
        cached.file.flush()


def _width_from_env() -> int | None:
    """COLUMNS as a sane width; rich would accept 0 and break every table."""
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isascii() and raw.isdigit():
        return min(max(int(raw), MIN_WIDTH), MAX_WIDTH)
    return None


def sanitize_columns() -> None:
    """Make COLUMNS sane for every console of this process, Typer's help screens too."""
    width = _width_from_env()
    if width is not None:
        os.environ["COLUMNS"] = str(width)
    elif "COLUMNS" in os.environ:
        del os.environ["COLUMNS"]


# -- showing text safely --------------------------------------------------------------
def _visible(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str) -> str:
    """``text`` with each control and bidi character but line feed and tab shown as
    ``\\u001b`` (six visible characters, also a valid escape inside a JSON string), and,
    on a stream that cannot carry a character, that character as readable ASCII
    (`fit_stream`): before Rich measures it, so that tables stay aligned."""
    shown = _SHOWN.sub(_visible, text) if _SHOWN.search(text) else text
    return shown if shown.isascii() else fit_stream(shown)


# -- streams that cannot carry every character (PYTHONIOENCODING=ascii, cp1254 …) --------
ASCII_FALLBACK = str.maketrans(
    {
        "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O",
        "ş": "s", "Ş": "S", "ü": "u", "Ü": "U", "â": "a", "î": "i", "û": "u",
        "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "...",
        "≈": "~", "−": "-", "↔": "<->", "•": "*", "÷": "/", "×": "x", "⚠": "!",
        "█": "#", "─": "-", "━": "=", "│": "|", "\u00a0": " ",
        "→": "->", "←": "<-", "⇒": "=>", "·": "-", "‣": "*", "▪": "*", "●": "*", "◦": "o",
        "₺": "TL", "≥": ">=", "≤": "<=", "±": "+/-", "§": "S.", "«": '"', "»": '"',
        "„": '"', "‚": "'", "\u2009": " ", "\u202f": " ", "\u2011": "-", "\u2012": "-",
    }
)  # fmt: skip


def readable_ascii(text: str) -> str:
    """``text`` in ASCII a reader still reads: "→" is "->", "…" is "...", "ş" is "s",
    an accented letter without its accent ("é" is "e"); "?" only for what has none."""
    import unicodedata

    replaced = text.translate(ASCII_FALLBACK)
    if replaced.isascii():
        return replaced
    letters = []
    for ch in replaced:
        if not ch.isascii():
            ch = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
        letters.append(ch)
    return "".join(letters)


_narrow: list[Any] = [None, None, None]  # stdout, stderr (held: ids are reused), encoding


def _narrow_encoding() -> str | None:
    """The encoding of stdout or stderr when it is not UTF (it cannot carry everything)."""
    if _narrow[0] is not sys.stdout or _narrow[1] is not sys.stderr:
        _narrow[:] = [sys.stdout, sys.stderr, None]
        for stream in (sys.stdout, sys.stderr):
            encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
            if not encoding.replace("-", "").replace("_", "").startswith("utf"):
                _narrow[2] = encoding
                break
    found: str | None = _narrow[2]
    return found


@functools.cache
def _carries(encoding: str, ch: str) -> bool:
    try:
        ch.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def fit_stream(text: str) -> str:
    """``text`` with each character the output streams cannot carry as `readable_ascii`
    (on cp1254 Turkish letters stay, "→" becomes "->"); on UTF-8 ``text`` itself."""
    encoding = _narrow_encoding()
    if encoding is None or text.isascii():
        return text
    return "".join(ch if _carries(encoding, ch) else readable_ascii(ch) for ch in text)


class _TrimmingWriter:
    """File wrapper that drops the trailing spaces rich pads wrapped lines with, and the
    last guard of the terminal: any control character but Rich's colour codes is shown
    as ``\\u001b`` (see `printable`)."""

    _TAIL = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+(?=\n)")
    _CODE = re.compile(r"\x1b\[[0-9;]*m")
    _GUARD = re.compile(rf"\x1b\[[0-9;]*m|{_SHOWN.pattern}")

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        head, newline, self._pending = (self._pending + text).rpartition("\n")
        if newline:
            tidy = head + newline
            if "\x1b" in tidy or " \n" in tidy or "\t\n" in tidy:  # else nothing to trim
                # keep the colour codes at a line's end, drop the spaces between them
                tidy = self._TAIL.sub(lambda m: "".join(self._CODE.findall(m.group())), tidy)
            self._stream.write(self._guard(tidy))
        return len(text)

    def _guard(self, text: str) -> str:
        if "\x1b" not in text and _SHOWN.search(text) is None:
            return text  # thousands of plain table lines: one scan, no substitution
        return self._GUARD.sub(lambda m: m.group() if len(m.group()) > 1 else _visible(m), text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._guard(self._pending))
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _console_class() -> type[Console]:
    from rich.console import Console

    class SafeConsole(Console):
        """A Console whose plain strings (table cells, titles) pass `printable` too."""

        def render_str(self, text: str, **options: Any) -> Text:
            return super().render_str(printable(text), **options)

    return SafeConsole


def console(stderr: bool = False) -> Console:
    key = "err" if stderr else "out"
    if key not in _state:
        width = _width_from_env()
        stream = sys.stderr if stderr else sys.stdout
        made = _console_class()(
            file=cast("IO[str]", _TrimmingWriter(stream)),
            no_color=colour_off() or None,
            force_terminal=forced_terminal(stream),
            markup=False,  # "[link=…]" in a data file is text, never a hyperlink
            highlight=False,
            emoji=False,
            soft_wrap=stderr,  # a message is one line, however long
        )
        if width is None and not made.is_terminal:
            width = DEFAULT_WIDTH
        if width is not None or made.width < MIN_WIDTH:
            made.width = max(width or made.width, MIN_WIDTH)
        _state[key] = made
    return _state[key]


def trimmed(stream: IO[str]) -> IO[str]:
    """``stream`` without the trailing spaces Rich pads lines with, guarded like ours
    (for consoles kariyer does not make itself: Typer's help screens)."""
    if isinstance(stream, _TrimmingWriter):
        return cast("IO[str]", stream)
    return cast("IO[str]", _TrimmingWriter(cast("TextIO", stream)))


def _isatty(stream: IO[str] | None) -> bool:
    if stream is None:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # replaced or closed streams
        return False


def live_console() -> Console:
    """stderr for a live display (the progress bar): like ``console(stderr=True)``, but
    Rich's own cursor codes reach the terminal (the stream guard would show them as
    ``\\u001b``). Text from data must pass `printable` before it is given to it."""
    err = console(stderr=True)
    stream = err.file._stream if isinstance(err.file, _TrimmingWriter) else err.file
    return _console_class()(
        file=stream,
        force_terminal=err.is_terminal,
        force_interactive=err.is_interactive,
        no_color=err.no_color or None,
        width=err.width,
        markup=False,
        highlight=False,
        emoji=False,
    )


def buffered(function: Callable[P, None]) -> Callable[P, None]:
    """Collect a view's output and write it once (fewer writes, faster on long views).

    Only for views that never write plain text straight to the file (the table engine's
    fast path for thousands of rows would otherwise jump ahead of the buffer).
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        with console():
            function(*args, **kwargs)

    return wrapper


def styled(value: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(printable(value), style=style)


# -- plain writes -------------------------------------------------------------------
def write_text(text: str) -> None:
    """Markdown, CSV or JSON to stdout, every control character shown (`printable`)."""
    sys.stdout.write(printable(text) + "\n")
    sys.stdout.flush()


def write_json_text(text: str) -> None:
    """JSON to stdout; on a non-UTF-8 stream as \\u escapes, which is still the same JSON."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if not encoding.startswith("utf"):
        import json

        text = json.dumps(json.loads(text), ensure_ascii=True, indent=2)
    write_text(text)


# -- messages -------------------------------------------------------------------------
def error(message: str, hint: str | None = None) -> None:
    err = console(stderr=True)
    err.print(styled(f"Hata: {message}", "bold red"))
    if hint:
        err.print(styled(hint))


def notice(message: str) -> None:
    console(stderr=True).print(styled(message, "yellow"))
