"""Models from data already checked, and any result back to JSON-ready data.

Both work on plain dataclasses and never import pydantic: `trusted` is how a command
builds profiles from bytes the record of checked files knows (see `kariyer.store.verified`),
`to_data` is how every result reaches the JSON, Markdown and CSV writers.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from kariyer.schema import models
from kariyer.schema.models import JSON_HIDDEN, JSON_OMIT_NONE

__all__ = ["JSON_HIDDEN", "JSON_OMIT_NONE", "maker", "to_data", "trusted"]

ModelT = TypeVar("ModelT")
_NESTED = re.compile(r"^(?P<list>list\[)?(?P<name>\w+)\]?(?: \| None)?$")
_SPECS: dict[type, dict[str, tuple[type, bool]]] = {}


def _nested_fields(cls: type) -> dict[str, tuple[type, bool]]:
    """The fields of ``cls`` that hold models: name -> (model class, is a list)."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = {}
        for item in dataclasses.fields(cls):
            match = _NESTED.match(str(item.type))
            # the model named where the class is defined (schema.models, schema.payroll)
            home = sys.modules.get(cls.__module__, models)
            target = getattr(home, match["name"], None) if match else None
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


def maker(cls: type[ModelT], names: Sequence[str]) -> Callable[[Sequence[Any]], ModelT]:
    """A builder of ``cls`` from trusted values of ``names``, in that order; every other
    field gets its default.

    It sets the slots directly, without ``__init__`` and ``__post_init__`` (≈ 3 × faster
    for the thousands of figures a scan reads back from the index). Only for values of the
    exact types the model holds, read back from data validated before.
    """
    chosen = set(names)
    setters = [getattr(cls, name).__set__ for name in names]
    rest = []
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        if item.name not in chosen:
            if item.default is dataclasses.MISSING:
                raise TypeError(f"{cls.__name__}.{item.name} has no plain default")
            rest.append((getattr(cls, item.name).__set__, item.default))
    new = object.__new__

    def build(values: Sequence[Any]) -> ModelT:
        made: ModelT = new(cls)
        for setter, value in zip(setters, values, strict=True):
            setter(made, value)
        for setter, value in rest:
            setter(made, value)
        return made

    return build


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
