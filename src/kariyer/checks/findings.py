"""The one Finding type: something kariyer noticed about a data file or an article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kariyer.schema.build import JSON_OMIT_NONE

Severity = Literal["error", "warning"]


@dataclass(kw_only=True, slots=True)
class Finding:
    """One problem (``error``) or doubt (``warning``), with a stable ``code`` for scripts.

    ``field`` is a dotted path into the profile (``salary.figures.0.hourly_tl``) when the
    finding points at one; ``file`` and ``slug`` are set (and written to JSON) only when
    the finding is about one file among many (`kariyer check`).
    """

    file: str | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    slug: str | None = field(default=None, metadata={JSON_OMIT_NONE: True})
    code: str
    severity: Severity
    field: str | None
    message: str
