"""docs/commands.md documents every command and every option, with real examples."""

from __future__ import annotations

import re

import pytest
import typer.main

from kariyer.cli.app import app

from .conftest import DOCS

COMMANDS_TEXT = (DOCS / "commands.md").read_text(encoding="utf-8")
NAMES = [str(command.name) for command in app.registered_commands]
GROUPS = {  # command groups ("kariyer cache"): their subcommands' names
    name: list(getattr(command, "commands", {}))
    for name, command in typer.main.get_group(app).commands.items()
    if getattr(command, "commands", None)
}
SUBCOMMANDS = [f"{name} {sub}" for name, subs in GROUPS.items() for sub in subs]


def _section(name: str) -> str:
    match = re.search(rf"^## `kariyer {name}`\n(.*?)(?=^## |\Z)", COMMANDS_TEXT, re.M | re.S)
    assert match, f"docs/commands.md has no section '## `kariyer {name}`'"
    return match.group(1)


@pytest.mark.parametrize("name", NAMES + list(GROUPS))
def test_every_command_has_a_section_with_an_example(name: str) -> None:
    section = _section(name)
    assert f"kariyer {name}" in section, f"no example of kariyer {name} in its section"


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_is_explained_in_its_groups_section(name: str) -> None:
    group = name.split()[0]
    assert f"kariyer {name}" in _section(group), f"docs/commands.md does not explain {name}"


def _options() -> list[tuple[str, str]]:
    group = typer.main.get_group(app)
    found = []
    for name, command in group.commands.items():
        # a group's subcommands are documented in the group's section ("kariyer cache")
        commands = getattr(command, "commands", {}).values() or [command]
        for param in [param for each in commands for param in each.params]:
            for option in getattr(param, "opts", []):
                if option.startswith("--") and option != "--help":
                    found.append((name, option))
    return sorted(set(found))


@pytest.mark.parametrize(("name", "option"), _options())
def test_every_option_is_documented(name: str, option: str) -> None:
    common = COMMANDS_TEXT.split("## `kariyer list`")[0]
    assert option in _section(name) or option in common, (
        f"docs/commands.md does not explain {option} of kariyer {name}"
    )


def test_data_commands_say_which_formats_they_take() -> None:
    from kariyer.output.registry import formats_for

    common = COMMANDS_TEXT.split("## `kariyer list`")[0]
    kinds = ("list", "show", "compare", "salary", "pay", "search", "skills", "match", "check")
    for kind in kinds:
        assert formats_for(kind) == ["text", "json", "markdown", "csv", "excel-csv"]
        assert f"`{kind}`" in common
    assert formats_for("import") == ["text", "json"]
