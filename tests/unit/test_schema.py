"""The profile JSON Schema: an independent validator applies it as strictly as the model.

The schema is ``profile_json_schema()``, exactly what ``kariyer schema`` prints
(tests/cli/test_schema.py pins that).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from kariyer.schema.models import Profile
from kariyer.schema.validate import profile_json_schema, validate

from ..support import HESAP, SLUGS

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(profile_json_schema())
    return data


@pytest.fixture
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_bundled_profile_validates(
    validator: Draft202012Validator, raw_profiles: dict[str, dict[str, Any]], slug: str
) -> None:
    errors = [error.message for error in validator.iter_errors(raw_profiles[slug])]
    assert errors == []


def _extra_top_key(data: dict[str, Any]) -> None:
    data["unexpected"] = "x"


def _extra_nested_key(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["currency"] = "TL"


def _extra_source_key(data: dict[str, Any]) -> None:
    data["source"]["author"] = "x"


def _string_monthly(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["monthly_tl"] = "14000"


def _bool_monthly(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["monthly_tl"] = True


def _negative_monthly(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["monthly_tl"] = -1


def _string_year(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["year"] = "2023"


def _bad_kind(data: dict[str, Any]) -> None:
    data["salary"]["figures"][0]["kind"] = "median"


def _bad_slug(data: dict[str, Any]) -> None:
    data["slug"] = "Müşteri Hesap"


def _missing_title(data: dict[str, Any]) -> None:
    del data["title"]


def _empty_duty(data: dict[str, Any]) -> None:
    data["duties"].append("")


def _bad_skill_id(data: dict[str, Any]) -> None:
    data["skills"][0]["id"] = "Problem Solving"


MUTATIONS: dict[str, Mutation] = {
    "unknown top-level key": _extra_top_key,
    "unknown key in a salary figure": _extra_nested_key,
    "unknown key in source": _extra_source_key,
    "monthly_tl as a string": _string_monthly,
    "monthly_tl as a boolean": _bool_monthly,
    "negative monthly_tl": _negative_monthly,
    "year as a string": _string_year,
    "unknown salary kind": _bad_kind,
    "slug with spaces": _bad_slug,
    "missing title": _missing_title,
    "empty duty": _empty_duty,
    "skill id not a slug": _bad_skill_id,
}


@pytest.mark.parametrize("mutation", MUTATIONS.values(), ids=list(MUTATIONS))
def test_schema_is_as_strict_as_the_model(
    validator: Draft202012Validator,
    raw_profiles: dict[str, dict[str, Any]],
    mutation: Mutation,
) -> None:
    data = copy.deepcopy(raw_profiles[HESAP])
    mutation(data)
    assert not validator.is_valid(data)
    with pytest.raises(ValidationError):
        validate(Profile, data)


def test_unknown_key_error_names_it(
    validator: Draft202012Validator, raw_profiles: dict[str, dict[str, Any]]
) -> None:
    data = copy.deepcopy(raw_profiles[HESAP])
    data["salary"]["figures"][0]["currency"] = "TL"
    messages = [error.message for error in validator.iter_errors(data)]
    assert any("currency" in message for message in messages), messages


def test_minimal_profile_valid_for_both(validator: Draft202012Validator) -> None:
    minimal = {"slug": "yeni-meslek", "title": "Yeni Meslek", "source": {"site": "a", "title": "b"}}
    assert validator.is_valid(minimal)
    assert validate(Profile, minimal).slug == "yeni-meslek"
