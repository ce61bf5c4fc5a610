"""Free-text search over the bundled occupations: ranking, Turkish spelling, typos, errors."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from kariyer.domain.search import SearchResult, search
from kariyer.errors import KariyerError
from kariyer.schema.models import Profile
from kariyer.store.catalog import Catalog

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]


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


# -- the CLI -------------------------------------------------------------------------
def test_cli_search_table(run: Run) -> None:
    result = run("search", "müşteri hizmetleri")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    lines = [line for line in result.stdout.splitlines() if ANALIST in line or HESAP in line]
    assert ANALIST in lines[0]
    assert lines[0].split()[-3:] == ["ad,", "görevler,", "özet"]  # matched_in, in Turkish
    assert HESAP in lines[1]
    assert "'müşteri hizmetleri' için 2 sonuç" in result.stdout


def test_cli_search_json(run: Run) -> None:
    result = run("search", "MÜŞTERİ HİZMETLERİ", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert set(data) == {"query", "hits"}
    assert data["query"] == "MÜŞTERİ HİZMETLERİ"
    assert data["hits"], data
    for hit in data["hits"]:
        assert set(hit) == {"slug", "title", "score", "matched_in"}
        assert isinstance(hit["score"], int)
        assert isinstance(hit["matched_in"], list)
        assert set(hit["matched_in"]) <= {"title", "skills", "duties", "summary"}
    assert data["hits"][0]["slug"] == ANALIST
    assert "title" in data["hits"][0]["matched_in"]


@pytest.mark.parametrize(
    ("query", "first"),
    [("musteri analist", ANALIST), ("analst", ANALIST), ("hesap temsilcisi", HESAP)],
)
def test_cli_search_json_first_hit(run: Run, query: str, first: str) -> None:
    result = run("search", query, "--json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["hits"][0]["slug"] == first


def test_cli_no_match(run: Run) -> None:
    result = run("search", "zzzqqq")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "eşleşen meslek bulunamadı" in result.stderr
    assert "Traceback" not in result.output


def test_cli_no_match_json_writes_no_json(run: Run) -> None:
    result = run("search", "zzzqqq", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""


@pytest.mark.parametrize("query", ["", "   "])
def test_cli_empty_query(run: Run, query: str) -> None:
    result = run("search", query)
    assert result.exit_code in (1, 2)
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "Traceback" not in result.output


def test_cli_missing_query_is_usage_error(run: Run) -> None:
    result = run("search")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
