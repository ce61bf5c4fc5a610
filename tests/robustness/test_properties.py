"""Property tests: whatever the user types on the command line, kariyer never crashes.

"Never crashes" means: the exit code is 0, 1 or 2, and the output holds neither a
Python traceback nor the "unexpected error" message (which the entry point prints
for an exception it did not expect, i.e. a bug).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ..support import ANALIST, HESAP, PROPERTY_SETTINGS, assert_no_crash, invoke

pytestmark = pytest.mark.slow  # each test runs the CLI on 60 generated inputs (1–2 s)

TURKISH = "çğıöşüÇĞİÖŞÜâîû"
NAMEISH = st.text(alphabet=TURKISH + "abcdefghijklmnoprstuvyzABCMHT -_./'\"\\*?", max_size=40)
ANY_TEXT = st.one_of(
    st.text(max_size=80),
    NAMEISH,
    st.sampled_from(
        [
            "",
            " ",
            "-",
            "--",
            "-h",
            "--help",
            "İ",
            "i̇",
            "ß",
            "ﬁ",
            "\u200b",
            "\ufeff",
            "\x00",
            "%s%n",
            "{0}",
            "[bold]x[/]",
            "[/]",
            "\x1b]0;title\x07",
            "Müşteri Hesap Temsilcisi",
            "MÜŞTERİ HİZMETLERİ ANALİSTİ",
            HESAP,
            ANALIST,
            "a" * 5000,
        ]
    ),
)


# -- what people type --------------------------------------------------------------------
@PROPERTY_SETTINGS
@given(name=ANY_TEXT)
def test_show_any_text(name: str) -> None:
    result = invoke("show", "--", name)
    assert_no_crash(result)
    if result.exit_code == 1:
        assert "Bulunamadı" in result.stderr


@PROPERTY_SETTINGS
@given(name=ANY_TEXT)
def test_show_any_text_as_json(name: str) -> None:
    result = invoke("show", "--json", "--", name)
    assert_no_crash(result)
    if result.exit_code == 0:
        assert json.loads(result.stdout)["slug"] in (HESAP, ANALIST)


@PROPERTY_SETTINGS
@given(name=ANY_TEXT)
def test_compare_any_text(name: str) -> None:
    result = invoke("compare", "--", name, HESAP)
    assert_no_crash(result)


@PROPERTY_SETTINGS
@given(words=st.lists(ANY_TEXT, min_size=1, max_size=4))
def test_search_any_text(words: list[str]) -> None:
    result = invoke("search", "--", *words)
    assert_no_crash(result)


@PROPERTY_SETTINGS
@given(words=ANY_TEXT)
def test_match_any_skills(words: str) -> None:
    result = invoke("match", f"--skills={words}")
    assert_no_crash(result)


@PROPERTY_SETTINGS
@given(year=st.integers(-(10**6), 10**6))
@example(year=1989)
@example(year=1990)
@example(year=2023)
@example(year=2024)
@example(year=2100)
@example(year=2101)
def test_salary_any_integer_year(year: int) -> None:
    result = invoke("salary", "--year", str(year))
    assert_no_crash(result)
    if not 1990 <= year <= 2100:
        assert result.exit_code == 2
        assert "1990" in result.stderr
        assert "2100" in result.stderr
    elif year in (2023, 2024):
        assert result.exit_code == 0
    else:
        assert result.exit_code == 1


@PROPERTY_SETTINGS
@given(year=ANY_TEXT)
def test_salary_any_text_year(year: str) -> None:
    result = invoke("salary", f"--year={year}")
    assert_no_crash(result)


@PROPERTY_SETTINGS
@given(
    year=st.integers(-(10**6), 10**6),
    adjust=st.booleans(),
    fmt=st.sampled_from(["text", "json", "markdown", "csv"]),
)
def test_salary_any_year_and_format(year: int, adjust: bool, fmt: str) -> None:
    args = ["salary", "--year", str(year), "--format", fmt]
    if adjust:
        args.append("--adjust")
    result = invoke(*args)
    assert_no_crash(result)


AMOUNTISH = st.text(alphabet="0123456789.,- TLtl₺٣e+", max_size=20)


@PROPERTY_SETTINGS
@given(
    amount=st.one_of(AMOUNTISH, ANY_TEXT),
    year=st.one_of(st.none(), st.integers(1980, 2110).map(str), NAMEISH),
    net=st.booleans(),
)
@example(amount="30000", year="2025", net=False)
@example(amount="25.000", year="2025", net=True)
def test_pay_any_amount_and_year(amount: str, year: str | None, net: bool) -> None:
    """A payroll or a usage error (exit 2) with a hint: never a crash, never exit 1."""
    flags = [*(["--year", year] if year is not None else []), *(["--net"] if net else [])]
    result = invoke("pay", *flags, "--json", "--", amount)
    assert_no_crash(result, frozenset({0, 2}))
    if result.exit_code == 0:
        data = json.loads(result.stdout)
        assert data["status"] == "computed"
        assert all(0 < month["net"] <= month["gross"] for month in data["months"])
    else:
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) >= 2, result.stderr  # and a hint
