"""Test helpers shared by several modules: the bundled slugs and a CLI invoker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass

from typer.testing import CliRunner

from kariyer.cli.main import main
from kariyer.output import console as render

HESAP = "musteri-hesap-temsilcisi"
ANALIST = "musteri-hizmetleri-analisti"
SLUGS = (HESAP, ANALIST)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1


def invoke(*args: str) -> CliResult:
    """Run the real entry point ``kariyer.cli.main.main`` with captured, separate streams."""
    runner = CliRunner()
    with runner.isolation() as (out, err, _mixed):
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


_PROBE = """
import json, sys
from kariyer.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
wanted = ("typer._adapters", "pydantic.main", "rich.console", "rapidfuzz", "jsonschema")
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
