"""Forgiving input: a unique word finds its occupation, an ambiguous one lists them, typos
in skill names get suggestions, skills typed without commas are read as skills."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ..support import ANALIST, HESAP, Run, assert_clean_failure, write_user_profile


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("analist", ANALIST),
        ("temsilci", HESAP),
        ("HESAP TEMSİL", HESAP),
        ("hizmet analis", ANALIST),
    ],
)
def test_a_word_of_one_occupation_finds_it_and_says_so(run: Run, typed: str, slug: str) -> None:
    result = run("show", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["slug"] == slug
    assert f"'{typed}' → {slug}" in result.stderr


def test_a_word_of_several_occupations_lists_them_and_picks_none(run: Run) -> None:
    result = run("show", "müşteri")
    assert_clean_failure(result, 1)
    assert "birden çok meslekle eşleşiyor" in result.stderr
    assert HESAP in result.stderr
    assert ANALIST in result.stderr
    assert result.stdout == ""


def test_short_words_never_match_by_prefix(run: Run) -> None:
    result = run("show", "mü")
    assert_clean_failure(result, 1)
    assert "Bulunamadı" in result.stderr


def test_a_shared_title_says_which_was_picked_and_how_to_pick_another(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    for slug in ("satis-temsilcisi-a", "satis-temsilcisi-b"):
        write_user_profile(tmp_path, raw_profiles[HESAP], slug, "Satış Temsilcisi")
    result = run("show", "SATIŞ TEMSİLCİSİ", "--json", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["slug"] == "satis-temsilcisi-a"  # the first by slug
    assert "adında 2 meslek var; satis-temsilcisi-a gösteriliyor" in result.stderr
    assert "slug'ı yazın: satis-temsilcisi-b" in result.stderr


def test_a_shared_title_that_is_also_a_slug_still_says_the_other_one(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    # "Satış Temsilcisi" slugifies to one of the two: the file is found at once, and the
    # other article with the same title must still be named
    for slug in ("satis-temsilcisi", "satis-temsilcisi-2"):
        write_user_profile(tmp_path, raw_profiles[HESAP], slug, "Satış Temsilcisi")
    result = run("show", "Satış Temsilcisi", "--json", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["slug"] == "satis-temsilcisi"
    assert "adında 2 meslek var; satis-temsilcisi gösteriliyor" in result.stderr
    assert "slug'ı yazın: satis-temsilcisi-2" in result.stderr
    typed_slug = run("show", "satis-temsilcisi", "--json", "--data-dir", str(tmp_path))
    assert typed_slug.exit_code == 0, typed_slug.stderr
    assert "meslek var" not in typed_slug.stderr  # a slug names one file: nothing to say


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("problemler", "Problem çözme"), ("takimlar calismalar", "Takım çalışması")],
)  # "problem", "takim": words of one skill's name, resolved (tests/cli/test_trial_gaps_cli.py)
def test_an_unknown_skill_gets_did_you_mean(run: Run, typed: str, suggested: str) -> None:
    result = run("skills", typed)
    assert_clean_failure(result, 1)
    assert f"Bunu mu demek istediniz: {suggested}" in result.stderr


def test_skills_without_commas_are_read_as_the_skills_they_are(run: Run) -> None:
    result = run("match", "--skills", "iletişim aktif dinleme", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["known"] == ["communication", "active-listening"]
    assert data["unknown"] == []
    assert "virgülle" in data["notes"][0]
    assert (
        "İletişim, Aktif dinleme olarak okundu"
        in run("match", "-s", "iletişim aktif dinleme").stdout
    )


def test_an_unknown_run_of_words_says_skills_are_separated_by_commas(run: Run) -> None:
    result = run("match", "--skills", "iletişim uçak pilotluğu")
    assert result.exit_code == 1, result.stderr  # no skill known at all: an error, saying why
    assert "virgülle ayırın" in result.stderr
    assert "iletişim uçak pilotluğu" in result.stderr
    known_too = run("match", "--skills", "iletişim uçak pilotluğu, excel, iletişim")
    assert known_too.exit_code == 0, known_too.stderr
    assert "virgülle ayırın" in known_too.stdout
