"""What `kariyer import` says about the address it was given, and where a page came from."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kariyer.errors import UsageError
from kariyer.importer.origin import checked_address

from ..support import HESAP, Run, assert_clean_failure, flat
from ..webserver import Site, serving


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Site]:
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "5")
    with serving() as running:
        yield running


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("http://", "alan adı yok"),
        ("http://127.0.0.1:28731/a b/", "adreste boşluk var"),
        ("http://127.0.0.1:99999/x/", "bağlantı noktası (port) 0 ile 65535"),
        ("http://[::1/x", "köşeli parantezli IPv6 adresi kapanmamış"),
    ],
)
def test_a_bad_address_is_named_as_the_address_given(run: Run, address: str, reason: str) -> None:
    result = run("import", address)
    assert_clean_failure(result, 2)
    assert f"Geçersiz adres: '{address}' ({reason}" in flat(result.stderr)
    assert "--source-url" not in result.stderr  # the user never typed it


def test_an_ftp_address_is_refused_as_an_address_not_looked_up_as_a_file(run: Run) -> None:
    result = run("import", "ftp://x/y")
    assert_clean_failure(result, 2)
    assert "Yalnızca http(s) adresleri indirilir; 'ftp://x/y' bir ftp adresi." in result.stderr
    assert "okunamadı" not in result.stderr


def test_a_list_line_with_a_trailing_comment_names_the_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    listing = tmp_path / "liste.txt"
    listing.write_text("http://127.0.0.1:9/x/ # yorum\n", encoding="utf-8")
    result = run("import", "--from", str(listing), "--into-data-dir", "--json")
    assert result.exit_code == 1, result
    (item,) = json.loads(result.stdout)["results"]
    assert item["input"] == "http://127.0.0.1:9/x/ # yorum"
    assert item["reason"].startswith("Geçersiz adres: 'http://127.0.0.1:9/x/ # yorum' (")
    assert "'#' yorumu satırın başında olmalı" in item["reason"]


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("HTTP://Example.COM/a", "http://example.com/a"),
        ("https://Example.com/A/b?x=1#bolum", "https://example.com/A/b?x=1"),
        ("http://example.com", "http://example.com/"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
    ],
)
def test_an_address_is_normalised(given: str, normal: str) -> None:
    assert checked_address(given) == normal


def test_the_fragment_is_dropped_before_fetching_and_from_the_source(run: Run, site: Site) -> None:
    given = site.url(f"/{HESAP}/").replace("http://", "HTTP://") + "#maas"
    result = run("import", given, "--delay", "0", "--json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["profile"]["source"]["url"] == site.url(f"/{HESAP}/")
    again = run("import", site.url(f"/{HESAP}/"), "--delay", "0", "--json")
    assert again.exit_code == 0, again
    assert site.count(f"/{HESAP}/") == 1  # one page, one cache entry


def test_checked_address_names_the_problem() -> None:
    with pytest.raises(UsageError, match="Geçersiz adres: 'http://a:b@x/'"):
        checked_address("http://a:b@x/")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_refused_connection_says_so_without_robots_rules(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    address = f"http://127.0.0.1:{_closed_port()}/makale/"
    result = run("import", address, "--delay", "0")
    assert_clean_failure(result, 1)
    said = flat(result.stderr)
    assert "Siteye bağlanılamadı: http://127.0.0.1:" in said
    assert "(bağlantı reddedildi; sunucu çalışmıyor olabilir)" in said
    assert "robots" not in said
    assert "Error" not in said


@contextlib.contextmanager
def _hanging_up() -> Iterator[int]:
    """A server that accepts each connection and closes it without a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connection.recv(65536)
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        server.close()


def test_a_connection_closed_early_is_said_in_turkish(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    with _hanging_up() as port:
        result = run("import", f"http://127.0.0.1:{port}/makale/", "--delay", "0")
    assert_clean_failure(result, 1)
    said = flat(result.stderr)
    assert "(sunucu bağlantıyı yanıtı bitirmeden kapattı)" in said
    assert "RemoteProtocolError" not in said


def test_a_page_from_the_cache_is_said_to_be_so_with_its_fetch_date(
    run: Run, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kariyer import fmt

    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "300")
    page = site.url(f"/{HESAP}/")
    first = json.loads(run("import", page, "--delay", "0", "--json").stdout)
    assert (first["cached"], first["cached_retrieved"]) == (False, None)
    again = json.loads(run("import", page, "--delay", "0", "--json").stdout)
    assert (again["cached"], again["cached_retrieved"]) == (True, date.today().isoformat())
    said = f"önbellekten, alındı: {fmt.date_tr(date.today())}; yeniden indirmek için --refresh"
    written = run("import", page, "--delay", "0", "--into-data-dir")
    assert f"Sayfa {said}." in flat(written.stderr)
    batch = run("import", page, site.url(f"/{HESAP}/?b=1"), "--delay", "0", "--into-data-dir")
    assert f"değişmedi musteri-hesap-temsilcisi aynı içerik zaten var; {said}" in flat(batch.stderr)
    listed = run("import", page, page, "--delay", "0", "--into-data-dir", "--json")
    assert [item["cached"] for item in json.loads(listed.stdout)["results"]] == [True, True]
    refreshed = run("import", page, "--delay", "0", "--json", "--refresh")
    assert json.loads(refreshed.stdout)["cached"] is False
    assert site.count(f"/{HESAP}/") == 2


def test_an_empty_list_is_a_failure_naming_the_list(run: Run, tmp_path: Path) -> None:
    listing = tmp_path / "bos.txt"
    listing.write_text("# yalnızca yorum\n\n   \n", encoding="utf-8")
    result = run("import", "--from", str(listing), "--into-data-dir")
    assert_clean_failure(result, 1)
    assert f"Listede girdi yok: {listing}" in flat(result.stderr)


@pytest.mark.parametrize("value", ["abc", "0", "-1", "nan", "601"])
def test_a_bad_http_timeout_is_a_usage_error_naming_the_variable(
    run: Run, site: Site, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", value)
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    page = site.url(f"/{HESAP}/")
    for args in ([page], [page, page, "--into-data-dir"]):
        result = run("import", *args, "--delay", "0")
        assert_clean_failure(result, 2)
        said = flat(result.stderr)
        wanted = "KARIYER_HTTP_TIMEOUT 0'dan büyük ve en çok 600 olan bir saniye sayısı olmalı"
        assert f"{wanted}: '{value}' değil." in said
    assert site.requests == []


def test_a_list_of_one_without_into_data_dir_says_what_from_needs(run: Run, tmp_path: Path) -> None:
    listing = tmp_path / "bir.txt"
    listing.write_text("makale.txt\n", encoding="utf-8")
    result = run("import", "--from", str(listing))
    assert_clean_failure(result, 2)
    said = flat(result.stderr)
    assert "--from ile profiller veri dizinine yazılır (stdout'a değil): --into-data-dir" in said
    assert "birden çok" not in said.lower()
    output = run("import", "--from", str(listing), "-o", str(tmp_path / "x.json"))
    assert_clean_failure(output, 2)
    assert "--from ile -o/--output bir dizin olmalı" in output.stderr
