"""Wrapping text: words whole, addresses whole, paths broken after a slash."""

from __future__ import annotations

from kariyer.output.wrap import BREAK_FROM, least_width, wrap

URL = "https://www.eniyimeslekler.com/meslekler/" + "musteri-hizmetleri-analisti-" * 3


def test_lines_break_at_spaces_only_and_keep_inner_runs_of_spaces() -> None:
    lines = wrap("A: musteri   B: analist ve başka kelimeler", 16)
    assert lines == ["A: musteri   B:", "analist ve başka", "kelimeler"]
    assert all(len(line) <= 16 for line in lines)


def test_the_first_line_may_have_less_room() -> None:
    assert wrap("bir iki üç dört", 8, first=4) == ["bir", "iki üç", "dört"]


def test_an_address_keeps_a_line_of_its_own_however_long() -> None:
    assert wrap(f"Kaynak: {URL} (arşiv)", 30) == ["Kaynak:", URL, "(arşiv)"]


def test_a_path_breaks_after_a_slash_or_a_dash_never_inside_a_name() -> None:
    path = "/home/kullanici/meslekler/kidemli-musteri-deneyimi-analisti.json"
    assert wrap(f"dosya {path} yazıldı", 30) == [
        "dosya /home/kullanici/",
        "meslekler/kidemli-musteri-",
        "deneyimi-analisti.json yazıldı",
    ]


def test_only_a_word_without_breaks_is_cut_at_the_width() -> None:
    assert wrap("a" * 25, 10) == ["a" * 10, "a" * 10, "a" * 5]


def test_line_feeds_and_empty_lines_are_kept() -> None:
    assert wrap("bir\n\niki", 10) == ["bir", "", "iki"]


def test_the_least_width_of_a_column_keeps_words_and_addresses_whole() -> None:
    assert least_width("Müşteri Hizmetleri Analisti") == len("Hizmetleri")
    assert least_width(f"bkz. {URL}") == len(URL)
    long_slug = "kidemli-musteri-deneyimi-ve-sadakat-programlari-analisti"
    assert least_width(long_slug) == BREAK_FROM  # it may break after a "-"
