"""`kariyer cache info` and `kariyer cache clear`: the rows and sentences every format shares.

Text, Markdown and CSV show the same facts: each cache, its size, the day it was last
used and, for an index, the data directories it serves (a vanished one marked "yok").
Text and Markdown take the Turkish cells from here; CSV the plain ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kariyer.fmt import date_tr, file_size, number
from kariyer.output import labels

if TYPE_CHECKING:
    from kariyer.schema.cache import CacheEntry, CacheReport, ClearReport

INFO_HEADER = ["Önbellek", "Boyut", "Son kullanım", "Veri dizinleri"]
CSV_HEADER = ["kind", "name", "size_bytes", "files", "last_used", "directories", "missing"]
NO_CACHE = "Önbellek dizini yok (ev dizini bulunamadı); kariyer önbelleksiz çalışıyor."


def entry_name(entry: CacheEntry) -> str:
    kind = labels.CACHE_KIND_TR[entry.kind]
    if entry.kind == "index":
        return f"{kind} ({entry.name})"
    if entry.kind == "web":
        return f"{kind} ({number(len(entry.files))} dosya)"
    if entry.kind == "other":
        return f"{entry.name} — {kind}"
    return kind


def _directories(entry: CacheEntry, shown_as: dict[str, str]) -> str:
    if entry.kind == "index" and not entry.directories:
        return "bilinmiyor"
    names = [shown_as.get(item, item) for item in entry.directories]
    return "; ".join(
        f"{name} (yok)" if item in entry.missing else name
        for item, name in zip(entry.directories, names, strict=True)
    )


def info_rows(report: CacheReport) -> list[list[str]]:
    return [
        [
            entry_name(entry),
            file_size(entry.size_bytes),
            date_tr(entry.last_used) if entry.last_used is not None else "",
            _directories(entry, report.shown_as),
        ]
        for entry in report.entries
    ]


def info_lines(report: CacheReport) -> list[str]:
    """The sentences under the table: where, how much in all, how to clear."""
    if report.directory is None:
        return [NO_CACHE]
    ours = [entry for entry in report.entries if entry.kind != "other"]
    if not ours:
        return [f"Önbellek boş: {report.directory}"]
    return [
        f"Önbellek dizini: {report.directory}",
        f"Toplam: {file_size(report.total_bytes)} ({number(len(ours))} önbellek). "
        "Hepsi yeniden oluşturulabilir; silmek için: kariyer cache clear",
    ]


def clear_lines(report: ClearReport) -> list[str]:
    if report.directory is None:
        return [NO_CACHE]
    lines = [
        f"Silindi: {entry_name(entry)} — {file_size(entry.size_bytes)}" for entry in report.removed
    ]
    lines += [f"Silinemedi: {item.path} ({item.reason})" for item in report.failed]
    lines += [f"Bırakıldı (kariyer'in değil): {entry.name}" for entry in report.kept]
    if report.removed:
        lines.append(
            f"{number(len(report.removed))} önbellek silindi, {file_size(report.freed_bytes)} "
            f"yer açıldı: {report.directory}"
        )
    elif not report.failed:
        lines.append(f"Silinecek önbellek yok: {report.directory}")
    return lines


def csv_rows(entries: list[CacheEntry]) -> list[list[object]]:
    return [
        [
            entry.kind,
            entry.name,
            entry.size_bytes,
            len(entry.files),
            entry.last_used.isoformat() if entry.last_used is not None else "",
            ";".join(entry.directories),
            ";".join(entry.missing),
        ]
        for entry in entries
    ]
