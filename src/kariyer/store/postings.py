"""Which words of a profile are searchable, field by field (what the index stores).

The index (`kariyer.store.index`) keeps these words for thousands of profiles; the
search (`kariyer.domain.search`) ranks them, and reads a few profiles in memory the same way.
A skill with a canonical id is searchable by the article's wording, the canonical name and
every alias in the skills table (`data/skills.json`): one skill, found by any of its names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kariyer.schema.models import Profile

FIELDS = ("title", "skills", "duties", "summary")  # stored as their position: keep the order


@functools.cache
def skill_names() -> dict[str, tuple[str, ...]]:
    """Canonical id -> (canonical name, *aliases), from the bundled skills table."""
    from kariyer.store.reference import load_skills

    return {skill.id: (skill.name, *skill.aliases) for skill in load_skills().skills}


def field_tokens(profile: Profile) -> dict[str, set[str]]:
    """The folded words of each searchable field of a profile."""
    from kariyer.text import tokens  # only when indexing: a warm scan never folds text

    names = skill_names() if any(skill.id for skill in profile.skills) else {}
    skill_texts = [
        text for skill in profile.skills for text in (skill.name, *names.get(skill.id or "", ()))
    ]
    return {
        "title": set(tokens(profile.title)) | set(profile.slug.split("-")),
        "skills": {t for text in skill_texts for t in tokens(text)},
        "duties": {t for duty in profile.duties for t in tokens(duty)},
        "summary": {t for paragraph in profile.summary for t in tokens(paragraph)},
    }
