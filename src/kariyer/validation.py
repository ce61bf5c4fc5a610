"""Checking data against the models with pydantic (imported only when data needs checking)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from kariyer.models import install_constraints

if TYPE_CHECKING:
    from pydantic import TypeAdapter

ModelT = TypeVar("ModelT")
_adapters: dict[type, TypeAdapter[Any]] = {}


def adapter(cls: type[ModelT]) -> TypeAdapter[ModelT]:
    found = _adapters.get(cls)
    if found is None:
        install_constraints()
        from pydantic import TypeAdapter

        found = _adapters[cls] = TypeAdapter(cls)
    return found


def validate(cls: type[ModelT], data: object) -> ModelT:
    """``data`` as a ``cls``; raises pydantic.ValidationError naming every problem."""
    return adapter(cls).validate_python(data)


def json_schema(cls: type) -> dict[str, Any]:
    return adapter(cls).json_schema()
