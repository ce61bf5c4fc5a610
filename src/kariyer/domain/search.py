"""Free-text search over occupations: every query word, Turkish spelling and typos forgiven.

Pure functions over profiles or the index's postings; never prints. Fuzzy scores come
from rapidfuzz. (Matching one typed *name* to a slug is the store's job:
`kariyer.store.names`.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kariyer.errors import KariyerError, NoResultError
from kariyer.schema.models import Profile
from kariyer.store.postings import FIELDS, field_tokens
from kariyer.text import MAX_TYPED, tokens

FIELD_MATCH = 80.0
WORD_CUTOFF = 60.0  # a query word and an indexed word this alike may be the same word
# how much a match in each indexed field counts (title, skills, duties, summary)
FIELD_WEIGHTS = dict(zip(FIELDS, (1.0, 0.9, 0.75, 0.7), strict=True))


@dataclass(kw_only=True)
class SearchHit:
    slug: str
    title: str
    score: int
    matched_in: list[str]


@dataclass(kw_only=True)
class SearchResult:
    query: str
    hits: list[SearchHit]


class Postings(Protocol):
    """Where search looks words up: in memory for a few profiles, the index for many."""

    def vocabulary(self) -> Iterable[str]: ...

    def lookup(self, words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
        """(slug, field, word) for every occurrence of the given words."""
        ...

    def title(self, slug: str) -> str: ...


class MemoryPostings:
    def __init__(self, profiles: Iterable[Profile]) -> None:
        self._rows: dict[str, list[tuple[str, str]]] = {}
        self._titles: dict[str, str] = {}
        for profile in profiles:
            self._titles[profile.slug] = profile.title
            for field, words in field_tokens(profile).items():
                for word in words:
                    self._rows.setdefault(word, []).append((profile.slug, field))

    def vocabulary(self) -> Iterable[str]:
        return self._rows.keys()

    def lookup(self, words: Sequence[str]) -> Iterable[tuple[str, str, str]]:
        for word in words:
            for slug, field in self._rows.get(word, ()):
                yield slug, field, word

    def title(self, slug: str) -> str:
        return self._titles[slug]


def word_candidates(word: str, vocabulary: Iterable[str]) -> dict[str, float]:
    """Indexed words that may stand for one query word: exact 100, prefix 95, typo by ratio."""
    from rapidfuzz import fuzz, process

    known = vocabulary if isinstance(vocabulary, (set, dict, list)) else list(vocabulary)
    found = {
        candidate: float(score)
        for candidate, score, _ in process.extract(
            word, known, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None
        )
    }
    if len(word) >= 3:
        for candidate in known:
            if candidate.startswith(word):
                found[candidate] = max(found.get(candidate, 0.0), 95.0)
    if word in found:
        found[word] = 100.0
    return found


def search(query: str, profiles: Sequence[Profile], limit: int = 20) -> SearchResult:
    """Rank the given profiles (in memory); see search_postings."""
    return search_postings(query, MemoryPostings(profiles), limit)


def search_postings(query: str, postings: Postings, limit: int = 20) -> SearchResult:
    """Rank occupations by how well every query word matches title, skills, duties, summary.

    A field's score is the mean over the query words of the best match in that field;
    a field with a score of 80 or more counts as matched, weighted by the field.
    """
    words = list(dict.fromkeys(tokens(query[:MAX_TYPED])))
    if not words:
        raise KariyerError("Arama metni boş.", hint="Örnek: kariyer search 'müşteri hizmetleri'")
    vocabulary = set(postings.vocabulary())
    candidates = {word: word_candidates(word, vocabulary) for word in words}
    lookup = sorted({c for found in candidates.values() for c in found})
    # best[(slug, field)][query word] = best score of that word in that field
    stands_for: dict[str, list[tuple[str, float]]] = {}  # indexed word -> (query word, score)
    for word, found in candidates.items():
        for indexed, score in found.items():
            stands_for.setdefault(indexed, []).append((word, score))
    best: dict[tuple[str, str], dict[str, float]] = {}
    for slug, field, indexed in postings.lookup(lookup):  # one row per profile and field
        scores = best.get((slug, field))
        if scores is None:
            scores = best[(slug, field)] = {}
        for word, score in stands_for[indexed]:
            if score > scores.get(word, 0.0):
                scores[word] = score
    fields_by_slug: dict[str, dict[str, float]] = {}
    for (slug, field), scores in best.items():
        mean = sum(scores.values()) / len(words)
        if mean >= FIELD_MATCH:
            fields_by_slug.setdefault(slug, {})[field] = mean
    ranked = sorted(
        (-round(max(score * FIELD_WEIGHTS[field] for field, score in fields.items())), slug)
        for slug, fields in fields_by_slug.items()
    )
    order = list(FIELD_WEIGHTS)
    hits = [  # titles only for the hits shown (a common word may hit 20.000 profiles)
        SearchHit(
            slug=slug,
            title=postings.title(slug),
            score=-negative,
            matched_in=sorted(fields_by_slug[slug], key=order.index),
        )
        for negative, slug in ranked[:limit]
    ]
    if not hits:
        raise NoResultError(
            f"'{query[:60]}' için eşleşen meslek bulunamadı.",
            hint="Daha kısa ya da farklı bir kelime deneyin; tüm meslekler için: kariyer list",
            empty=SearchResult(query=query, hits=[]),
        )
    return SearchResult(query=query, hits=hits)
