"""Which article a row of figures comes from: read from the profile, never assumed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kariyer.schema.views import ProfileLike


@dataclass(frozen=True, kw_only=True, slots=True)
class Citation:
    """The article behind a profile's figures; ``site`` is None when nobody recorded it."""

    site: str | None
    title: str


def cite(profile: ProfileLike) -> Citation:
    return Citation(site=profile.source_site, title=profile.source_title)
