"""HTML → text: the charset comes from the header, then <meta>, then detection."""

from __future__ import annotations

import pytest

from kariyer.errors import KariyerError
from kariyer.importer.html import decode_page, meta_charset, page_text
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


def test_a_page_without_text_is_an_error() -> None:
    with pytest.raises(KariyerError, match="makale metni bulunamadı"):
        page_text(b"<html><head><title></title></head><body><script>x()</script></body></html>")


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
