"""Finding an occupation by what people type: slug, title in any case, typos → suggestions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kariyer.errors import NotFoundError
from kariyer.store.catalog import Catalog
from kariyer.store.names import resolve, suggest
from kariyer.text import slugify

from .support import ANALIST, HESAP, CliResult

Run = Callable[..., CliResult]
WriteProfile = Callable[[str, "dict[str, Any] | str"], Path]

CANDIDATES = [(HESAP, "Müşteri Hesap Temsilcisi"), (ANALIST, "Müşteri Hizmetleri Analisti")]
HINT = "Bunu mu demek istediniz: "

# Extra user profiles that look alike, so that "at most three" can be seen.
LOOKALIKES = {
    "musteri-destek-uzmani": "Müşteri Destek Uzmanı",
    "musteri-iliskileri-muduru": "Müşteri İlişkileri Müdürü",
    "musteri-temsilcisi": "Müşteri Temsilcisi",
    "cagri-merkezi-elemani": "Çağrı Merkezi Elemanı",
}


def flat(text: str) -> str:
    return " ".join(text.split())


def suggestions_in(stderr: str) -> list[str]:
    """The slugs of the "Bunu mu demek istediniz: a, b, c?" line; [] when there is none."""
    text = flat(stderr)
    if HINT not in text:
        return []
    listed = text.split(HINT, 1)[1].split("?", 1)[0]
    return [item.strip() for item in listed.split(",")]


@pytest.fixture
def crowded_dir(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> Path:
    for slug, title in LOOKALIKES.items():
        write_profile(slug, {**raw_profiles[HESAP], "slug": slug, "title": title})
    return tmp_path


# -- Catalog.get -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "slug"),
    [
        (HESAP, HESAP),
        (ANALIST, ANALIST),
        ("Müşteri Hesap Temsilcisi", HESAP),
        ("MÜŞTERİ HESAP TEMSİLCİSİ", HESAP),
        ("müşteri hesap temsilcisi", HESAP),
        ("Musteri Hizmetleri Analisti", ANALIST),
        ("MUSTERI HIZMETLERI ANALISTI", ANALIST),  # dotless capital I, as typed on a US keyboard
        ("müşteri hizmetleri analisti", ANALIST),
        ("  Müşteri   Hizmetleri Analisti  ", ANALIST),
        ("MUSTERI-HESAP-TEMSILCISI", HESAP),
    ],
)
def test_catalog_get_accepts_slug_and_title(catalog: Catalog, name: str, slug: str) -> None:
    assert catalog.get(name).slug == slug


def test_catalog_get_by_title_returns_the_cached_profile(catalog: Catalog) -> None:
    by_slug = catalog.get(HESAP)
    assert catalog.get("MÜŞTERİ HESAP TEMSİLCİSİ") is by_slug


def test_catalog_get_title_that_differs_from_slug(
    tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], write_profile: WriteProfile
) -> None:
    # The slug cannot be guessed from this title: only the title comparison finds it.
    write_profile("ozel-kod", {**raw_profiles[ANALIST], "slug": "ozel-kod", "title": "Özel Meslek"})
    catalog = Catalog(user_dir=tmp_path)
    assert catalog.get("ÖZEL MESLEK").slug == "ozel-kod"
    assert catalog.get("ozel meslek").slug == "ozel-kod"
    assert catalog.get("ozel-kod").slug == "ozel-kod"


def test_catalog_get_unknown_has_ranked_suggestions(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError) as info:
        catalog.get("müşteri analist")
    assert info.value.suggestions[0] == ANALIST
    with pytest.raises(NotFoundError) as info:
        catalog.get("Müşteri Hesap Temsilcis")
    assert info.value.suggestions[0] == HESAP


def test_catalog_get_nonsense_has_no_suggestions(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError) as info:
        catalog.get("xyzzy")
    assert info.value.suggestions == []


def test_catalog_get_suggests_at_most_three(crowded_dir: Path) -> None:
    catalog = Catalog(user_dir=crowded_dir)
    with pytest.raises(NotFoundError) as info:
        catalog.get("müşteri")
    suggestions = info.value.suggestions
    assert len(suggestions) == 3  # five look alike
    assert len(set(suggestions)) == 3
    assert "cagri-merkezi-elemani" not in suggestions


def test_catalog_get_ranks_among_many(crowded_dir: Path) -> None:
    catalog = Catalog(user_dir=crowded_dir)
    with pytest.raises(NotFoundError) as info:
        catalog.get("Müşteri Hesap Temsilcis")
    assert info.value.suggestions[0] == HESAP
    with pytest.raises(NotFoundError) as info:
        catalog.get("musteri temsilci")
    assert info.value.suggestions[0] == "musteri-temsilcisi"
    with pytest.raises(NotFoundError) as info:
        catalog.get("cagri merkez")
    assert info.value.suggestions[0] == "cagri-merkezi-elemani"


# -- the pure functions ------------------------------------------------------------
def test_typed_title_becomes_its_slug() -> None:
    assert slugify("MÜŞTERİ Hesap Temsilcisi") == HESAP
    assert slugify("  ") == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Müşteri Hesap Temsilcisi", HESAP),
        ("MÜŞTERİ HİZMETLERİ ANALİSTİ", ANALIST),
        (ANALIST, ANALIST),
        ("musteri hesap", None),  # a part of a title is not the title
        ("", None),
        ("   ", None),
    ],
)
def test_resolve(name: str, expected: str | None) -> None:
    assert resolve(name, CANDIDATES) == expected


def test_suggest_orders_best_first_and_respects_limit() -> None:
    assert suggest("müşteri analist", CANDIDATES)[0] == ANALIST
    assert suggest("müşteri hesap temsilcis", CANDIDATES)[0] == HESAP
    assert len(suggest("müşteri", CANDIDATES, limit=1)) == 1
    assert suggest("xyzzy", CANDIDATES) == []
    assert suggest("", CANDIDATES) == []


def test_suggest_survives_a_huge_name() -> None:
    assert suggest("müşteri " * 10_000, CANDIDATES) != []  # only the start is compared


# -- the CLI -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "title"),
    [
        (HESAP, "Müşteri Hesap Temsilcisi"),
        ("Müşteri Hesap Temsilcisi", "Müşteri Hesap Temsilcisi"),
        ("MÜŞTERİ HESAP TEMSİLCİSİ", "Müşteri Hesap Temsilcisi"),
        ("müşteri hesap temsilcisi", "Müşteri Hesap Temsilcisi"),
        ("Musteri Hizmetleri Analisti", "Müşteri Hizmetleri Analisti"),
    ],
)
def test_show_accepts_titles(run: Run, name: str, title: str) -> None:
    result = run("show", name)
    assert result.exit_code == 0, result
    assert title in result.stdout
    assert result.stderr == ""


def test_show_by_title_json_is_the_same_profile(run: Run) -> None:
    by_slug = json.loads(run("show", ANALIST, "--json").stdout)
    by_title = json.loads(run("show", "MÜŞTERİ HİZMETLERİ ANALİSTİ", "--json").stdout)
    assert by_title == by_slug


def test_show_unknown_suggests_best_first(run: Run) -> None:
    result = run("show", "müşteri analist")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Bulunamadı" in result.stderr
    assert HINT.strip() in flat(result.stderr)
    assert suggestions_in(result.stderr)[0] == ANALIST
    assert "Traceback" not in result.output


def test_show_typo_in_title_suggests_it(run: Run) -> None:
    result = run("show", "Müşteri Hesap Temsilcis")
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    assert suggestions_in(result.stderr)[0] == HESAP


def test_show_nonsense_has_no_suggestions(run: Run) -> None:
    result = run("show", "xyzzy")
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    assert "xyzzy" in result.stderr
    assert HINT.strip() not in flat(result.stderr)
    assert suggestions_in(result.stderr) == []
    assert "kariyer list" in result.stderr


def test_show_suggests_at_most_three(run: Run, crowded_dir: Path) -> None:
    result = run("show", "müşteri", "--data-dir", str(crowded_dir))
    assert result.exit_code == 1
    assert "Bulunamadı" in result.stderr
    listed = suggestions_in(result.stderr)
    assert 1 <= len(listed) <= 3
    assert len(listed) == 3
    known = set(LOOKALIKES) | {HESAP, ANALIST}
    assert set(listed) <= known


def test_compare_accepts_titles(run: Run) -> None:
    result = run("compare", "Müşteri Hesap Temsilcisi", "MÜŞTERİ HİZMETLERİ ANALİSTİ", "--json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["a"]["slug"] == HESAP
    assert data["b"]["slug"] == ANALIST


def test_compare_title_and_slug_give_the_same_result(run: Run) -> None:
    by_slug = run("compare", HESAP, ANALIST, "--json")
    by_title = run("compare", "musteri hesap temsilcisi", "Müşteri Hizmetleri Analisti", "--json")
    assert by_title.exit_code == by_slug.exit_code == 0
    assert json.loads(by_title.stdout) == json.loads(by_slug.stdout)


def test_compare_unknown_second_suggests(run: Run) -> None:
    result = run("compare", "Müşteri Hesap Temsilcisi", "müşteri analist")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Bulunamadı" in result.stderr
    assert suggestions_in(result.stderr)[0] == ANALIST
