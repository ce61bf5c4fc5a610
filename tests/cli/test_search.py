"""`kariyer search`: free-text search as a table or JSON, and its errors."""

from __future__ import annotations

import json

import pytest

from ..support import ANALIST, HESAP, Run


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


@pytest.mark.parametrize("form", [("--json",), ("--format", "json")])
def test_no_hits_with_json_is_still_a_json_document(run: Run, form: tuple[str, ...]) -> None:
    result = run("search", "zzqqxx", *form)
    assert result.exit_code == 1  # no hits: exit 1, as on a terminal
    assert json.loads(result.stdout) == {"query": "zzqqxx", "hits": []}
    assert "eşleşen meslek bulunamadı" in result.stderr


def test_no_hits_as_csv_is_the_header_only(run: Run) -> None:
    result = run("search", "zzqqxx", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.strip().splitlines() == ["rank,slug,title,score,matched_in"]
