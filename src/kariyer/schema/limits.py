"""Every limit on data, defined once: slug pattern and length, years, text length, amounts.

The models (`kariyer.schema.models`) apply them through pydantic; the store, the importer
and the command line use the same names. This module is tiny on purpose: importing the
models costs a scan of thousands of profiles time it does not need.
"""

from __future__ import annotations

import re

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SKILL_ID_PATTERN = SLUG_PATTERN
MAX_SLUG_LENGTH = 80
MAX_TEXT_LENGTH = 20_000
MAX_MONTHLY_TL = 1_000_000_000  # a billion lira a month: anything above is a typo, not a wage
MIN_YEAR, MAX_YEAR = 1990, 2100
_SLUG_RE = re.compile(SLUG_PATTERN)


def is_slug(text: str) -> bool:
    """Whether ``text`` is a valid slug (the same rule the schema applies)."""
    return len(text) <= MAX_SLUG_LENGTH and _SLUG_RE.fullmatch(text) is not None


def is_year(value: int) -> bool:
    return MIN_YEAR <= value <= MAX_YEAR
