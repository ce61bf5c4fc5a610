"""The payroll rules table (``data/reference/payroll.json``): tariffs, contributions, taxes.

Written like the reference models of `kariyer.schema.models` (frozen dataclasses whose
annotations carry pydantic constraints, installed on first validation), in a module of
their own. Each sub-table carries its own source: the income-tax tariffs, the employee's
social-security contributions, the stamp tax and the minimum-wage exemption come from
different laws. Keys are English, texts Turkish.

The figures are used by `kariyer.domain.payroll`; nothing here computes.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Annotated

from kariyer.schema import models
from kariyer.schema.models import ReferenceSource, StrictModel

if TYPE_CHECKING:
    from pydantic import Field

    Text = str
    Year = int

__all__ = [
    "Contributions",
    "IncomeTaxTable",
    "IncomeTaxTariff",
    "MinimumWageExemption",
    "PayrollTable",
    "ReferenceSource",
    "StampTax",
    "TaxBracket",
    "install_constraints",
]


def install_constraints() -> None:
    """The constraint names of `kariyer.schema.models` (``Field``, ``Text``, ``Year``) in
    this module too: pydantic reads a model's annotations in its own module."""
    models.install_constraints()
    names = vars(models)
    globals().update({name: names[name] for name in ("Field", "Text", "Year")})


def _as_float(model: object, *names: str) -> None:
    """JSON may write 15 for 15.0: the same float validation makes of it (trusted builds)."""
    for name in names:
        value = getattr(model, name)
        if value is not None and type(value) is not float:
            object.__setattr__(model, name, float(value))


@dataclass(frozen=True, kw_only=True, slots=True)
class TaxBracket(StrictModel):
    up_to: Annotated[
        float | None,
        Field(
            gt=0,
            description="Dilimin üst sınırı (yıllık kümülatif matrah, TL); son dilimde null.",
        ),
    ]
    rate_percent: Annotated[float, Field(gt=0, lt=100, description="Dilimin oranı, yüzde.")]

    def __post_init__(self) -> None:
        _as_float(self, "up_to", "rate_percent")


@dataclass(frozen=True, kw_only=True, slots=True)
class IncomeTaxTariff(StrictModel):
    year: Year
    publication: Annotated[Text, Field(description="O yılın tarifesini yayımlayan tebliğ.")]
    brackets: list[TaxBracket]

    def __post_init__(self) -> None:
        check_brackets(self.brackets)


def check_brackets(brackets: list[TaxBracket]) -> None:
    """Ascending upper bounds, rising rates, and only the last bracket open (ValueError)."""
    if not brackets:
        raise ValueError("tarifede en az bir dilim olmalı.")
    bounds = [bracket.up_to for bracket in brackets]
    if bounds[-1] is not None or None in bounds[:-1]:
        raise ValueError("yalnızca son dilimin üst sınırı boş (null) olmalı.")
    closed = [bound for bound in bounds if bound is not None]
    if any(later <= earlier for earlier, later in pairwise(closed)):
        raise ValueError("dilimlerin üst sınırları artan sırada olmalı.")
    rates = [bracket.rate_percent for bracket in brackets]
    if any(later < earlier for earlier, later in pairwise(rates)):
        raise ValueError("dilimlerin oranları azalmamalı.")


@dataclass(frozen=True, kw_only=True, slots=True)
class IncomeTaxTable(StrictModel):
    source: ReferenceSource
    tariffs: list[IncomeTaxTariff]
    note: Text | None = None

    def tariff(self, year: int) -> IncomeTaxTariff | None:
        return next((tariff for tariff in self.tariffs if tariff.year == year), None)

    def years(self) -> list[int]:
        return sorted(tariff.year for tariff in self.tariffs)


@dataclass(frozen=True, kw_only=True, slots=True)
class Contributions(StrictModel):
    source: ReferenceSource
    sgk_employee_percent: Annotated[float, Field(gt=0, lt=100)]
    unemployment_employee_percent: Annotated[float, Field(gt=0, lt=100)]
    ceiling_minimum_wage_multiple: Annotated[
        float,
        Field(gt=1, description="Prime esas kazanç üst sınırı: brüt asgari ücretin katı."),
    ]
    ceiling_verified_through: Annotated[
        Year,
        Field(description="Tavanın bu katla doğrulandığı son yıl; sonrası için tahmin yok."),
    ]
    note: Text | None = None

    def __post_init__(self) -> None:
        _as_float(
            self,
            "sgk_employee_percent",
            "unemployment_employee_percent",
            "ceiling_minimum_wage_multiple",
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class StampTax(StrictModel):
    source: ReferenceSource
    percent: Annotated[float, Field(gt=0, lt=100, description="Brüt ücretin yüzdesi.")]

    def __post_init__(self) -> None:
        _as_float(self, "percent")


@dataclass(frozen=True, kw_only=True, slots=True)
class MinimumWageExemption(StrictModel):
    source: ReferenceSource
    from_year: Annotated[Year, Field(description="İstisnanın uygulandığı ilk yıl.")]
    before_note: Annotated[
        Text | None, Field(description="Bu yıldan önceki uygulama (neden hesaplanmadığı).")
    ] = None


@dataclass(frozen=True, kw_only=True, slots=True)
class PayrollTable(StrictModel):
    """Ücret bordrosunun kuralları; her alt tablo kendi kaynağıyla."""

    income_tax: IncomeTaxTable
    contributions: Contributions
    stamp_tax: StampTax
    minimum_wage_exemption: MinimumWageExemption

    def sources(self) -> list[ReferenceSource]:
        """Every sub-table's source, in the order above (the table has no single one)."""
        parts = (self.income_tax, self.contributions, self.stamp_tax, self.minimum_wage_exemption)
        return [part.source for part in parts]
