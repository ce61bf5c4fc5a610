"""What scans need of a profile: the read-only view a Profile and an indexed row share.

`list`, `salary`, `skills` and `match` work on this protocol, so a command can answer
from the profile index (`kariyer.store.indexed.IndexedProfile`) without building models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kariyer.schema.models import SalaryFigure, SkillEntry


class ProfileLike(Protocol):
    """Read-only view shared by Profile and kariyer.store.indexed.IndexedProfile."""

    @property
    def slug(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def source_site(self) -> str | None: ...

    @property
    def source_title(self) -> str: ...

    @property
    def outlook_direction(self) -> str | None: ...

    @property
    def skills(self) -> Sequence[SkillEntry]: ...

    def salary_years(self) -> list[int]: ...

    def figure(self, year: int, kind: str) -> SalaryFigure | None: ...

    def figures_of(self, year: int, kind: str) -> list[SalaryFigure]: ...

    def monthly(self, year: int, kind: str) -> float | None: ...

    def monthly_high(self, year: int, kind: str) -> float | None: ...
