"""Fetching one web page politely, with robots.txt and an on-disk cache (`kariyer import URL`).

* One request at a time; between two requests to the same host at least ``delay`` seconds
  (robots.txt and then the page are two requests).
* robots.txt per host, read with protego (RFC 9309): a disallowed address is refused. Its
  redirects are followed (at most ``MAX_REDIRECTS``; more counts as no robots.txt). A
  missing one (4xx but 429) allows everything. An unreachable one (5xx, 429, a timeout,
  no connection) means "disallow all": the host's pages are refused for the rest of the
  run, without asking it again.
* A read robots.txt (rules or 4xx) is kept in ``<cache_dir>/web/robots/`` with its fetch
  time and reused for ``ROBOTS_TTL`` (24 hours, RFC 9309 §2.4); an unreachable one is never
  kept. ``refresh`` asks again.
* At most ``MAX_REDIRECTS`` redirects, each hop checked against its host's robots.txt;
  connect/read timeouts; the body is streamed and refused beyond ``max_bytes``; only
  HTML is accepted.
* A fetched page is cached in ``<cache_dir>/web/`` keyed by the address asked for, with
  its final address, retrieval date, content type and charset. A re-run reads the cache
  without any request (not even robots.txt); ``refresh`` bypasses it.
* Cache file names are SHA-256 hashes of the address (no path from the site is ever used);
  every entry is written atomically and a broken or foreign entry counts as none.

httpx and protego are imported here only, inside functions, so that the other commands
start without them. Every failure is a Turkish KariyerError.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from kariyer import __version__
from kariyer.errors import KariyerError

USER_AGENT = f"kariyer/{__version__} (career-profile importer; one request at a time)"
ROBOTS_AGENT = "kariyer"
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 5 * 1024 * 1024
TIMEOUT_ENV = "KARIYER_HTTP_TIMEOUT"
DEFAULT_TIMEOUT = 20.0
MAX_TIMEOUT = 600.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
CACHE_VERSION = 1
ROBOTS_TTL = 24 * 60 * 60  # seconds a read robots.txt is reused (RFC 9309 §2.4)
UNREACHABLE_HINT = (
    "Site yeniden yanıt verdiğinde tekrar deneyin; sayfayı tarayıcıda kaydedip dosyayı da "
    "verebilirsiniz."
)


@dataclass(frozen=True, kw_only=True)
class Page:
    """One fetched page: what the site sent and where it finally came from."""

    requested_url: str
    url: str  # the final address, after redirects
    body: bytes
    content_type: str
    charset: str | None
    retrieved: date
    from_cache: bool = False


@dataclass(kw_only=True)
class Fetcher:
    """Fetches pages one at a time; remembers each host's robots.txt and last request."""

    cache: Path | None
    delay: float = 1.0
    refresh: bool = False
    timeout: float | None = None  # seconds; None: KARIYER_HTTP_TIMEOUT or the default
    max_bytes: int = MAX_PAGE_BYTES
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    wall: Callable[[], float] = time.time  # the robots.txt cache's fetch time
    today: Callable[[], date] = date.today
    requests: list[str] = field(default_factory=list)  # every address asked, in order
    _robots: dict[str, Any] = field(default_factory=dict)  # rules, or why unreachable
    _last: dict[str, float] = field(default_factory=dict)

    def fetch(self, url: str) -> Page:
        """The page at ``url``: from the cache, else from the site (KariyerError if not)."""
        if not self.refresh:
            cached = read_cached(self.cache, url)
            if cached is not None:
                return cached
        import httpx

        try:
            with httpx.Client(
                headers={"User-Agent": USER_AGENT},
                timeout=httpx.Timeout(self._timeout()),
                follow_redirects=False,
            ) as client:
                page = self._follow(client, url)
        except httpx.TimeoutException:
            raise KariyerError(
                f"Site zamanında yanıt vermedi: {url}",
                hint="Biraz sonra yeniden deneyin; bağlantınızı kontrol edin.",
            ) from None
        except httpx.HTTPError as exc:
            from kariyer.store.net_errors import network_reason

            reason = network_reason(exc, urlsplit(url).hostname or url)
            said = "Sayfa indirilemedi" if reason.reached else "Siteye bağlanılamadı"
            raise KariyerError(
                f"{said}: {url} ({reason.text})",
                hint="Adresi ve internet bağlantınızı kontrol edin.",
            ) from None
        write_cached(self.cache, page)
        return page

    def _timeout(self) -> float:
        return self.timeout if self.timeout is not None else http_timeout()

    def _get(self, client: Any, url: str) -> Any:
        """One polite GET: waits for the host's delay, streams, returns the open response."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.requests.append(url)
        try:
            return client.send(client.build_request("GET", url), stream=True)
        finally:
            self._last[host] = self.clock()

    def _follow(self, client: Any, url: str) -> Page:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self._check_robots(client, current)
            response = self._get(client, current)
            try:
                if response.is_redirect and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    if urlsplit(current).scheme.lower() not in ("http", "https"):
                        raise KariyerError(
                            f"Sayfa http(s) olmayan bir adrese yönlendiriyor: {url}",
                            hint="Makalenin web sayfasının adresini verin.",
                        )
                    continue
                return self._page(url, current, response)
            finally:
                response.close()
        raise KariyerError(
            f"Çok fazla yönlendirme: {url} (en çok {MAX_REDIRECTS})",
            hint="Adresi tarayıcıda açıp son adresi verin.",
        )

    def _page(self, requested: str, url: str, response: Any) -> Page:
        if response.status_code != 200:
            raise KariyerError(
                f"Site sayfayı vermedi: HTTP {response.status_code} ({url})",
                hint="Adresi kontrol edin"
                + ("; sayfa yok." if response.status_code == 404 else "; biraz sonra deneyin."),
            )
        mime, charset = content_type(response.headers.get("content-type", ""))
        if mime not in HTML_TYPES:
            raise KariyerError(
                f"Adres bir HTML sayfası değil ({mime or 'türü belirtilmemiş'}): {url}",
                hint="Makalenin web sayfasının adresini verin.",
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_big(url)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_big(url)
            chunks.append(chunk)
        return Page(
            requested_url=requested,
            url=url,
            body=b"".join(chunks),
            content_type=mime,
            charset=charset,
            retrieved=self.today(),
        )

    def _capped(self, response: Any) -> bytes:
        """At most ``max_bytes`` of a body (the rest is never read)."""
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= self.max_bytes:
                break
        return b"".join(chunks)[: self.max_bytes]

    def _too_big(self, url: str) -> KariyerError:
        from kariyer import fmt

        return KariyerError(
            f"Sayfa çok büyük: {url} (en çok {fmt.number(self.max_bytes // 1024 // 1024)} MiB)",
            hint="Bir makale sayfası bu kadar büyük olmaz; adresi kontrol edin.",
        )

    def _check_robots(self, client: Any, url: str) -> None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}".lower()
        if root not in self._robots:
            self._robots[root] = self._robots_of(client, root)
        rules = self._robots[root]
        if isinstance(rules, KariyerError):  # unreachable: disallow all, for the whole run
            raise KariyerError(rules.message, hint=rules.hint)
        if not rules.can_fetch(url, ROBOTS_AGENT):
            raise KariyerError(
                f"robots.txt bu adresi yasaklıyor: {url}",
                hint="Site bu sayfanın otomatik okunmasını istemiyor; sayfayı tarayıcıda "
                "kaydedip dosyayı verin.",
            )

    def _robots_of(self, client: Any, root: str) -> Any:
        """The host's rules (cached, else asked), or the KariyerError saying why there are none."""
        from protego import Protego

        cached = None if self.refresh else read_robots(self.cache, root, now=self.wall())
        if cached is not None:
            return Protego.parse(cached[1])
        try:
            status, text = self._read_robots(client, root)
        except KariyerError as exc:
            return exc
        write_robots(self.cache, root, status, text, fetched=self.wall())
        return Protego.parse(text)

    def _read_robots(self, client: Any, root: str) -> tuple[int, str]:
        """(status, text) of robots.txt: rules on 2xx, "" when missing; KariyerError if unreachable.

        RFC 9309 §2.3.1: 2xx is parsed; redirects are followed (more than ``MAX_REDIRECTS``,
        or one to a non-http(s) address, count as missing); 4xx is "unavailable" (allow all)
        except 429 Too Many Requests, which, like 5xx, a timeout or no connection, is
        "unreachable" (disallow all).
        """
        import httpx

        address = current = root + "/robots.txt"
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self._get(client, current)
                try:
                    status = response.status_code
                    body = self._capped(response) if 200 <= status < 300 else b""
                    location = response.headers.get("location")
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                from kariyer.store.net_errors import network_reason

                reason = network_reason(exc, urlsplit(root).hostname or root)
                if not reason.reached:  # no site answered: nothing to say about its rules
                    raise KariyerError(
                        f"Siteye bağlanılamadı: {root} ({reason.text})",
                        hint="Adresi ve internet bağlantınızı kontrol edin.",
                    ) from None
                raise _unreachable(address, reason.text) from None
            if 300 <= status < 400 and location:
                current = urljoin(current, location)
                if urlsplit(current).scheme.lower() not in ("http", "https"):
                    return status, ""
                continue
            if 200 <= status < 300:
                return status, body.decode("utf-8", "replace")
            if 400 <= status < 500 and status != 429:
                return status, ""
            raise _unreachable(address, f"HTTP {status}")
        return status, ""  # too many redirects: as if there were no robots.txt


def http_timeout() -> float:
    """KARIYER_HTTP_TIMEOUT in seconds (more than 0, at most ``MAX_TIMEOUT``), else the
    default; any other value is a usage error naming the variable."""
    import math

    from kariyer.errors import UsageError, echo

    text = os.environ.get(TIMEOUT_ENV, "").strip()
    if not text:
        return DEFAULT_TIMEOUT
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT):
        raise UsageError(
            f"{TIMEOUT_ENV} 0'dan büyük ve en çok {MAX_TIMEOUT:.0f} olan bir saniye sayısı "
            f"olmalı: '{echo(text)}' değil.",
            hint=f"Örnek: {TIMEOUT_ENV}=20 (varsayılan {DEFAULT_TIMEOUT:.0f} saniye)",
        )
    return value


def _unreachable(address: str, reason: str) -> KariyerError:
    return KariyerError(
        f"robots.txt okunamadı ({reason}): {address} — site kurallarını bildiremediği için "
        "(RFC 9309) bu çalıştırmada hiçbir sayfası okunmuyor.",
        hint=UNREACHABLE_HINT,
    )


def content_type(header: str) -> tuple[str, str | None]:
    """``text/html; charset=windows-1254`` → ("text/html", "windows-1254")."""
    mime, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return mime.strip().lower(), charset


def _cache_file(cache: Path, url: str) -> Path:
    return cache / "web" / (_hashed(url) + ".json")


def _robots_file(cache: Path, root: str) -> Path:
    return cache / "web" / "robots" / (_hashed(root) + ".json")


def _hashed(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_robots(cache: Path | None, root: str, *, now: float) -> tuple[int, str] | None:
    """(status, text) of the host's robots.txt if read less than ``ROBOTS_TTL`` ago."""
    if cache is None:
        return None
    try:
        data = json.loads(_robots_file(cache, root).read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("root") != root:
            return None
        age = now - datetime.fromisoformat(data["fetched"]).timestamp()
        if not 0 <= age < ROBOTS_TTL:  # stale, or from a clock that went back
            return None
        return int(data["status"]), str(data["body"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_robots(cache: Path | None, root: str, status: int, text: str, *, fetched: float) -> None:
    """Keep a read robots.txt (rules or "missing"), with its fetch time, atomically."""
    if cache is None:
        return
    data = {
        "version": CACHE_VERSION,
        "root": root,
        "fetched": datetime.fromtimestamp(fetched, UTC).isoformat(timespec="seconds"),
        "status": status,
        "body": text,
    }
    _write_json(_robots_file(cache, root), data)


def read_cached(cache: Path | None, url: str) -> Page | None:
    """The cached page for ``url``, or None (a broken entry counts as none)."""
    if cache is None:
        return None
    try:
        data = json.loads(_cache_file(cache, url).read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("requested_url") != url:
            return None
        return Page(
            requested_url=url,
            url=str(data["url"]),
            body=base64.b64decode(data["body"]),
            content_type=str(data["content_type"]),
            charset=data.get("charset"),
            retrieved=date.fromisoformat(data["retrieved"]),
            from_cache=True,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_cached(cache: Path | None, page: Page) -> None:
    """Store ``page`` atomically; a cache that cannot be written is simply not kept."""
    if cache is None:
        return
    target = _cache_file(cache, page.requested_url)
    data = {
        "version": CACHE_VERSION,
        "requested_url": page.requested_url,
        "url": page.url,
        "retrieved": page.retrieved.isoformat(),
        "content_type": page.content_type,
        "charset": page.charset,
        "body": base64.b64encode(page.body).decode("ascii"),
    }
    _write_json(target, data)


def _write_json(target: Path, data: dict[str, Any]) -> None:
    """Write ``data`` atomically; a cache that cannot be written is simply not kept."""
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream)
            os.replace(temporary, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
