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
    assert "aranacak bir kelime yok" in info.value.message
    assert info.value.exit_code == 2  # nothing to look for: a usage error


# -- snippets ---------------------------------------------------------------------------
def test_snippet_cuts_at_words_and_marks_the_matched_words() -> None:
    from kariyer.domain.search import SNIPPET_LENGTH, snippet_of

    text = (
        " ".join(["kelime"] * 30)
        + " Lise diplomasına sahip olmaları gerekir "
        + " ".join(["sonra"] * 30)
    )
    snippet = snippet_of(["başka bir paragraf", text], {"lise"}, "requirements")
    assert snippet is not None
    assert snippet.field == "requirements"
    assert snippet.text.startswith("…kelime ")
    assert snippet.text.endswith(" sonra…")
    assert len(snippet.text) <= SNIPPET_LENGTH + 2
    assert [snippet.text[start:end] for start, end in snippet.marks] == ["Lise"]


def test_snippet_of_a_short_text_is_the_whole_text_on_one_line() -> None:
    from kariyer.domain.search import snippet_of

    snippet = snippet_of(["Çağrı\nmerkezinde çalışır; ÇAĞRI sayısı artar."], {"cagri"}, "x")
    assert snippet is not None
    assert snippet.text == "Çağrı merkezinde çalışır; ÇAĞRI sayısı artar."
    assert [snippet.text[a:b] for a, b in snippet.marks] == ["Çağrı", "ÇAĞRI"]


def test_snippet_prefers_the_text_with_more_of_the_words() -> None:
    from kariyer.domain.search import snippet_of

    snippet = snippet_of(["ofis", "ofis ve çağrı merkezi"], {"ofis", "cagri"}, "x")
    assert snippet is not None
    assert snippet.text == "ofis ve çağrı merkezi"
    assert snippet_of(["hiçbiri"], {"ofis"}, "x") is None
