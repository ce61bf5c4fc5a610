"""Finding occupations from what people type: names, titles, typos, free text.

Pure functions over profiles; never prints. Fuzzy scores come from rapidfuzz.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from kariyer.errors import KariyerError
from kariyer.models import Profile
from kariyer.text import fold, slugify, tokens

MAX_QUERY = 200  # characters of a query that take part in fuzzy matching
SUGGESTION_CUTOFF = 60.0
FIELD_MATCH = 80.0
FIELD_WEIGHTS = {"title": 1.0, "skills": 0.9, "duties": 0.75, "summary": 0.7}
FIELD_TR = {"title": "ad", "skills": "beceriler", "duties": "görevler", "summary": "özet"}


class SearchHit(BaseModel):
    slug: str
    title: str
    score: int
    matched_in: list[str]


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit]


def candidate_slug(name: str) -> str:
    """The slug a typed name would have: 'MÜŞTERİ Hesap Temsilcisi' → 'musteri-hesap-temsilcisi'."""
    return slugify(name[:MAX_QUERY])


def resolve(name: str, candidates: Sequence[tuple[str, str]]) -> str | None:
    """The slug whose slug or title equals ``name`` after Turkish folding, if any."""
    wanted = fold(name[:MAX_QUERY])
    if not wanted:
        return None
    for slug, title in candidates:
        if wanted in (fold(title), fold(slug)):
            return slug
    return None


def suggest(name: str, candidates: Sequence[tuple[str, str]], limit: int = 3) -> list[str]:
    """Up to ``limit`` slugs that look like ``name``, best first."""
    from rapidfuzz import process

    wanted = fold(name[:MAX_QUERY])
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


def _field_tokens(profile: Profile) -> dict[str, set[str]]:
    return {
        "title": set(tokens(profile.title)) | set(profile.slug.split("-")),
        "skills": {t for skill in profile.skills for t in tokens(skill.name)},
        "duties": {t for duty in profile.duties for t in tokens(duty)},
        "summary": {t for paragraph in profile.summary for t in tokens(paragraph)},
    }


def _token_score(word: str, field: set[str]) -> float:
    """How well one query word matches a field: prefixes count fully, typos partly."""
    from rapidfuzz import fuzz, process

    if word in field:
        return 100.0
    if len(word) >= 3 and any(candidate.startswith(word) for candidate in field):
        return 95.0
    best = process.extractOne(word, field, scorer=fuzz.ratio)
    return float(best[1]) if best else 0.0


def search(query: str, profiles: Sequence[Profile], limit: int = 20) -> SearchResult:
    """Rank occupations by how well every query word matches title, skills, duties, summary."""
    words = tokens(query[:MAX_QUERY])
    if not words:
        raise KariyerError("Arama metni boş.", hint="Örnek: kariyer search 'müşteri hizmetleri'")
    hits: list[SearchHit] = []
    for profile in profiles:
        fields = _field_tokens(profile)
        raw = {
            name: sum(_token_score(word, field) for word in words) / len(words)
            for name, field in fields.items()
            if field
        }
        matched = [name for name, score in raw.items() if score >= FIELD_MATCH]
        if not matched:
            continue
        best = max(raw[name] * FIELD_WEIGHTS[name] for name in matched)
        hits.append(
            SearchHit(
                slug=profile.slug,
                title=profile.title,
                score=round(best),
                matched_in=sorted(matched, key=list(FIELD_WEIGHTS).index),
            )
        )
    hits.sort(key=lambda hit: (-hit.score, hit.slug))
    if not hits:
        raise KariyerError(
            f"'{query[:60]}' için eşleşen meslek bulunamadı.",
            hint="Daha kısa ya da farklı bir kelime deneyin; tüm meslekler için: kariyer list",
        )
    return SearchResult(query=query, hits=hits[:limit])
