"""docs/import.md: the web import's rules as the code has them, and a run of the local server."""

from __future__ import annotations

from kariyer.store import web

from .conftest import DOCS, ROOT, load_updater

PAGE = (DOCS / "import.md").read_text(encoding="utf-8")
UPDATER = load_updater()
LIST = ROOT / "tests" / "fixtures" / "web" / "liste.txt"


def test_the_page_shows_the_list_file_it_runs() -> None:
    assert f"```text\n{LIST.read_text(encoding='utf-8')}```" in PAGE
    assert f"`{LIST.relative_to(ROOT)}`" in PAGE


def test_the_examples_ask_only_the_local_server() -> None:
    assert UPDATER.LOCAL_SITE.startswith("http://127.0.0.1:")
    entries = [line for line in LIST.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert entries
    assert all(entry.startswith(UPDATER.LOCAL_SITE + "/") for entry in entries)
    local = [m for m in UPDATER.examples(PAGE) if "server=local" in m["options"]]
    assert len(local) >= 2
    for match in local:
        words = match["command"].split()
        assert all("://" not in word or word.startswith(UPDATER.LOCAL_SITE) for word in words)
    assert f"`{UPDATER.LOCAL_SITE}`" in PAGE  # the page names the fixed address


def test_the_page_gives_the_limits_the_code_has() -> None:
    name, rest = web.USER_AGENT.split(" ", 1)
    assert name.startswith("kariyer/")
    assert f"`kariyer/<sürüm> {rest}`" in PAGE
    assert f"en çok {web.MAX_REDIRECTS} yönlendirme" in PAGE
    assert f"en çok {web.MAX_PAGE_BYTES // 1024 // 1024} MiB" in PAGE
    assert f"okuma için {web.DEFAULT_TIMEOUT:.0f} saniye" in PAGE
    assert f"`{web.TIMEOUT_ENV}`" in PAGE
    assert f"**{web.ROBOTS_TTL // 3600} saat**" in PAGE
    for option in ("--delay", "--refresh", "--from", "--into-data-dir", "--source-url"):
        assert f"`{option}" in PAGE


def test_the_lead_has_a_place_for_the_pay_history() -> None:
    assert "\n## Yeniden içe aktarma ve maaş geçmişi\n" in PAGE


def test_readme_and_commands_link_the_page() -> None:
    assert "](docs/import.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](import.md)" in (DOCS / "commands.md").read_text(encoding="utf-8")
