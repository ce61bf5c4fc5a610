"""One error family. The CLI turns each into a Turkish message on stderr and an exit code.

Also the Turkish words for the operating system's reasons (`os_reason`), which every
layer uses when a file or a stream fails.
"""

from __future__ import annotations

import errno

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class KariyerError(Exception):
    """Base of every error kariyer reports to the user (message is Turkish)."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(KariyerError):
    """The command line asks for something that cannot be asked (exit 2)."""

    exit_code = EXIT_USAGE


class NotFoundError(KariyerError):
    """No occupation answers to the name the user typed."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = suggestions or []
        hint = (
            "Bunu mu demek istediniz: " + ", ".join(self.suggestions) + "?"
            if self.suggestions
            else "Mevcut meslekleri görmek için: kariyer list"
        )
        super().__init__(f"Bulunamadı: '{echo(name)}' adında bir meslek yok.", hint=hint)


class AmbiguousNameError(KariyerError):
    """A typed name fits several occupations: they are listed, none is guessed (exit 1)."""

    def __init__(self, name: str, choices: list[tuple[str, str]], more: int = 0) -> None:
        self.name = name
        self.choices = choices  # (slug, title)
        listed = "; ".join(f"{slug} ({echo(title)})" for slug, title in choices)
        tail = f" ve {more} meslek daha" if more else ""
        from kariyer.text import fold

        titles = [fold(title) for _slug, title in choices]
        if len(set(titles)) < len(titles):  # the full name would not tell them apart
            hint = (
                "Bu adı birden çok meslek taşıyor; slug'ı yazın: "
                f"{', '.join(slug for slug, _title in choices)} (ör.: kariyer show "
                f"{choices[0][0]})"
            )
        else:
            hint = f"Slug'ı ya da tam adı yazın, ör.: kariyer show {choices[0][0]}"
        super().__init__(
            f"'{echo(name)}' birden çok meslekle eşleşiyor: {listed}{tail}.", hint=hint
        )


class NoResultError(KariyerError):
    """Nothing matched: exit 1 with a message, and ``empty`` — the result without rows —
    written for --json, csv and markdown, so a script always reads a valid document."""

    def __init__(self, message: str, *, hint: str | None = None, empty: object = None) -> None:
        super().__init__(message, hint=hint)
        self.empty = empty


class NoDataForYearError(KariyerError):
    """No occupation has salary figures for the asked year."""

    def __init__(self, year: int, available: list[int]) -> None:
        self.year = year
        self.available = available
        years = (
            f"Verisi olan yıllar: {', '.join(str(y) for y in available)}."
            if available
            else "Hiçbir meslekte, hiçbir yıl için maaş verisi yok."
        )
        super().__init__(
            f"{year} yılı için hiçbir meslekte maaş verisi yok. {years}",
            hint="Başka bir yıl deneyin, örneğin: kariyer salary --year "
            + (str(available[-1]) if available else "2024"),
        )


class NotCoveredError(KariyerError):
    """A computation the reference data do not cover (a year without a tariff, an amount
    above a ceiling not verified): refused, never extrapolated. A command that took the
    year or the amount from its arguments reports it as a usage error."""


class DataDirError(KariyerError):
    """The user's data directory cannot be used."""


class ProfileError(KariyerError):
    """A profile file cannot be read or does not match the schema."""

    def __init__(
        self,
        path: str,
        problem: str,
        field: str | None = None,
        *,
        code: str = "unreadable",
        details: list[tuple[str, str]] | None = None,
    ) -> None:
        self.path = path
        self.problem = problem
        self.field = field
        self.code = code
        # every (field, message) pair when a schema check found several problems
        self.details = details or [(field or "", problem)]
        where = f"{path}" + (f" [{field}]" if field else "")
        super().__init__(f"Geçersiz profil dosyası {where}: {problem}")


def echo(text: str, limit: int = 60) -> str:
    """Echoed user input, short and printable: a control character reads ``\\u001b``,
    as the output layer shows one anywhere else."""
    printable = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"


_OS_REASONS = {
    errno.ELOOP: "sembolik bağlantı döngüsü",
    errno.EACCES: "izin yok",
    errno.EPERM: "izin yok",
    errno.ENOENT: "bulunamadı",
    errno.EISDIR: "bir dizin",
    errno.ENOTDIR: "yolun bir parçası dizin değil",
    errno.ENAMETOOLONG: "ad çok uzun",
    errno.ENOSPC: "diskte yer kalmadı",
    errno.EBADF: "akış kapalı",
    errno.EROFS: "salt okunur dosya sistemi",
    errno.EEXIST: "zaten var",
    errno.EIO: "giriş/çıkış hatası",
    errno.EBUSY: "kaynak meşgul",
    errno.EMFILE: "çok fazla açık dosya",
    errno.ENFILE: "çok fazla açık dosya",
    errno.EDQUOT: "disk kotası doldu",
    errno.EFBIG: "dosya çok büyük",
    errno.EPIPE: "akışın öbür ucu kapandı",
    errno.ENOTEMPTY: "dizin boş değil",
    errno.ETXTBSY: "dosya kullanımda",
    errno.EINVAL: "geçersiz argüman",
    errno.ENODEV: "aygıt yok",
    errno.ENXIO: "aygıt ya da adres yok",
    errno.EAGAIN: "kaynak geçici olarak kullanılamıyor",
    errno.EXDEV: "dosya sistemleri arasında taşınamaz",
}


def os_reason(exc: OSError) -> str:
    """The operating system's reason in Turkish; never the OS's English text.

    A reason we have no words for is named by its error code ("işletim sistemi hatası
    EIO"), which can still be looked up, instead of "Input/output error".
    """
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    name = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    return f"işletim sistemi hatası {name}" if name else "işletim sistemi hatası"
