"""httpx errors become Turkish reasons, never an exception's class name."""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest

from kariyer.store.net_errors import network_reason


def _wrapped(cause: BaseException, kind: type[httpx.HTTPError]) -> httpx.HTTPError:
    """As httpx raises it: its error, from httpcore's, from the socket's."""
    try:
        try:
            raise cause
        except BaseException as inner:
            raise kind(str(cause)) from inner
    except httpx.HTTPError as exc:
        return exc


@pytest.mark.parametrize(
    ("error", "text", "reached"),
    [
        (
            _wrapped(socket.gaierror(-2, "Name or service not known"), httpx.ConnectError),
            "alan adı bulunamadı: nonexistent.invalid",
            False,
        ),
        (
            _wrapped(ConnectionRefusedError(111, "Connection refused"), httpx.ConnectError),
            "bağlantı reddedildi",
            False,
        ),
        (
            _wrapped(ssl.SSLCertVerificationError("bad cert"), httpx.ConnectError),
            "sertifikası doğrulanamadı",
            False,
        ),
        (httpx.ConnectTimeout("timed out"), "bağlantı zaman aşımı", False),
        (httpx.ReadTimeout("timed out"), "zaman aşımı", True),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            "sunucu bağlantıyı yanıtı bitirmeden kapattı",
            True,
        ),
        (httpx.ReadError("reset"), "bağlantı yanıt okunurken koptu", True),
    ],
)
def test_each_error_has_a_turkish_reason(error: httpx.HTTPError, text: str, reached: bool) -> None:
    reason = network_reason(error, "nonexistent.invalid")
    assert text in reason.text
    assert reason.reached is reached
    assert "Error" not in reason.text
