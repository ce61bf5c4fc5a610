"""`kariyer check`: schema problems (errors) and data-quality findings (warnings).

Reads the files it is given and returns a report; never prints. Schema errors come from
the store's validation; warnings from `kariyer.checks.rules` (one slug in two files is
the one rule that needs every file, so it lives here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kariyer.checks.assess import profile_facts
from kariyer.checks.findings import Finding
from kariyer.errors import DataDirError, ProfileError
from kariyer.schema.build import JSON_HIDDEN
from kariyer.schema.limits import is_slug
from kariyer.schema.models import Profile, SkillTable
from kariyer.store.files import bad_file_name, profile_files_in, read_json_file
from kariyer.store.paths import bundled_profiles_dir, display_path
from kariyer.store.reference import Reference
from kariyer.store.verified import validate_profile


@dataclass(kw_only=True)
class CheckReport:
    files_checked: int
    errors: int
    warnings: int
    findings: list[Finding]
    strict: bool = False  # whether warnings fail the check too
    passed: bool = True  # the verdict: no error (and, with strict, no warning)
    codes: dict[str, int] = field(default_factory=dict)  # how many findings of each code
    quiet: bool = field(default=False, metadata={JSON_HIDDEN: True})  # errors + summary only

    # how each file is named on screen: "(paket) occupations/x.json" for bundled ones
    shown_as: dict[str, str] = field(default_factory=dict, metadata={JSON_HIDDEN: True})

    def failed(self, strict: bool | None = None) -> bool:
        strict = self.strict if strict is None else strict
        return self.errors > 0 or (strict and self.warnings > 0)


def files_to_check(paths: list[Path], user_dir: Path | None) -> list[Path]:
    """The given files and directories, or else the bundled profiles and ``user_dir``."""
    if paths:
        return expand_paths(paths)
    defaults = [bundled_profiles_dir(), *([user_dir] if user_dir is not None else [])]
    return expand_paths(defaults, given=False)  # an empty user directory is fine


def expand_paths(paths: list[Path], *, given: bool = True) -> list[Path]:
    """Files as given; directories become their ``*.json`` files. A directory the user
    named that holds none is an error: "0 files checked, passed" would read as clean."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = profile_files_in(path)
            if not found and given:
                raise DataDirError(
                    f"Dizinde denetlenecek profil dosyası (*.json) yok: {path}",
                    hint="Profil dosyalarının bulunduğu dizini ya da bir .json dosyası verin.",
                )
            files.extend(found)
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise DataDirError(
                f"Dosya ya da dizin bulunamadı: {path}",
                hint="Bir profil dosyası (.json) ya da profil dizini verin.",
            )
    return _once(files)


def _once(files: list[Path]) -> list[Path]:
    """Each file once, however often it was named (`check a.json a.json`, `check d d/a.json`):
    a file is never a duplicate of itself."""
    seen: set[Path] = set()
    unique = []
    for path in files:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a loop of links: compared as given
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def check_files(
    files: list[Path],
    reference: Reference,
    skills: SkillTable,
    *,
    strict: bool = False,
    done: Callable[[str], None] | None = None,
) -> CheckReport:
    """Check every file; with ``strict`` a warning fails the check as an error does.

    ``done`` is called with each file's name once it is checked (the cli's progress display).
    """
    findings: list[Finding] = []
    seen: dict[str, Path] = {}
    for path in files:
        profile = _check_one(path, findings)
        if done is not None:
            done(path.name)
        if profile is None:
            continue
        if profile.slug in seen:
            findings.append(
                Finding(
                    file=str(path),
                    slug=profile.slug,
                    field="slug",
                    severity="warning",
                    code="duplicate-slug",
                    message=(
                        f"'{profile.slug}' slug'ı {seen[profile.slug]} dosyasında da var; "
                        "kariyer bir slug'ı tek bir profil için kullanır (kullanıcı "
                        "dizinindeki dosya paketle gelenin yerine geçer)."
                    ),
                )
            )
        seen.setdefault(profile.slug, path)
        for item in profile_facts(profile, reference, skills).findings:
            item.file, item.slug = str(path), profile.slug
            findings.append(item)
    errors = sum(1 for item in findings if item.severity == "error")
    report = CheckReport(
        files_checked=len(files),
        errors=errors,
        warnings=len(findings) - errors,
        findings=findings,
        strict=strict,
        shown_as={item.file: display_path(item.file) for item in findings if item.file},
    )
    report.passed = not report.failed()
    for item in findings:
        report.codes[item.code] = report.codes.get(item.code, 0) + 1
    return report


def _check_one(path: Path, findings: list[Finding]) -> Profile | None:
    if path.suffix != ".json":  # /etc/passwd is not a profile with a bad name
        problem = ProfileError(
            str(path),
            "bir profil dosyası değil: profil dosyalarının adı .json ile biter",
            code="not-json-file",
        )
        findings.append(_error(path, None, problem, None, problem.problem))
        return None
    if not is_slug(path.stem):
        problem = bad_file_name(path)
        findings.append(_error(path, None, problem, None, problem.problem))
        return None
    try:
        return validate_profile(read_json_file(path), path, expected_slug=path.stem)
    except ProfileError as problem:
        findings.extend(
            _error(path, path.stem, problem, field or None, message)
            for field, message in problem.details
        )
        return None


def _error(
    path: Path, slug: str | None, problem: ProfileError, where: str | None, message: str
) -> Finding:
    return Finding(
        file=str(path),
        slug=slug,
        field=where,
        severity="error",
        code=problem.code,
        message=message,
    )
