"""`kariyer check`: schema problems (errors) and data-quality findings (warnings).

Pure functions: they read the files they are given and return a report; never print.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kariyer.catalog import (
    Reference,
    bad_file_name,
    is_slug,
    profile_files_in,
    read_json_file,
    validate_profile,
)
from kariyer.errors import DataDirError, ProfileError
from kariyer.figures import profile_facts
from kariyer.models import Profile, SkillTable


@dataclass(kw_only=True)
class CheckFinding:
    file: str
    slug: str | None
    field: str | None
    severity: Literal["error", "warning"]
    code: str
    message: str


@dataclass(kw_only=True)
class CheckReport:
    files_checked: int
    errors: int
    warnings: int
    findings: list[CheckFinding]

    def failed(self, strict: bool) -> bool:
        return self.errors > 0 or (strict and self.warnings > 0)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; directories become their ``*.json`` files."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(profile_files_in(path))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise DataDirError(
                f"Dosya ya da dizin bulunamadı: {path}",
                hint="Bir profil dosyası (.json) ya da profil dizini verin.",
            )
    return files


def check_files(files: list[Path], reference: Reference, skills: SkillTable) -> CheckReport:
    findings: list[CheckFinding] = []
    seen: dict[str, Path] = {}
    for path in files:
        profile = _check_one(path, findings)
        if profile is None:
            continue
        if profile.slug in seen:
            findings.append(
                CheckFinding(
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
        facts = profile_facts(profile, reference.hours, reference.minimum_wage, skills)
        findings.extend(
            CheckFinding(
                file=str(path),
                slug=profile.slug,
                field=item.field,
                severity=item.severity,
                code=item.code,
                message=item.message,
            )
            for item in facts.findings
        )
    errors = sum(1 for item in findings if item.severity == "error")
    return CheckReport(
        files_checked=len(files),
        errors=errors,
        warnings=len(findings) - errors,
        findings=findings,
    )


def _check_one(path: Path, findings: list[CheckFinding]) -> Profile | None:
    if not is_slug(path.stem) or path.suffix != ".json":
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
    path: Path, slug: str | None, problem: ProfileError, field: str | None, message: str
) -> CheckFinding:
    return CheckFinding(
        file=str(path),
        slug=slug,
        field=field,
        severity="error",
        code=problem.code,
        message=message,
    )
