"""The profile validator, kept in the cache directory between runs.

Building pydantic's validator for a profile costs ≈ 0,35 s (importing pydantic and
generating the core schema of every model); a warm index that meets one new file would pay
that for one check. pydantic-core's validator can be pickled: it is the core schema plus
references to kariyer's model classes. So the first build writes it to
``validator-<key>.pickle`` in the cache directory and later runs load it with only
pydantic-core imported (≈ 50 ms). The key covers everything the schema depends on —
kariyer's version, the source of its schema modules, pydantic's and pydantic-core's
versions, Python's — so a change of any of them builds a new one.

The file is read with an unpickler that accepts nothing but the validator class, plain
lists and dicts and kariyer's own model classes: a file that names anything else (or is
broken) is ignored and rebuilt, never executed. It validates exactly as
``TypeAdapter(Profile)`` does, because it is that adapter's validator.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, Protocol

from kariyer import __version__
from kariyer.store.paths import cache_dir

_SCHEMA_SOURCES = ("models.py", "limits.py", "validate.py")  # in kariyer/schema/
_SAFE_BUILTINS = {"dict", "list"}
_loaded: list[JsonValidator] = []


class JsonValidator(Protocol):
    def validate_json(self, data: bytes) -> Any: ...


class _Restricted(pickle.Unpickler):
    """Only the validator, lists, dicts and kariyer's model classes; anything else refused."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in _SAFE_BUILTINS:
            return super().find_class(module, name)
        if module == "pydantic_core._pydantic_core" and name == "SchemaValidator":
            return super().find_class(module, name)
        if module == "kariyer.schema.models":
            from kariyer.schema import models

            found = getattr(models, name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"not allowed in a validator file: {module}.{name}")


def _key() -> str:
    """What the validator depends on: a change of any of it is a new file."""
    import pydantic_core

    digest = hashlib.sha256()
    for part in (__version__, pydantic_core.__version__, sys.version.split()[0]):
        digest.update(part.encode() + b"\0")
    schema = Path(__file__).resolve().parents[1] / "schema"
    sources = [schema / name for name in _SCHEMA_SOURCES]
    spec = importlib.util.find_spec("pydantic")  # its version file, without importing it
    if spec is not None and spec.submodule_search_locations:
        sources.append(Path(next(iter(spec.submodule_search_locations))) / "version.py")
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _path() -> Path | None:
    base = cache_dir()
    return None if base is None else base / f"validator-{_key()}.pickle"


def _load(path: Path) -> Any:
    try:
        data = path.read_bytes()
        return _Restricted(io.BytesIO(data)).load()
    except Exception:  # a broken or foreign file is only a cache miss
        return None


def _save(path: Path, validator: Any) -> None:
    """Written whole or not at all (a temporary file renamed into place)."""
    try:
        data = pickle.dumps(validator, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".validator-", suffix=".tmp", dir=path.parent)
    except Exception:  # not picklable or no cache directory: built each run
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:  # an unwritable cache costs time next run, nothing else
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    for other in path.parent.glob("validator-*.pickle"):  # of an earlier version: unused
        if other.name != path.name and not other.is_symlink():
            with contextlib.suppress(OSError):
                other.unlink()


def profile_validator() -> JsonValidator:
    """A validator of profile JSON bytes (``validate_json``), from the cache if it is there."""
    if _loaded:
        return _loaded[0]
    path = _path()
    validator = _load(path) if path is not None else None
    if validator is None or not hasattr(validator, "validate_json"):
        from kariyer.schema.models import Profile
        from kariyer.schema.validate import adapter

        validator = adapter(Profile).validator
        if path is not None:
            _save(path, validator)
    _loaded.append(validator)
    return validator
