"""Which words of a profile are searchable, field by field (what the index stores).

The index (`kariyer.store.index`) keeps these words for thousands of profiles; the
search (`kariyer.domain.search`) ranks them, and reads a few profiles in memory the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kariyer.schema.models import Profile

FIELDS = ("title", "skills", "duties", "summary")  # stored as their position: keep the order


def field_tokens(profile: Profile) -> dict[str, set[str]]:
    """The folded words of each searchable field of a profile."""
    from kariyer.text import tokens  # only when indexing: a warm scan never folds text

    return {
        "title": set(tokens(profile.title)) | set(profile.slug.split("-")),
        "skills": {t for skill in profile.skills for t in tokens(skill.name)},
        "duties": {t for duty in profile.duties for t in tokens(duty)},
        "summary": {t for paragraph in profile.summary for t in tokens(paragraph)},
    }
