"""The bundled public reference tables (minimum wage, prices, hours, ISCO-08, payroll
rules) and skills.

Each table is a JSON file under ``data/`` with a ``source`` (the payroll table: one per
sub-table); its model lives in `kariyer.schema.models` (or a module of `kariyer.schema`
named before a dot, as ``payroll.PayrollTable``). A new reference table is one model,
one file in ``data/reference/`` and one entry in ``TABLES`` below (and a field of
``Reference``).
"""

from __future__ import annotations

import importlib
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
    from kariyer.schema.payroll import PayrollTable

# Reference field -> (file under data/, model name in kariyer.schema.models, or
# "module.Model" for another module of kariyer.schema)
TABLES = {
    "minimum_wage": ("reference/minimum_wage.json", "MinimumWageTable"),
    "prices": ("reference/consumer_prices.json", "PriceIndexTable"),
    "hours": ("reference/working_hours.json", "WorkingHours"),
    "isco_minor_groups": ("reference/isco08_minor_groups.json", "IscoMinorGroupTable"),
    "payroll": ("reference/payroll.json", "payroll.PayrollTable"),
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
    payroll: PayrollTable


def load_bundled_table(relative: str, model: type[ModelT]) -> ModelT:
    """A bundled JSON table, validated (or known valid); a broken one means a broken install."""
    return load_table(bundled_data_dir() / relative, model)


def table_model(name: str) -> type:
    """The model class a ``TABLES`` entry names ("MinimumWageTable", "payroll.PayrollTable")."""
    module, _, model = name.rpartition(".")
    found: type = getattr(importlib.import_module(f"kariyer.schema.{module or 'models'}"), model)
    return found


def load_reference() -> Reference:
    return Reference(
        **{
            name: load_bundled_table(relative, table_model(model))
            for name, (relative, model) in TABLES.items()
        }
    )


def load_skills() -> SkillTable:
    from kariyer.schema.models import SkillTable

    return load_bundled_table(SKILLS_FILE, SkillTable)
