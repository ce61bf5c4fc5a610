"""Never crash, never mislead: pipes, odd environments, Ctrl-C and unexpected errors.

Most tests run the installed console script (``kariyer.entry:main``) in a subprocess,
because stream encodings, pipes and signals only behave for real in a real process.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .support import ANALIST, HESAP, invoke

KARIYER = Path(sys.executable).parent / "kariyer"
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


# -- pipes closed early ---------------------------------------------------------------
PIPES = {
    "list-head-1": f"'{KARIYER}' list 2>err.txt | head -1",
    "show-json-head-c": f"'{KARIYER}' show {HESAP} --json 2>err.txt | head -c 10",
    "list-true": f"'{KARIYER}' list 2>err.txt | true",
    "show-true": f"'{KARIYER}' show {HESAP} 2>err.txt | true",
    "show-json-true": f"'{KARIYER}' show {HESAP} --json 2>err.txt | true",
    "salary-true": f"'{KARIYER}' salary 2>err.txt | true",
    "compare-true": f"'{KARIYER}' compare {HESAP} musteri-hizmetleri-analisti 2>err.txt | true",
    "help-true": f"'{KARIYER}' --help 2>err.txt | true",
    "schema-true": f"'{KARIYER}' schema 2>err.txt | true",
}


@pytest.mark.parametrize("pipeline", list(PIPES.values()), ids=list(PIPES))
def test_closed_pipe_is_quiet(pipeline: str, tmp_path: Path) -> None:
    """`| head` or `| true` closes the pipe: no BrokenPipeError, no traceback, no noise."""
    script = f'{pipeline}; echo "${{PIPESTATUS[0]}}" > rc.txt'
    done = subprocess.run(
        ["bash", "-c", script],
        env=base_env(),
        cwd=tmp_path,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    err = (tmp_path / "err.txt").read_text(encoding="utf-8")
    code = int((tmp_path / "rc.txt").read_text(encoding="utf-8"))

    assert done.returncode == 0, done.stderr
    assert "BrokenPipeError" not in err
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert err == ""
    assert code in (0, 1)


def test_head_sees_the_first_line(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", "-c", f"'{KARIYER}' show {HESAP} --json 2>err.txt | head -c 10"],
        env=base_env(),
        cwd=tmp_path,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.stdout == b'{\n  "schem'


def test_broken_pipe_in_process_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    from kariyer.output import registry

    monkeypatch.setattr(registry, "emit", broken)
    result = invoke("list")

    assert result.exit_code == 1
    assert result.stderr == ""


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
        assert b"Ortalama" in stdout
        assert b"Temsilcisi" in stdout
    if env_id == "ascii":
        assert done.stdout.isascii()
        assert b"?" * 3 not in done.stdout  # transliterated, not replaced


TRUNCATED_NUMBER = re.compile(r"\d[.,]?…")


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
    for header in ("Slug", "Meslek", "Ortalama", "Görünüm"):
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
    env = env_with({"HOME": None, "KARIYER_DATA_DIR": str(tmp_path)})
    done = run("list", env=env)

    assert done.returncode == 0, done.stderr
    assert done.stderr == b""


def test_relative_data_dir_is_resolved_against_cwd(tmp_path: Path) -> None:
    (tmp_path / "veri").mkdir()
    done = run("list", "--data-dir", "veri", cwd=tmp_path)
    assert done.returncode == 0, done.stderr

    missing = run("list", "--data-dir", "yok", cwd=tmp_path)
    assert missing.returncode == 1
    assert b"yok" in missing.stderr


# -- output streams that cannot be written ----------------------------------------------
def _bash(script: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["bash", "-c", script], env=base_env(), capture_output=True, timeout=TIMEOUT, check=False
    )


def test_full_disk_is_an_error_without_traceback() -> None:
    done = _bash(f"'{KARIYER}' show {HESAP} > /dev/full")
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1
    assert "Traceback" not in stderr
    assert stderr.startswith("Hata:")


def test_closed_stdout_is_an_error_without_traceback() -> None:
    done = _bash(f"'{KARIYER}' list >&-")
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1
    assert "Traceback" not in stderr


# -- Ctrl-C ---------------------------------------------------------------------------
def test_keyboard_interrupt_in_process_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    import kariyer.domain.salary

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kariyer.domain.salary, "salary_report", interrupted)
    result = invoke("salary")

    assert result.exit_code == 130
    assert "Traceback" not in result.stderr
    assert "KeyboardInterrupt" not in result.stderr
    assert result.stderr == ""


def test_keyboard_interrupt_during_startup_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    import kariyer.entry

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kariyer.entry, "_prepare_streams", interrupted)
    with pytest.raises(SystemExit) as info:
        kariyer.entry.main()
    assert info.value.code == 130


SLOW_WRAPPER = """
import os
import signal
import sys
import time

# A terminal delivers Ctrl-C as SIGINT; make sure it is not inherited as ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)

import kariyer.store.catalog


def slow(self, *args, **kwargs):
    with open(os.environ["READY_FILE"], "w") as handle:
        handle.write("ready")
    time.sleep(30)
    raise SystemExit(99)


# Whichever of these the command calls first blocks until Ctrl-C arrives.
for name in ("files", "get", "profiles", "summaries", "index", "reference", "skills"):
    if hasattr(kariyer.store.catalog.Catalog, name):
        setattr(kariyer.store.catalog.Catalog, name, slow)

import kariyer.entry

sys.argv = ["kariyer", *sys.argv[1:]]
kariyer.entry.main()
"""


@pytest.mark.parametrize(
    "args", [["list"], ["salary", "--year", "2024"], ["show", HESAP], ["search", "analist"]]
)
def test_sigint_while_running_exits_130_quietly(args: list[str], tmp_path: Path) -> None:
    wrapper = tmp_path / "yavas.py"
    wrapper.write_text(SLOW_WRAPPER, encoding="utf-8")
    ready = tmp_path / "ready"
    env = base_env()
    env["READY_FILE"] = str(ready)

    process = subprocess.Popen(
        [sys.executable, str(wrapper), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while not ready.exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the wrapper never got going"
            time.sleep(0.05)
        time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        _stdout, stderr = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    text = stderr.decode("utf-8")
    assert process.returncode == 130, text
    assert "Traceback" not in text
    assert "KeyboardInterrupt" not in text


# -- unexpected exceptions ------------------------------------------------------------------
@pytest.fixture
def boom(monkeypatch: pytest.MonkeyPatch) -> None:
    import kariyer.domain.salary

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kariyer.domain.salary, "salary_report", explode)


@pytest.mark.usefixtures("boom")
def test_unexpected_exception_is_a_short_turkish_message() -> None:
    result = invoke("salary")

    assert result.exit_code == 1
    assert "Beklenmeyen" in result.stderr
    assert "KARIYER_DEBUG" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) <= 3
    assert result.stdout == ""


@pytest.mark.usefixtures("boom")
def test_unexpected_exception_propagates_with_kariyer_debug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KARIYER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        invoke("salary")


@pytest.mark.usefixtures("boom")
def test_unexpected_exception_propagates_with_debug_option() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        invoke("--debug", "salary")


@pytest.mark.usefixtures("boom")
def test_kariyer_debug_empty_means_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARIYER_DEBUG", "")
    result = invoke("salary")
    assert result.exit_code == 1
    assert "Beklenmeyen" in result.stderr


BOOM_WRAPPER = """
import sys

import kariyer.domain.salary


def explode(*args, **kwargs):
    raise RuntimeError("boom")


kariyer.domain.salary.salary_report = explode

import kariyer.entry

sys.argv = ["kariyer", *sys.argv[1:]]
kariyer.entry.main()
"""


@pytest.mark.parametrize(
    ("args", "debug_env", "shows_traceback"),
    [
        (["salary"], None, False),
        (["salary"], "1", True),
        (["--debug", "salary"], None, True),
    ],
    ids=["plain", "env", "option"],
)
def test_unexpected_exception_through_the_real_entry_point(
    args: list[str], debug_env: str | None, shows_traceback: bool, tmp_path: Path
) -> None:
    wrapper = tmp_path / "patlayan.py"
    wrapper.write_text(BOOM_WRAPPER, encoding="utf-8")
    env = base_env()
    if debug_env is not None:
        env["KARIYER_DEBUG"] = debug_env
    done = subprocess.run(
        [sys.executable, str(wrapper), *args],
        env=env,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    stderr = done.stderr.decode("utf-8")

    assert done.returncode == 1, stderr
    assert "boom" in stderr
    assert ("Traceback" in stderr) is shows_traceback
    if not shows_traceback:
        assert "Beklenmeyen" in stderr
        assert "KARIYER_DEBUG" in stderr
