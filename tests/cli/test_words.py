"""Words that mislead (issue 13 §6): sentences instead of placeholders, one capitalisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..support import CHECK_DIR, HESAP, Run, flat, write_user_profile


@pytest.mark.parametrize("fmt_args", [(), ("-f", "markdown")])
def test_a_profile_without_figures_is_a_sentence_not_hic_yok(
    run: Run, tmp_path: Path, raw_profiles: dict[str, dict[str, Any]], fmt_args: tuple[str, ...]
) -> None:
    salary = {**raw_profiles[HESAP]["salary"], "figures": []}
    write_user_profile(tmp_path, raw_profiles[HESAP], "maassiz", "Maaşsız Meslek", salary=salary)
    result = run("salary", "--year", "2023", "--data-dir", str(tmp_path), *fmt_args)
    assert result.exit_code == 0, result
    out = flat(result.stdout)
    assert "hiç yok" not in out
    assert "Maaşsız Meslek: makalede maaş rakamı yok." in out


def test_severity_words_have_one_capitalisation(run: Run) -> None:
    """ "Hata"/"Uyarı" in a check report as on stderr ("Hata: …", "Uyarı: …")."""
    from kariyer.output import labels

    assert labels.SEVERITY_TR == {"error": "Hata", "warning": "Uyarı"}
    report = flat(run("check", str(CHECK_DIR / "hourly-mismatch")).stdout)
    assert "Uyarı salary.figures.0.hourly_tl [hourly-mismatch]" in report
    assert run("show", "yok-boyle-bir-meslek").stderr.startswith("Hata: ")
