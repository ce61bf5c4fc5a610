"""Never crash, never mislead: odd terminals, encodings, locales and environment variables.

Most tests run the installed console script (``kariyer.entry:main``) in a subprocess,
because stream encodings only behave for real in a real process.
"""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ..support import ANALIST, HESAP, KARIYER, TIMEOUT, base_env, bundled_json, invoke


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(KARIYER), *args],
        env=base_env() if env is None else env,
        cwd=cwd,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_console_script_exists_and_runs() -> None:
    assert KARIYER.is_file()
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"kariyer ")


# -- odd environments ---------------------------------------------------------------------
ENVIRONMENTS: dict[str, dict[str, str | None]] = {
    "columns-20": {"COLUMNS": "20"},
    "columns-0": {"COLUMNS": "0"},
    "columns-abc": {"COLUMNS": "abc"},
    "columns-wide": {"COLUMNS": "100000"},
    "term-dumb": {"TERM": "dumb"},
    "lc-all-c": {"LC_ALL": "C", "LANG": None},
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "latin-1": {"PYTHONIOENCODING": "latin-1"},
    "home-unset": {"HOME": None},
    "force-color": {"FORCE_COLOR": "1", "TERM": "xterm-256color"},
}
COMMANDS = {
    "show": ["show", HESAP],
    "list": ["list"],
    "salary": ["salary", "--year", "2024"],
    "help": ["--help"],
}


def env_with(changes: dict[str, str | None]) -> dict[str, str]:
    env = base_env()
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


ANSI = re.compile(rb"\x1b\[[0-9;]*m")


def _odd_cases() -> list[object]:
    cases: list[object] = []
    for env_id in ENVIRONMENTS:
        for command_id in COMMANDS:
            cases.append(pytest.param(env_id, command_id, id=f"{env_id}-{command_id}"))
    return cases


@pytest.fixture(scope="module")
def odd_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], subprocess.CompletedProcess[bytes]]:
    """Every (environment, command) pair, run a few at a time to keep the battery quick."""
    pairs = [(env_id, command_id) for env_id in ENVIRONMENTS for command_id in COMMANDS]
    cache = str(tmp_path_factory.mktemp("odd-cache"))  # set up before conftest's env

    def one(pair: tuple[str, str]) -> subprocess.CompletedProcess[bytes]:
        env_id, command_id = pair
        env = env_with(ENVIRONMENTS[env_id])
        env["KARIYER_CACHE_DIR"] = cache
        return run(*COMMANDS[command_id], env=env)

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(pairs, pool.map(one, pairs), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize(("env_id", "command_id"), _odd_cases())
def test_odd_environment_still_works(
    env_id: str,
    command_id: str,
    odd_runs: dict[tuple[str, str], subprocess.CompletedProcess[bytes]],
) -> None:
    command = COMMANDS[command_id]
    done = odd_runs[env_id, command_id]

    stderr = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert stderr == ""
    stdout = ANSI.sub(b"", done.stdout)
    assert len(stdout) > 200, stdout  # records on narrow screens are short
    if "--help" in command:
        assert b"Kullan" in stdout  # "Kullanım:" (or its ASCII fallback)
        assert b"--help" in stdout
        assert b"--no-color" in stdout
    elif command[0] == "list":
        assert b"ort." in stdout  # the "Aylık ort." column (ASCII-safe part)
        assert b"Temsilcisi" in stdout
    if env_id == "ascii":
        assert done.stdout.isascii()
        assert b"?" * 3 not in done.stdout  # transliterated, not replaced


TRUNCATED_NUMBER = re.compile(r"\d[.,]?…")


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["show", HESAP], id="show"),
        pytest.param(["salary"], id="salary"),
        pytest.param(["list"], id="list"),
        pytest.param(["compare", HESAP, ANALIST], id="compare"),
        pytest.param(["compare", "--adjust", HESAP, ANALIST], id="compare-adjust"),
    ],
)
def test_narrow_terminal_never_cuts_a_figure(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table may wrap on a narrow terminal, but '14.000 TL' must never read '14.0…'."""
    cut = {}
    for columns in ("0", "20", "40", "50", "60", "70"):
        monkeypatch.setenv("COLUMNS", columns)
        result = invoke(*command)
        assert result.exit_code == 0, result.output
        found = TRUNCATED_NUMBER.findall(result.stdout)
        if found:
            cut[columns] = found
    assert cut == {}


def test_list_on_a_40_column_terminal_keeps_every_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = invoke("list")

    assert result.exit_code == 0, result.output
    for header in ("Slug", "Meslek", "Aylık ort.", "Görünüm"):
        assert header in result.stdout
    for figure in ("14.000", "15.500"):
        assert figure in result.stdout


@pytest.mark.parametrize("columns", ["0", "20", "abc", "-5", "", "40"])
def test_narrow_or_bogus_columns_keep_names_and_figures(columns: str) -> None:
    done = run("show", HESAP, env=env_with({"COLUMNS": columns}))

    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert "Müşteri Hesap Temsilcisi" in text
    assert "Ortalama" in text
    assert len(text.splitlines()) > 50


def test_ascii_show_is_transliterated_and_readable() -> None:
    done = run("show", HESAP, env=env_with({"PYTHONIOENCODING": "ascii"}))

    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    text = done.stdout.decode("ascii")
    assert "Musteri Hesap Temsilcisi" in text
    assert "14.000 TL" in text
    assert "Gorevler" in text


def test_ascii_list_is_transliterated() -> None:
    done = run("list", env=env_with({"PYTHONIOENCODING": "ascii", "COLUMNS": "120"}))

    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("ascii")
    assert "Musteri Hesap Temsilcisi" in text
    assert "Musteri Hizmetleri Analisti" in text
    assert "14.000 TL" in text


def test_ascii_error_message_is_transliterated() -> None:
    done = run("show", "olmayan-meslek", env=env_with({"PYTHONIOENCODING": "ascii"}))

    assert done.returncode == 1
    assert done.stderr.isascii()
    text = done.stderr.decode("ascii")
    assert "Bulunamadi" in text
    assert "Traceback" not in text


@pytest.mark.parametrize("command", [["show", HESAP, "--json"], ["show", HESAP, "-f", "json"]])
def test_ascii_json_is_valid_and_exact(command: list[str]) -> None:
    done = run(*command, env=env_with({"PYTHONIOENCODING": "ascii"}))

    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()
    assert b"\\u00fc" in done.stdout  # the ü of Müşteri as an escape, not a look-alike
    data = json.loads(done.stdout)
    assert data["title"] == "Müşteri Hesap Temsilcisi"
    assert data["slug"] == HESAP


@pytest.mark.slow
@pytest.mark.parametrize("command", [["list", "--json"], ["salary", "--json"], ["schema"]])
def test_ascii_other_json_is_valid(command: list[str]) -> None:
    utf8 = run(*command)
    ascii_done = run(*command, env=env_with({"PYTHONIOENCODING": "ascii"}))

    assert ascii_done.returncode == 0, ascii_done.stderr
    assert ascii_done.stdout.isascii()
    assert json.loads(ascii_done.stdout) == json.loads(utf8.stdout)


def test_latin1_json_is_the_same_data() -> None:
    utf8 = run("show", HESAP, "--json")
    latin = run("show", HESAP, "--json", env=env_with({"PYTHONIOENCODING": "latin-1"}))

    assert latin.returncode == 0, latin.stderr
    assert json.loads(latin.stdout.decode("latin-1")) == json.loads(utf8.stdout)


def test_lc_all_c_keeps_turkish_letters() -> None:
    done = run("show", HESAP, env=env_with({"LC_ALL": "C", "LANG": None}))

    assert done.returncode == 0, done.stderr
    assert "Müşteri Hesap Temsilcisi" in done.stdout.decode("utf-8")


def test_home_unset_with_data_dir_env(tmp_path: Path) -> None:
    copy = {**bundled_json(HESAP), "slug": "kopya-meslek"}
    (tmp_path / "kopya-meslek.json").write_text(json.dumps(copy), "utf-8")
    env = env_with({"HOME": None, "KARIYER_DATA_DIR": str(tmp_path)})
    done = run("list", env=env)

    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert b"kopya-meslek" in done.stdout


@pytest.mark.slow
def test_relative_data_dir_is_resolved_against_cwd(tmp_path: Path) -> None:
    (tmp_path / "veri").mkdir()
    done = run("list", "--data-dir", "veri", cwd=tmp_path)
    assert done.returncode == 0, done.stderr

    missing = run("list", "--data-dir", "yok", cwd=tmp_path)
    assert missing.returncode == 1
    assert b"yok" in missing.stderr
