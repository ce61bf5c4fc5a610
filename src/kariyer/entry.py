"""Console entry point, kept tiny: an early Ctrl-C (while imports run) still exits quietly."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    if sys.stdout is None or sys.stderr is None:  # started with a closed stream (`>&-`)
        if sys.stderr is not None:
            sys.stderr.write("Hata: standart çıktı kapalı; çıktı yazılamıyor.\n")
        raise SystemExit(1)
    try:
        _prepare_streams()
        from kariyer.cli import main as run
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None
    run()


def _prepare_streams() -> None:
    """On a stream that cannot carry Turkish letters, write them as ASCII instead of crashing."""
    import codecs
    import contextlib

    codecs.register_error("kariyer-ascii", _transliterate)
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding.startswith("utf"):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # a closed or special stream is left alone
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="kariyer-ascii")


_FALLBACK = str.maketrans(
    {
        "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O",
        "ş": "s", "Ş": "S", "ü": "u", "Ü": "U", "â": "a", "î": "i", "û": "u",
        "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "...",
        "≈": "~", "−": "-", "↔": "<->", "•": "*", "÷": "/", "×": "x", "⚠": "!",
        "█": "#", "─": "-", "━": "=", "│": "|", "\u00a0": " ",
    }
)  # fmt: skip


def _transliterate(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    replaced = chunk.translate(_FALLBACK)
    safe = "".join(ch if ord(ch) < 128 else "?" for ch in replaced)
    return safe, error.end
