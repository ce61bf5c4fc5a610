"""Matching a typed occupation name to a slug: exact after Turkish folding, else suggestions.

Used by the catalog to answer `kariyer show "MÜŞTERİ HİZMETLERİ ANALİSTİ"` and to
suggest up to three slugs for a typo. Fuzzy scores come from rapidfuzz.
"""

from __future__ import annotations

from collections.abc import Sequence

from kariyer.text import MAX_TYPED, fold

SUGGESTION_CUTOFF = 60.0


def resolve(name: str, candidates: Sequence[tuple[str, str]]) -> str | None:
    """The slug whose slug or title equals ``name`` after Turkish folding, if any."""
    wanted = fold(name[:MAX_TYPED])
    if not wanted:
        return None
    for slug, title in candidates:
        if wanted in (fold(title), fold(slug)):
            return slug
    return None


def suggest(name: str, candidates: Sequence[tuple[str, str]], limit: int = 3) -> list[str]:
    """Up to ``limit`` slugs that look like ``name``, best first."""
    from rapidfuzz import process

    wanted = fold(name[:MAX_TYPED])
    if not wanted:
        return []
    choices = {slug: fold(title) for slug, title in candidates}
    found = process.extract(
        wanted, choices, scorer=_name_score, limit=limit, score_cutoff=SUGGESTION_CUTOFF
    )
    return [slug for _text, _score, slug in found]


def _name_score(query: str, choice: str, **_: object) -> float:
    """WRatio finds partial matches; token_ratio breaks its ties by the words that differ."""
    from rapidfuzz import fuzz

    return (fuzz.WRatio(query, choice) + fuzz.token_ratio(query, choice)) / 2
