"""Where an imported article comes from: the address and the site, as the user gave them.

The site is never assumed: it is the one named with ``--site``, else the host of the
``--source-url`` (without a leading ``www.``), else unknown (None; shown as "kaynak
sitesi belirtilmemiş").
"""

from __future__ import annotations

from urllib.parse import urlsplit

from kariyer.errors import UsageError, echo
from kariyer.schema.limits import MAX_TEXT_LENGTH

MAX_SITE_LENGTH = 200
URL_HINT = "Örnek: --source-url https://www.eniyimeslekler.com/musteri-hesap-temsilcisi/"


def checked_url(url: str | None) -> str | None:
    """An http(s) address with a host, or None when none was given (usage error else)."""
    if url is None or not url.strip():
        return None
    value = url.strip()
    if len(value) > MAX_TEXT_LENGTH:
        raise UsageError(f"Kaynak adresi (URL) çok uzun (en çok {MAX_TEXT_LENGTH} karakter).")
    try:
        parts = urlsplit(value)
        host = parts.hostname
        _ = parts.port  # an impossible port (":99999") raises ValueError here
    except ValueError:
        parts, host = None, None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not host
        or any(ch.isspace() or not ch.isprintable() for ch in value)
    ):
        raise UsageError(
            f"--source-url bir http(s) adresi olmalı: '{echo(value)}' değil.", hint=URL_HINT
        )
    if parts.username is not None or parts.password is not None:
        raise UsageError(
            "--source-url içinde kullanıcı adı ya da parola var; bunlar profile yazılmaz.",
            hint="Adresi 'kullanıcı:parola@' kısmı olmadan verin. " + URL_HINT,
        )
    return value


def checked_site(site: str | None) -> str | None:
    if site is None:
        return None
    value = " ".join(site.split())
    if not value:
        raise UsageError("--site boş olamaz.", hint="Örnek: --site eniyimeslekler.com")
    if len(value) > MAX_SITE_LENGTH or not value.isprintable():
        raise UsageError(
            f"--site en çok {MAX_SITE_LENGTH} yazdırılabilir karakter olmalı.",
            hint="Örnek: --site eniyimeslekler.com",
        )
    return value


def site_of(url: str | None, site: str | None) -> str | None:
    """--site if given, else the URL's host (lower case, no leading www.), else None."""
    named = checked_site(site)
    if named is not None:
        return named
    address = checked_url(url)
    if address is None:
        return None
    host = (urlsplit(address).hostname or "").rstrip(".")  # "kariyer.net." is kariyer.net
    return host.removeprefix("www.") or None
