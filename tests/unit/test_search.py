"""Free-text search over the bundled occupations: ranking, Turkish spelling, typos, errors."""

from __future__ import annotations

import pytest

from kariyer.domain.search import SearchResult, search
from kariyer.errors import KariyerError
from kariyer.schema.models import Profile
from kariyer.store.catalog import Catalog

from ..support import ANALIST, HESAP


@pytest.fixture
def profiles(catalog: Catalog) -> list[Profile]:
    return catalog.profiles()


def slugs(result: SearchResult) -> list[str]:
    return [hit.slug for hit in result.hits]


@pytest.mark.parametrize(
    "query", ["müşteri hizmetleri", "MÜŞTERİ HİZMETLERİ", "musteri hizmetleri"]
)
def test_title_words_rank_the_analyst_first(profiles: list[Profile], query: str) -> None:
    result = search(query, profiles)
    first = result.hits[0]
    assert first.slug == ANALIST
    assert first.title == "Müşteri Hizmetleri Analisti"
    assert "title" in first.matched_in
    assert first.matched_in[0] == "title"  # fields are listed by weight, title first
    assert all(first.score > hit.score for hit in result.hits[1:])


def test_spellings_give_identical_results(profiles: list[Profile]) -> None:
    results = [
        search(query, profiles).hits
        for query in ("müşteri hizmetleri", "MÜŞTERİ HİZMETLERİ", "musteri hizmetleri")
    ]
    assert results[0] == results[1] == results[2]


def test_query_is_echoed_as_typed(profiles: list[Profile]) -> None:
    assert search("MÜŞTERİ HİZMETLERİ", profiles).query == "MÜŞTERİ HİZMETLERİ"


@pytest.mark.parametrize("query", ["musteri analist", "analist", "analst", "ANALİST"])
def test_analyst_found_by_part_of_title_and_typo(profiles: list[Profile], query: str) -> None:
    result = search(query, profiles)
    assert result.hits[0].slug == ANALIST
    assert "title" in result.hits[0].matched_in


def test_typo_scores_lower_than_exact(profiles: list[Profile]) -> None:
    exact = search("analist", profiles).hits[0].score
    typo = search("analst", profiles).hits[0].score
    assert 0 < typo < exact


def test_hesap_temsilcisi_ranks_the_representative_first(profiles: list[Profile]) -> None:
    result = search("hesap temsilcisi", profiles)
    assert result.hits[0].slug == HESAP
    assert "title" in result.hits[0].matched_in
    assert all(hit.score < result.hits[0].score for hit in result.hits[1:])


def test_skill_words_match_in_skills(profiles: list[Profile]) -> None:
    result = search("aktif dinleme", profiles)
    assert slugs(result)[0] == ANALIST
    assert "skills" in result.hits[0].matched_in
    assert "title" not in result.hits[0].matched_in
    assert HESAP not in slugs(result)  # the representative's article has no "aktif dinleme"


def test_scores_are_0_to_100_and_sorted(profiles: list[Profile]) -> None:
    result = search("müşteri", profiles)
    assert set(slugs(result)) == {HESAP, ANALIST}
    scores = [hit.score for hit in result.hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 100 for score in scores)


def test_limit(profiles: list[Profile]) -> None:
    assert len(search("müşteri", profiles, limit=1).hits) == 1


def test_no_match_raises_turkish_error(profiles: list[Profile]) -> None:
    with pytest.raises(KariyerError) as info:
        search("zzzqqq", profiles)
    assert "bulunamadı" in info.value.message
    assert "zzzqqq" in info.value.message


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "!!! ?? --"])
def test_empty_query_raises(profiles: list[Profile], query: str) -> None:
    with pytest.raises(KariyerError) as info:
        search(query, profiles)
    assert "boş" in info.value.message
