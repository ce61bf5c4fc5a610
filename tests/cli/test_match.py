"""`kariyer match`: ranking occupations by the skills a person has."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ..support import ANALIST, HESAP, MATCH_INPUT, Run, flat


def test_cli_match_table(run: Run) -> None:
    result = run("match", "--skills", MATCH_INPUT)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    text = flat(result.stdout)
    analist_at = text.index("Müşteri Hizmetleri")
    hesap_at = text.index("Müşteri Hesap")
    assert analist_at < hesap_at
    assert "2/5" in text[analist_at:hesap_at]
    assert "1/5" in text[hesap_at:]
    for lacking in ("Eleştirel düşünme", "Organizasyon", "Ürün bilgisi", "Takım çalışması"):
        assert lacking in text
    assert "Bilinmeyen beceriler" in text
    assert text.endswith("excel")


def test_cli_match_json(run: Run) -> None:
    result = run("match", "-s", MATCH_INPUT, "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert set(data) == {"known", "unknown", "results", "notes"}
    assert data["unknown"] == ["excel"]
    assert data["known"] == ["communication", "active-listening"]
    first, second = data["results"]
    assert (first["slug"], len(first["have"]), len(first["have"]) + len(first["lack"])) == (
        ANALIST,
        2,
        5,
    )
    assert (second["slug"], len(second["have"]), len(second["have"]) + len(second["lack"])) == (
        HESAP,
        1,
        5,
    )
    assert "Organizasyon" in first["lack"]
    assert "Takım çalışması" in second["lack"]


@pytest.mark.parametrize("skills", ["", " , ;, "])
def test_cli_match_empty_list(run: Run, skills: str) -> None:
    result = run("match", "--skills", skills)
    assert result.exit_code == 2  # a usage error, as `search ""` is
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "Traceback" not in result.output


def test_cli_match_missing_option(run: Run) -> None:
    result = run("match")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Hata: ")
    assert "--skills seçeneği gerekli" in result.stderr
    assert "Traceback" not in result.output


def test_match_csv_keeps_unknown_skills(run: Run) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run("match", "--skills", "excel, iletişim", "-f", "csv").stdout))
    )
    assert rows
    assert {row["unknown_skills"] for row in rows} == {"excel"}
