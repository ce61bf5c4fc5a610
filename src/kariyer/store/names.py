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
    found = resolve_all(name, candidates)
    return found[0] if found else None


def resolve_all(name: str, candidates: Sequence[tuple[str, str]]) -> list[str]:
    """Every slug whose slug or title equals ``name`` after Turkish folding (titles can
    repeat: two articles about one occupation), in the candidates' order."""
    wanted = fold(name[:MAX_TYPED])
    if not wanted:
        return []
    return [slug for slug, title in candidates if wanted in (fold(title), fold(slug))]


def by_words(name: str, candidates: Sequence[tuple[str, str]]) -> list[str]:
    """Slugs whose title (or slug) has a word starting with each typed word:
    "analist" → Müşteri Hizmetleri *Analist*i, "hesap temsil" → Müşteri *Hesap Temsil*cisi.
    Words of three letters or more only: "a" would match almost anything."""
    words = fold(name[:MAX_TYPED]).split()
    if not words or any(len(word) < 3 for word in words):
        return []
    found = []
    for slug, title in candidates:
        own = fold(title).split() + slug.split("-")
        if all(any(item.startswith(word) for item in own) for word in words):
            found.append(slug)
    return found


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
