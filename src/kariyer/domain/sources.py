"""Which article a row of figures comes from: read from the profile, never assumed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kariyer.schema.models import SalaryFigure
    from kariyer.schema.views import ProfileLike


@dataclass(frozen=True, kw_only=True, slots=True)
class Citation:
    """The article behind a profile's figures; ``site`` is None when nobody recorded it."""

    site: str | None
    title: str


def cite(profile: ProfileLike, figure: SalaryFigure | None = None) -> Citation:
    """The profile's source, or the figure's own when it was kept from an earlier import."""
    own = figure.source if figure is not None else None
    if own is not None:
        return Citation(site=own.site, title=own.title)
    return Citation(site=profile.source_site, title=profile.source_title)
