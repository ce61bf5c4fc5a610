"""An httpx error as a Turkish reason a user can act on (never an exception's class name).

`network_reason` looks through the error's chain for what really happened (a host name
that does not resolve, a refused connection, a TLS failure) before its httpx type (a
timeout, a connection closed before the answer). ``reached`` says whether the site
answered at all: a host that cannot be reached is not "a site that gives no robots.txt".
httpx is imported inside the function only (other commands start without it).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkReason:
    text: str  # Turkish, e.g. "alan adı bulunamadı: nonexistent.invalid"
    reached: bool  # the site was connected to (the failure came after)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def network_reason(exc: BaseException, host: str) -> NetworkReason:
    """Why a request to ``host`` failed, in Turkish."""
    import httpx

    for cause in _chain(exc):
        if isinstance(cause, socket.gaierror):
            return NetworkReason(f"alan adı bulunamadı: {host}", reached=False)
        if isinstance(cause, ConnectionRefusedError):
            return NetworkReason("bağlantı reddedildi; sunucu çalışmıyor olabilir", False)
        if isinstance(cause, ssl.SSLCertVerificationError):
            return NetworkReason("TLS hatası: sitenin sertifikası doğrulanamadı", False)
        if isinstance(cause, ssl.SSLError):
            return NetworkReason("TLS (https) bağlantısı kurulamadı", False)
    if isinstance(exc, httpx.ConnectTimeout):
        return NetworkReason("bağlantı zaman aşımı", reached=False)
    if isinstance(exc, httpx.TimeoutException):
        return NetworkReason("zaman aşımı", reached=True)
    if isinstance(exc, httpx.RemoteProtocolError):
        return NetworkReason("sunucu bağlantıyı yanıtı bitirmeden kapattı", reached=True)
    if isinstance(exc, httpx.ReadError):
        return NetworkReason("bağlantı yanıt okunurken koptu", reached=True)
    if isinstance(exc, httpx.WriteError):
        return NetworkReason("istek gönderilirken bağlantı koptu", reached=True)
    if isinstance(exc, httpx.DecodingError):
        return NetworkReason("yanıt çözülemedi (bozuk sıkıştırma)", reached=True)
    if isinstance(exc, httpx.ConnectError):
        return NetworkReason("bağlantı kurulamadı", reached=False)
    return NetworkReason("ağ hatası", reached=True)
