"""Gaps a new user's trial found against issue 16, pinned on the functions that own them."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from kariyer.schema.models import Profile
from kariyer.schema.validate import describe_validation_error, validate

from ..support import HESAP, bundled_json


# -- schema messages: a year is written as a year ------------------------------------------
def _messages(change: dict[str, Any]) -> dict[str, str]:
    data = bundled_json(HESAP)
    data["salary"]["figures"][0].update(change)
    with pytest.raises(ValidationError) as error:
        validate(Profile, data)
    return dict(describe_validation_error(error.value))


@pytest.mark.parametrize(("year", "message"), [(1850, "en az 1990"), (2500, "en çok 2100")])
def test_a_year_limit_has_no_thousands_separator(year: int, message: str) -> None:
    found = _messages({"year": year})["salary.figures.0.year"]
    assert message in found
    assert "1.990" not in found
    assert "2.100" not in found


def test_an_amount_limit_keeps_its_thousands_separator() -> None:
    found = _messages({"monthly_tl": 1e15})["salary.figures.0.monthly_tl"]
    assert "1.000.000.000" in found
