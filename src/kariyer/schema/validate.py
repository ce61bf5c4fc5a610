"""Checking untrusted data against the models with pydantic, and saying what is wrong in Turkish.

pydantic is imported only here, and only when data needs checking (see
`kariyer.store.verified`): a run over files already checked never loads it.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TypeVar

from kariyer.schema.limits import PARAGRAPH_PATTERN, TEXT_PATTERN, UNSAFE_RE, describe_unsafe
from kariyer.schema.models import Profile, install_constraints

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

ModelT = TypeVar("ModelT")
_adapters: dict[type, TypeAdapter[Any]] = {}


def _bound(value: object, year: bool = False) -> str:
    """A limit in Turkish number format: 1.000.000.000, 0; a year as a year is written (1990)."""
    from kariyer import fmt

    if isinstance(value, int | float) and not isinstance(value, bool):
        if year and value == int(value):
            return str(int(value))
        return fmt.number(value, 2 if value != int(value) else 0)
    return str(value)


def _is_year(loc: tuple[int | str, ...]) -> bool:
    """Whether the field at ``loc`` holds a year (``year``, ``from_year``): its limits are
    years, not amounts."""
    names = [part for part in loc if isinstance(part, str)]
    return bool(names) and (names[-1] == "year" or names[-1].endswith("_year"))


def adapter(cls: type[ModelT]) -> TypeAdapter[ModelT]:
    found = _adapters.get(cls)
    if found is None:
        # a model of another schema module (schema.payroll) installs the names it reads too
        getattr(sys.modules.get(cls.__module__), "install_constraints", install_constraints)()
        from pydantic import TypeAdapter

        found = _adapters[cls] = TypeAdapter(cls)
    return found


def validate(cls: type[ModelT], data: object) -> ModelT:
    """``data`` as a ``cls``; raises pydantic.ValidationError naming every problem."""
    return adapter(cls).validate_python(data)


def json_schema(cls: type) -> dict[str, Any]:
    return adapter(cls).json_schema()


def profile_json_schema() -> str:
    """The JSON Schema of a profile file, as published by `kariyer schema`."""
    schema = json_schema(Profile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kariyer occupation profile"
    return json.dumps(schema, ensure_ascii=False, indent=2)


def describe_validation_error(error: ValidationError) -> list[tuple[str, str]]:
    """(field path, Turkish message) for each problem pydantic found."""
    problems = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "(kök)"
        ctx = item.get("ctx") or {}
        if item["type"] == "string_pattern_mismatch" and ctx.get("pattern") in _TEXT_PATTERNS:
            message = _unsafe_message(str(item["input"]), ctx["pattern"] == PARAGRAPH_PATTERN)
        else:
            message = _turkish_message(item["type"], ctx, item["msg"], _is_year(item["loc"]))
        problems.append((where, message))
    return problems


_TEXT_PATTERNS = (TEXT_PATTERN, PARAGRAPH_PATTERN)


def _unsafe_message(text: str, paragraph: bool) -> str:
    """Which character a text may not hold, where, and how many (never the text itself)."""
    found = [m for m in UNSAFE_RE.finditer(text) if not (paragraph and m.group() == "\n")]
    if not found:  # pragma: no cover - the pattern failed, so there is one
        return "metinde izin verilmeyen bir karakter var"
    first = found[0]
    more = f" (toplam {len(found)} tane)" if len(found) > 1 else ""
    if first.group() == "\n":
        why = "bu alan tek satır olmalı"
    else:
        why = "metinde denetim ve yazı yönü karakterleri olamaz"
    return f"{first.start() + 1}. karakterde {describe_unsafe(first.group())} var{more}; {why}"


_MESSAGES = {
    "missing": "zorunlu alan eksik",
    "extra_forbidden": "bilinmeyen alan (şemada yok)",
    "unexpected_keyword_argument": "bilinmeyen alan (şemada yok)",
    "int_type": "tam sayı olmalı",
    "int_parsing": "tam sayı olmalı",
    "int_from_float": "tam sayı olmalı",
    "float_type": "sayı olmalı",
    "float_parsing": "sayı olmalı",
    "string_type": "metin olmalı",
    "list_type": "liste olmalı",
    "model_type": "nesne ({...}) olmalı",
    "dict_type": "nesne ({...}) olmalı",
    "model_attributes_type": "nesne ({...}) olmalı",
    "dataclass_type": "nesne ({...}) olmalı",
    "dataclass_args_type": "nesne ({...}) olmalı",
    "date_type": "tarih (YYYY-AA-GG) olmalı",
    "date_from_datetime_parsing": "tarih (YYYY-AA-GG) olmalı",
    "finite_number": "sonlu bir sayı olmalı",
    "bool_type": "true ya da false olmalı",
    "string_too_short": "boş olamaz",
}


def _turkish_message(kind: str, ctx: dict[str, object], fallback: str, year: bool = False) -> str:
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "value_error" and "error" in ctx:  # a model's own check, already Turkish
        return str(ctx["error"])
    if kind == "literal_error":
        return f"şu değerlerden biri olmalı: {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"biçim uygun değil (beklenen desen: {ctx.get('pattern', '')})"
    if kind == "string_too_long":
        return f"çok uzun (en fazla {ctx.get('max_length')} karakter)"
    if "ge" in ctx:
        return f"en az {_bound(ctx['ge'], year)} olmalı"
    if "gt" in ctx:
        return f"{_bound(ctx['gt'], year)} değerinden büyük olmalı"
    if "le" in ctx:
        return f"en çok {_bound(ctx['le'], year)} olmalı"
    if "lt" in ctx:
        return f"{_bound(ctx['lt'], year)} değerinden küçük olmalı"
    return fallback
