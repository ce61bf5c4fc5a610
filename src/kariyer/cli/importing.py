"""What `kariyer import` reads: a saved file (.txt or .html) or one http(s) address.

The command in `cli.app` declares the options; this module turns MAKALE into bytes and
source fields: a file is read as today (``.html``/``.htm`` go through the HTML path), an
address is fetched politely through `store.web` (robots.txt, delay, cache).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kariyer.errors import UsageError, echo

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_DELAY = 600.0


@dataclass(frozen=True, kw_only=True)
class Article:
    """One input's bytes and where they came from."""

    raw: bytes
    html: bool
    source_file: str | None
    source_url: str | None
    charset: str | None = None
    retrieved: date | None = None


def is_address(article: str) -> bool:
    return article.strip().lower().startswith(("http://", "https://"))


def parse_delay(text: str) -> float:
    """--delay SANIYE: a number of seconds from 0 to 600 ("1", "0,5", "1.5")."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 <= value <= MAX_DELAY:
        raise UsageError(
            f"--delay 0 ile {MAX_DELAY:.0f} arasında bir saniye sayısı olmalı: "
            f"'{echo(text)}' değil.",
            hint="Örnek: --delay 2",
        )
    return value


def read_input(article: str, *, source_url: str | None, delay: float, refresh: bool) -> Article:
    """The bytes of MAKALE: a file's, or a web page's (fetched or from the cache)."""
    if not is_address(article):
        from kariyer.store.files import read_article

        path = Path(article)
        return Article(
            raw=read_article(path),
            html=path.suffix.lower() in HTML_SUFFIXES,
            source_file=path.name,
            source_url=source_url,
        )
    from kariyer.importer.origin import checked_url

    if source_url is not None:
        raise UsageError(
            "MAKALE bir adres olduğunda --source-url verilmez: kaynak, sayfanın son adresidir."
        )
    address = checked_url(article)
    assert address is not None
    from kariyer.store.paths import cache_dir
    from kariyer.store.web import Fetcher

    page = Fetcher(cache=cache_dir(), delay=delay, refresh=refresh).fetch(address)
    return Article(
        raw=page.body,
        html=True,
        source_file=None,
        source_url=page.url,
        charset=page.charset,
        retrieved=page.retrieved,
    )
