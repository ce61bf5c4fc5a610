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

# Stored as their position (the search index's columns): append, never reorder.
FIELDS = (
    "title",
    "skills",
    "duties",
    "summary",
    "requirements",
    "work_conditions",
    "outlook",
    "development",
    "how_to_become",
    "career_path",
    "salary",
    "skill_descriptions",
)


@functools.cache
def skill_names() -> dict[str, tuple[str, ...]]:
    """Canonical id -> (canonical name, *aliases), from the bundled skills table."""
    from kariyer.store.reference import load_skills

    return {skill.id: (skill.name, *skill.aliases) for skill in load_skills().skills}


def _texts(value: Any) -> list[str]:
    """The strings of a list of paragraphs (anything else in untrusted data is skipped)."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def field_sources(data: dict[str, Any]) -> tuple[list[str], ...]:
    """The article's own texts of each searchable field (in ``FIELDS`` order).

    Works on the JSON data of a profile file (the search index reads files without
    building models) and on `to_data` of a Profile alike. A skill with a canonical id is
    found by the article's wording, its id, its canonical name and every alias.
    """
    skills = [skill for skill in data.get("skills") or [] if isinstance(skill, dict)]
    names = skill_names() if any(skill.get("id") for skill in skills) else {}
    skill_texts = []  # one text per skill: its wording, canonical name, aliases and id
    for skill in skills:
        skill_id = str(skill.get("id") or "")
        wordings = [str(skill.get("name", "")), *names.get(skill_id, ()), skill_id]
        skill_texts.append(" / ".join(dict.fromkeys(text for text in wordings if text)))
    salary, outlook = _part(data, "salary"), _part(data, "outlook")
    requirements, development = _part(data, "requirements"), _part(data, "development")
    career = _part(data, "career_path")
    trends = [trend for trend in development.get("trends") or [] if isinstance(trend, dict)]
    figures = [figure for figure in salary.get("figures") or [] if isinstance(figure, dict)]
    return (
        [str(data.get("title", "")), str(data.get("slug", "")).replace("-", " ")],
        skill_texts,
        _texts(data.get("duties")),
        _texts(data.get("summary")),
        [
            *_texts(requirements.get("education")),
            *_texts(requirements.get("training")),
            *_texts(requirements.get("certificates")),
        ],
        _texts(data.get("work_conditions")),
        [*_texts([outlook.get("statement")]), *_texts(outlook.get("reason"))],
        [
            *_texts(development.get("intro")),
            *(
                text
                for trend in trends
                for text in _texts([trend.get("title"), *(trend.get("text") or [])])
            ),
        ],
        _texts(data.get("how_to_become")),
        [*_texts(career.get("text")), *_texts(career.get("positions"))],
        [
            *_texts(salary.get("intro")),
            *_texts([figure.get("label") for figure in figures]),
            *_texts(salary.get("extra_pay")),
            *_texts([salary.get("source_note")]),
        ],
        _texts([skill.get("description") for skill in skills]),
    )


def field_texts(data: dict[str, Any]) -> tuple[str, ...]:
    """The folded words of each searchable field (in ``FIELDS`` order) of a profile's data,
    for the search index's tokenizer (spaces not collapsed: `kariyer.text.fold_spaced`)."""
    from kariyer.text import fold_spaced  # only when indexing: a warm scan never folds text

    return tuple(fold_spaced(" ".join(texts)) for texts in field_sources(data))


def field_tokens(profile: Profile) -> dict[str, set[str]]:
    """The folded words of each searchable field of a profile (search in memory)."""
    from kariyer.schema.build import to_data

    texts = field_texts(to_data(profile))
    return {field: set(text.split()) for field, text in zip(FIELDS, texts, strict=True)}
