"""The records of `kariyer cache`: each cache kariyer keeps, the listing, what clear removed.

Plain dataclasses, filled by `kariyer.store.cachefiles` and written by every output format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# = kariyer.schema.models.JSON_HIDDEN, not imported: the index's one stat per run stays light
# (tests/unit/test_cachefiles.py keeps the two equal)
JSON_HIDDEN = "kariyer.json_hidden"


@dataclass(slots=True)
class CacheEntry:
    """One cache: an index (its files together), the checked-files record, the web pages,
    or something that is not kariyer's (``other``: listed, never removed)."""

    kind: str  # "index", "checked", "validator", "web", "other"
    name: str  # the index's name, or a file or folder name relative to the cache directory
    size_bytes: int = 0
    files: list[str] = field(default_factory=list)  # relative to the cache directory
    directories: list[str] = field(default_factory=list)  # the data directories it serves
    missing: list[str] = field(default_factory=list)  # those of them that no longer exist
    # the day of the last use: the sidecar's mtime, else the day its newest file changed
    last_used: date | None = None
    from_sidecar: bool = False  # whether ``directories`` and ``last_used`` come from one


@dataclass(slots=True)
class CacheReport:
    """`kariyer cache info`: every cache under the directory, with sizes."""

    directory: str | None
    entries: list[CacheEntry]
    total_bytes: int
    # how each data directory is named on screen: "(paket) occupations" for the bundled one
    shown_as: dict[str, str] = field(default_factory=dict, metadata={JSON_HIDDEN: True})


@dataclass(slots=True)
class CacheFailure:
    path: str
    reason: str


@dataclass(slots=True)
class ClearReport:
    """`kariyer cache clear`: what was removed, how much space it freed, what was kept."""

    directory: str | None
    removed: list[CacheEntry]
    kept: list[CacheEntry]  # not kariyer's
    failed: list[CacheFailure]
    freed_bytes: int

    def ok(self) -> bool:
        return not self.failed
