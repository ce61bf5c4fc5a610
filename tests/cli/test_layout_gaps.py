"""Layout gaps a new-user trial found against issue 16 ("80 columns"), each pinned here.

* what docs/commands.md says about `pay`'s records at 80 columns is true.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..support import invoke

ROOT = Path(__file__).resolve().parents[2]


def _out(columns: int, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


# -- 4. pay's records at 80 columns: where the docs say ------------------------------------
def test_pay_records_begin_where_the_docs_say(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = " ".join((ROOT / "docs" / "commands.md").read_text(encoding="utf-8").split())
    claim = re.search(r"2025'te ≈ ([\d.]+) TL/ay brütün üstü", docs)
    assert claim, "the claim moved: update this test"
    amount = int(claim.group(1).replace(".", ""))

    def records(gross: int) -> bool:
        return "Ay: Ocak" in _out(80, monkeypatch, "pay", str(gross), "--year", "2025")

    assert not records(round(amount * 0.99))
    assert records(round(amount * 1.01))
