"""Reading untrusted files with limits: profile JSON, saved articles, directory listings.

Every read here is size-limited and every failure becomes a Turkish ProfileError or
KariyerError naming the file, so a bad file is reported, never a traceback. The rule
for profile file names (``<slug>.json``) lives here too.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Literal, NamedTuple

from kariyer.errors import DataDirError, KariyerError, ProfileError, os_reason

MAX_PROFILE_BYTES = 1024 * 1024  # a real profile is about 15 KB
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

Origin = Literal["bundled", "user"]


class ProfileFile(NamedTuple):
    """One profile file found on disk: its slug (the file name), directory and origin.

    A plain tuple of shared texts (the directory is one string for all its files): a scan
    makes one of these per file, and thousands of paths, `Path` objects or dataclasses
    cost more than the index read. The path is made when asked for.
    """

    slug: str
    directory: str
    origin: Origin

    @property
    def location(self) -> str:
        """The file's path as text: ``<directory>/<slug>.json``."""
        return f"{self.directory}{os.sep}{self.slug}.json"  # the directory: str(Path), no sep

    @property
    def path(self) -> Path:
        return Path(self.location)


def _too_big(size: int) -> str:
    from kariyer import fmt

    return (
        f"dosya çok büyük ({fmt.number(size)} bayt; bir profil dosyası en çok "
        f"{fmt.number(MAX_PROFILE_BYTES)} bayt (1 MiB) olabilir)"
    )


def read_article(path: Path) -> bytes:
    """A saved article's bytes (for `kariyer import`), with a size limit."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise KariyerError(f"Makale normal bir dosya değil: {path}")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise KariyerError(
                f"Makale dosyası çok büyük: {path} (en çok {MAX_ARTICLE_BYTES // 1024 // 1024} MiB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise KariyerError(
            f"Makale okunamadı: {path} ({os_reason(exc)})",
            hint="Kaydettiğiniz metin dosyasının yolunu verin: kariyer import makale.txt",
        ) from None


def read_json_bytes(path: Path) -> bytes:
    """The bytes of one JSON data file, with a size limit; raises ProfileError."""
    name = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ProfileError(name, "normal bir dosya değil")
        if info.st_size > MAX_PROFILE_BYTES:
            raise ProfileError(name, _too_big(info.st_size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except ProfileError:
        raise
    except OSError as exc:
        raise ProfileError(name, f"okunamadı ({os_reason(exc)})") from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(name, _too_big(len(raw)))
    return raw


def parse_json(raw: bytes, name: str) -> object:
    """One JSON document from a file's bytes; raises ProfileError."""
    if not raw.strip():
        raise ProfileError(name, "dosya boş")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(name, f"UTF-8 değil (bayt {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProfileError(
            name, f"geçerli JSON değil (satır {exc.lineno}, sütun {exc.colno})"
        ) from None
    except RecursionError:
        raise ProfileError(name, "JSON çok derin iç içe") from None


def read_json_file(path: Path) -> object:
    """Read one JSON document, with a size limit; raises ProfileError."""
    return parse_json(read_json_bytes(path), str(path))


def profile_files_in(directory: Path) -> list[Path]:
    """The ``*.json`` files of one directory, sorted, hidden files left out."""
    return [directory / name for name in sorted(profile_names_in(directory))]


def profile_names_in(directory: Path) -> list[str]:
    """The names of the ``*.json`` files of one directory, in directory order, hidden
    files left out."""
    try:
        names = os.listdir(directory)
    except OSError as exc:
        raise DataDirError(f"Veri dizini okunamıyor: {directory} ({os_reason(exc)})") from None
    return [name for name in names if name.endswith(".json") and not name.startswith(".")]


def has_profile_files(directory: Path) -> bool:
    """Whether ``directory`` holds a ``*.json`` file (stops at the first; False if unreadable:
    the scan itself reports that)."""
    try:
        with os.scandir(directory) as entries:
            return any(
                entry.name.endswith(".json") and not entry.name.startswith(".") for entry in entries
            )
    except OSError:
        return True


def bad_file_name(path: Path) -> ProfileError:
    return ProfileError(
        str(path),
        "dosya adı geçerli bir slug değil (küçük harf, rakam ve tire: ornek-meslek.json)",
        code="invalid-file-name",
    )


def set_aside(database: Path) -> None:
    """Move a broken cache file out of the way (kept for inspection, replaced next run)."""
    if database.exists():
        database.replace(database.with_name(database.name + ".broken"))
