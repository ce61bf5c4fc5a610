"""Models from data already checked, and any result back to JSON-ready data.

Both work on plain dataclasses and never import pydantic: `trusted` is how a command
builds profiles from bytes the record of checked files knows (see `kariyer.store.verified`),
`to_data` is how every result reaches the JSON, Markdown and CSV writers.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any, TypeVar

from kariyer.schema import models

ModelT = TypeVar("ModelT")
_NESTED = re.compile(r"^(?P<list>list\[)?(?P<name>\w+)\]?(?: \| None)?$")
_SPECS: dict[type, dict[str, tuple[type, bool]]] = {}
# How a result field appears in JSON, set with dataclasses.field(metadata=...):
# {JSON_HIDDEN: True} for a field only the text views need; {JSON_OMIT_NONE: True} for
# one that is left out when it is None (a finding's file, set only by `kariyer check`).
JSON_HIDDEN = "kariyer.json_hidden"
JSON_OMIT_NONE = models.JSON_OMIT_NONE


def _nested_fields(cls: type) -> dict[str, tuple[type, bool]]:
    """The fields of ``cls`` that hold models: name -> (model class, is a list)."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = {}
        for item in dataclasses.fields(cls):
            match = _NESTED.match(str(item.type))
            target = getattr(models, match["name"], None) if match else None
            if isinstance(target, type) and dataclasses.is_dataclass(target):
                spec[item.name] = (target, bool(match and match["list"]))
        _SPECS[cls] = spec
    return spec


def trusted(cls: type[ModelT], data: dict[str, Any]) -> ModelT:
    """Build a model from data that passed validation before and has not changed since.

    Never use it on data from outside: `kariyer.schema.validate.validate` checks; this
    only builds.
    """
    values = dict(data)
    for name, (model, many) in _nested_fields(cls).items():
        value = values.get(name)
        if many and value is not None:
            values[name] = [trusted(model, item) for item in value]
        elif isinstance(value, dict):
            values[name] = trusted(model, value)
    return cls(**values)


def to_data(value: Any, *, exclude_none: bool = False) -> Any:
    """Models (any dataclass) as JSON-ready data: dicts, lists, text, numbers, ISO dates."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {}
        for item in dataclasses.fields(value):
            if item.metadata.get(JSON_HIDDEN):
                continue
            inner = getattr(value, item.name)
            if inner is None and (exclude_none or item.metadata.get(JSON_OMIT_NONE)):
                continue
            result[item.name] = to_data(inner, exclude_none=exclude_none)
        return result
    if isinstance(value, list | tuple):
        return [to_data(item, exclude_none=exclude_none) for item in value]
    if isinstance(value, dict):
        return {str(k): to_data(v, exclude_none=exclude_none) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value
