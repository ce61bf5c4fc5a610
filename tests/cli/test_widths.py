"""Every text view at 60, 80, 120 and 200 columns: it fits, no word is split, the name
gets the room (the slug under it, or beside it with --wide or room to spare), continuation
lines start under their value, an address is never broken.

The views run on the bundled profiles and on a data directory with a long user-made title
(and slug), an article address longer than any terminal, and an average published as a
range with a low line (the "En düşük/başlangıç" row of compare).
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest

from kariyer.output import tables
from kariyer.store.paths import bundled_data_dir

from ..support import ANALIST, ARTICLES, HESAP, at_columns, bundled_json, invoke, write_user_profile

WIDTHS = (60, 80, 120, 200)
LONG_SLUG = "kidemli-musteri-deneyimi-ve-sadakat-programlari-analisti"
LONG_TITLE = "Kıdemli Müşteri Deneyimi ve Sadakat Programları Analisti"
URL_SLUG = "adresli-analist"
URL = "https://www.eniyimeslekler.com/meslekler/musteri-hizmetleri/" + "analist-" * 12 + "maasi"
RANGE_SLUG = "aralikli-analist"
TITLES = ("Müşteri Hesap Temsilcisi", "Müşteri Hizmetleri Analisti", LONG_TITLE)
MATCH = ("match", "--skills", "iletişim, aktif dinleme")
HEADERS = {"Slug", "Meslek"}


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """A data directory: a long title and slug, a long address, a range and a low line."""
    directory = tmp_path / "meslekler"
    directory.mkdir()
    raw = bundled_json(ANALIST)
    write_user_profile(directory, raw, LONG_SLUG, LONG_TITLE)
    source = {**raw["source"], "url": URL}
    write_user_profile(directory, raw, URL_SLUG, "Adresli Analist", source=source)
    figures: list[dict[str, Any]] = [dict(figure) for figure in raw["salary"]["figures"]]
    figures[0].update(monthly_tl_high=17500.0, hourly_tl=None)
    figures.append({"year": figures[0]["year"], "kind": "low", "label": "Başlangıç Maaşı"})
    figures[-1]["monthly_tl"] = 12000.0
    salary = {**raw["salary"], "figures": figures}
    write_user_profile(directory, raw, RANGE_SLUG, "Aralıklı Analist", salary=salary)
    return directory


def _text(columns: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    return at_columns(columns, monkeypatch, *args).output


MINE = "<user_dir>"  # replaced by the data directory of the test
COMMANDS = {
    "list": ("list",),
    "list-user": ("list", "--data-dir", MINE),
    "salary": ("salary",),
    "salary-user": ("salary", "--year", "2024", "--data-dir", MINE),
    "salary-ratio-user": ("salary", "--rank-by", "oran", "--data-dir", MINE),
    "search": ("search", "analist"),
    "search-user": ("search", "analist", "--data-dir", MINE),
    "match": MATCH,
    "match-user": (*MATCH, "--data-dir", MINE),
    "compare": ("compare", HESAP, ANALIST),
    "compare-long": ("compare", "--adjust", LONG_SLUG, RANGE_SLUG, "--data-dir", MINE),
    "show-url": ("show", URL_SLUG, "--data-dir", MINE),
    "check": ("check", MINE, str(bundled_data_dir() / "occupations")),
    "skills": ("skills",),
}


def _words(text: str) -> set[str]:
    """The words of an output, without the punctuation around them, rules and bars."""
    words = {token.strip(string.punctuation + "“”…") for token in text.split()}
    return {word for word in words if word and not set(word) <= set("─█")}


def _whole(word: str) -> bool:
    """Words that must come out whole: not a path (it may break after a "/"), not a long
    slug (after a "-"), not the header of a slug column that gave way to the name, or of
    the name's column when each record is headed by its name ("1. Müşteri …")."""
    return "/" not in word and not (len(word) > 30 and "-" in word) and word not in HEADERS


def _too_wide(text: str, columns: int) -> list[str]:
    """Lines wider than the terminal but for one holding an address longer than it."""
    return [line for line in text.splitlines() if len(line) > columns and URL not in line.split()]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_line_fits_and_no_word_is_split(
    name: str, columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    command = [str(user_dir) if part == MINE else part for part in COMMANDS[name]]
    shown = _text(columns, monkeypatch, *command)
    assert _too_wide(shown, columns) == []
    everything = _text(1000, monkeypatch, *command)  # nothing wraps at 1000 columns
    split = {word for word in _words(everything) - _words(shown) if _whole(word)}
    assert split == set()


@pytest.mark.parametrize("columns", WIDTHS)
def test_every_word_of_every_title_is_whole(
    columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = ("--data-dir", str(user_dir))
    for command in (("list", *mine), ("salary", *mine), (*MATCH, *mine)):
        words = _words(_text(columns, monkeypatch, *command))
        for title in TITLES:
            assert set(title.split()) <= words, (command, title)
    rule = _text(columns, monkeypatch, "compare", LONG_SLUG, ANALIST, *mine).splitlines()[:3]
    assert set(f"{LONG_TITLE} Müşteri Hizmetleri Analisti".split()) <= _words("\n".join(rule))


@pytest.mark.parametrize("command", [("list",), ("salary",), MATCH], ids=lambda c: c[0])
def test_the_name_keeps_one_line_at_80_columns(
    command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _text(80, monkeypatch, *command).splitlines()
    assert any("Müşteri Hizmetleri Analisti" in line for line in lines)
    assert not any(line.rstrip().endswith(("Müşteri", "Müşteri Hizmetleri")) for line in lines)


def _header(text: str) -> str:
    return next(line for line in text.splitlines() if "Meslek" in line and "─" not in line)


@pytest.mark.parametrize("command", [("list",), ("salary",), MATCH], ids=lambda c: c[0])
def test_the_slug_goes_under_the_name_when_there_is_no_room(
    command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _text(80 if command[0] != "search" else 60, monkeypatch, *command)
    assert "Slug" not in _header(text)
    lines = text.splitlines()
    name = next(n for n, line in enumerate(lines) if "Müşteri Hizmetleri Analisti" in line)
    assert lines[name + 1].split()[0] == ANALIST  # under its name, in the same column
    assert lines[name + 1].index(ANALIST) == lines[name].index("Müşteri Hizmetleri Analisti")
    wide = _text(200, monkeypatch, *command)  # room for both: the slug's own column
    assert "Slug" in _header(wide)


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("command", [("list",), ("salary",), MATCH], ids=lambda c: c[0])
def test_wide_keeps_the_slug_column(
    command: tuple[str, ...], columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke(*command, "--wide")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    for line in lines:  # beside its name (or in a record), never under it
        words = line.split()
        if ANALIST in words:
            assert words[words.index(ANALIST) + 1 :][:1] == ["Müşteri"] or words[0] == "Slug:"
    if any(line.strip() == f"Slug: {ANALIST}" for line in lines):
        assert columns < 120  # no table fits: a record each, its slug in it
    else:
        assert "Slug" in _header(result.stdout)
    plain = invoke(*command, "--wide", "--json")  # the text view only
    assert plain.stdout == invoke(*command, "--json").stdout


def _continued(lines: list[str], start: str) -> list[str]:
    """The line that starts with ``start`` and its continuation lines."""
    first = next(n for n, line in enumerate(lines) if line.startswith(start))
    rest = []
    for line in lines[first + 1 :]:
        if not line.startswith(" " * (len(start) - len(start.lstrip()) + 1)) or not line.strip():
            break
        rest.append(line)
    return [lines[first], *rest]


@pytest.mark.parametrize("columns", [60, 80])
def test_compare_continues_each_value_under_itself(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _text(columns, monkeypatch, "compare", HESAP, ANALIST).splitlines()
    path = _continued(lines, "  A: Müşteri hesap yöneticisi")
    assert len(path) > 1  # it wraps at these widths …
    assert all(line.startswith(" " * 5) for line in path[1:])  # … under the value
    for side in "AB":
        label = f"Kaynak {side}: "
        first = lines.index(next(line for line in lines if line.startswith(label)))
        following = lines[first + 1]
        assert following.startswith(" " * len(label)), following
        assert following[len(label)] != " ", following


def test_compare_keeps_the_low_line_label_whole_at_80_columns(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = ("--data-dir", str(user_dir))
    lines = _text(80, monkeypatch, "compare", HESAP, RANGE_SLUG, *mine).splitlines()
    low = next(line for line in lines if "En düşük/başlangıç" in line)
    assert "En düşük/başlangıç (aylık)" in low
    assert "12.000 TL" in low
    assert "15.500–17.500 TL (2024)" in next(line for line in lines if "Ortalama (" in line)


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_address_is_never_broken(
    columns: int, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _text(columns, monkeypatch, "show", URL_SLUG, "--data-dir", str(user_dir)).splitlines()
    assert [line.strip() for line in lines if URL in line] == [URL]  # whole, on its own line
    kaynak = next(n for n, line in enumerate(lines) if line.startswith("Kaynak: "))
    address = next(n for n, line in enumerate(lines) if URL in line)
    assert kaynak < address  # "Kaynak: …" continues under its value, the address too
    assert all(line.startswith(" " * 8 + line.strip()) for line in lines[kaynak + 1 : address + 1])


def _import(tmp_path: Path, columns: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "ice-aktarilan"))
    monkeypatch.setenv("COLUMNS", str(columns))
    inputs = [str(ARTICLES / f"{slug}.txt") for slug in (HESAP, ANALIST)]
    missing = str(tmp_path / "olmayan-bir-klasor" / "olmayan-cok-uzun-adli-bir-makale.txt")
    result = invoke("import", *inputs, missing, "--into-data-dir")
    assert result.exit_code == 1, result.output  # one input failed
    invoke("import", inputs[0], "--into-data-dir")  # the data directory stays as it was
    return result.stderr


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_import_summary_fits_and_splits_no_word(
    columns: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _import(tmp_path / str(columns), columns, monkeypatch)
    everything = _import(tmp_path / "1000", 1000, monkeypatch)
    wide = [line for line in shown.splitlines() if len(line) > columns]
    assert wide == []
    # pieces of the temporary paths may come apart where a long path breaks (after "/" or
    # "-"); how long they are depends on pytest's counter, not on kariyer
    pieces = set(re.split(r"[/_-]", str(tmp_path / "ice-aktarilan")))
    lost = {word for word in _words(everything) - _words(shown) if _whole(word)}
    assert lost - pieces == set()
    for word in ("içe", "aktarıldı", "başarısız", "bulunamadı", HESAP, ANALIST):
        assert word in _words(shown)


def test_the_plain_columns_of_thousands_of_rows_cut_no_word(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "RICH_TABLE_LIMIT", 1)  # the plain-columns path
    text = _text(60, monkeypatch, "list", "--data-dir", str(user_dir))
    lines = text.splitlines()
    assert "Slug" not in lines[0]  # no room for both: each slug under its name
    assert any(line.strip() == ANALIST for line in lines)
    cut = [token for token in text.split() if token.endswith("…")]
    assert cut  # the long title is cut …
    words = {word for title in TITLES for word in title.split()}
    assert all(token[:-1] in words for token in cut)  # … after a whole word
    assert not [line for line in lines if len(line) > 60]
    assert re.search(r"^Kıdemli Müşteri( \w+)*…  ", text, re.M)
