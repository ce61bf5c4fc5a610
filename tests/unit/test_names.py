"""Finding an occupation by what people type: Catalog.get, and the pure resolve/suggest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kariyer.errors import AmbiguousNameError, NotFoundError
from kariyer.store.catalog import Catalog
from kariyer.store.names import resolve, suggest
from kariyer.text import slugify

from ..support import ANALIST, HESAP, WriteProfile

CANDIDATES = [(HESAP, "Müşteri Hesap Temsilcisi"), (ANALIST, "Müşteri Hizmetleri Analisti")]


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
        catalog.get("müşteri anlaist")  # a typo, not the start of a word
    assert info.value.suggestions[0] == ANALIST
    with pytest.raises(NotFoundError) as info:
        catalog.get("Müşteri Hesap Temsilsi")
    assert info.value.suggestions[0] == HESAP


def test_catalog_get_by_the_start_of_each_word(catalog: Catalog) -> None:
    assert catalog.get("müşteri analist").slug == ANALIST  # one occupation has both words
    assert catalog.get("Müşteri Hesap Temsilcis").slug == HESAP
    assert any("→ " + HESAP in notice for notice in catalog.notices)


def test_catalog_get_nonsense_has_no_suggestions(catalog: Catalog) -> None:
    with pytest.raises(NotFoundError) as info:
        catalog.get("xyzzy")
    assert info.value.suggestions == []


def test_catalog_get_suggests_at_most_three(crowded_dir: Path) -> None:
    catalog = Catalog(user_dir=crowded_dir)
    with pytest.raises(NotFoundError) as info:
        catalog.get("müşterii")
    suggestions = info.value.suggestions
    assert len(suggestions) == 3  # five look alike
    assert len(set(suggestions)) == 3
    assert "cagri-merkezi-elemani" not in suggestions


def test_catalog_get_ranks_among_many(crowded_dir: Path) -> None:
    catalog = Catalog(user_dir=crowded_dir)
    with pytest.raises(NotFoundError) as info:
        catalog.get("Müşteri Hesap Temsilsi")
    assert info.value.suggestions[0] == HESAP
    with pytest.raises(AmbiguousNameError) as ambiguous:  # the words of two occupations
        catalog.get("musteri temsilci")
    assert [slug for slug, _title in ambiguous.value.choices] == [HESAP, "musteri-temsilcisi"]
    assert catalog.get("cagri merkez").slug == "cagri-merkezi-elemani"  # the words of one


def test_catalog_get_lists_what_a_common_word_fits(crowded_dir: Path) -> None:
    with pytest.raises(AmbiguousNameError) as ambiguous:
        Catalog(user_dir=crowded_dir).get("müşteri")
    slugs = [slug for slug, _title in ambiguous.value.choices]
    assert len(slugs) == 5
    assert "cagri-merkezi-elemani" not in slugs


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
