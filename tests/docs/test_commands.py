"""docs/commands.md documents every command and every option, with real examples."""

from __future__ import annotations

import re

import pytest

from kariyer.cli.app import app

from .conftest import DOCS

COMMANDS_TEXT = (DOCS / "commands.md").read_text(encoding="utf-8")
NAMES = [str(command.name) for command in app.registered_commands]


def _section(name: str) -> str:
    match = re.search(rf"^## `kariyer {name}`\n(.*?)(?=^## |\Z)", COMMANDS_TEXT, re.M | re.S)
    assert match, f"docs/commands.md has no section '## `kariyer {name}`'"
    return match.group(1)


@pytest.mark.parametrize("name", NAMES)
def test_every_command_has_a_section_with_an_example(name: str) -> None:
    section = _section(name)
    assert f"kariyer {name}" in section, f"no example of kariyer {name} in its section"


def _options() -> list[tuple[str, str]]:
    import typer.main

    group = typer.main.get_group(app)
    found = []
    for name, command in group.commands.items():
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option != "--help":
                    found.append((name, option))
    return found


@pytest.mark.parametrize(("name", "option"), _options())
def test_every_option_is_documented(name: str, option: str) -> None:
    common = COMMANDS_TEXT.split("## `kariyer list`")[0]
    assert option in _section(name) or option in common, (
        f"docs/commands.md does not explain {option} of kariyer {name}"
    )


def test_data_commands_say_which_formats_they_take() -> None:
    from kariyer.output.registry import formats_for

    common = COMMANDS_TEXT.split("## `kariyer list`")[0]
    for kind in ("list", "show", "compare", "salary", "search", "skills", "match", "check"):
        assert formats_for(kind) == ["text", "json", "markdown", "csv", "excel-csv"]
        assert f"`{kind}`" in common
    assert formats_for("import") == ["text", "json"]
