"""The one registry of output formats: ``WRITERS`` maps a format to its writer module.

Each writer module has ``VIEWS``, a mapping from a result kind (``"salary"``, ``"show"`` …)
to a function that writes that result to stdout. A format that has no view for a kind
does not fit that result (CSV for `import`): asking for it is a usage error, never a
silent fallback. A writer module is imported only when its format is asked for.

To add a format: write ``kariyer/output/<name>.py`` with its ``VIEWS`` and add one line
to ``WRITERS``; every command that prints data offers it from then on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from kariyer.errors import UsageError

WRITERS = {
    "text": "kariyer.output.text",
    "json": "kariyer.output.json",
    "markdown": "kariyer.output.markdown",
    "csv": "kariyer.output.csv",
    "excel-csv": "kariyer.output.excel_csv",
}
DEFAULT = "text"

View = Callable[[Any], None]


def _views(name: str) -> Mapping[str, View]:
    views: Mapping[str, View] = importlib.import_module(WRITERS[name]).VIEWS
    return views


def formats_for(kind: str) -> list[str]:
    """The formats that can write a ``kind`` of result, in registry order."""
    return [name for name in WRITERS if kind in _views(name)]


def choose(kind: str, requested: str | None, *, json_flag: bool = False) -> str:
    """The format to write ``kind`` in: ``--format`` or ``--json`` (its short form).

    Raises UsageError (exit 2) for an unknown format, one that does not fit the result,
    or ``--json`` together with another ``--format``.
    """
    chosen = (requested or DEFAULT).strip().lower()
    if chosen not in WRITERS:
        raise UsageError(
            f"Bilinmeyen biçim: '{(requested or '')[:20]}'. Geçerli biçimler: "
            + ", ".join(formats_for(kind))
            + "."
        )
    if json_flag:
        if requested is not None and chosen != "json":
            raise UsageError(
                f"--json ile --format {chosen} birlikte kullanılamaz; --json, --format json'ın "
                "kısasıdır."
            )
        chosen = "json"
    if kind not in _views(chosen):
        raise UsageError(
            f"'{chosen}' biçimi bu komutun sonucuna uymuyor. Geçerli biçimler: "
            + ", ".join(formats_for(kind))
            + "."
        )
    return chosen


def emit(kind: str, result: object, output_format: str = DEFAULT) -> None:
    """Write ``result`` (a ``kind`` of result) in ``output_format`` to stdout."""
    _views(output_format)[kind](result)
