"""Writing files safely: the only place kariyer writes a user's file (`kariyer import`)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kariyer.errors import KariyerError, os_reason


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    A crash leaves either the old file or the new one, never half a file. An existing
    file is replaced only with ``force``.
    """
    if path.exists() and not path.is_file():
        raise KariyerError(f"Hedef normal bir dosya değil: {path}", hint="Bir dosya yolu verin.")
    if path.exists() and not force:
        raise KariyerError(
            f"Dosya zaten var: {path}",
            hint="Üzerine yazmak için --force ekleyin ya da başka bir yol verin (-o DOSYA).",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise KariyerError(f"Dosya yazılamıyor: {path} ({os_reason(exc)})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; use the usual mode
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise KariyerError(f"Dosya yazılamıyor: {path} ({os_reason(exc)})") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
