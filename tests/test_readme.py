"""The README's example outputs are real: each one equals today's output of its command."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _updater():  # scripts/ is not a package; load the one helper both share
    spec = importlib.util.spec_from_file_location(
        "update_readme", ROOT / "scripts/update_readme.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATER = _updater()
README_TEXT = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = UPDATER.examples(README_TEXT)


def test_readme_has_examples_of_the_main_commands() -> None:
    commands = {match["command"] for match in EXAMPLES}
    assert "kariyer show musteri-hesap-temsilcisi" in commands
    assert "kariyer compare musteri-hesap-temsilcisi musteri-hizmetleri-analisti" in commands
    assert "kariyer salary --year 2024" in commands


@pytest.fixture(scope="module")
def fresh_blocks() -> dict[int, str]:
    return UPDATER.render_all(README_TEXT)


@pytest.mark.parametrize("match", EXAMPLES, ids=lambda match: match["command"])
def test_readme_output_is_current(match, fresh_blocks) -> None:
    expected = fresh_blocks[match.start()]
    assert match.group(0) == expected, "README is stale: run python scripts/update_readme.py"


def test_readme_gives_the_two_setup_commands() -> None:
    assert "pip install . && kariyer show musteri-hesap-temsilcisi" in README_TEXT
    assert 'pip install -e ".[test]" && pytest' in README_TEXT


def test_every_command_is_documented() -> None:
    from kariyer.cli.app import app

    names = [command.name for command in app.registered_commands]
    assert names, "no commands registered"
    for name in names:
        assert f"kariyer {name}" in README_TEXT, f"README does not show 'kariyer {name}'"
