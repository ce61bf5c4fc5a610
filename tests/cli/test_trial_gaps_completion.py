"""Gaps a new user's trial found in shell completion (issue 16): skills by the names users
type, shell names after the completion options, no occupation offered twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ..support import ANALIST, HESAP, Run, write_user_profile


# -- shell completion: skills by the names users type, shells, no repeated occupation ------
def _bash_completes(run: Run, monkeypatch: pytest.MonkeyPatch, words: str) -> list[str]:
    """What bash gets for the last word of ``words`` (a trailing space: a new word)."""
    monkeypatch.setenv("_KARIYER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", words)
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    monkeypatch.setenv("COMP_CWORD", str(cword))
    result = run()
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("kariyer skills i", "iletişim"),
        ("kariyer skills ileti", "iletişim"),
        ("kariyer skills İLETİ", "İLETİşim"),  # the typed text kept: shells filter by it
        ("kariyer skills ekip", r"ekip\ çalışması"),  # bash reads the space back
        ("kariyer skills takım ç", "çalışması"),  # the rest of a name typed word by word
        ("kariyer skills comm", "communication"),
        ("kariyer match --skills aktif,ileti", "aktif,iletişim"),
        ("kariyer match -s iletişim,ekip", r"iletişim,ekip\ çalışması"),
    ],
)
def test_skills_complete_by_their_turkish_names(
    run: Run, monkeypatch: pytest.MonkeyPatch, words: str, offered: str
) -> None:
    assert offered in _bash_completes(run, monkeypatch, words)


def test_skill_completion_offers_names_and_ids(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    offered = _bash_completes(run, monkeypatch, "kariyer skills ")
    assert "İletişim" in offered
    assert "communication" in offered


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("kariyer --show-completion ", ["bash", "zsh", "fish", "powershell", "pwsh"]),
        ("kariyer --show-completion z", ["zsh"]),
        ("kariyer --install-completion p", ["powershell", "pwsh"]),
        ("kariyer --show-completion zsh ", []),  # nothing follows the shell
    ],
)
def test_completion_options_complete_shell_names(
    run: Run, monkeypatch: pytest.MonkeyPatch, words: str, offered: list[str]
) -> None:
    assert _bash_completes(run, monkeypatch, words) == offered


def test_commands_still_complete(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _bash_completes(run, monkeypatch, "kariyer sh") == ["show"]


def test_compare_second_occupation_excludes_the_first(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _bash_completes(run, monkeypatch, f"kariyer compare {HESAP} ") == [ANALIST]
    assert _bash_completes(run, monkeypatch, f"kariyer compare {ANALIST} mus") == [HESAP]
    assert _bash_completes(run, monkeypatch, "kariyer compare ") == [HESAP, ANALIST]


def test_occupation_completion_reads_the_data_dir_typed(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, raw_profiles: dict[str, Any]
) -> None:
    write_user_profile(tmp_path, raw_profiles[HESAP], "satis-temsilcisi", "Satış Temsilcisi")
    words = f"kariyer show --data-dir {tmp_path} sat"
    assert _bash_completes(run, monkeypatch, words) == ["satis-temsilcisi"]


def test_an_occupation_typed_with_turkish_letters_completes(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    offers = _bash_completes(run, monkeypatch, "kariyer show mü")
    assert offers == ["müsteri-hesap-temsilcisi", "müsteri-hizmetleri-analisti"]
    for offer in offers:  # the offer keeps the typed letters and names the same occupation
        assert run("show", offer, "--json").exit_code == 0
    assert _bash_completes(run, monkeypatch, "kariyer show mu") == [HESAP, ANALIST]
