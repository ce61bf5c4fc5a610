"""A web page's bytes → the article's plain text (pure: bytes and headers in, text out).

The charset comes from the HTTP header, else the page's ``<meta>`` tag, else detection
(UTF-8, then the Turkish Windows code page, as for a saved text file). The main text is
taken with trafilatura, which drops navigation, sidebars, comment forms, footers and
scripts; headings and list items stay one per line so today's parser reads them. Nothing
is added: the text is what the page says, only without its furniture.

An empty page gives an empty text (the parser then finds no title). When no profile comes
out, `check_article` tells why in one line: no words at all, or neither the article's
title line nor any of its section headings.
"""

from __future__ import annotations

import codecs
import re

from kariyer.checks.findings import Finding
from kariyer.errors import KariyerError
from kariyer.importer.decode import decode_article, normalise_newlines
from kariyer.importer.lines import clean, strip_ending
from kariyer.importer.sections import SECTIONS, heading_key
from kariyer.text import fold

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SNIFF_BYTES = 4096


def _known(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None


def meta_charset(body: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag near the top of the page, if any."""
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return _known(match.group(1).decode("ascii", "replace")) if match else None


def decode_page(body: bytes, header_charset: str | None) -> tuple[str, list[Finding]]:
    """The page as text: header charset, else ``<meta>`` charset, else detection."""
    for charset in (_known(header_charset), meta_charset(body)):
        if charset is None:
            continue
        try:
            return normalise_newlines(body.decode(charset)), []
        except UnicodeDecodeError:
            continue  # a wrong declaration: fall back to detection
    return decode_article(body)


def page_text(body: bytes, header_charset: str | None = None) -> tuple[str, list[Finding]]:
    """The main text of an HTML page, one paragraph, heading or list item per line.

    trafilatura gives the page's own title (its ``<h1>``, else its metadata) apart from
    the body; it is put back as the first line, as in a saved article.
    """
    markup, findings = decode_page(body, header_charset)
    import trafilatura

    document = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        with_metadata=True,
    )
    text = normalise_newlines(getattr(document, "text", None) or "").strip()
    title = " ".join((getattr(document, "title", None) or "").split())
    lines = text.split("\n") if text else []
    if lines and title and lines[0].strip() != title:
        lines.insert(0, title)
    return ("\n\n".join(lines) + "\n" if lines else ""), findings


def check_article(text: str, what: str, title_ending: str) -> None:
    """KariyerError unless ``text`` has the title line or a section heading of an article.

    ``what`` names the input in the one-line reason ("Sayfa", "Metin"); ``title_ending``
    is how the article's title line ends. Only the shape is looked at; whatever else is
    missing is the parser's to report, line by line.
    """
    title = f"'<Meslek> {title_ending}'"
    lines = [clean(raw, number) for number, raw in enumerate(text.split("\n"), start=1)]
    lines = [line for line in lines if line.text]
    if not lines:
        raise KariyerError(f"{what} boş: okunacak metin yok; {title} makalesi beklenir.")
    ending = fold(title_ending).split()
    if any(heading_key(line) or strip_ending(line.text, ending) is not None for line in lines):
        return
    raise KariyerError(
        f"{what} bir kariyer makalesine benzemiyor: {title} başlığı ve "
        f"'… {SECTIONS[0].ending}' gibi bölümleri bulunamadı."
    )
