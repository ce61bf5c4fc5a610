"""schema.build.maker: trusted values straight into a model's slots, equal to __init__'s."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kariyer.schema.build import maker
from kariyer.schema.models import SalaryFigure


def test_a_made_figure_equals_the_constructed_one() -> None:
    build = maker(SalaryFigure, ("year", "kind", "label", "monthly_tl", "hourly_tl", "basis"))
    made = build((2024, "average", "Ortalama Maaş", 15500.0, 90.5, "net"))
    assert made == SalaryFigure(
        year=2024, kind="average", label="Ortalama Maaş", monthly_tl=15500.0, hourly_tl=90.5,
        basis="net",
    )  # fmt: skip
    assert made.monthly_tl_high is None  # the defaults
    assert made.source is None


def test_too_few_values_is_an_error_not_a_half_built_model() -> None:
    build = maker(SalaryFigure, ("year", "kind", "label", "monthly_tl", "hourly_tl", "basis"))
    with pytest.raises(ValueError, match="shorter"):
        build((2024, "average"))


def test_a_field_left_out_without_a_plain_default_is_refused() -> None:
    @dataclass(slots=True)
    class Holder:
        name: str
        items: list[str] = field(default_factory=list)

    with pytest.raises(TypeError, match="items"):
        maker(Holder, ("name",))
    with pytest.raises(TypeError, match="name"):
        maker(Holder, ("items",))
