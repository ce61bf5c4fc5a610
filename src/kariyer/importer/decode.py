"""Article bytes as text: UTF-8 (with or without BOM), else the Turkish Windows code page."""

from __future__ import annotations

from kariyer.checks.findings import Finding
from kariyer.errors import KariyerError

UTF8_BOM = b"\xef\xbb\xbf"
FALLBACK_ENCODING = "cp1254"  # Turkish Windows code page


def decode_article(raw: bytes) -> tuple[str, list[Finding]]:
    """Article bytes as text with LF line ends.

    UTF-8 (a leading BOM is dropped). Bytes that are not UTF-8 are read as cp1254, the
    Turkish Windows code page, with a warning; if even that fails, KariyerError.
    """
    findings: list[Finding] = []
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
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
