"""The bundled public reference tables (minimum wage, prices, hours, ISCO-08) and skills.

Each table is a JSON file under ``data/`` with a ``source``; its model lives in
`kariyer.schema.models`. A new reference table is one model there, one file in
``data/reference/`` and one entry in ``TABLES`` below (and a field of ``Reference``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from kariyer.store.paths import bundled_data_dir
from kariyer.store.verified import load_table

if TYPE_CHECKING:
    from kariyer.schema.models import (
        IscoMinorGroupTable,
        MinimumWageTable,
        PriceIndexTable,
        SkillTable,
        WorkingHours,
    )

# Reference field -> (file under data/, model name in kariyer.schema.models)
TABLES = {
    "minimum_wage": ("reference/minimum_wage.json", "MinimumWageTable"),
    "prices": ("reference/consumer_prices.json", "PriceIndexTable"),
    "hours": ("reference/working_hours.json", "WorkingHours"),
    "isco_minor_groups": ("reference/isco08_minor_groups.json", "IscoMinorGroupTable"),
}
SKILLS_FILE = "skills.json"
ModelT = TypeVar("ModelT")


@dataclass(frozen=True)
class Reference:
    """The bundled public reference tables."""

    minimum_wage: MinimumWageTable
    prices: PriceIndexTable
    hours: WorkingHours
    isco_minor_groups: IscoMinorGroupTable


def load_bundled_table(relative: str, model: type[ModelT]) -> ModelT:
    """A bundled JSON table, validated (or known valid); a broken one means a broken install."""
    return load_table(bundled_data_dir() / relative, model)


def load_reference() -> Reference:
    from kariyer.schema import models

    return Reference(
        **{
            name: load_bundled_table(relative, getattr(models, model))
            for name, (relative, model) in TABLES.items()
        }
    )


def load_skills() -> SkillTable:
    from kariyer.schema.models import SkillTable

    return load_bundled_table(SKILLS_FILE, SkillTable)
