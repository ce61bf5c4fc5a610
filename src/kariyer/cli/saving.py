"""Where an imported profile goes: a new file, a merge into the one there, or a replacement.

One step for `kariyer import` with one input (-o DOSYA or --into-data-dir) and with many:

- no file at the target: the profile is written (imported);
- a profile of the same occupation at the target: the new import is merged into it
  (`kariyer.importer.merge`: every year's pay kept with its source, conflicts kept and
  flagged) and written (updated), or nothing is written when nothing changed (unchanged);
- ``--force``: the file is replaced by the new import, no merge;
- a target that is not a readable profile is left alone (failed, with what to do).

Every write goes through a temporary file and a rename: never half a file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer.errors import KariyerError
from kariyer.importer.batch import IMPORTED, UNCHANGED, UPDATED

if TYPE_CHECKING:
    from kariyer.importer.parser import ImportResult
    from kariyer.schema.models import Profile, SkillTable
    from kariyer.store.reference import Reference


def save_profile(
    result: ImportResult,
    target: Path,
    *,
    force: bool,
    ref: Reference,
    table: SkillTable,
) -> str:
    """Write ``result.profile`` to ``target``; the status (also set on ``result`` with
    ``written_to`` and ``merge``)."""
    result.status = _save(result, target, force=force, ref=ref, table=table)
    return result.status


def _save(
    result: ImportResult, target: Path, *, force: bool, ref: Reference, table: SkillTable
) -> str:
    from kariyer.importer.merge import merge_profiles
    from kariyer.store.write import write_atomic

    assert result.profile is not None
    if target.exists() and not target.is_file():
        raise KariyerError(f"Hedef normal bir dosya değil: {target}", hint="Bir dosya yolu verin.")
    existed = target.exists()
    _warn_about_target(result, target)
    if existed and not force:
        from kariyer.importer.parser import curated_fields_empty

        merge = merge_profiles(_earlier(target), result.profile)
        result.merge = merge
        result.written_to = str(target)
        if not curated_fields_empty(merge.profile):  # kept from the earlier file
            result.findings = [f for f in result.findings if f.code != "curated-fields-empty"]
        if merge.unchanged:
            return UNCHANGED
        result.profile = merge.profile
        _add_findings(result, merge.profile, ref, table)
    text = result.profile_json()
    _validate(text, target)
    if existed and force and _same_bytes(target, text.encode("utf-8")):
        result.written_to = str(target)
        return UNCHANGED
    write_atomic(target, text, force=True)
    result.written_to = str(target)
    return UPDATED if existed else IMPORTED


def _warn_about_target(result: ImportResult, target: Path) -> None:
    """A file name other than the slug fails `kariyer check`; a data-directory file with a
    bundled slug replaces the bundled profile (and its curated fields) in every command."""
    from kariyer.checks.findings import Finding
    from kariyer.store.paths import bundled_profiles_dir

    assert result.profile is not None
    slug = result.profile.slug
    if target.stem != slug:
        result.findings.append(
            Finding(
                code="file-name-mismatch",
                severity="warning",
                field="slug",
                message=(
                    f"Dosya adı ({target.name}) slug'la ({slug}) aynı değil: kariyer check ve "
                    f"veri dizini bu dosyayı reddeder (slug-mismatch); -o {slug}.json verin "
                    "ya da --slug ile slug'ı dosya adına uydurun."
                ),
            )
        )
    bundled = bundled_profiles_dir() / f"{slug}.json"
    if (
        target.name == bundled.name
        and target.parent.resolve() != bundled.parent.resolve()
        and bundled.is_file()
        and not target.exists()
    ):
        from kariyer.store.verified import load_profile_file

        curated = load_profile_file(bundled)
        lost = [
            name
            for name, present in (
                ("isco08", curated.isco08 is not None),
                ("career_path.positions", bool(curated.career_path.positions)),
            )
            if present
        ]
        result.findings.append(
            Finding(
                code="replaces-bundled",
                severity="warning",
                field="slug",
                message=(
                    f"Bu dosya paketle gelen '{slug}' profilinin yerine geçer (her komutta)"
                    + (
                        f"; paketle gelenin elle eklenmiş alanları bunda yok: {', '.join(lost)}"
                        if lost
                        else ""
                    )
                    + ". İstemiyorsanız dosyayı silin ya da başka bir --slug verin."
                ),
            )
        )


def _earlier(target: Path) -> Profile:
    """The profile already at the target, validated; else a failure saying what to do."""
    from kariyer.errors import ProfileError
    from kariyer.store.files import read_json_file
    from kariyer.store.verified import validate_profile

    try:
        return validate_profile(read_json_file(target), target)
    except ProfileError as exc:
        raise KariyerError(
            f"Var olan dosya geçerli bir profil değil, birleştirilemedi: {target} "
            f"({exc.field + ': ' if exc.field else ''}{exc.problem})",
            hint="Dosyayı düzeltin (kariyer check) ya da --force ile üzerine yazın.",
        ) from None


def _add_findings(result: ImportResult, merged: Profile, ref: Reference, table: SkillTable) -> None:
    """The findings of `kariyer check` on the merged profile that the new import alone lacks
    (e.g. a conflict between this year's article and an earlier import)."""
    from kariyer.checks.assess import profile_facts

    seen = {(finding.code, finding.message) for finding in result.findings}
    for finding in profile_facts(merged, ref, table).findings:
        if (finding.code, finding.message) not in seen:
            result.findings.append(finding)


def _validate(text: str, target: Path) -> None:
    """What is written must read back as a profile (a merge can make no invalid file)."""
    from kariyer.store.verified import validate_profile

    validate_profile(json.loads(text), target)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False
