"""The README: short, true, the two set-up commands, one example each of show, compare, salary."""

from __future__ import annotations

import re

from .conftest import DOCS, README, ROOT, anchors

README_TEXT = README.read_text(encoding="utf-8")


def test_readme_is_short() -> None:
    assert len(README_TEXT.splitlines()) <= 200


def test_readme_gives_the_two_setup_commands_after_a_virtual_environment() -> None:
    venv = README_TEXT.index("python3 -m venv .venv")
    assert README_TEXT.index("pip install . && kariyer show musteri-hesap-temsilcisi") > venv
    assert README_TEXT.index('pip install -e ".[test]" && pytest') > venv
    assert "externally-managed-environment" in README_TEXT


def test_readme_shows_show_compare_salary_and_pay() -> None:
    commands = re.findall(r"^<!-- output[^:]*: (kariyer \w+)", README_TEXT, re.M)
    assert commands == ["kariyer show", "kariyer compare", "kariyer salary", "kariyer pay"]


def test_readme_lists_every_command() -> None:
    from kariyer.cli.app import app

    names = [command.name for command in app.registered_commands]
    assert names
    for name in names:
        assert f"| `kariyer {name}" in README_TEXT, f"README's table lacks 'kariyer {name}'"


def test_readme_links_every_docs_page() -> None:
    for page in sorted(DOCS.glob("*.md")):
        assert f"(docs/{page.name})" in README_TEXT, f"README does not link docs/{page.name}"


def test_every_relative_link_resolves() -> None:
    for document in [README, *sorted(DOCS.glob("*.md"))]:
        text = document.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            path_part, _, anchor = target.partition("#")
            path = (document.parent / path_part).resolve() if path_part else document
            assert path.exists(), f"{document.relative_to(ROOT)}: broken link {target}"
            if anchor and path.suffix == ".md":
                assert anchor in anchors(path), f"{document.relative_to(ROOT)}: no #{anchor}"
