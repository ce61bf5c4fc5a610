"""The text writer: Rich views for a terminal (plain, colourless text in a pipe).

``VIEWS`` maps each kind of result to its view; a view's module is imported only when
that kind is written (a command loads one view, not ten).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

_VIEWS = {
    "list": "lists:show_list",
    "show": "profile:show_profile",
    "compare": "compare:show_comparison",
    "salary": "salary:show_salary",
    "pay": "pay:show_pay",
    "search": "lists:show_search",
    "skills": "lists:show_skill_index",
    "skill": "lists:show_skill_detail",
    "match": "lists:show_match",
    "check": "check:show_check",
    "import": "check:show_import",
    "import-batch": "batch:show_import_batch",
    "cache": "cache:show_cache",
    "cache-clear": "cache:show_cache_clear",
}


class _LazyViews(Mapping[str, Callable[[Any], None]]):
    """kind -> view function, importing the view's module on first use."""

    def __init__(self, targets: dict[str, str]) -> None:
        self._targets = targets
        self._loaded: dict[str, Callable[[Any], None]] = {}

    def __getitem__(self, kind: str) -> Callable[[Any], None]:
        if kind not in self._loaded:
            module, _, name = self._targets[kind].partition(":")
            view = getattr(importlib.import_module(f"{__name__}.{module}"), name)
            self._loaded[kind] = view
        return self._loaded[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._targets)

    def __len__(self) -> int:
        return len(self._targets)


VIEWS: Mapping[str, Callable[[Any], None]] = _LazyViews(_VIEWS)
