"""`kariyer search`: free-text search as a table or JSON, and its errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kariyer.store.postings import FIELDS
from kariyer.text import fold

from ..support import ANALIST, HESAP, Run, clean_env


def test_cli_search_table(run: Run) -> None:
    result = run("search", "müşteri hizmetleri")
    assert result.exit_code == 0, result
    assert result.stderr == ""
    lines = [line for line in result.stdout.splitlines() if ANALIST in line or HESAP in line]
    assert lines[0].startswith(f"Müşteri Hizmetleri Analisti ({ANALIST}) · puan ")
    assert HESAP in lines[1]
    found = result.stdout.split(lines[0], 1)[1].splitlines()[1]
    assert found.strip().startswith("eşleştiği yer: ad, görevler, özet")  # in Turkish
    assert "'müşteri hizmetleri' için 2 sonuç" in result.stdout


def test_cli_search_json(run: Run) -> None:
    result = run("search", "MÜŞTERİ HİZMETLERİ", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert set(data) == {"query", "hits"}
    assert data["query"] == "MÜŞTERİ HİZMETLERİ"
    assert data["hits"], data
    for hit in data["hits"]:
        assert set(hit) == {"slug", "title", "score", "matched_in", "snippets"}
        assert isinstance(hit["score"], int)
        assert isinstance(hit["matched_in"], list)
        assert set(hit["matched_in"]) <= set(FIELDS)
        for snippet in hit["snippets"]:
            assert set(snippet) == {"field", "text", "marks"}
            assert snippet["field"] in hit["matched_in"]
            for start, end in snippet["marks"]:  # each mark is a matched word of the text
                assert fold(snippet["text"][start:end]).startswith(("musteri", "hizmet"))
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
    assert result.stdout.strip().splitlines() == ["rank,slug,title,score,matched_in,snippets"]


# words the article has outside the name, skills, duties and summary (issue 16), with the
# section they are in and the occupation that has them
BODY_WORDS = [
    ("çağrı merkezi", HESAP, "work_conditions"),
    ("lise", HESAP, "requirements"),
    ("lise", ANALIST, "requirements"),
    ("ofis", HESAP, "work_conditions"),
    ("ofis", ANALIST, "work_conditions"),
    ("komisyon", HESAP, "salary"),
]


@pytest.mark.parametrize(("query", "slug", "field"), BODY_WORDS)
def test_every_text_section_is_searched(run: Run, query: str, slug: str, field: str) -> None:
    result = run("search", query, "--json")
    assert result.exit_code == 0, result
    hits = {hit["slug"]: hit for hit in json.loads(result.stdout)["hits"]}
    assert field in hits[slug]["matched_in"]
    snippet = next(s for s in hits[slug]["snippets"] if s["field"] == field)
    query_words = fold(query).split()
    marked = [fold(snippet["text"][start:end]) for start, end in snippet["marks"]]
    assert marked
    assert all(any(m.startswith(w[:5]) for w in query_words) for m in marked)
    assert len(snippet["text"]) <= 130  # a snippet, not the paragraph


def test_snippets_name_their_section_on_a_terminal(run: Run) -> None:
    result = run("search", "lise")
    assert result.exit_code == 0, result
    assert "eşleştiği yer: şartlar ve nitelikler" in result.stdout
    assert "    şartlar ve nitelikler: " in result.stdout
    assert "lise" in result.stdout


@pytest.mark.parametrize("query", ["critical-thinking", "eleştirel düşünme", "kritik düşünme"])
def test_skill_id_canonical_name_and_alias_find_the_occupation(run: Run, query: str) -> None:
    result = run("search", query, "--json")
    assert result.exit_code == 0, result
    hits = json.loads(result.stdout)["hits"]
    assert hits[0]["slug"] == ANALIST
    assert "skills" in hits[0]["matched_in"]


def _kariyer(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kariyer", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)


def test_matched_words_are_highlighted_in_colour_only(tmp_path: Path) -> None:
    coloured = _kariyer("search", "ofis", env=clean_env(FORCE_COLOR="1"), cwd=tmp_path)
    assert coloured.returncode == 0, coloured.stderr
    assert "\x1b[1;33mofis\x1b[0m" in coloured.stdout
    plain = _kariyer("search", "ofis", env=clean_env(), cwd=tmp_path)
    assert "\x1b" not in plain.stdout
    assert " ofis " in plain.stdout


def test_markdown_search_bolds_the_matched_words(run: Run) -> None:
    result = run("search", "ofis", "--format", "markdown")
    assert result.exit_code == 0, result
    assert "**ofis**" in result.stdout
    assert "- çalışma şartları: " in result.stdout


def test_csv_search_has_the_snippets(run: Run) -> None:
    result = run("search", "ofis", "--format", "csv")
    assert result.exit_code == 0, result
    assert "çalışma şartları: " in result.stdout  # the label the text view shows
