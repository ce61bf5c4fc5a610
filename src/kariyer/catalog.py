"""The one place that finds, reads, validates and caches profiles.

Profiles come from two places: the data bundled with the package and, optionally,
a user directory (``KARIYER_DATA_DIR`` or ``--data-dir``). Rules:

* a profile file is ``<slug>.json`` and its ``slug`` field must equal the file name;
* a user file with a bundled slug replaces the bundled profile (a notice says so);
* a bad file is reported once and skipped; the good profiles still load;
* nothing here ever writes to a data directory.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from kariyer.errors import DataDirError, KariyerError, NotFoundError, ProfileError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from kariyer.index import IndexedProfile, ProfileIndex
    from kariyer.models import (
        MinimumWageTable,
        PriceIndexTable,
        Profile,
        SkillTable,
        WorkingHours,
    )

ModelT = TypeVar("ModelT")

DATA_DIR_ENV = "KARIYER_DATA_DIR"
MAX_PROFILE_BYTES = 1024 * 1024  # a real profile is about 15 KB
MAX_NAME = 200  # characters of a typed name that take part in matching
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Origin = Literal["bundled", "user"]


@dataclass(frozen=True)
class Reference:
    """The bundled public reference tables."""

    minimum_wage: MinimumWageTable
    prices: PriceIndexTable
    hours: WorkingHours


@dataclass(frozen=True)
class ProfileFile:
    slug: str
    path: Path
    origin: Origin


_OS_REASONS = {
    errno.ELOOP: "sembolik bağlantı döngüsü",
    errno.EACCES: "izin yok",
    errno.EPERM: "izin yok",
    errno.ENOENT: "bulunamadı",
    errno.EISDIR: "bir dizin",
    errno.ENOTDIR: "yolun bir parçası dizin değil",
    errno.ENAMETOOLONG: "ad çok uzun",
    errno.ENOSPC: "diskte yer kalmadı",
    errno.EBADF: "akış kapalı",
    errno.EROFS: "salt okunur dosya sistemi",
}


def os_reason(exc: OSError) -> str:
    """The operating system's reason in Turkish (the original text when we have no words)."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return exc.strerror or type(exc).__name__


_bundled: list[Path] = []  # found once per process


def bundled_data_dir() -> Path:
    """The package's data directory (inside the wheel, or data/ of a source checkout).

    The data must be real files (they are read with open() and listed with scandir), so
    the directory is found next to this module rather than through importlib.resources.
    """
    if _bundled:
        return _bundled[0]
    package = Path(__file__).resolve().parent
    # A wheel carries data/ inside the package; an editable install runs from the source
    # tree, where data/ is at the top.
    for candidate in (package / "data", package.parents[1] / "data"):
        if candidate.is_dir():
            _bundled.append(candidate)
            return candidate
    raise KariyerError(
        "Paketle gelen veriler bulunamadı; kurulum eksik olabilir.",
        hint="Yeniden kurun: pip install --force-reinstall .",
    )


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
        return option
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env)
    default = default_user_data_dir()
    return default if default is not None and default.is_dir() else None


def default_user_data_dir() -> Path | None:
    """Where `kariyer import --into-data-dir` puts profiles when KARIYER_DATA_DIR is unset."""
    try:
        from platformdirs import user_data_dir as platform_data_dir

        return Path(platform_data_dir("kariyer", appauthor=False)) / "occupations"
    except Exception:  # no home directory: there is no default
        return None


def _check_directory(path: Path) -> None:
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


def describe_validation_error(error: ValidationError) -> list[tuple[str, str]]:
    """(field path, Turkish message) for each problem pydantic found."""
    problems = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "(kök)"
        problems.append((where, _turkish_message(item["type"], item.get("ctx") or {}, item["msg"])))
    return problems


_MESSAGES = {
    "missing": "zorunlu alan eksik",
    "extra_forbidden": "bilinmeyen alan (şemada yok)",
    "unexpected_keyword_argument": "bilinmeyen alan (şemada yok)",
    "int_type": "tam sayı olmalı",
    "int_parsing": "tam sayı olmalı",
    "int_from_float": "tam sayı olmalı",
    "float_type": "sayı olmalı",
    "float_parsing": "sayı olmalı",
    "string_type": "metin olmalı",
    "list_type": "liste olmalı",
    "model_type": "nesne ({...}) olmalı",
    "dict_type": "nesne ({...}) olmalı",
    "model_attributes_type": "nesne ({...}) olmalı",
    "dataclass_type": "nesne ({...}) olmalı",
    "dataclass_args_type": "nesne ({...}) olmalı",
    "date_type": "tarih (YYYY-AA-GG) olmalı",
    "date_from_datetime_parsing": "tarih (YYYY-AA-GG) olmalı",
    "finite_number": "sonlu bir sayı olmalı",
    "bool_type": "true ya da false olmalı",
    "string_too_short": "boş olamaz",
}


def _turkish_message(kind: str, ctx: dict[str, object], fallback: str) -> str:
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "literal_error":
        return f"şu değerlerden biri olmalı: {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"biçim uygun değil (beklenen desen: {ctx.get('pattern', '')})"
    if kind == "string_too_long":
        return f"çok uzun (en fazla {ctx.get('max_length')} karakter)"
    if kind in {"greater_than", "greater_than_equal"}:
        bound = ctx.get("gt", ctx.get("ge"))
        return f"{bound} değerinden büyük olmalı" + (" ya da eşit" if "ge" in ctx else "")
    if kind in {"less_than", "less_than_equal"}:
        bound = ctx.get("lt", ctx.get("le"))
        return f"{bound} değerinden küçük olmalı" + (" ya da eşit" if "le" in ctx else "")
    return fallback


def _too_big(size: int) -> str:
    from kariyer import fmt

    return (
        f"dosya çok büyük ({fmt.number(size)} bayt; bir profil dosyası en çok "
        f"{fmt.number(MAX_PROFILE_BYTES)} bayt (1 MiB) olabilir)"
    )


MAX_ARTICLE_BYTES = 5 * 1024 * 1024


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


def validate_profile(data: object, path: Path, expected_slug: str | None = None) -> Profile:
    """Validate parsed JSON as a profile; raises ProfileError naming the first bad field."""
    from pydantic import ValidationError

    from kariyer.models import Profile
    from kariyer.validation import validate

    name = str(path)
    if not isinstance(data, dict):
        kind = "liste" if isinstance(data, list) else type(data).__name__
        raise ProfileError(
            name, f"kökte bir nesne ({{...}}) olmalı, {kind} bulundu", field="(kök)", code="schema"
        )
    try:
        profile = validate(Profile, data)
    except ValidationError as exc:
        details = describe_validation_error(exc)
        where, message = details[0]
        raise ProfileError(name, message, field=where, code="schema", details=details) from None
    except RecursionError:
        raise ProfileError(name, "JSON çok derin iç içe") from None
    if expected_slug is not None:
        check_slug(profile, expected_slug, name)
    return profile


def check_slug(profile: Profile, expected_slug: str, name: str) -> None:
    if profile.slug != expected_slug:
        raise ProfileError(
            name,
            f"slug '{profile.slug}' dosya adıyla ('{expected_slug}.json') aynı olmalı",
            field="slug",
            code="slug-mismatch",
        )


def profile_files_in(directory: Path) -> list[Path]:
    """The ``*.json`` files of one directory, sorted, hidden files left out."""
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        raise DataDirError(f"Veri dizini okunamıyor: {directory} ({os_reason(exc)})") from None
    return [
        Path(entry.path)
        for entry in entries
        if entry.name.endswith(".json") and not entry.name.startswith(".")
    ]


def is_slug(text: str) -> bool:
    return len(text) <= 80 and _SLUG_RE.match(text) is not None


def bad_file_name(path: Path) -> ProfileError:
    return ProfileError(
        str(path),
        "dosya adı geçerli bir slug değil (küçük harf, rakam ve tire: ornek-meslek.json)",
        code="invalid-file-name",
    )


def load_checked(
    path: Path, model: type[ModelT], check: Callable[[object], ModelT], *, remember: bool = True
) -> ModelT:
    """One data file as ``model``: bytes that passed before are built without pydantic
    (see `kariyer.checked`); any others go through ``check``, and with ``remember`` a
    file that passes is recorded for next time."""
    from kariyer.checked import checked_files
    from kariyer.models import trusted

    raw = read_json_bytes(path)
    data = parse_json(raw, str(path))
    record = checked_files()
    digest = record.digest(model.__name__, raw)
    if isinstance(data, dict) and digest in record:
        return trusted(model, data)
    result = check(data)
    if remember:
        record.add(digest)
    return result


def load_profile_file(path: Path, *, remember: bool = True) -> Profile:
    """Read and validate one profile file whose name must be ``<slug>.json``."""
    from kariyer.models import Profile

    profile = load_checked(
        path,
        Profile,
        lambda data: validate_profile(data, path, expected_slug=path.stem),
        remember=remember,
    )
    check_slug(profile, path.stem, str(path))  # the record knows bytes, not file names
    return profile


def _override_notice(path: Path, slug: str) -> str:
    return f"Not: {path} paketle gelen '{slug}' profilinin yerine kullanılıyor."


@dataclass
class Catalog:
    """Bundled and user profiles, loaded lazily; a file is validated until it is known valid.

    A loaded profile is kept for the rest of the run; whether its bytes need pydantic's
    check at all is decided by `kariyer.checked`.
    """

    user_dir: Path | None = None
    include_bundled: bool = True
    problems: list[ProfileError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    _files: dict[str, ProfileFile] | None = field(default=None, repr=False)
    _loaded: dict[str, Profile] = field(default_factory=dict, repr=False)
    _skills: SkillTable | None = field(default=None, repr=False)
    _reference: Reference | None = field(default=None, repr=False)
    _index: ProfileIndex | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.user_dir is not None:
            _check_directory(self.user_dir)

    # -- discovery -------------------------------------------------------
    def files(self) -> dict[str, ProfileFile]:
        """Every profile file by slug; user files replace bundled ones."""
        if self._files is None:
            found: dict[str, ProfileFile] = {}
            if self.include_bundled:
                for slug, path in self._scan(bundled_data_dir() / "occupations"):
                    found[slug] = ProfileFile(slug, path, "bundled")
            if self.user_dir is not None:
                for slug, path in self._scan(self.user_dir):
                    if slug in found and found[slug].origin == "bundled":
                        self.notices.append(_override_notice(path, slug))
                    found[slug] = ProfileFile(slug, path, "user")
            self._files = found
        return self._files

    def _scan(self, directory: Path) -> list[tuple[str, Path]]:
        result = []
        for path in profile_files_in(directory):
            slug = path.stem
            if not is_slug(slug):
                self.problems.append(bad_file_name(path))
                continue
            result.append((slug, path))
        return result

    def slugs(self) -> list[str]:
        return sorted(self.files())

    # -- loading ---------------------------------------------------------
    def get(self, name: str) -> Profile:
        """The profile for a slug or a title in any case or spelling.

        The slug a name would have is tried by file name first, so the common case
        reads one file; any other name is matched against the titles in the index.
        Raises NotFoundError with up to three suggestions.
        """
        from kariyer.text import slugify

        for slug in dict.fromkeys((name.strip(), slugify(name[:MAX_NAME]))):
            if is_slug(slug):
                entry = self._locate(slug)
                if entry is not None:
                    profile = self._load(entry, skip_bad=False)
                    assert profile is not None
                    return profile
        from kariyer.search import resolve, suggest

        candidates = self.index().titles()
        found = resolve(name, candidates)
        if found is not None:
            profile = self._load(self.files()[found], skip_bad=False)
            assert profile is not None
            return profile
        raise NotFoundError(name, suggest(name, candidates))

    # -- scans (through the cached index) ---------------------------------------
    def index(self) -> ProfileIndex:
        """The index of every active profile file; bad user files go to ``problems``."""
        if self._index is None:
            from kariyer.index import build_index

            directories = [bundled_data_dir() / "occupations"]
            if self.user_dir is not None:
                directories.append(self.user_dir)
            self._index = build_index(list(self.files().values()), directories)
            for problem in self._index.problems():
                if self.files()[Path(problem.path).stem].origin == "bundled":
                    raise problem  # the package itself is broken: never hide it
                if all(known.path != problem.path for known in self.problems):
                    self.problems.append(problem)
        return self._index

    def summaries(self, *, with_skills: bool = False) -> list[IndexedProfile]:
        """The indexed fields of every valid profile, by slug (fast with many files).

        Without ``with_skills`` their ``skills`` are empty: ask for them when needed.
        """
        return self.index().profiles(with_skills=with_skills)

    def _locate(self, slug: str) -> ProfileFile | None:
        """Find one slug by file name, without scanning every directory."""
        if self._files is not None:
            return self._files.get(slug)
        bundled = bundled_data_dir() / "occupations" / f"{slug}.json"
        has_bundled = self.include_bundled and bundled.exists()
        if self.user_dir is not None:
            candidate = self.user_dir / f"{slug}.json"
            if candidate.exists():
                if has_bundled:
                    self.notices.append(_override_notice(candidate, slug))
                return ProfileFile(slug, candidate, "user")
        return ProfileFile(slug, bundled, "bundled") if has_bundled else None

    def _load(self, entry: ProfileFile, *, skip_bad: bool = True) -> Profile | None:
        """Load one file; a bad user file is recorded and skipped, or raised when asked for."""
        if entry.slug in self._loaded:
            return self._loaded[entry.slug]
        try:
            profile = load_profile_file(entry.path)
        except ProfileError as exc:
            if entry.origin == "bundled" or not skip_bad:
                raise  # asked for by name, or the package itself is broken: never hide it
            if all(p.path != exc.path for p in self.problems):
                self.problems.append(exc)
            return None
        self._loaded[entry.slug] = profile
        return profile

    def profiles(self) -> list[Profile]:
        """Every valid profile, sorted by slug; bad user files go to ``problems``."""
        result = []
        for slug in self.slugs():
            profile = self._load(self.files()[slug])
            if profile is not None:
                result.append(profile)
        return result

    # -- bundled tables --------------------------------------------------
    def skills(self) -> SkillTable:
        if self._skills is None:
            from kariyer.models import SkillTable

            self._skills = load_bundled_table("skills.json", SkillTable)
        return self._skills

    def reference(self) -> Reference:
        if self._reference is None:
            from kariyer.models import MinimumWageTable, PriceIndexTable, WorkingHours

            self._reference = Reference(
                minimum_wage=load_bundled_table("reference/minimum_wage.json", MinimumWageTable),
                prices=load_bundled_table("reference/consumer_prices.json", PriceIndexTable),
                hours=load_bundled_table("reference/working_hours.json", WorkingHours),
            )
        return self._reference


def load_bundled_table(relative: str, model: type[ModelT]) -> ModelT:
    """A bundled JSON table, validated (or known valid); a broken one means a broken install."""
    path = bundled_data_dir() / relative
    return load_checked(path, model, lambda data: _validate_table(model, data, path))


def _validate_table(model: type[ModelT], data: object, path: Path) -> ModelT:
    from pydantic import ValidationError

    from kariyer.validation import validate

    try:
        return validate(model, data)
    except ValidationError as exc:
        where, message = describe_validation_error(exc)[0]
        raise ProfileError(str(path), message, field=where, code="schema") from None
