"""Console entry point, kept tiny: an early Ctrl-C (while imports run) still exits quietly.

Two more things make a run faster, both measured with benchmarks/run.py:

* the cyclic garbage collector is off: a run lives for a fraction of a second and makes
  almost no reference cycles, yet the collector kept walking every object created while
  importing (≈ 8 % of `show`, ≈ 10 % of `salary` over 5.000 profiles; the peak memory of
  building the index for 5.000 profiles or checking them all did not change);
* the process ends without Python's teardown: once the output is flushed there is
  nothing left to do, and freeing every module and object one by one cost a run about a
  quarter of its start-up time.

Tests call `kariyer.cli.main.main` and never get here.
"""

from __future__ import annotations

import gc
import os
import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    gc.disable()
    if sys.stdout is None or sys.stderr is None:  # started with a closed stream (`>&-`)
        if sys.stderr is not None:
            sys.stderr.write("Hata: standart çıktı kapalı; çıktı yazılamıyor.\n")
        raise SystemExit(1)
    try:
        _prepare_streams()
        from kariyer.cli.main import main as run
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None
    try:
        run()
    except SystemExit as done:
        _exit_now(done)


def _exit_now(done: SystemExit) -> None:
    """Flush and leave at once; if flushing fails, let Python's normal exit handle it."""
    code = done.code
    if code is not None and not isinstance(code, int):
        raise done  # a message for stderr: Python prints it
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise done from None
    os._exit(code or 0)


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


def _transliterate(error: UnicodeError) -> tuple[str, int]:
    """What the stream cannot carry, as readable ASCII ("→" is "->", "…" is "..."): the
    last guard, for text that did not pass the output layer (which fits it first)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    from kariyer.output.console import readable_ascii

    return readable_ascii(error.object[error.start : error.end]), error.end
