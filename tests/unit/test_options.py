"""kariyer.cli.options: completing an occupation name from the catalogue."""

from __future__ import annotations

from ..support import ANALIST, SLUGS


def test_complete_occupation_function() -> None:
    from kariyer.cli.options import _complete_occupation

    assert _complete_occupation("") == list(SLUGS)
    assert _complete_occupation("Müşteri Hi") == [ANALIST]
    assert _complete_occupation("xyz") == []
