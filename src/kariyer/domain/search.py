"""Free-text search over occupations: every query word, Turkish spelling and typos forgiven.

Pure functions over profiles or the index's postings; never prints. Fuzzy scores come
from rapidfuzz. (Matching one typed *name* to a slug is the store's job:
`kariyer.store.names`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kariyer.errors import NoResultError, UsageError, echo
from kariyer.schema.models import Profile
from kariyer.store.postings import FIELDS, field_sources, field_tokens
from kariyer.text import MAX_TYPED, fold, tokens

FIELD_MATCH = 80.0
WORD_CUTOFF = 60.0  # a query word and an indexed word this alike may be the same word
# how much a match in each indexed field counts: the name most, the article's body least
FIELD_WEIGHTS = {"title": 1.0, "skills": 0.9, "duties": 0.75, "summary": 0.7}
FIELD_WEIGHTS |= {field: 0.65 for field in FIELDS if field not in FIELD_WEIGHTS}
SNIPPETS_PER_HIT = 3  # the sections a hit shows a snippet of, best first


@dataclass(kw_only=True)
class Snippet:
    """A few words of the article around a match, with where the matched words are."""

    field: str
    text: str
    marks: list[tuple[int, int]]  # [start, end) of each matched word in ``text``


@dataclass(kw_only=True)
class SearchHit:
    slug: str
    title: str
    score: int
    matched_in: list[str]
    snippets: list[Snippet]


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

    def sections(self, slug: str) -> Sequence[Sequence[str]]:
        """The article's own texts of each field (in ``FIELDS`` order), for snippets."""
        ...


class MemoryPostings:
    def __init__(self, profiles: Iterable[Profile]) -> None:
        self._rows: dict[str, list[tuple[str, str]]] = {}
        self._titles: dict[str, str] = {}
        self._profiles: dict[str, Profile] = {}
        for profile in profiles:
            self._titles[profile.slug] = profile.title
            self._profiles[profile.slug] = profile
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

    def sections(self, slug: str) -> Sequence[Sequence[str]]:
        from kariyer.schema.build import to_data

        return field_sources(to_data(self._profiles[slug]))


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
    if not words:  # "", "*", "--": nothing to look for is how the command was used (exit 2)
        shown = f": '{echo(query.strip())}'" if query.strip() else ""
        raise UsageError(
            f"Aramada aranacak bir kelime yok{shown} (kelimeler harf ya da rakamdır).",
            hint="Örnek: kariyer search 'müşteri hizmetleri'",
        )
    vocabulary = set(postings.vocabulary())
    candidates = {word: word_candidates(word, vocabulary) for word in words}
    lookup = sorted({c for found in candidates.values() for c in found})
    # best[(slug, field)][query word] = best score of that word in that field
    stands_for: dict[str, list[tuple[str, float]]] = {}  # indexed word -> (query word, score)
    for word, found in candidates.items():
        for indexed, score in found.items():
            stands_for.setdefault(indexed, []).append((word, score))
    best: dict[tuple[str, str], dict[str, float]] = {}
    found_words: dict[tuple[str, str], set[str]] = {}  # the indexed words that matched
    for slug, field, indexed in postings.lookup(lookup):  # one row per profile and field
        scores = best.get((slug, field))
        if scores is None:
            scores = best[(slug, field)] = {}
            found_words[(slug, field)] = set()
        for word, score in stands_for[indexed]:
            if score >= FIELD_MATCH:
                found_words[(slug, field)].add(indexed)
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
    hits = []  # titles and snippets only for the hits shown (a word may hit 20.000 profiles)
    for negative, slug in ranked[:limit]:
        fields = fields_by_slug[slug]
        matched_in = sorted(
            fields, key=lambda field: (-fields[field] * FIELD_WEIGHTS[field], FIELDS.index(field))
        )
        hits.append(
            SearchHit(
                slug=slug,
                title=postings.title(slug),
                score=-negative,
                matched_in=sorted(fields, key=FIELDS.index),
                snippets=_snippets(postings.sections(slug), matched_in, found_words, slug),
            )
        )
    if not hits:
        raise NoResultError(
            f"'{query[:60]}' için eşleşen meslek bulunamadı.",
            hint="Daha kısa ya da farklı bir kelime deneyin; tüm meslekler için: kariyer list",
            empty=SearchResult(query=query, hits=[]),
        )
    return SearchResult(query=query, hits=hits)


SNIPPET_BEFORE = 40  # characters of context before the first matched word
SNIPPET_LENGTH = 120  # about this long in all
_WORD = re.compile(r"[^\W_]+")


def _snippets(
    sections: Sequence[Sequence[str]],
    fields: Sequence[str],
    found_words: dict[tuple[str, str], set[str]],
    slug: str,
) -> list[Snippet]:
    """A snippet from each of the best matched sections (never from the name: it is shown)."""
    snippets: list[Snippet] = []
    for field in fields:
        if field == "title" or len(snippets) == SNIPPETS_PER_HIT:
            continue
        position = FIELDS.index(field)
        texts = sections[position] if position < len(sections) else ()
        snippet = snippet_of(texts, found_words.get((slug, field), set()), field)
        if snippet is not None:
            snippets.append(snippet)
    return snippets


def snippet_of(texts: Iterable[str], words: set[str], field: str) -> Snippet | None:
    """About ``SNIPPET_LENGTH`` characters of the first text holding most of ``words``
    (folded), cut at word boundaries, "…" where it was cut; None when none holds one."""
    best: tuple[int, str, list[tuple[int, int]]] | None = None
    for text in texts:
        marks = [
            (match.start(), match.end())
            for match in _WORD.finditer(text)
            if any(part in words for part in fold(match.group()).split())
        ]
        if marks and (best is None or len({fold(text[a:b]) for a, b in marks}) > best[0]):
            best = (len({fold(text[a:b]) for a, b in marks}), text, marks)
    if best is None:
        return None
    _, text, marks = best
    # from the text's start when the first match is early enough, else a little before it
    start = 0 if marks[0][1] <= SNIPPET_LENGTH * 2 // 3 else marks[0][0] - SNIPPET_BEFORE
    if start > 0:  # begin at a word
        space = text.find(" ", start, marks[0][0])
        start = space + 1 if space != -1 else marks[0][0]
    end = min(len(text), max(start + SNIPPET_LENGTH, marks[0][1]))
    if end < len(text):  # end at a word
        space = text.rfind(" ", marks[0][1], end)
        end = space if space != -1 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = " ".join(text[start:end].split())  # one line: paragraphs may hold line feeds
    # the marks again, in the one-line body (a line feed became a space: offsets moved)
    shown = [
        (match.start() + len(prefix), match.end() + len(prefix))
        for match in _WORD.finditer(body)
        if any(part in words for part in fold(match.group()).split())
    ]
    return Snippet(field=field, text=prefix + body + suffix, marks=shown)
