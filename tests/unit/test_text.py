"""Turkish-aware normalisation: the dotted/dotless i, ASCII folding, slugs."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kariyer.text import (
    fold,
    fold_reference,
    fold_spaced,
    slugify,
    tokens,
    turkish_lower,
    turkish_upper,
)

TURKISH_LOWER = "abcçdefgğhıijklmnoöprsştuüvyz"
TURKISH_UPPER = "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ"
FOLDED = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İSTANBUL", "istanbul"),
        ("ISPARTA", "ısparta"),
        ("IĞDIR", "ığdır"),
        ("MÜŞTERİ HESAP TEMSİLCİSİ", "müşteri hesap temsilcisi"),
        ("ÇĞÖŞÜ", "çğöşü"),
        ("zaten küçük", "zaten küçük"),
    ],
)
def test_turkish_lower(text: str, expected: str) -> None:
    assert turkish_lower(text) == expected


def test_python_lower_leaves_a_combining_dot_but_turkish_lower_does_not() -> None:
    # The reason turkish_lower exists: str.lower gives i + U+0307 (two code points).
    assert "İ".lower() == "i\u0307"
    assert len("İ".lower()) == 2
    assert turkish_lower("İ") == "i"
    assert len(turkish_lower("İ")) == 1
    assert turkish_lower("İZMİR") == "izmir"
    assert "\u0307" not in turkish_lower("İZMİR")


def test_decomposed_dotted_i_is_cleaned() -> None:
    assert turkish_lower("i\u0307") == "i"
    assert turkish_lower("I\u0307STANBUL") == "istanbul"  # NFC makes it İ first
    assert turkish_lower("mi\u0307lli") == "milli"
    assert fold("I\u0307STANBUL") == fold("İstanbul") == "istanbul"


def test_turkish_lower_keeps_decomposed_letters_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "ŞÜ")
    assert turkish_lower(decomposed) == "şü"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("istanbul", "İSTANBUL"),
        ("ısparta", "ISPARTA"),
        ("ığdır", "IĞDIR"),
        ("müşteri", "MÜŞTERİ"),
    ],
)
def test_turkish_upper(text: str, expected: str) -> None:
    assert turkish_upper(text) == expected


def test_fold_ignores_case_and_turkish_letters() -> None:
    assert fold("MÜŞTERİ HESAP") == fold("musteri hesap") == "musteri hesap"
    assert fold("Problem Çözme") == "problem cozme"
    assert fold("PROBLEM ÇÖZME") == "problem cozme"
    assert fold("Müşteri Hizmetleri Analisti") == fold("MUSTERI HIZMETLERI ANALISTI")


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("ş", "s"),
        ("ğ", "g"),
        ("ç", "c"),
        ("ö", "o"),
        ("ü", "u"),
        ("ı", "i"),
        ("i", "i"),
        ("Ş", "s"),
        ("Ğ", "g"),
        ("Ç", "c"),
        ("Ö", "o"),
        ("Ü", "u"),
        ("I", "i"),
        ("İ", "i"),
        ("â", "a"),
        ("î", "i"),
        ("û", "u"),
    ],
)
def test_fold_letter(letter: str, expected: str) -> None:
    assert fold(letter) == expected
    assert fold(f"a{letter}b") == f"a{expected}b"


def test_fold_drops_other_accents() -> None:
    assert fold("Café Niño") == "cafe nino"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  müşteri   hesap  ", "musteri hesap"),
        ("müşteri,hesap;temsilcisi!", "musteri hesap temsilcisi"),
        ("Müşteri\t\nHesap", "musteri hesap"),
        ("  -- ... !!  ", ""),
        ("", ""),
        ("ISO 9001", "iso 9001"),
    ],
)
def test_fold_collapses_punctuation_and_spaces(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_tokens() -> None:
    assert tokens("Müşteri, HİZMETLERİ  analisti") == ["musteri", "hizmetleri", "analisti"]
    assert tokens(" ,; ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müşteri Hesap Temsilcisi", "musteri-hesap-temsilcisi"),
        ("MÜŞTERİ HİZMETLERİ ANALİSTİ", "musteri-hizmetleri-analisti"),
        ("  Müşteri -- Hesap,  Temsilcisi!  ", "musteri-hesap-temsilcisi"),
        ("Çağrı Merkezi (Gece) / Elemanı", "cagri-merkezi-gece-elemani"),
        ("musteri-hesap-temsilcisi", "musteri-hesap-temsilcisi"),
        ("!!!", ""),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@given(st.text(max_size=80))
def test_fold_is_idempotent_and_plain_ascii(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert set(folded) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")
    assert folded == "" or FOLDED.fullmatch(folded), repr(folded)


@given(st.text(alphabet=TURKISH_LOWER + TURKISH_UPPER + " ", max_size=40))
def test_fold_ignores_turkish_case(text: str) -> None:
    assert fold(turkish_upper(text)) == fold(turkish_lower(text)) == fold(text)


@given(st.text(alphabet=TURKISH_LOWER + " ", max_size=40))
def test_turkish_case_round_trip(text: str) -> None:
    assert turkish_lower(turkish_upper(text)) == text


@given(st.text(max_size=80))
def test_slugify_is_a_valid_slug_or_empty(text: str) -> None:
    slug = slugify(text)
    assert slug == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug), repr(slug)
    assert slugify(slug) == slug


TURKISH_HEAVY = st.text(
    alphabet=st.one_of(
        st.sampled_from("çğıöşüÇĞİÖŞÜIiâîûÂÎÛ \u0307—“”’…-.,"),
        st.characters(codec="utf-8"),
    ),
    max_size=60,
)


@settings(max_examples=2000, deadline=None)
@given(TURKISH_HEAVY)
def test_fast_fold_is_the_reference_fold_character_for_character(text: str) -> None:
    assert fold(text) == fold_reference(text)


def test_what_writers_escape_is_the_unsafe_set_but_tab_and_line_feed() -> None:
    from kariyer.schema.limits import SHOWN_RE, UNSAFE_RE

    for code in range(0x3000):
        char = chr(code)
        unsafe = UNSAFE_RE.fullmatch(char) is not None
        shown = SHOWN_RE.fullmatch(char) is not None
        assert shown == (unsafe and char not in "\t\n"), hex(code)


@settings(max_examples=500, deadline=None)
@given(TURKISH_HEAVY)
def test_fold_spaced_has_the_folded_words_and_only_spaces_between(text: str) -> None:
    spaced = fold_spaced(text)
    assert spaced.split() == fold(text).split()
    assert re.fullmatch(r"[0-9a-z ]*", spaced), repr(spaced)
