"""Which words of a profile are searchable, field by field (what the index stores).

The index (`kariyer.store.index`) keeps these words for thousands of profiles; the
search (`kariyer.domain.search`) ranks them, and reads a few profiles in memory the same way.
A skill with a canonical id is searchable by the article's wording, the canonical name and
every alias in the skills table (`data/skills.json`): one skill, found by any of its names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kariyer.schema.models import Profile

FIELDS = ("title", "skills", "duties", "summary")  # stored as their position: keep the order


@functools.cache
def skill_names() -> dict[str, tuple[str, ...]]:
    """Canonical id -> (canonical name, *aliases), from the bundled skills table."""
    from kariyer.store.reference import load_skills

    return {skill.id: (skill.name, *skill.aliases) for skill in load_skills().skills}


def field_texts(data: dict[str, Any]) -> tuple[str, ...]:
    """The folded text of each searchable field (in ``FIELDS`` order) of a profile's data.

    Works on the JSON data of a profile file (the search index reads files without
    building models) and on `to_data` of a Profile alike.
    """
    from kariyer.text import fold  # only when indexing: a warm scan never folds text

    skills = data.get("skills") or []
    names = skill_names() if any(skill.get("id") for skill in skills) else {}
    skill_texts = [
        text
        for skill in skills
        for text in (skill.get("name", ""), *names.get(skill.get("id") or "", ()))
    ]
    return (
        fold(f"{data.get('title', '')} {str(data.get('slug', '')).replace('-', ' ')}"),
        fold(" ".join(skill_texts)),
        fold(" ".join(data.get("duties") or [])),
        fold(" ".join(data.get("summary") or [])),
    )


def field_tokens(profile: Profile) -> dict[str, set[str]]:
    """The folded words of each searchable field of a profile (search in memory)."""
    from kariyer.schema.build import to_data

    texts = field_texts(to_data(profile))
    return {field: set(text.split()) for field, text in zip(FIELDS, texts, strict=True)}
