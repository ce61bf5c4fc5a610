"""kariyer in a real shell: tab completion, colour control, and markdown/CSV output."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .support import ANALIST, HESAP, SLUGS, CliResult

Run = Callable[..., CliResult]

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def module_command() -> list[str]:
    return [sys.executable, "-m", "kariyer"]


def script_command() -> list[str]:
    """The installed console script next to this interpreter; python -m when there is none."""
    script = Path(sys.executable).parent / "kariyer"
    return [str(script)] if script.is_file() else module_command()


def clean_env(**extra: str) -> dict[str, str]:
    drop = {"NO_COLOR", "FORCE_COLOR", "KARIYER_DATA_DIR", "KARIYER_DEBUG", "COMP_WORDS"}
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in drop and not key.startswith(("_KARIYER", "_TYPER"))
    }
    env.update(COLUMNS="100", TERM="xterm", PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def kariyer(
    *args: str, env: dict[str, str], cwd: Path, command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(command or module_command()), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def colour_params(text: str) -> list[str]:
    """The SGR parameters that set a foreground or background colour (30–49, 90–107)."""
    found = []
    for params in SGR.findall(text):
        for part in params.split(";"):
            if part.isdigit() and (30 <= int(part) <= 49 or 90 <= int(part) <= 107):
                found.append(params)
    return found


def plain_lines(text: str) -> list[str]:
    return [line.rstrip() for line in SGR.sub("", text).splitlines()]


# -- completion ---------------------------------------------------------------------
@pytest.mark.parametrize("command", [module_command(), script_command()], ids=["module", "script"])
def test_bash_completes_occupation_slugs(tmp_path: Path, command: list[str]) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer show mus", COMP_CWORD="2"
    )
    done = kariyer(env=env, cwd=tmp_path, command=command)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == list(SLUGS)
    assert done.stderr == ""


def test_bash_completion_narrows_by_prefix(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer show musteri-hiz", COMP_CWORD="2"
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [ANALIST]


def test_bash_completes_commands(tmp_path: Path) -> None:
    env = clean_env(_KARIYER_COMPLETE="complete_bash", COMP_WORDS="kariyer sh", COMP_CWORD="1")
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["show"]


def test_bash_completion_with_a_broken_data_dir_does_not_fail(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_bash",
        COMP_WORDS="kariyer show mus",
        COMP_CWORD="2",
        KARIYER_DATA_DIR=str(tmp_path / "yok"),
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr


def test_zsh_completes_second_occupation(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_zsh",
        _TYPER_COMPLETE_ARGS=f"kariyer compare {HESAP} musteri-hi",
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert ANALIST in done.stdout
    assert HESAP not in done.stdout


def test_fish_completes_occupation_slugs(tmp_path: Path) -> None:
    env = clean_env(
        _KARIYER_COMPLETE="complete_fish",
        _TYPER_COMPLETE_ARGS="kariyer show m",
        _TYPER_COMPLETE_FISH_ACTION="get-args",
    )
    done = kariyer(env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    completions = [line.split("\t")[0] for line in done.stdout.splitlines() if line]
    assert completions == list(SLUGS)


def test_completion_is_offered_by_the_cli(run: Run) -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_complete_occupation_function() -> None:
    from kariyer.cli.options import _complete_occupation

    assert _complete_occupation("") == list(SLUGS)
    assert _complete_occupation("Müşteri Hi") == [ANALIST]
    assert _complete_occupation("xyz") == []


# -- colour ---------------------------------------------------------------------------
def test_forced_colour_has_ansi_codes(tmp_path: Path) -> None:
    done = kariyer("show", HESAP, env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b[" in done.stdout
    assert colour_params(done.stdout)  # real colours, not only bold


def test_forced_colour_changes_only_styling(tmp_path: Path) -> None:
    coloured = kariyer("show", HESAP, env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    piped = kariyer("show", HESAP, env=clean_env(), cwd=tmp_path)
    assert plain_lines(coloured.stdout) == piped.stdout.splitlines()


COLOURED_COMMANDS = {
    "show": ("show", HESAP),
    "compare": ("compare", HESAP, ANALIST),
    "skill": ("skills", "problem-solving"),
    "match": ("match", "-s", "iletişim, excel"),  # the unknown skill is shown in yellow
}


@pytest.mark.parametrize("args", COLOURED_COMMANDS.values(), ids=list(COLOURED_COMMANDS))
@pytest.mark.parametrize("where", ["after", "before"])
def test_no_color_option_drops_colours(tmp_path: Path, args: tuple[str, ...], where: str) -> None:
    env = clean_env(FORCE_COLOR="1")
    coloured = kariyer(*args, env=env, cwd=tmp_path)
    assert coloured.returncode == 0, coloured.stderr
    assert colour_params(coloured.stdout)
    # rich's no_color keeps bold/dim/italic ("\x1b[1m"; "\x1b[3m" is italic, not a colour),
    # so the honest check is: no SGR parameter that sets a colour.
    flags = (*args, "--no-color") if where == "after" else ("--no-color", *args)
    plain = kariyer(*flags, env=env, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert colour_params(plain.stdout) == []
    assert not re.search(r"\x1b\[3[0-9]", plain.stdout)  # no "\x1b[3x…" colour sequence
    assert plain_lines(plain.stdout) == plain_lines(coloured.stdout)


def test_no_color_option_applies_to_errors(tmp_path: Path) -> None:
    coloured = kariyer("show", "xyzzy", env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert coloured.returncode == 1
    assert colour_params(coloured.stderr)  # "Hata" is red
    plain = kariyer("show", "xyzzy", "--no-color", env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert plain.returncode == 1
    assert "Bulunamadı" in plain.stderr
    assert colour_params(plain.stderr) == []


def test_no_color_env_drops_colours(tmp_path: Path) -> None:
    env = clean_env(FORCE_COLOR="1", NO_COLOR="1")
    done = kariyer("show", HESAP, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert colour_params(done.stdout) == []
    assert not re.search(r"\x1b\[3[0-9]", done.stdout)
    failed = kariyer("show", "xyzzy", env=env, cwd=tmp_path)
    assert colour_params(failed.stderr) == []


@pytest.mark.parametrize(
    "args", [("show", HESAP), ("show", "xyzzy"), ("search", "müşteri"), ("skills",)]
)
def test_piped_output_has_no_escape_codes(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = kariyer(*args, env=clean_env(), cwd=tmp_path)
    assert "\x1b[" not in done.stdout
    assert "\x1b[" not in done.stderr
    assert done.stdout or done.stderr


# -- markdown and CSV -------------------------------------------------------------------
OUTPUT_COMMANDS = {
    "show": ("show", HESAP),
    "compare": ("compare", HESAP, ANALIST),
    "salary": ("salary",),
}


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_markdown_output(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--format", "markdown")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    assert result.stdout.startswith("# ")
    assert "\x1b[" not in result.stdout
    assert re.search(r"^\|.*\|$", result.stdout, re.MULTILINE)  # a markdown table
    assert re.search(r"^\|(---\|)+$", result.stdout, re.MULTILINE)


def test_markdown_show_content(run: Run) -> None:
    text = run("show", HESAP, "-f", "markdown").stdout
    assert text.startswith("# Müşteri Hesap Temsilcisi\n")
    for heading in ("## Görevler", "## Maaş", "## Gerekli beceriler"):
        assert f"\n{heading}" in text
    assert "| 2023 | Ortalama | 14.000 TL |" in text
    assert "- **Problem çözme yetenekleri**:" in text


def test_markdown_compare_title(run: Run) -> None:
    text = run("compare", HESAP, ANALIST, "--format", "markdown").stdout
    assert text.splitlines()[0] == "# Müşteri Hesap Temsilcisi ↔ Müşteri Hizmetleri Analisti"


def test_format_is_case_insensitive(run: Run) -> None:
    result = run("show", HESAP, "--format", "MARKDOWN")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("# ")


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_show(run: Run) -> None:
    result = run("show", HESAP, "--format", "csv")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:4] == ["slug", "year", "kind", "monthly_tl"]
    rows = parse_csv(result.stdout)
    assert [(row["year"], row["kind"]) for row in rows] == [("2023", "average"), ("2023", "top")]
    assert all(row["slug"] == HESAP for row in rows)
    assert int(rows[0]["year"]) == 2023
    assert float(rows[0]["monthly_tl"]) == 14000
    assert float(rows[1]["monthly_tl"]) == 16000
    assert float(rows[0]["hourly_tl_published"]) == 19.9
    assert float(rows[0]["hourly_tl_computed"]) == pytest.approx(14000 / 225, abs=0.01)
    assert float(rows[0]["ratio_to_net_minimum_computed"]) > 0


def test_csv_salary(run: Run) -> None:
    result = run("salary", "-f", "csv")
    assert result.exit_code == 0, result
    rows = parse_csv(result.stdout)
    assert [row["slug"] for row in rows] == [ANALIST, HESAP]
    assert [int(row["rank"]) for row in rows] == [1, 2]
    assert [int(row["year"]) for row in rows] == [2024, 2023]
    assert [float(row["average_tl"]) for row in rows] == [15500, 14000]
    assert [float(row["top_tl"]) for row in rows] == [18500, 16000]
    assert all(row["status"] == "published" for row in rows)


def test_csv_compare(run: Run) -> None:
    result = run("compare", HESAP, ANALIST, "--format", "csv")
    assert result.exit_code == 0, result
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == ["aspect", HESAP, ANALIST]
    assert all(len(row) == 3 for row in table)
    rows = {row[0]: row[1:] for row in table[1:]}
    assert [int(year) for year in rows["salary_year"]] == [2023, 2024]
    assert [float(value) for value in rows["average_tl"]] == [14000, 15500]
    assert [float(value) for value in rows["top_tl"]] == [16000, 18500]
    assert rows["Ortak beceriler"] == ["İletişim, Problem çözme", "İletişim, Problem çözme"]


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_unknown_format_is_usage_error(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "xml" in result.stderr
    assert "markdown" in result.stderr  # the valid formats are named
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", OUTPUT_COMMANDS.values(), ids=list(OUTPUT_COMMANDS))
def test_json_with_another_format_is_usage_error(run: Run, args: tuple[str, ...]) -> None:
    result = run(*args, "--json", "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--json" in result.stderr
    assert "Traceback" not in result.output


def test_json_with_format_json_is_fine(run: Run) -> None:
    result = run("show", HESAP, "--json", "--format", "json")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("{")
