"""`kariyer check` per file: check_files and expand_paths over the fixture cases.

The cases and their expected findings are ``CHECK_CASES`` in tests/support.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kariyer.checks.files import CheckReport, check_files, expand_paths
from kariyer.errors import DataDirError
from kariyer.store.catalog import Catalog

from ..support import (
    ANALIST,
    CHECK_CASES,
    CHECK_DIR,
    CHECK_ERROR_CASES,
    CHECK_WARNING_CASES,
    HESAP,
)


def run_check(case_dir: Path, catalog: Catalog) -> CheckReport:
    files = expand_paths([case_dir])
    return check_files(files, catalog.reference(), catalog.skills())


def summary(report: CheckReport) -> list[tuple[str, str | None, str | None, str, str]]:
    return [
        (Path(item.file).name, item.slug, item.field, item.severity, item.code)
        for item in report.findings
    ]


# -- the fixtures themselves -------------------------------------------------------------
def test_every_fixture_directory_has_a_case() -> None:
    on_disk = {path.name for path in CHECK_DIR.iterdir() if path.is_dir()}
    assert on_disk == set(CHECK_CASES) | {"duplicate-slug"}


@pytest.mark.parametrize("case", [c for c in CHECK_CASES if c not in CHECK_ERROR_CASES])
def test_valid_fixtures_are_named_after_their_slug(case: str) -> None:
    for path in (CHECK_DIR / case).glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["slug"] == path.stem


# -- check_files over each fixture --------------------------------------------------------
@pytest.mark.parametrize("case", list(CHECK_CASES))
def test_check_files_findings(case: str, catalog: Catalog) -> None:
    report = run_check(CHECK_DIR / case, catalog)
    assert summary(report) == CHECK_CASES[case]
    files = sorted((CHECK_DIR / case).glob("*.json"))
    assert report.files_checked == len(files)
    errors = sum(1 for e in CHECK_CASES[case] if e[3] == "error")
    assert report.errors == errors
    assert report.warnings == len(CHECK_CASES[case]) - errors
    for item in report.findings:
        assert Path(item.file).parent == CHECK_DIR / case
        assert item.message.strip()


def test_clean_case_checks_both_profiles(catalog: Catalog) -> None:
    report = run_check(CHECK_DIR / "clean", catalog)
    assert report.files_checked == 2
    assert report.findings == []
    assert not report.failed(strict=True)


@pytest.mark.parametrize("case", CHECK_ERROR_CASES)
def test_error_cases_fail_even_without_strict(case: str, catalog: Catalog) -> None:
    report = run_check(CHECK_DIR / case, catalog)
    assert report.failed(strict=False)


@pytest.mark.parametrize("case", CHECK_WARNING_CASES)
def test_warning_cases_fail_only_with_strict(case: str, catalog: Catalog) -> None:
    report = run_check(CHECK_DIR / case, catalog)
    assert not report.failed(strict=False)
    assert report.failed(strict=True)


def test_messages_explain_the_problem(catalog: Catalog) -> None:
    def message(case: str) -> str:
        return run_check(CHECK_DIR / case, catalog).findings[0].message

    assert "19,90 TL/saat" in message("hourly-mismatch")
    assert "62,22 TL/saat" in message("hourly-mismatch")
    assert "17.002,12 TL" in message("below-minimum-wage")
    assert "13.000 TL" in message("top-below-average")
    assert "2019" in message("no-reference-year")
    assert "bilinmeyen alan" in message("schema-unknown-field")
    assert "sayı olmalı" in message("schema-wrong-type")
    assert "geçerli JSON değil" in message("truncated-json")
    assert "baska-meslek.json" in message("slug-mismatch")
    assert "slug" in message("invalid-file-name")
    skill_messages = [
        f.message for f in run_check(CHECK_DIR / "unknown-skill-id", catalog).findings
    ]
    assert "kanonik kimliği (id) yok" in skill_messages[0]
    assert "'not-a-known-skill'" in skill_messages[1]


def test_duplicate_slug_across_two_directories(catalog: Catalog) -> None:
    first = CHECK_DIR / "duplicate-slug" / "first"
    second = CHECK_DIR / "duplicate-slug" / "second"
    files = expand_paths([first, second])
    report = check_files(files, catalog.reference(), catalog.skills())
    assert report.files_checked == 2
    assert [(i.file, i.slug, i.field, i.severity, i.code) for i in report.findings] == [
        (str(second / f"{HESAP}.json"), HESAP, "slug", "warning", "duplicate-slug"),
    ]
    assert str(first / f"{HESAP}.json") in report.findings[0].message


def test_duplicate_slug_same_file_twice(catalog: Catalog) -> None:
    path = CHECK_DIR / "clean" / f"{HESAP}.json"
    report = check_files([path, path], catalog.reference(), catalog.skills())
    assert [(i.code, i.field, i.severity) for i in report.findings] == [
        ("duplicate-slug", "slug", "warning")
    ]


def test_each_duplicate_copy_is_still_checked(catalog: Catalog) -> None:
    path = CHECK_DIR / "hourly-mismatch" / f"{HESAP}.json"
    report = check_files([path, path], catalog.reference(), catalog.skills())
    assert [item.code for item in report.findings] == [
        "hourly-mismatch",
        "duplicate-slug",
        "hourly-mismatch",
    ]


def test_expand_paths_missing_path_raises() -> None:
    with pytest.raises(DataDirError) as info:
        expand_paths([CHECK_DIR / "yok-boyle-bir-dosya.json"])
    assert "bulunamadı" in info.value.message


def test_expand_paths_keeps_files_and_lists_directories() -> None:
    single = CHECK_DIR / "hourly-mismatch" / f"{HESAP}.json"
    files = expand_paths([single, CHECK_DIR / "clean"])
    assert files == [
        single,
        CHECK_DIR / "clean" / f"{HESAP}.json",
        CHECK_DIR / "clean" / f"{ANALIST}.json",
    ]


def test_check_files_says_when_each_file_is_done(catalog: Catalog) -> None:
    files = expand_paths([CHECK_DIR / "clean"])
    assert len(files) > 1
    names: list[str] = []
    check_files(files, catalog.reference(), catalog.skills(), done=names.append)
    assert names == [path.name for path in files]
