"""`kariyer check`: schema errors and data-quality warnings, per file and on the command line.

Fixtures live in tests/fixtures/check/<case>/<slug>.json. Each is a small copy of a
bundled profile; the warning cases start from the "clean" copy (published hourly rate
= monthly ÷ 225, average above the net minimum wage) and make one change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kariyer.checks.files import CheckReport, check_files, expand_paths
from kariyer.errors import DataDirError
from kariyer.store.catalog import Catalog

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]

FIXTURES = Path(__file__).parent / "fixtures" / "check"
FINDING_KEYS = {"file", "slug", "field", "severity", "code", "message"}

# case directory -> [(file name, slug, field, severity, code)], in report order
Expected = list[tuple[str, str | None, str | None, str, str]]
CASES: dict[str, Expected] = {
    "clean": [],
    "hourly-mismatch": [
        (f"{HESAP}.json", HESAP, "salary.figures.0.hourly_tl", "warning", "hourly-mismatch"),
    ],
    "below-minimum-wage": [
        (
            f"{ANALIST}.json",
            ANALIST,
            "salary.figures.0.monthly_tl",
            "warning",
            "below-minimum-wage",
        ),
    ],
    "top-below-average": [
        (f"{HESAP}.json", HESAP, "salary.figures", "warning", "top-below-average"),
    ],
    "no-reference-year": [
        (f"{HESAP}.json", HESAP, "salary.figures.0.year", "warning", "no-reference-year"),
        (f"{HESAP}.json", HESAP, "salary.figures.1.year", "warning", "no-reference-year"),
    ],
    "unknown-skill-id": [
        (f"{HESAP}.json", HESAP, "skills.1.id", "warning", "unknown-skill-id"),
        (f"{HESAP}.json", HESAP, "skills.3.id", "warning", "unknown-skill-id"),
    ],
    "schema-unknown-field": [
        (f"{HESAP}.json", HESAP, "salary.figures.0.currency", "error", "schema"),
    ],
    "schema-wrong-type": [
        (f"{HESAP}.json", HESAP, "salary.figures.0.monthly_tl", "error", "schema"),
    ],
    "truncated-json": [
        (f"{HESAP}.json", HESAP, None, "error", "unreadable"),
    ],
    "slug-mismatch": [
        ("baska-meslek.json", "baska-meslek", "slug", "error", "slug-mismatch"),
    ],
    "invalid-file-name": [
        ("Musteri_Hesap.json", None, None, "error", "invalid-file-name"),
    ],
}
ERROR_CASES = [case for case, expected in CASES.items() if any(e[3] == "error" for e in expected)]
WARNING_CASES = [case for case, expected in CASES.items() if expected and case not in ERROR_CASES]


def flat(text: str) -> str:
    return " ".join(text.split())


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
    on_disk = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert on_disk == set(CASES) | {"duplicate-slug"}


@pytest.mark.parametrize("case", [c for c in CASES if c not in ERROR_CASES])
def test_valid_fixtures_are_named_after_their_slug(case: str) -> None:
    for path in (FIXTURES / case).glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["slug"] == path.stem


# -- check_files over each fixture --------------------------------------------------------
@pytest.mark.parametrize("case", list(CASES))
def test_check_files_findings(case: str, catalog: Catalog) -> None:
    report = run_check(FIXTURES / case, catalog)
    assert summary(report) == CASES[case]
    files = sorted((FIXTURES / case).glob("*.json"))
    assert report.files_checked == len(files)
    errors = sum(1 for e in CASES[case] if e[3] == "error")
    assert report.errors == errors
    assert report.warnings == len(CASES[case]) - errors
    for item in report.findings:
        assert Path(item.file).parent == FIXTURES / case
        assert item.message.strip()


def test_clean_case_checks_both_profiles(catalog: Catalog) -> None:
    report = run_check(FIXTURES / "clean", catalog)
    assert report.files_checked == 2
    assert report.findings == []
    assert not report.failed(strict=True)


@pytest.mark.parametrize("case", ERROR_CASES)
def test_error_cases_fail_even_without_strict(case: str, catalog: Catalog) -> None:
    report = run_check(FIXTURES / case, catalog)
    assert report.failed(strict=False)


@pytest.mark.parametrize("case", WARNING_CASES)
def test_warning_cases_fail_only_with_strict(case: str, catalog: Catalog) -> None:
    report = run_check(FIXTURES / case, catalog)
    assert not report.failed(strict=False)
    assert report.failed(strict=True)


def test_messages_explain_the_problem(catalog: Catalog) -> None:
    def message(case: str) -> str:
        return run_check(FIXTURES / case, catalog).findings[0].message

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
    skill_messages = [f.message for f in run_check(FIXTURES / "unknown-skill-id", catalog).findings]
    assert "kanonik kimliği (id) yok" in skill_messages[0]
    assert "'not-a-known-skill'" in skill_messages[1]


def test_duplicate_slug_across_two_directories(catalog: Catalog) -> None:
    first = FIXTURES / "duplicate-slug" / "first"
    second = FIXTURES / "duplicate-slug" / "second"
    files = expand_paths([first, second])
    report = check_files(files, catalog.reference(), catalog.skills())
    assert report.files_checked == 2
    assert [(i.file, i.slug, i.field, i.severity, i.code) for i in report.findings] == [
        (str(second / f"{HESAP}.json"), HESAP, "slug", "warning", "duplicate-slug"),
    ]
    assert str(first / f"{HESAP}.json") in report.findings[0].message


def test_duplicate_slug_same_file_twice(catalog: Catalog) -> None:
    path = FIXTURES / "clean" / f"{HESAP}.json"
    report = check_files([path, path], catalog.reference(), catalog.skills())
    assert [(i.code, i.field, i.severity) for i in report.findings] == [
        ("duplicate-slug", "slug", "warning")
    ]


def test_each_duplicate_copy_is_still_checked(catalog: Catalog) -> None:
    path = FIXTURES / "hourly-mismatch" / f"{HESAP}.json"
    report = check_files([path, path], catalog.reference(), catalog.skills())
    assert [item.code for item in report.findings] == [
        "hourly-mismatch",
        "duplicate-slug",
        "hourly-mismatch",
    ]


def test_expand_paths_missing_path_raises() -> None:
    with pytest.raises(DataDirError) as info:
        expand_paths([FIXTURES / "yok-boyle-bir-dosya.json"])
    assert "bulunamadı" in info.value.message


def test_expand_paths_keeps_files_and_lists_directories() -> None:
    single = FIXTURES / "hourly-mismatch" / f"{HESAP}.json"
    files = expand_paths([single, FIXTURES / "clean"])
    assert files == [
        single,
        FIXTURES / "clean" / f"{HESAP}.json",
        FIXTURES / "clean" / f"{ANALIST}.json",
    ]


# -- the command line: bundled data -------------------------------------------------------
def test_check_bundled_data_passes_with_warnings(run: Run) -> None:
    result = run("check")
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert out.count("[hourly-mismatch]") == 4
    assert out.count("[below-minimum-wage]") == 1
    assert f"occupations/{HESAP}.json" in out
    assert f"occupations/{ANALIST}.json" in out
    # the below-minimum warning is listed under the analist file
    analist_part = out.split(f"occupations/{ANALIST}.json", 1)[1]
    assert "[below-minimum-wage]" in analist_part
    assert "15.500 TL" in analist_part
    assert "17.002,12 TL" in analist_part
    assert "2 dosya denetlendi: 0 hata, 5 uyarı" in out
    assert "geçti" in out


def test_check_bundled_strict_fails(run: Run) -> None:
    result = run("check", "--strict")
    assert result.exit_code == 1, result
    assert "BAŞARISIZ" in result.stdout
    assert "--strict" in result.stdout


def test_check_json(run: Run, data_dir: Path) -> None:
    result = run("check", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    assert data["files_checked"] == 2
    assert data["errors"] == 0
    assert data["warnings"] == 5
    findings = data["findings"]
    assert isinstance(findings, list)
    assert len(findings) == 5
    for item in findings:
        assert set(item) == FINDING_KEYS
        assert item["severity"] == "warning"
    by_slug = {
        slug: sorted((i["code"], i["field"]) for i in findings if i["slug"] == slug)
        for slug in (HESAP, ANALIST)
    }
    assert by_slug[HESAP] == [
        ("hourly-mismatch", "salary.figures.0.hourly_tl"),
        ("hourly-mismatch", "salary.figures.1.hourly_tl"),
    ]
    assert by_slug[ANALIST] == [
        ("below-minimum-wage", "salary.figures.0.monthly_tl"),
        ("hourly-mismatch", "salary.figures.0.hourly_tl"),
        ("hourly-mismatch", "salary.figures.1.hourly_tl"),
    ]
    below = next(i for i in findings if i["code"] == "below-minimum-wage")
    assert "15.500 TL" in below["message"]
    assert "17.002,12 TL" in below["message"]
    assert Path(below["file"]).resolve() == (data_dir / "occupations" / f"{ANALIST}.json").resolve()


def test_check_json_strict_still_prints_json_and_fails(run: Run) -> None:
    result = run("check", "--json", "--strict")
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)["findings"]) == 5


# -- the command line: fixtures ------------------------------------------------------------
@pytest.mark.parametrize(
    ("case", "name", "field"),
    [
        ("schema-unknown-field", f"{HESAP}.json", "salary.figures.0.currency"),
        ("schema-wrong-type", f"{HESAP}.json", "salary.figures.0.monthly_tl"),
        ("slug-mismatch", "baska-meslek.json", "slug"),
    ],
)
def test_check_error_fixture_cli(
    run: Run, monkeypatch: pytest.MonkeyPatch, case: str, name: str, field: str
) -> None:
    monkeypatch.chdir(FIXTURES)
    result = run("check", f"{case}/{name}")
    assert result.exit_code == 1, result
    out = flat(result.output)
    assert f"{case}/{name}" in out
    assert field in out
    assert "HATA" in out
    assert "1 dosya denetlendi: 1 hata" in out
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("case", "name", "text"),
    [
        ("truncated-json", f"{HESAP}.json", "geçerli JSON değil"),
        ("invalid-file-name", "Musteri_Hesap.json", "geçerli bir slug değil"),
    ],
)
def test_check_unreadable_fixture_cli(
    run: Run, monkeypatch: pytest.MonkeyPatch, case: str, name: str, text: str
) -> None:
    monkeypatch.chdir(FIXTURES)
    result = run("check", f"{case}/{name}")
    assert result.exit_code == 1, result
    out = flat(result.output)
    assert f"{case}/{name}" in out
    assert text in out
    assert "Traceback" not in result.output


def test_check_error_fixture_json(run: Run) -> None:
    path = FIXTURES / "schema-wrong-type" / f"{HESAP}.json"
    result = run("check", "--json", str(path))
    assert result.exit_code == 1, result
    data = json.loads(result.stdout)
    assert data["errors"] == 1
    assert [{k: v for k, v in item.items() if k != "message"} for item in data["findings"]] == [
        {
            "file": str(path),
            "slug": HESAP,
            "field": "salary.figures.0.monthly_tl",
            "severity": "error",
            "code": "schema",
        }
    ]


def test_check_clean_fixture_cli(run: Run) -> None:
    result = run("check", str(FIXTURES / "clean"))
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "2 dosya denetlendi: 0 hata, 0 uyarı" in out
    assert "uyarı salary" not in out
    strict = run("check", "--strict", str(FIXTURES / "clean"))
    assert strict.exit_code == 0, strict
    assert "0 uyarı" in strict.stdout


def test_check_clean_fixture_file_cli(run: Run) -> None:
    result = run("check", "--strict", str(FIXTURES / "clean" / f"{ANALIST}.json"))
    assert result.exit_code == 0, result
    assert "1 dosya denetlendi: 0 hata, 0 uyarı" in flat(result.stdout)


@pytest.mark.parametrize("case", WARNING_CASES)
def test_check_warning_fixture_cli(run: Run, case: str) -> None:
    result = run("check", str(FIXTURES / case))
    assert result.exit_code == 0, result
    for expected in CASES[case]:
        assert f"[{expected[4]}]" in result.stdout
    assert run("check", "--strict", str(FIXTURES / case)).exit_code == 1


def test_check_several_paths_cli(run: Run) -> None:
    result = run(
        "check",
        "--json",
        str(FIXTURES / "clean"),
        str(FIXTURES / "schema-unknown-field"),
        str(FIXTURES / "hourly-mismatch"),
    )
    assert result.exit_code == 1, result
    data = json.loads(result.stdout)
    assert data["files_checked"] == 4
    codes = [item["code"] for item in data["findings"]]
    # the clean hesap copy and the hourly-mismatch copy share a slug
    assert codes == ["schema", "duplicate-slug", "hourly-mismatch"]


def test_check_nonexistent_path(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "yok.json"
    result = run("check", str(missing))
    assert result.exit_code == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "bulunamadı" in result.stderr
    assert "yok.json" in flat(result.stderr)
    assert "Traceback" not in result.output


def test_check_data_dir_with_bad_file_fails(run: Run) -> None:
    result = run("check", "--data-dir", str(FIXTURES / "schema-wrong-type"))
    assert result.exit_code == 1, result
    out = flat(result.stdout)
    assert "3 dosya denetlendi: 1 hata" in out
    assert "salary.figures.0.monthly_tl" in out
    assert f"occupations/{ANALIST}.json" in out  # the bundled files are still checked


def test_check_data_dir_from_environment(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(FIXTURES / "schema-wrong-type"))
    result = run("check")
    assert result.exit_code == 1, result
    assert "salary.figures.0.monthly_tl" in flat(result.stdout)


def test_check_data_dir_override_is_a_duplicate(run: Run) -> None:
    result = run("check", "--json", "--data-dir", str(FIXTURES / "clean"))
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["files_checked"] == 4
    duplicates = [item for item in data["findings"] if item["code"] == "duplicate-slug"]
    assert sorted(item["slug"] for item in duplicates) == [HESAP, ANALIST]
    for item in duplicates:
        assert Path(item["file"]).parent == FIXTURES / "clean"
        assert item["severity"] == "warning"
        assert item["field"] == "slug"
    # the clean user copies add no other findings
    user_findings = [i for i in data["findings"] if Path(i["file"]).parent == FIXTURES / "clean"]
    assert user_findings == duplicates


def test_check_paths_ignore_data_dir(run: Run) -> None:
    result = run(
        "check",
        "--json",
        "--data-dir",
        str(FIXTURES / "schema-wrong-type"),
        str(FIXTURES / "clean"),
    )
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["files_checked"] == 2


def test_check_missing_data_dir_fails(run: Run, tmp_path: Path) -> None:
    result = run("check", "--data-dir", str(tmp_path / "yok"))
    assert result.exit_code == 1, result
    assert result.stderr.startswith("Hata: ")
    assert "Veri dizini bulunamadı" in flat(result.stderr)
