"""Test helpers shared by several modules: bundled slugs, fixture paths, runners and checks."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from kariyer.checks.findings import Finding
from kariyer.cli.main import main
from kariyer.importer.parser import ImportResult, parse_article
from kariyer.output import console as render
from kariyer.schema.models import Profile, SkillTable
from kariyer.schema.validate import validate
from kariyer.store.paths import bundled_data_dir

HESAP = "musteri-hesap-temsilcisi"
ANALIST = "musteri-hizmetleri-analisti"
SLUGS = (HESAP, ANALIST)

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
CHECK_DIR = FIXTURES / "check"

WriteProfile = Callable[[str, "dict[str, Any] | str"], Path]


def bundled_json(slug: str) -> dict[str, Any]:
    """A bundled profile file as a fresh plain dict (safe to modify)."""
    data: dict[str, Any] = json.loads(
        (bundled_data_dir() / "occupations" / f"{slug}.json").read_text(encoding="utf-8")
    )
    return data


def flat(text: str) -> str:
    """Output with line wrapping and indentation collapsed to single spaces."""
    return " ".join(text.split())


# -- running the CLI in-process ------------------------------------------------------
@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


Run = Callable[..., CliResult]


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1


def invoke(*args: str, stdin: bytes | None = None) -> CliResult:
    """Run the real entry point ``kariyer.cli.main.main`` with captured, separate streams."""
    runner = CliRunner()
    with runner.isolation(input=stdin) as (out, err, _mixed):
        render.set_no_color(False)  # consoles must bind to the captured streams
        try:
            main(list(args))
        except SystemExit as exc:
            code = _exit_code(exc)
        else:  # pragma: no cover - main() always raises SystemExit
            raise AssertionError("kariyer.cli.main.main returned instead of raising SystemExit")
        finally:
            for cached in list(render._state.values()):
                cached.file.flush()
            sys.stdout.flush()
            sys.stderr.flush()
            stdout = out.getvalue().decode("utf-8")
            stderr = err.getvalue().decode("utf-8")
    render.set_no_color(False)
    return CliResult(exit_code=code, stdout=stdout, stderr=stderr)


ANSI = "\x1b["


def at_columns(columns: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> CliResult:
    """A successful run of ``kariyer ARGS`` on a terminal ``columns`` wide."""
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result


def assert_clean_failure(result: CliResult, code: int) -> None:
    assert result.exit_code == code, result
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "Traceback" not in result.output
    assert ANSI not in result.output


def json_of(result: CliResult) -> Any:
    assert result.exit_code == 0, result
    assert result.stderr == ""
    return json.loads(result.stdout)


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def write_user_profile(
    directory: Path, raw: dict[str, Any], slug: str, title: str, **changes: Any
) -> Path:
    path = directory / f"{slug}.json"
    data = {**raw, "slug": slug, "title": title, **changes}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# -- finding an occupation by name ------------------------------------------------------
HINT = "Bunu mu demek istediniz: "

# Extra user profiles that look alike, so that "at most three" can be seen.
LOOKALIKES = {
    "musteri-destek-uzmani": "Müşteri Destek Uzmanı",
    "musteri-iliskileri-muduru": "Müşteri İlişkileri Müdürü",
    "musteri-temsilcisi": "Müşteri Temsilcisi",
    "cagri-merkezi-elemani": "Çağrı Merkezi Elemanı",
}


def suggestions_in(stderr: str) -> list[str]:
    """The slugs of the "Bunu mu demek istediniz: a, b, c?" line; [] when there is none."""
    text = flat(stderr)
    if HINT not in text:
        return []
    listed = text.split(HINT, 1)[1].split("?", 1)[0]
    return [item.strip() for item in listed.split(",")]


# -- skills -------------------------------------------------------------------------------
SHARED_SKILLS = ("communication", "problem-solving")
MATCH_INPUT = "iletişim, aktif dinleme, excel"


def skill_description(profile: Profile, skill_id: str) -> str:
    return next(entry.description for entry in profile.skills if entry.id == skill_id)


# -- kariyer check: the fixture cases ----------------------------------------------------
# Fixtures live in tests/fixtures/check/<case>/<slug>.json. Each is a small copy of a
# bundled profile; the warning cases start from the "clean" copy (published hourly rate
# = monthly ÷ 225, average above the net minimum wage) and make one change.
# case directory -> [(file name, slug, field, severity, code)], in report order
Expected = list[tuple[str, str | None, str | None, str, str]]
CHECK_CASES: dict[str, Expected] = {
    "clean": [],
    "hourly-mismatch": [
        (f"{HESAP}.json", HESAP, "salary.figures.0.hourly_tl", "warning", "hourly-mismatch"),
    ],
    "conflicting-figures": [
        (f"{HESAP}.json", HESAP, "salary.figures.2.monthly_tl", "warning", "conflicting-figures"),
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
    "low-above-average": [
        (f"{HESAP}.json", HESAP, "salary.figures", "warning", "low-above-average"),
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
CHECK_ERROR_CASES = [
    case for case, expected in CHECK_CASES.items() if any(e[3] == "error" for e in expected)
]
CHECK_WARNING_CASES = [
    case for case, expected in CHECK_CASES.items() if expected and case not in CHECK_ERROR_CASES
]


# -- the article importer -------------------------------------------------------------------
# The section headings exactly as each article prints them (note the varying wording).
HEADINGS = {
    HESAP: {
        "duties": "Müşteri Hesap Temsilcisi Sorumlulukları ve Görevleri",
        "salary": "Müşteri Hesap Temsilcisi Maaşı Ne Kadar?",
        "requirements": "Müşteri Hesap Temsilcisi İçin Şartlar ve Nitelikler Neler?",
        "skills": "Müşteri Hesabı Temsilcisi Olmak İçin Gerekli Beceriler",
        "work_conditions": "Müşteri Temsilcisi Çalışma Şartları Nasıl?",
        "development": "Müşteri Hesabı Temsilcisi İçin Mesleki Gelişme",
        "how_to_become": "Müşteri Hesap Temsilcisi Nasıl Olunur?",
        "career_path": "Kariyer ve İş İmkanları",
    },
    ANALIST: {
        "duties": "Müşteri Hizmetleri Analisti Sorumlulukları ve Görevleri",
        "salary": "Müşteri Hizmetleri Analisti Maaşı Ne Kadar?",
        "requirements": "Müşteri Hizmetleri Analisti İçin Şartlar ve Nitelikler Neler?",
        "skills": "Müşteri Hizmetleri Analisti Olmak İçin Gerekli Beceriler",
        "work_conditions": "Müşteri Hizmetleri Analisti Çalışma Şartları Nasıl?",
        "development": "Müşteri Hizmetleri Analisti İçin Mesleki Gelişme",
        "how_to_become": "Müşteri Hizmetleri Analisti Nasıl Olunur?",
        "career_path": "Kariyer ve İş İmkanları",
    },
}


PROFILE_KEYS = tuple(f.name for f in fields(Profile))


def article(slug: str) -> str:
    return (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")


def bundled(slug: str) -> Profile:
    path = bundled_data_dir() / "occupations" / f"{slug}.json"
    return validate(Profile, json.loads(path.read_text(encoding="utf-8")))


def source_file(slug: str) -> str:
    name = bundled(slug).source.file
    assert name is not None
    return name


SEED_SITE = "eniyimeslekler.com"  # where the seed articles were published (named, not assumed)


def run_import(text: str, slug: str, table: SkillTable, **options: Any) -> ImportResult:
    options.setdefault("source_file", source_file(slug))
    options.setdefault("site", SEED_SITE)
    return parse_article(text, skills=table, **options)


def imported(text: str, slug: str, table: SkillTable) -> Profile:
    result = run_import(text, slug, table)
    assert result.profile is not None, result.findings
    return result.profile


def codes(findings: list[Finding]) -> list[str]:
    return [finding.code for finding in findings]


# -- hostile data directories ---------------------------------------------------------------
GOOD = "iyi-meslek"  # the one valid user profile in a messy directory
HOW = ["option", "env"]  # the two ways to name a user data directory


def run_with_dir(how: str, directory: Path, *args: str) -> CliResult:
    """Run kariyer with a user data directory given by --data-dir or KARIYER_DATA_DIR."""
    if how == "option":
        return invoke(*args, "--data-dir", str(directory))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KARIYER_DATA_DIR", str(directory))
        return invoke(*args)


def profile_as(slug: str, **changes: Any) -> dict[str, Any]:
    data = bundled_json(HESAP)
    data["slug"] = slug
    data.update(changes)
    return data


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def lines_naming(stderr: str, path: Path) -> list[str]:
    """The lines that name ``path`` itself (not a longer path that starts with it)."""
    pattern = re.compile(re.escape(str(path)) + r"(?=[\s:\[(]|$)")
    return [line for line in stderr.splitlines() if pattern.search(line)]


# -- property tests --------------------------------------------------------------------------
PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_no_crash(result: CliResult, allowed: frozenset[int] = frozenset({0, 1, 2})) -> None:
    assert result.exit_code in allowed, result.output
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
        assert "Beklenmeyen" not in stream, result.stderr


# -- real processes --------------------------------------------------------------------------
KARIYER = Path(sys.executable).parent / "kariyer"  # the installed console script
TIMEOUT = 60


def base_env() -> dict[str, str]:
    """The current environment without anything that would steer kariyer or Python's streams.

    KARIYER_CACHE_DIR (set by conftest) stays: the index cache must not land in $HOME.
    """
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("KARIYER_", "PYTHONIO", "PYTHONUTF8", "LC_", "FORCE_COLOR"))
        and name not in {"COLUMNS", "LINES", "LANG", "LANGUAGE", "NO_COLOR"}
    }
    if os.environ.get("KARIYER_CACHE_DIR"):
        env["KARIYER_CACHE_DIR"] = os.environ["KARIYER_CACHE_DIR"]
    env["LANG"] = "C.UTF-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def clean_env(**extra: str) -> dict[str, str]:
    """A terminal-like environment (TERM=xterm, 100 columns) without colour or completion."""
    drop = {"NO_COLOR", "FORCE_COLOR", "KARIYER_DATA_DIR", "KARIYER_DEBUG", "COMP_WORDS"}
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in drop and not key.startswith(("_KARIYER", "_TYPER"))
    }
    env.update(COLUMNS="100", TERM="xterm", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


_PROBE = """
import json, sys
from kariyer.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
wanted = ("typer._adapters", "pydantic.main", "rich.console", "rapidfuzz", "jsonschema",
          "httpx", "trafilatura", "protego")
sys.__stderr__.write(json.dumps({name: name in sys.modules for name in wanted}) + "\\n")
"""


def loaded_modules(*args: str, env: dict[str, str] | None = None) -> dict[str, bool]:
    """Which heavy modules a real process imports for ``kariyer ARGS``."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    result: dict[str, bool] = json.loads(done.stderr.strip().splitlines()[-1])
    return result
