"""Never crash, never mislead: closed pipes, unwritable streams, Ctrl-C, unexpected errors.

Most tests run the installed console script (``kariyer.entry:main``) in a subprocess,
because pipes and signals only behave for real in a real process.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..support import HESAP, KARIYER, TIMEOUT, base_env, invoke

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
    "skills-true": f"'{KARIYER}' skills 2>err.txt | true",
    "help-show-true": f"'{KARIYER}' show --help 2>err.txt | true",
    "search-true": f"'{KARIYER}' search analist 2>err.txt | true",
}


@pytest.mark.parametrize("pipeline", list(PIPES.values()), ids=list(PIPES))
def test_closed_pipe_is_quiet(pipeline: str, tmp_path: Path) -> None:
    """`| head` or `| true` closes the pipe: no BrokenPipeError, no traceback, no noise, and
    exit 0 for every command (the reader took what it wanted; docs/exit-codes.md)."""
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
    assert code == 0


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
    result = invoke("list")  # inside the command: Click's own EPIPE handling (exit 1) first

    assert result.exit_code == 0
    assert result.stderr == ""


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
