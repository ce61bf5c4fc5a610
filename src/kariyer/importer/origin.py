"""Where an imported article comes from: the address and the site, as the user gave them.

The site is never assumed: it is the one named with ``--site``, else the host of the
``--source-url`` (without a leading ``www.``), else unknown (None; shown as "kaynak
sitesi belirtilmemiş").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from kariyer.errors import UsageError, echo
from kariyer.schema.limits import MAX_TEXT_LENGTH

MAX_SITE_LENGTH = 200
URL_HINT = "Örnek: --source-url https://www.eniyimeslekler.com/musteri-hesap-temsilcisi/"
ADDRESS_HINT = "Örnek: kariyer import https://www.eniyimeslekler.com/musteri-hesap-temsilcisi/"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
WEB_SCHEMES = ("http", "https")


def looks_like_url(text: str) -> bool:
    """ "scheme://…": meant as an address (of any scheme), never as a file path."""
    return _SCHEME.match(text.strip()) is not None


def is_web_address(text: str) -> bool:
    """An address kariyer fetches: http:// or https:// (in any case)."""
    return text.strip().lower().startswith(("http://", "https://"))


def checked_address(text: str) -> str:
    """MAKALE given as an address, normalised: scheme and host in lower case, the
    ``#fragment`` dropped (it is never sent and names no other page). A bad one is a
    UsageError naming what was given and why."""
    value = text.strip()
    scheme = value.partition(":")[0].lower()
    if scheme not in WEB_SCHEMES:
        raise UsageError(
            f"Yalnızca http(s) adresleri indirilir; '{echo(value)}' bir {echo(scheme)} adresi.",
            hint="Sayfayı tarayıcıda kaydedip dosyayı verin. " + ADDRESS_HINT,
        )
    reason = _address_problem(value)
    if reason is not None:
        raise UsageError(f"Geçersiz adres: '{echo(value)}' ({reason}).", hint=ADDRESS_HINT)
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _address_problem(value: str) -> str | None:
    """Why ``value`` cannot be fetched, in Turkish; None when it can."""
    if len(value) > MAX_TEXT_LENGTH:
        return f"çok uzun, en çok {MAX_TEXT_LENGTH} karakter"
    if any(ch.isspace() for ch in value):
        return "adreste boşluk var; boşluk %20 yazılır, '#' yorumu satırın başında olmalı"
    if any(not ch.isprintable() for ch in value):
        return "adreste denetim karakteri var"
    try:
        parts = urlsplit(value)
    except ValueError:  # "http://[::1/x"
        return "köşeli parantezli IPv6 adresi kapanmamış"
    try:
        _ = parts.port
    except ValueError:
        return "bağlantı noktası (port) 0 ile 65535 arasında bir sayı olmalı"
    if not parts.hostname:
        return "alan adı yok"
    if parts.username is not None or parts.password is not None:
        return "adreste kullanıcı adı ya da parola var; bunlar profile yazılmaz"
    return None


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
