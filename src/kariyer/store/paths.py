"""Where kariyer's data live: the bundled data, the user's data directory, the cache.

Environment variables (each wins over the platform default):

* ``KARIYER_DATA_DIR`` — the user's profile directory (``--data-dir`` wins over it);
* ``KARIYER_CACHE_DIR`` — the cache of checked files and the profile index.

Nothing here reads a data file; it only finds directories and says what is wrong with them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kariyer.errors import DataDirError, KariyerError, UsageError, echo, os_reason

DATA_DIR_ENV = "KARIYER_DATA_DIR"
CACHE_ENV = "KARIYER_CACHE_DIR"
OCCUPATIONS = "occupations"  # the profiles' folder inside the bundled data

_PACKAGE = Path(__file__).resolve().parents[1]
_bundled: list[Path] = []  # found once per process


def bundled_data_dir() -> Path:
    """The package's data directory (inside the wheel, or data/ of a source checkout).

    The data must be real files (they are read with open() and listed with scandir), so
    the directory is found next to the package rather than through importlib.resources.
    """
    if _bundled:
        return _bundled[0]
    # A wheel carries data/ inside the package; an editable install runs from the source
    # tree, where data/ is at the top.
    for candidate in (_PACKAGE / "data", _PACKAGE.parents[1] / "data"):
        if candidate.is_dir():
            _bundled.append(candidate)
            return candidate
    raise KariyerError(
        "Paketle gelen veriler bulunamadı; kurulum eksik olabilir.",
        hint="Yeniden kurun: pip install --force-reinstall .",
    )


def bundled_profiles_dir() -> Path:
    return bundled_data_dir() / OCCUPATIONS


def display_path(path: str) -> str:
    """A short, machine-independent name for bundled files; other paths as given."""
    try:
        relative = Path(path).resolve().relative_to(bundled_data_dir().resolve())
    except (ValueError, OSError, RuntimeError, KariyerError):  # RuntimeError: symlink loop
        return path
    return f"(paket) {relative.as_posix()}"


def user_data_dir(option: Path | None) -> Path | None:
    """--data-dir, else KARIYER_DATA_DIR, else the default directory if it exists."""
    if option is not None:
        # "~/x" given in quotes or after "=": the shell left it; a bad "~" is a usage error
        return expand_home(option, "--data-dir", usage=True)
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return expand_home(Path(from_env), DATA_DIR_ENV)
    default = default_user_data_dir()
    return default if default is not None and default.is_dir() else None


def usable_home() -> Path | None:
    """The home directory, if there is one to use: HOME set, not empty, an existing
    directory. Without it Python and platformdirs fall back to the password database's
    home (``/root`` for a service) or create a home that does not exist; kariyer then has
    no default directory instead. (Windows: its own profile directory, as platformdirs.)"""
    if os.name == "nt":
        return Path.home()
    home = os.environ.get("HOME", "").strip()
    if not home or not os.path.isdir(home):
        return None
    return Path(home)


def expand_home(path: Path, named_by: str, *, usage: bool = False) -> Path:
    """``path`` with a leading ``~`` or ``~user`` as that home directory; a user that does
    not exist, or ``~`` without a usable home, is said in Turkish (a usage error for an
    option, a data directory error for an environment variable)."""
    text = str(path)
    if not text.startswith("~"):
        return path
    user = text[1:].split("/", 1)[0].split(os.sep, 1)[0]
    error = UsageError if usage else DataDirError
    if not user:
        home = usable_home()
        if home is None:
            raise error(
                f"{named_by}: '~' açılamadı: ev dizini (HOME) yok ya da var olan bir dizin değil.",
                hint="Dizinin tam yolunu verin, ör.: /srv/meslekler",
            )
        return home / text[1:].lstrip("/" + os.sep)
    try:
        return path.expanduser()
    except (RuntimeError, KeyError):  # no such user in the password database
        raise error(
            f"{named_by}: '~{echo(user, 40)}' açılamadı: bu sistemde '{echo(user, 40)}' adında "
            "bir kullanıcı yok.",
            hint="Kendi ev dizininiz için ~/ ile başlayın ya da dizinin tam yolunu verin.",
        ) from None


def default_user_data_dir() -> Path | None:
    """Where `kariyer import --into-data-dir` puts profiles when KARIYER_DATA_DIR is unset;
    None without a usable home directory (see `usable_home`)."""
    if usable_home() is None:
        return None
    try:
        from platformdirs import user_data_dir as platform_data_dir

        return Path(platform_data_dir("kariyer", appauthor=False)) / OCCUPATIONS
    except Exception:  # no home directory: there is no default
        return None


def import_data_dir() -> Path:
    """The directory `kariyer import --into-data-dir` writes to: KARIYER_DATA_DIR or default."""
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    directory = expand_home(Path(from_env), DATA_DIR_ENV) if from_env else default_user_data_dir()
    if directory is None:
        raise KariyerError(
            "Kullanıcı veri dizini belirlenemedi: ev dizini (HOME) yok, boş ya da var olan bir "
            "dizin değil.",
            hint=f"{DATA_DIR_ENV} ortam değişkeniyle bir dizin verin ya da -o DOSYA kullanın.",
        )
    return directory


def cache_dir() -> Path | None:
    """KARIYER_CACHE_DIR, else the platform's user cache directory; None if there is none
    (no usable home directory: then kariyer runs without a cache, creating nothing)."""
    explicit = os.environ.get(CACHE_ENV, "").strip()
    if explicit:
        return expand_home(Path(explicit), CACHE_ENV)
    if usable_home() is None:
        return None
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("kariyer", appauthor=False))
    except Exception:  # no home directory, odd platform: run without a cache
        return None


def check_directory(path: Path) -> None:
    """Raise DataDirError, saying what to do, unless ``path`` is a readable directory."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DataDirError(
            f"Veri dizini bulunamadı: {path}",
            hint=f"Dizini oluşturun ya da {DATA_DIR_ENV} / --data-dir ile var olan "
            "bir dizin verin.",
        ) from None
    except OSError as exc:
        raise DataDirError(f"Veri dizini okunamıyor: {path} ({os_reason(exc)})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise DataDirError(
            f"Veri dizini bir dizin değil: {path}",
            hint="Profil dosyalarını (.json) içeren bir dizin verin.",
        )
    if not os.access(path, os.R_OK | os.X_OK):
        raise DataDirError(f"Veri dizini okunamıyor (izin yok): {path}")
