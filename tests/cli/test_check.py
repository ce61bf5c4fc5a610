"""`kariyer check` on the command line: bundled data, fixture files, the data directory.

The fixture cases are ``CHECK_CASES`` in tests/support.py (tests/unit/test_check_files.py
checks each one file by file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..support import (
    ANALIST,
    CHECK_CASES,
    CHECK_DIR,
    CHECK_WARNING_CASES,
    HESAP,
    Run,
    flat,
    write_user_profile,
)

FINDING_KEYS = {"file", "slug", "field", "severity", "code", "message"}


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


@pytest.mark.parametrize(("strict", "passed"), [((), True), (("--strict",), False)])
def test_check_json_says_whether_it_passed(run: Run, strict: tuple[str, ...], passed: bool) -> None:
    result = run("check", "--json", *strict)
    assert json.loads(result.stdout)["passed"] is passed
    assert result.exit_code == (0 if passed else 1)


def test_a_file_named_twice_is_checked_once_and_no_duplicate_of_itself(
    run: Run, data_dir: Path
) -> None:
    path = str(data_dir / "occupations" / f"{HESAP}.json")
    result = run("check", "--json", path, path, str(data_dir / "occupations"))
    data = json.loads(result.stdout)
    assert data["files_checked"] == 2
    assert "duplicate-slug" not in {item["code"] for item in data["findings"]}


def test_a_file_that_is_not_json_is_named_so(run: Run, tmp_path: Path) -> None:
    other = tmp_path / "passwd"
    other.write_text("root:x:0:0:root:/root:/bin/bash\n", "utf-8")
    result = run("check", "--json", str(other))
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["code"] == "not-json-file"
    assert ".json" in finding["message"]


@pytest.mark.parametrize("how", ["option", "env"])
def test_an_empty_data_directory_is_said_not_silent(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    empty = tmp_path / "bos"
    empty.mkdir()
    if how == "env":
        monkeypatch.setenv("KARIYER_DATA_DIR", str(empty))
        result = run("list")
    else:
        result = run("list", "--data-dir", str(empty))
    assert result.exit_code == 0
    assert f"veri dizininde profil dosyası (*.json) yok: {empty}" in result.stderr
    assert HESAP in result.stdout  # the bundled ones still


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
    monkeypatch.chdir(CHECK_DIR)
    result = run("check", f"{case}/{name}")
    assert result.exit_code == 1, result
    out = flat(result.output)
    assert f"{case}/{name}" in out
    assert field in out
    assert f"Hata {field}" in out  # the same capitalisation as "Hata: …" on stderr
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
    monkeypatch.chdir(CHECK_DIR)
    result = run("check", f"{case}/{name}")
    assert result.exit_code == 1, result
    out = flat(result.output)
    assert f"{case}/{name}" in out
    assert text in out
    assert "Traceback" not in result.output


def test_check_error_fixture_json(run: Run) -> None:
    path = CHECK_DIR / "schema-wrong-type" / f"{HESAP}.json"
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
    result = run("check", str(CHECK_DIR / "clean"))
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "2 dosya denetlendi: 0 hata, 0 uyarı" in out
    assert "Uyarı salary" not in out
    strict = run("check", "--strict", str(CHECK_DIR / "clean"))
    assert strict.exit_code == 0, strict
    assert "0 uyarı" in strict.stdout


def test_check_clean_fixture_file_cli(run: Run) -> None:
    result = run("check", "--strict", str(CHECK_DIR / "clean" / f"{ANALIST}.json"))
    assert result.exit_code == 0, result
    assert "1 dosya denetlendi: 0 hata, 0 uyarı" in flat(result.stdout)


@pytest.mark.parametrize("case", CHECK_WARNING_CASES)
def test_check_warning_fixture_cli(run: Run, case: str) -> None:
    result = run("check", str(CHECK_DIR / case))
    assert result.exit_code == 0, result
    for expected in CHECK_CASES[case]:
        assert f"[{expected[4]}]" in result.stdout
    assert run("check", "--strict", str(CHECK_DIR / case)).exit_code == 1


def test_check_several_paths_cli(run: Run) -> None:
    result = run(
        "check",
        "--json",
        str(CHECK_DIR / "clean"),
        str(CHECK_DIR / "schema-unknown-field"),
        str(CHECK_DIR / "hourly-mismatch"),
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
    result = run("check", "--data-dir", str(CHECK_DIR / "schema-wrong-type"))
    assert result.exit_code == 1, result
    out = flat(result.stdout)
    assert "3 dosya denetlendi: 1 hata" in out
    assert "salary.figures.0.monthly_tl" in out
    assert f"occupations/{ANALIST}.json" in out  # the bundled files are still checked


def test_check_data_dir_from_environment(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(CHECK_DIR / "schema-wrong-type"))
    result = run("check")
    assert result.exit_code == 1, result
    assert "salary.figures.0.monthly_tl" in flat(result.stdout)


def test_check_data_dir_override_is_a_duplicate(run: Run) -> None:
    result = run("check", "--json", "--data-dir", str(CHECK_DIR / "clean"))
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["files_checked"] == 4
    duplicates = [item for item in data["findings"] if item["code"] == "duplicate-slug"]
    assert sorted(item["slug"] for item in duplicates) == [HESAP, ANALIST]
    for item in duplicates:
        assert Path(item["file"]).parent == CHECK_DIR / "clean"
        assert item["severity"] == "warning"
        assert item["field"] == "slug"
    # the clean user copies add no other findings
    user_findings = [i for i in data["findings"] if Path(i["file"]).parent == CHECK_DIR / "clean"]
    assert user_findings == duplicates


def test_check_paths_ignore_data_dir(run: Run) -> None:
    result = run(
        "check",
        "--json",
        "--data-dir",
        str(CHECK_DIR / "schema-wrong-type"),
        str(CHECK_DIR / "clean"),
    )
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["files_checked"] == 2


def test_check_missing_data_dir_fails(run: Run, tmp_path: Path) -> None:
    result = run("check", "--data-dir", str(tmp_path / "yok"))
    assert result.exit_code == 1, result
    assert result.stderr.startswith("Hata: ")
    assert "Veri dizini bulunamadı" in flat(result.stderr)


def test_check_of_a_directory_without_profiles_is_an_error(run: Run, tmp_path: Path) -> None:
    """'0 files checked — passed' would read as a clean bill: an empty directory fails."""
    empty = tmp_path / "bos.json"  # a directory, whatever its name
    empty.mkdir()
    for args in ([str(empty)], [str(empty), "--strict"]):
        result = run("check", *args)
        assert result.exit_code == 1, result
        assert "profil dosyası (*.json) yok" in result.stderr


def test_schema_limits_read_in_turkish_number_format(
    run: Run, tmp_path: Path, raw_profiles: dict[str, Any]
) -> None:
    raw = raw_profiles[HESAP]
    figures = [dict(raw["salary"]["figures"][0], monthly_tl=5_000_000_000)]
    path = write_user_profile(
        tmp_path, raw, "cok-buyuk", "Çok Büyük", salary={**raw["salary"], "figures": figures}
    )
    report = flat(run("check", str(path)).stdout)
    assert "en çok 1.000.000.000 olmalı" in report
    assert "1000000000.0" not in report


@pytest.mark.parametrize(("args", "shown"), [((), True), (("--json",), False)])
def test_check_shows_its_progress_but_never_with_json(
    run: Run, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], shown: bool
) -> None:
    """The display itself (only on a terminal's stderr) is tested in test_progress.py."""
    from contextlib import contextmanager

    from kariyer.output import progress

    calls: list[tuple[int, bool, list[str]]] = []

    @contextmanager
    def spy(total: int, *, label: str, enabled: bool = True) -> Any:
        advanced: list[str] = []
        calls.append((total, enabled, advanced))
        yield advanced.append

    monkeypatch.setattr(progress, "progress", spy)
    folder = CHECK_DIR / "clean"
    result = run("check", str(folder), *args)
    files = sorted(path.name for path in folder.glob("*.json"))
    assert result.exit_code == 0, result
    assert len(files) > 1
    assert calls == [(len(files), shown, files)]


def test_many_findings_end_with_a_count_per_code_and_quiet_hides_warnings(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    for number in range(6):  # 6 × 2 hourly-mismatch warnings: more than a screenful
        write_user_profile(tmp_path, raw_profiles[HESAP], f"kopya-{number}", f"Kopya {number}")
    loud = run("check", str(tmp_path))
    assert loud.exit_code == 0, loud.stderr
    assert "Koda göre: hourly-mismatch 12" in loud.stdout
    assert "Uyarı salary.figures.0.hourly_tl" in flat(loud.stdout)
    quiet = run("check", str(tmp_path), "--quiet")
    assert quiet.exit_code == 0
    assert "Uyarı" not in quiet.stdout  # warnings only counted …
    assert quiet.stdout.splitlines()[-2:] == [
        "Koda göre: hourly-mismatch 12",
        "6 dosya denetlendi: 0 hata, 12 uyarı — geçti",
    ]
    data = json.loads(run("check", str(tmp_path), "--json").stdout)
    assert data["codes"] == {"hourly-mismatch": 12}
    assert "quiet" not in data


def test_counts_are_in_turkish_number_format(run: Run, tmp_path: Path) -> None:
    result = run("check", "--format", "markdown")
    assert result.stdout.rstrip().endswith("2 dosya denetlendi: 0 hata, 5 uyarı — geçti")
