"""HTML → text: the charset comes from the header, then <meta>, then detection."""

from __future__ import annotations

import pytest

from kariyer.errors import KariyerError
from kariyer.importer.html import check_article, decode_page, meta_charset, page_text
from kariyer.importer.parser import TITLE_ENDING
from kariyer.store.web import content_type

TURKISH = "Çalışma koşulları ağır; işçi ğüşiöç ÇĞİÖŞÜ"


def test_the_header_charset_wins_over_a_wrong_meta() -> None:
    body = f'<meta charset="utf-8"><p>{TURKISH}</p>'.encode("cp1254")
    assert TURKISH in decode_page(body, "windows-1254")[0]


def test_the_meta_charset_is_used_without_a_header() -> None:
    body = f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1254"><p>{TURKISH}'
    assert meta_charset(body.encode("cp1254")) == "cp1254"
    assert TURKISH in decode_page(body.encode("cp1254"), None)[0]


def test_without_any_declaration_cp1254_is_detected_with_a_warning() -> None:
    text, findings = decode_page(f"<p>{TURKISH}</p>".encode("cp1254"), None)
    assert TURKISH in text
    assert [f.code for f in findings] == ["encoding-fallback"]


def test_an_unknown_header_charset_falls_back() -> None:
    assert TURKISH in decode_page(f"<p>{TURKISH}</p>".encode(), "x-no-such-charset")[0]


def test_a_page_without_text_gives_no_text() -> None:
    empty = b"<html><head><title></title></head><body><script>x()</script></body></html>"
    assert page_text(empty) == ("", [])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "Sayfa boş: okunacak metin yok; '<Meslek> Ne İş Yapar ve Maaşları Ne Kadar?'"),
        (" \n\t\n", "Sayfa boş"),
        ("Hakkımızda\n\nBu site meslekler hakkında yazar.\n", "Sayfa bir kariyer makalesine"),
    ],
)
def test_a_text_that_is_no_article_is_refused(text: str, reason: str) -> None:
    with pytest.raises(KariyerError) as raised:
        check_article(text, "Sayfa", TITLE_ENDING)
    assert raised.value.message.startswith(reason)


@pytest.mark.parametrize(
    "text",
    [
        "Aşçı Ne İş Yapar ve Maaşları Ne Kadar?\n",  # the title alone
        "Giriş\n\nAşçı Sorumlulukları ve Görevleri\n",  # a section heading alone
    ],
)
def test_a_title_or_a_section_heading_is_enough(text: str) -> None:
    check_article(text, "Metin", TITLE_ENDING)  # the parser reports what else is missing


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=windows-1254", ("text/html", "windows-1254")),
        ('Text/HTML; Charset="UTF-8"', ("text/html", "UTF-8")),
        ("application/pdf", ("application/pdf", None)),
        ("", ("", None)),
    ],
)
def test_content_type_header(header: str, expected: tuple[str, str | None]) -> None:
    assert content_type(header) == expected
