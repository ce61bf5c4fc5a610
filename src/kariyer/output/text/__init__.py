"""The text writer: Rich views for a terminal (plain, colourless text in a pipe)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kariyer.output.text.check import show_check, show_import
from kariyer.output.text.compare import show_comparison
from kariyer.output.text.lists import (
    show_list,
    show_match,
    show_search,
    show_skill_detail,
    show_skill_index,
)
from kariyer.output.text.profile import show_profile
from kariyer.output.text.salary import show_salary

VIEWS: dict[str, Callable[[Any], None]] = {
    "list": show_list,
    "show": show_profile,
    "compare": show_comparison,
    "salary": show_salary,
    "search": show_search,
    "skills": show_skill_index,
    "skill": show_skill_detail,
    "match": show_match,
    "check": show_check,
    "import": show_import,
}
