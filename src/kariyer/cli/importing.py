"""What `kariyer import` reads: a saved file (.txt or .html) or one http(s) address.

The command in `cli.app` declares the options; this module turns MAKALE into bytes and
source fields: a file is read as today (``.html``/``.htm`` go through the HTML path), an
address is fetched politely through `store.web` (robots.txt, delay, cache).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kariyer.errors import KariyerError, UsageError, echo

if TYPE_CHECKING:
    from kariyer.checks.findings import Finding
    from kariyer.importer.parser import ImportResult
    from kariyer.schema.models import SkillTable
    from kariyer.store.reference import Reference
    from kariyer.store.web import Fetcher

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_DELAY = 600.0
STDIN = "-"


@dataclass(frozen=True, kw_only=True)
class Article:
    """One input's bytes and where they came from."""

    raw: bytes
    html: bool
    source_file: str | None
    source_url: str | None
    charset: str | None = None
    retrieved: date | None = None
    cached: bool = False  # a page read from the cache, not from the site


def import_source(
    source: Article, *, slug: str | None, site: str | None, ref: Reference, table: SkillTable
) -> ImportResult:
    """One input's bytes → a profile with the findings of `kariyer check` (one or many).

    An input that gives no profile is a KariyerError saying why: "not a career article"
    when it has neither the title line nor a section heading, else the parser's error.
    """
    from kariyer.checks.assess import profile_facts
    from kariyer.importer.parser import import_article

    result = import_article(
        source.raw,
        slug=slug,
        source_url=source.source_url,
        source_file=source.source_file,
        site=site,
        skills=table,
        check=lambda p: profile_facts(p, ref, table).findings,
        html=source.html,
        charset=source.charset,
        retrieved=source.retrieved,
    )
    if result.profile is None:
        raise _no_profile(source, result.findings)
    result.cached = source.retrieved if source.cached else None
    return result


def _no_profile(source: Article, findings: list[Finding]) -> KariyerError:
    """Why an input gave no profile: not an article at all, else the parser's error."""
    from kariyer.importer.decode import decode_article
    from kariyer.importer.html import check_article, page_text
    from kariyer.importer.sections import TITLE_ENDING

    if source.html:  # taken again: only an input that failed pays for it
        text, what = page_text(source.raw, source.charset)[0], "Sayfa"
    else:
        text, what = decode_article(source.raw)[0], "Metin"
    try:
        check_article(text, what, TITLE_ENDING)
    except KariyerError as exc:
        return exc
    reason = next((f.message for f in findings if f.severity == "error"), None)
    return KariyerError(reason or "Makaleden bir profil çıkmadı.")


def is_address(article: str) -> bool:
    """ "scheme://…" is meant as an address (an ftp:// one is refused as such), not a file."""
    from kariyer.importer.origin import looks_like_url

    return looks_like_url(article)


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


def read_input(
    article: str,
    *,
    source_url: str | None,
    delay: float,
    refresh: bool,
    fetcher: Fetcher | None = None,
) -> Article:
    """The bytes of MAKALE: a file's, stdin's (``-``, as .txt), or a web page's.

    A run over many inputs passes one ``fetcher``, so politeness per host holds across them.
    """
    if article == STDIN:
        import sys

        return Article(
            raw=sys.stdin.buffer.read(), html=False, source_file=None, source_url=source_url
        )
    if not is_address(article):
        from kariyer.store.files import read_article

        path = Path(article)
        return Article(
            raw=read_article(path),
            html=path.suffix.lower() in HTML_SUFFIXES,
            source_file=path.name,
            source_url=source_url,
        )
    from kariyer.importer.origin import checked_address

    if source_url is not None:
        raise UsageError(
            "--source-url bir adresle birlikte verilmez: kaynak adresi, sayfanın "
            "yönlendirmelerden sonraki son adresi olarak kendiliğinden yazılır.",
            hint=f"--source-url'yi çıkarın: kariyer import {echo(article)}",
        )
    address = checked_address(article)
    page = (fetcher or new_fetcher(delay=delay, refresh=refresh)).fetch(address)
    return Article(
        raw=page.body,
        html=True,
        source_file=None,
        source_url=page.url,
        charset=page.charset,
        retrieved=page.retrieved,
        cached=page.from_cache,
    )


def new_fetcher(*, delay: float, refresh: bool) -> Fetcher:
    from kariyer.store.paths import cache_dir
    from kariyer.store.web import Fetcher, http_timeout

    # a bad KARIYER_HTTP_TIMEOUT is a usage error even when every page is in the cache
    return Fetcher(cache=cache_dir(), delay=delay, refresh=refresh, timeout=http_timeout())


def inputs_from_list(path: Path) -> list[str]:
    """--from DOSYA: one address or file path a line; blank lines and ``#`` comments skipped.

    A relative file path is relative to the list file's directory, not the working one.
    """
    from kariyer.errors import KariyerError, os_reason

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else "UTF-8 değil"
        raise KariyerError(f"Girdi listesi okunamadı: {path} ({reason})") from None
    inputs = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if is_address(entry) or entry == STDIN or Path(entry).is_absolute():
            inputs.append(entry)
        else:
            inputs.append(str(path.parent / entry))
    if not inputs:
        raise KariyerError(
            f"Listede girdi yok: {path}",
            hint="Satır başına bir adres ya da dosya yolu yazın ('#' ile başlayan satırlar "
            "ve boş satırlar atlanır).",
        )
    return inputs


def is_directory_target(output: str) -> bool:
    """-o names a directory: one that exists, or a path ending with a slash."""
    from kariyer.store.paths import expand_home

    return output.endswith(("/", os.sep)) or expand_home(Path(output), "-o", usage=True).is_dir()


def output_target(output: str, slug: str) -> Path:
    """The file -o names: the path itself, or <slug>.json inside a directory."""
    from kariyer.store.paths import expand_home

    path = expand_home(Path(output), "-o", usage=True)
    return path / f"{slug}.json" if is_directory_target(output) else path


def inputs_of(
    articles: list[str] | None,
    from_list: str | None,
    *,
    output: str | None,
    slug: str | None,
    into: bool,
    source_url: str | None = None,
) -> tuple[str, list[str] | None]:
    """(the one MAKALE, None) for a single input; ("", every input) for many or --from."""
    if output is not None and into:
        raise UsageError("-o/--output ile --into-data-dir birlikte kullanılamaz; birini seçin.")
    given = list(articles or [])
    if from_list is None and len(given) == 1:
        return given[0], None
    if from_list is None and not given:
        raise UsageError("Eksik argüman: MAKALE", hint="Yardım için: kariyer import --help")
    inputs = given + (inputs_from_list(Path(from_list)) if from_list is not None else [])
    # --from writes every profile to the data directory, even a list of one
    many = "--from ile" if from_list is not None else "Birden çok makale için"
    if output is not None and not is_directory_target(output):
        raise UsageError(
            f"{many} -o/--output bir dizin olmalı (her profil <slug>.json olarak yazılır).",
            hint="Örnek: -o profiller/ (sondaki / dizin demektir) ya da --into-data-dir",
        )
    if slug is not None:
        raise UsageError("--slug yalnızca tek bir makaleyle kullanılabilir.")
    if source_url is not None:
        raise UsageError(
            "--source-url yalnızca tek bir makaleyle kullanılabilir: birden çok girdide her "
            "makaleye aynı adres yazılırdı.",
            hint="Adresleri doğrudan verin (kaynak, her sayfanın kendi adresi olur) ya da "
            "dosyaları tek tek --source-url ile içe aktarın.",
        )
    if output is None and not into and from_list is not None:
        raise UsageError(
            "--from ile profiller veri dizinine yazılır (stdout'a değil): --into-data-dir ya da "
            "-o DİZİN/ gerekir.",
            hint=f"Örnek: kariyer import --from {echo(from_list)} --into-data-dir",
        )
    if output is None and not into:
        raise UsageError(
            "Profiller stdout'a yazılmaz: birden çok makale için --into-data-dir ya da "
            "-o DİZİN/ kullanın.",
            hint="Örnek: kariyer import a.txt b.html -o profiller/",
        )
    if inputs.count(STDIN) > 1:
        raise UsageError("- (stdin) yalnızca bir kez verilebilir.")
    return "", inputs
