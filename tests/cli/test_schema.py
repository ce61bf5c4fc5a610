"""`kariyer schema`: prints the profile JSON Schema (tests/unit/test_schema.py checks it)."""

from __future__ import annotations

import json

from kariyer.schema.validate import profile_json_schema

from ..support import Run


def test_schema_command_prints_json(run: Run) -> None:
    result = run("schema")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    assert result.stdout.endswith("}\n")
    data = json.loads(result.stdout)
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert data["type"] == "object"
    assert {"slug", "title", "source"} <= set(data["required"])
    assert result.stdout == profile_json_schema() + "\n"


def test_schema_takes_no_arguments(run: Run) -> None:
    result = run("schema", "extra")
    assert result.exit_code == 2
    assert result.stdout == ""


TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜâ")
# Source is being reworked elsewhere; Paragraphs' shared description lives in
# schema.models.install_constraints (see the lead's merge notes).


def _descriptions(node: object, path: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("description"), str):
            found.append((path, node["description"]))
        for key, value in node.items():
            found += _descriptions(value, f"{path}/{key}")
    elif isinstance(node, list):
        for value in node:
            found += _descriptions(value, path)
    return found


def test_schema_descriptions_are_turkish_editor_hints(run: Run) -> None:
    """People writing Turkish profiles read these hints in their editor: Turkish first."""
    schema = json.loads(run("schema").stdout)
    english = [
        (path, text)
        for path, text in _descriptions(schema)
        if not TURKISH_LETTERS & set(text.split(". ")[0])
    ]
    assert english == []
