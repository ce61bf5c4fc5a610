"""Article bytes as text: UTF-16 or UTF-8 by their BOM, else UTF-8, else the Turkish Windows
code page (Windows Notepad's "Unicode" is UTF-16 with a BOM)."""

from __future__ import annotations

import codecs

from kariyer.checks.findings import Finding
from kariyer.errors import KariyerError

UTF8_BOM = b"\xef\xbb\xbf"
FALLBACK_ENCODING = "cp1254"  # Turkish Windows code page


def decode_article(raw: bytes) -> tuple[str, list[Finding]]:
    """Article bytes as text with LF line ends.

    UTF-16 when a UTF-16 BOM starts it (little or big endian), else UTF-8 (a leading BOM is
    dropped). Bytes that are not UTF-8 are read as cp1254, the
    Turkish Windows code page, with a warning; if even that fails, KariyerError.
    """
    findings: list[Finding] = []
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return normalise_newlines(raw.decode("utf-16")), findings  # the BOM says which
        except UnicodeDecodeError as exc:
            raise KariyerError(
                f"Makale metni okunamadı: UTF-16 işaretiyle başlıyor ama UTF-16 değil "
                f"(bayt {exc.start}).",
                hint="Metni UTF-8 olarak kaydedip yeniden deneyin.",
            ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = raw.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError as fallback:
            raise KariyerError(
                f"Makale metni okunamadı: UTF-8 değil (bayt {exc.start}) ve Türkçe Windows "
                f"kod sayfası ({FALLBACK_ENCODING}) olarak da çözülemiyor "
                f"(bayt {fallback.start}).",
                hint="Metni UTF-8 olarak kaydedip yeniden deneyin.",
            ) from None
        findings.append(
            Finding(
                code="encoding-fallback",
                severity="warning",
                field=None,
                message=(
                    f"Metin UTF-8 değil (bayt {exc.start}); Türkçe Windows kod sayfası "
                    f"({FALLBACK_ENCODING}) olarak okundu. Türkçe harfleri kontrol edin."
                ),
            )
        )
    return normalise_newlines(text), findings


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
