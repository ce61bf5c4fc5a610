"""The JSON writer: every result as indented JSON with English keys (a contract for scripts).

Most results are written as they are (`schema.build.to_data`); `show` writes the profile
as stored plus a separate ``computed`` object, `import` the profile with what was noticed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from kariyer.output.console import write_json_text
from kariyer.schema.build import to_data

if TYPE_CHECKING:
    from kariyer.checks.assess import AssessedProfile
    from kariyer.importer.batch import BatchReport
    from kariyer.importer.merge import Merge
    from kariyer.importer.parser import ImportResult


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def write_result(result: object) -> None:
    """A result (a dataclass, or a list of them) as JSON."""
    write_json_text(dumps(to_data(result)))


def write_profile(item: AssessedProfile) -> None:
    """The profile as stored, plus a ``computed`` object kept apart from published data."""
    data = to_data(item.profile)
    data["computed"] = to_data(item.facts)
    write_json_text(dumps(data))


def write_import(result: ImportResult) -> None:
    data = {
        "profile": to_data(result.profile, exclude_none=True) if result.profile else None,
        "written_to": result.written_to,
        "status": result.status,
        "merge": _merge(result.merge),
        **_cached(result.cached),
        "findings": to_data(result.findings),
    }
    write_json_text(dumps(data))


def _cached(day: date | None) -> dict[str, Any]:
    """Whether the page came from the cache and, if so, the day it was fetched."""
    return {"cached": day is not None, "cached_retrieved": day.isoformat() if day else None}


def _merge(merge: Merge | None) -> dict[str, Any] | None:
    """What a re-import kept of the profile on disk, and where the two disagree."""
    if merge is None:
        return None
    return {
        "kept": to_data(merge.kept, exclude_none=True),
        "conflicts": [
            {
                "new": to_data(conflict.new, exclude_none=True),
                "earlier": to_data(conflict.earlier, exclude_none=True),
            }
            for conflict in merge.conflicts
        ],
    }


def write_import_batch(report: BatchReport) -> None:
    """Many inputs: one object, each input's outcome and the counts (nothing else on stdout)."""
    data = {
        "results": [
            {
                "input": item.input,
                "status": item.status,
                "slug": item.slug,
                "written_to": item.written_to,
                "reason": item.reason,
                "merge": _merge(item.merge),
                **_cached(item.cached),
                "findings": to_data(item.findings),
            }
            for item in report.items
        ],
        "counts": report.counts(),
        "interrupted": report.interrupted,
    }
    write_json_text(dumps(data))


VIEWS: dict[str, Callable[[Any], None]] = {
    "list": write_result,
    "show": write_profile,
    "compare": write_result,
    "salary": write_result,
    "pay": write_result,
    "search": write_result,
    "skills": write_result,
    "skill": write_result,
    "match": write_result,
    "check": write_result,
    "import": write_import,
    "import-batch": write_import_batch,
    "cache": write_result,
    "cache-clear": write_result,
}
