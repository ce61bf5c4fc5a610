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
