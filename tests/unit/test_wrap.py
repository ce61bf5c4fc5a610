"""Wrapping text and sharing a table's width: words whole, addresses whole, the name first."""

from __future__ import annotations

from kariyer.output.tables import bar, shortened
from kariyer.output.widths import Column, column_widths, shares
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


def test_the_name_gets_its_one_line_first_then_the_others_share() -> None:
    name, skills, more = Column(10, 27, 27), Column(8, 23, 23), Column(12, 45, 45)
    widths = column_widths([name, skills, more], 80, first=0)
    assert widths is not None
    assert widths[0] == 27  # the name on one line
    assert sum(widths) == 80
    assert widths[1] == 23  # what wants little gets all of it
    assert column_widths([name, skills, more], 29) is None  # not even the least fits


def test_a_chart_gets_what_is_left_and_no_more_than_it_wants() -> None:
    columns = [Column(10, 20, 20), Column(6, 16, 16)]
    assert column_widths(columns, 30, last=1) == [20, 10]
    assert column_widths(columns, 60, last=1) == [20, 16]


def test_shares_are_even_and_never_more_than_wanted() -> None:
    assert shares(10, {0: 2, 1: 30, 2: 30}) == {0: 2, 1: 4, 2: 4}
    assert shares(100, {0: 2, 1: 3}) == {0: 2, 1: 3}
    assert sum(shares(7, {0: 5, 1: 5, 2: 5}).values()) == 7


def test_bars_are_drawn_to_the_width_given() -> None:
    assert bar(1.0, 11) == "█" * 11
    assert bar(0.5, 10) == "█" * 5
    assert bar(0.001, 10) == "█"  # a figure is never drawn as nothing
    assert bar(None) == bar(0.0) == ""


def test_a_name_too_long_for_the_plain_columns_is_cut_after_a_whole_word() -> None:
    assert shortened("Müşteri Hizmetleri Analisti", 22) == "Müşteri Hizmetleri…"
    assert shortened("Müşteri Hizmetleri Analisti", 40) == "Müşteri Hizmetleri Analisti"
    assert shortened("Çokuzunbirkelimedenoluşanad", 10) == "Çokuzunbi…"
