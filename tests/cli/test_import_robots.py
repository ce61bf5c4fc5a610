"""robots.txt kept on disk for 24 hours (RFC 9309 §2.4), and what an unreachable one means."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kariyer.errors import KariyerError
from kariyer.store.web import ROBOTS_TTL, Fetcher

from ..support import ANALIST, HESAP, Run, assert_clean_failure
from ..webserver import Site, serving

DAY = 24 * 60 * 60
START = 1_800_000_000.0  # a fixed wall-clock time for the fetchers below


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(directory))
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "5")
    return directory


@pytest.fixture
def site(cache: Path) -> Iterator[Site]:
    with serving() as running:
        yield running


def _import(run: Run, *args: str, code: int = 0) -> str:
    result = run("import", *args, "--delay", "0")
    assert result.exit_code == code, result
    return result.stderr


def _fetcher(cache: Path, at: float, *, refresh: bool = False) -> Fetcher:
    return Fetcher(cache=cache, delay=0, refresh=refresh, wall=lambda: at)


def _robots_entries(cache: Path) -> list[Path]:
    return sorted((cache / "web" / "robots").glob("*.json"))


def test_a_second_run_over_a_new_page_of_the_host_reuses_robots(run: Run, site: Site) -> None:
    _import(run, site.url(f"/{HESAP}/"))
    _import(run, site.url(f"/{ANALIST}/"))
    assert site.requests == ["/robots.txt", f"/{HESAP}/", f"/{ANALIST}/"]


def test_a_second_run_over_cached_pages_asks_nothing(
    run: Run, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    pages = [site.url(f"/{HESAP}/"), site.url(f"/{ANALIST}/")]
    _import(run, *pages, "--into-data-dir")
    asked = list(site.requests)
    _import(run, *pages, "--into-data-dir")
    assert site.requests == asked == ["/robots.txt", f"/{HESAP}/", f"/{ANALIST}/"]


def test_robots_is_kept_for_24_hours_then_asked_again(site: Site, cache: Path) -> None:
    _fetcher(cache, START).fetch(site.url(f"/{HESAP}/"))
    _fetcher(cache, START + ROBOTS_TTL - 1).fetch(site.url(f"/{ANALIST}/"))
    assert site.count("/robots.txt") == 1
    _fetcher(cache, START + ROBOTS_TTL + 1).fetch(site.url("/eski-kod/"))
    assert site.count("/robots.txt") == 2
    assert ROBOTS_TTL == DAY


def test_a_robots_entry_from_the_future_is_not_trusted(site: Site, cache: Path) -> None:
    _fetcher(cache, START).fetch(site.url(f"/{HESAP}/"))
    _fetcher(cache, START - 60).fetch(site.url(f"/{ANALIST}/"))  # the clock went back
    assert site.count("/robots.txt") == 2


def test_refresh_asks_for_robots_again(run: Run, site: Site) -> None:
    _import(run, site.url(f"/{HESAP}/"))
    _import(run, site.url(f"/{ANALIST}/"), "--refresh")
    assert site.count("/robots.txt") == 2


def test_the_cached_rules_still_refuse(run: Run, site: Site) -> None:
    _import(run, site.url(f"/{HESAP}/"))
    result = run("import", site.url("/gizli/sayfa/"), "--delay", "0")
    assert_clean_failure(result, 1)
    assert "robots.txt bu adresi yasaklıyor" in result.stderr
    assert site.requests == ["/robots.txt", f"/{HESAP}/"]  # neither robots nor the page


def test_the_robots_entry_has_its_address_date_and_a_hashed_name(site: Site, cache: Path) -> None:
    _fetcher(cache, START).fetch(site.url(f"/{HESAP}/"))
    (entry,) = _robots_entries(cache)
    assert len(entry.stem) == 64
    assert set(entry.stem) <= set("0123456789abcdef")
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["root"] == site.base
    assert data["fetched"] == "2027-01-15T08:00:00+00:00"
    assert data["status"] == 200
    assert "Disallow: /gizli/" in data["body"]
    assert not list(entry.parent.glob(".*.tmp"))


def test_a_broken_or_foreign_robots_entry_is_asked_again(site: Site, cache: Path) -> None:
    _fetcher(cache, START).fetch(site.url(f"/{HESAP}/"))
    (entry,) = _robots_entries(cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({**data, "root": "http://example.org"}), encoding="utf-8")
    _fetcher(cache, START + 1).fetch(site.url(f"/{ANALIST}/"))
    assert site.count("/robots.txt") == 2
    entry.write_text("{yarım", encoding="utf-8")
    _fetcher(cache, START + 2).fetch(site.url("/eski-kod/"))
    assert site.count("/robots.txt") == 3


def test_a_missing_robots_txt_allows_and_is_kept(run: Run, site: Site) -> None:
    site.robots_status = 404
    _import(run, site.url("/gizli/sayfa/"))
    _import(run, site.url(f"/{HESAP}/"))
    assert site.requests == ["/robots.txt", "/gizli/sayfa/", f"/{HESAP}/"]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_an_unreachable_robots_refuses_and_is_not_kept(
    run: Run, site: Site, cache: Path, status: int
) -> None:
    site.robots_status = status
    result = run("import", site.url(f"/{HESAP}/"), "--delay", "0")
    assert_clean_failure(result, 1)
    first = result.stderr.splitlines()[0]
    assert f"robots.txt okunamadı (HTTP {status})" in first
    assert "hiçbir sayfası okunmuyor" in first
    assert site.requests == ["/robots.txt"]
    assert _robots_entries(cache) == []
    site.robots_status = 200
    _import(run, site.url(f"/{HESAP}/"))  # asked again once the site answers
    assert site.requests == ["/robots.txt", "/robots.txt", f"/{HESAP}/"]


def test_an_unreachable_robots_is_asked_once_per_run(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "400")
    site.robots_status = 503
    from ..support import invoke

    pages = [site.url(f"/{HESAP}/"), site.url(f"/{ANALIST}/")]
    result = invoke("import", *pages, "--into-data-dir", "--delay", "0")
    assert result.exit_code == 1, result
    assert site.requests == ["/robots.txt"]
    assert result.stderr.count("robots.txt okunamadı (HTTP 503)") == 2


def test_a_robots_timeout_refuses(
    run: Run, site: Site, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "0.3")
    site.robots_seconds = 1.0
    result = run("import", site.url(f"/{HESAP}/"), "--delay", "0")
    assert_clean_failure(result, 1)
    assert "robots.txt okunamadı (zaman aşımı)" in result.stderr
    assert _robots_entries(cache) == []


def test_a_robots_redirect_is_followed(site: Site, cache: Path) -> None:
    site.robots_status = 301
    fetcher = _fetcher(cache, START)
    with pytest.raises(KariyerError, match=r"robots\.txt bu adresi yasaklıyor"):
        fetcher.fetch(site.url("/gizli/sayfa/"))
    assert site.requests == ["/robots.txt", "/robots-yeni.txt"]
    fetcher.fetch(site.url(f"/{HESAP}/"))
    _fetcher(cache, START + 1).fetch(site.url(f"/{ANALIST}/"))
    assert site.requests == ["/robots.txt", "/robots-yeni.txt", f"/{HESAP}/", f"/{ANALIST}/"]
