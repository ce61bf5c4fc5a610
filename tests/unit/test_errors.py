"""The OS's reasons reach the user in Turkish, wherever a file operation fails."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from kariyer.errors import KariyerError, os_reason
from kariyer.store.write import write_atomic


def test_os_reasons_are_turkish_for_every_errno() -> None:
    """No errno reaches the user as the OS's English text ("Permission denied")."""
    for code in errno.errorcode:
        reason = os_reason(OSError(code, os.strerror(code)))
        assert reason != os.strerror(code), (code, reason)


def test_a_failed_write_gives_the_reason_in_turkish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(KariyerError) as caught:
        write_atomic(tmp_path / "profil.json", "{}")
    assert "(izin yok)" in caught.value.message
    assert os.strerror(errno.EACCES) not in caught.value.message
