"""`kariyer import URL` and saved .html pages, against a local server (never the network)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kariyer import __version__
from kariyer.store.web import Fetcher

from ..support import (
    ANALIST,
    ARTICLES,
    HESAP,
    SLUGS,
    Run,
    assert_clean_failure,
    flat,
    loaded_modules,
)
from ..webserver import NOT_AN_ARTICLE, Site, save_page, seed_text, serving


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Site]:
    monkeypatch.setenv("KARIYER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "5")
    with serving() as running:
        yield running


def _imported(run: Run, *args: str) -> dict[str, Any]:
    result = run("import", *args, "--delay", "0", "--json")
    assert result.exit_code == 0, result
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _without_source(profile: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in profile.items() if key != "source"}


@pytest.mark.parametrize("slug", SLUGS)
def test_a_seed_page_gives_the_same_profile_as_its_text(run: Run, site: Site, slug: str) -> None:
    from_text = _imported(run, str(ARTICLES / f"{slug}.txt"))
    from_web = _imported(run, site.url(f"/{slug}/"))
    assert _without_source(from_web["profile"]) == _without_source(from_text["profile"])
    assert from_web["profile"]["salary"] == from_text["profile"]["salary"]
    assert from_web["profile"]["duties"]
    assert from_web["profile"]["skills"]
    assert from_web["profile"]["source"] == {
        "site": "127.0.0.1",
        "title": from_text["profile"]["source"]["title"],
        "url": site.url(f"/{slug}/"),
        "retrieved": date.today().isoformat(),
    }
    assert from_web["findings"] == from_text["findings"]
    assert site.agents == {
        f"kariyer/{__version__} (career-profile importer; one request at a time)"
    }


def test_a_saved_html_page_goes_through_the_same_path(run: Run, tmp_path: Path) -> None:
    from_text = _imported(run, str(ARTICLES / f"{ANALIST}.txt"))
    from_html = _imported(run, str(save_page(tmp_path, ANALIST)))
    assert _without_source(from_html["profile"]) == _without_source(from_text["profile"])
    assert from_html["profile"]["source"]["file"] == f"{ANALIST}.html"
    assert "retrieved" not in from_html["profile"]["source"]


@pytest.mark.parametrize("path", ["/eski-kod/", "/eski-kod-meta/"])
def test_a_windows_1254_page_reads_correctly(run: Run, site: Site, path: str) -> None:
    from_text = _imported(run, str(ARTICLES / f"{HESAP}.txt"))
    from_web = _imported(run, site.url(path))
    assert _without_source(from_web["profile"]) == _without_source(from_text["profile"])
    assert "Müşteri" in from_web["profile"]["title"]


def test_the_source_is_the_final_address_after_redirects(run: Run, site: Site) -> None:
    data = _imported(run, site.url("/eski-adres/"))
    assert data["profile"]["source"]["url"] == site.url(f"/{HESAP}/")
    assert site.requests == ["/robots.txt", "/eski-adres/", f"/{HESAP}/"]


def test_site_option_still_overrides_the_host(run: Run, site: Site) -> None:
    data = _imported(run, site.url(f"/{HESAP}/"), "--site", "eniyimeslekler.com")
    assert data["profile"]["source"]["site"] == "eniyimeslekler.com"


def test_a_second_run_reads_the_cache_and_refresh_fetches_again(run: Run, site: Site) -> None:
    first = _imported(run, site.url(f"/{HESAP}/"))
    assert site.requests == ["/robots.txt", f"/{HESAP}/"]
    second = _imported(run, site.url(f"/{HESAP}/"))
    assert site.requests == ["/robots.txt", f"/{HESAP}/"]  # no request at all
    assert (first.pop("cached"), second.pop("cached")) == (False, True)
    assert first.pop("cached_retrieved") is None
    assert second.pop("cached_retrieved") == date.today().isoformat()
    assert second == first
    _imported(run, site.url(f"/{HESAP}/"), "--refresh")
    assert site.count(f"/{HESAP}/") == 2


def test_the_cache_keeps_the_final_address_date_and_charset(
    run: Run, site: Site, tmp_path: Path
) -> None:
    _imported(run, site.url("/eski-kod/"))
    (entry,) = (tmp_path / "cache" / "web").glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["url"] == site.url("/eski-kod/")
    assert data["retrieved"] == date.today().isoformat()
    assert (data["content_type"], data["charset"]) == ("text/html", "windows-1254")
    assert not list((tmp_path / "cache" / "web").glob(".*.tmp"))


def test_show_gives_the_retrieval_date_in_every_format(
    run: Run, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    target = site.url(f"/{HESAP}/")
    written = run("import", target, "--delay", "0", "--slug", "web-hesap", "--into-data-dir")
    assert written.exit_code == 0, written
    day = date.today()
    from kariyer import fmt

    said = f"alındı: {fmt.date_tr(day)}"
    assert said in flat(run("show", "web-hesap").stdout)
    assert said in flat(run("show", "web-hesap", "--format", "markdown").stdout)
    csv_text = run("show", "web-hesap", "--format", "csv").stdout
    assert "source_retrieved" in csv_text.splitlines()[0]
    assert f"{target},{day.isoformat()}" in csv_text
    shown = json.loads(run("show", "web-hesap", "--json").stdout)
    assert json.dumps(shown, ensure_ascii=False).count(day.isoformat()) >= 1


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gizli/sayfa/", "robots.txt bu adresi yasaklıyor"),
        ("/yok/", "HTTP 404"),
        ("/hata/", "HTTP 500"),
        ("/belge.pdf", "HTML sayfası değil (application/pdf)"),
        ("/dev/", "Sayfa çok büyük"),
        ("/dev-akis/", "Sayfa çok büyük"),
        ("/dongu/", "Çok fazla yönlendirme"),
        ("/ftp/", "http(s) olmayan bir adrese yönlendiriyor"),
    ],
)
def test_each_failure_is_one_turkish_line_and_exit_1(
    run: Run, site: Site, path: str, message: str
) -> None:
    result = run("import", site.url(path), "--delay", "0")
    assert_clean_failure(result, 1)
    assert message in result.stderr
    if path == "/gizli/sayfa/":
        assert site.requests == ["/robots.txt"]  # the page itself is never asked for


NOT_AN_ARTICLE_REASON = (
    "bir kariyer makalesine benzemiyor: '<Meslek> Ne İş Yapar ve Maaşları Ne Kadar?' başlığı "
    "ve '… Sorumlulukları ve Görevleri' gibi bölümleri bulunamadı."
)
EMPTY_REASON = (
    "boş: okunacak metin yok; '<Meslek> Ne İş Yapar ve Maaşları Ne Kadar?' makalesi beklenir."
)


@pytest.mark.parametrize("json_output", [False, True])
def test_a_page_that_is_not_a_career_article_says_so(
    run: Run, site: Site, json_output: bool
) -> None:
    args = ["--json"] if json_output else []
    result = run("import", site.url("/hakkimizda/"), "--delay", "0", *args)
    assert_clean_failure(result, 1)
    assert result.stderr == f"Hata: Sayfa {NOT_AN_ARTICLE_REASON}\n"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (NOT_AN_ARTICLE, f"Sayfa {NOT_AN_ARTICLE_REASON}"),
        (b"", f"Sayfa {EMPTY_REASON}"),
        (b"<html><head><title></title></head><body> </body></html>", f"Sayfa {EMPTY_REASON}"),
    ],
)
def test_a_saved_page_that_is_not_an_article_says_so(
    run: Run, tmp_path: Path, body: bytes, reason: str
) -> None:
    saved = tmp_path / "sayfa.html"
    saved.write_bytes(body)
    result = run("import", str(saved))
    assert_clean_failure(result, 1)
    assert result.stderr == f"Hata: {reason}\n"


def test_a_text_that_is_not_an_article_says_so(run: Run, tmp_path: Path) -> None:
    saved = tmp_path / "not.txt"
    saved.write_text("Bu bir makale değil.\nBaşlığı da yok.\n", encoding="utf-8")
    result = run("import", str(saved))
    assert_clean_failure(result, 1)
    assert result.stderr == f"Hata: Metin {NOT_AN_ARTICLE_REASON}\n"


def test_an_article_without_its_title_line_gives_the_parsers_reason(
    run: Run, tmp_path: Path
) -> None:
    lines = seed_text(HESAP).splitlines()
    saved = tmp_path / "basliksiz.txt"
    saved.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    result = run("import", str(saved), "--json")
    assert_clean_failure(result, 1)
    assert result.stderr.splitlines() == [
        "Hata: Makalenin başlığı bulunamadı: ilk bölüm başlığından önce '<Meslek> Ne İş Yapar "
        "ve Maaşları Ne Kadar?' biçiminde bir satır yok."
    ]


def test_a_batch_gives_the_same_reasons(
    run: Run, site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    empty = tmp_path / "bos.html"
    empty.write_bytes(b"")
    pages = [site.url("/hakkimizda/"), str(empty), site.url(f"/{HESAP}/")]
    result = run("import", *pages, "--into-data-dir", "--delay", "0", "--json")
    assert result.exit_code == 1, result
    reasons = [item["reason"] for item in json.loads(result.stdout)["results"]]
    assert reasons == [f"Sayfa {NOT_AN_ARTICLE_REASON}", f"Sayfa {EMPTY_REASON}", None]


def test_a_slow_site_times_out(run: Run, site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARIYER_HTTP_TIMEOUT", "0.3")
    result = run("import", site.url("/yavas/"), "--delay", "0")
    assert_clean_failure(result, 1)
    assert "zamanında yanıt vermedi" in result.stderr


def test_no_server_is_a_network_error(run: Run, site: Site) -> None:
    result = run("import", "http://127.0.0.1:9/makale/", "--delay", "0")
    assert_clean_failure(result, 1)
    assert "Siteye bağlanılamadı: http://127.0.0.1:9 (bağlantı reddedildi" in result.stderr


def test_a_missing_robots_txt_allows(run: Run, site: Site) -> None:
    site.robots_status = 404
    assert _imported(run, site.url("/gizli/sayfa/"))["profile"] is not None


@pytest.mark.parametrize("delay", ["abc", "-1", "nan", "601"])
def test_a_bad_delay_is_a_usage_error(run: Run, delay: str) -> None:
    result = run("import", "http://127.0.0.1:9/x/", "--delay", delay)
    assert_clean_failure(result, 2)
    assert "--delay" in result.stderr


def test_source_url_with_an_address_is_a_usage_error(run: Run) -> None:
    result = run("import", "http://127.0.0.1:9/x/", "--source-url", "http://127.0.0.1:9/y/")
    assert_clean_failure(result, 2)
    assert result.stderr.splitlines() == [
        "Hata: --source-url bir adresle birlikte verilmez: kaynak adresi, sayfanın "
        "yönlendirmelerden sonraki son adresi olarak kendiliğinden yazılır.",
        "--source-url'yi çıkarın: kariyer import http://127.0.0.1:9/x/",
    ]


@pytest.mark.parametrize("many", ["files", "from"])
def test_source_url_with_many_inputs_is_a_usage_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, many: str
) -> None:
    monkeypatch.setenv("KARIYER_DATA_DIR", str(tmp_path / "data"))
    files = [str(ARTICLES / f"{slug}.txt") for slug in SLUGS]
    listed = tmp_path / "liste.txt"
    listed.write_text(files[0] + "\n", encoding="utf-8")
    inputs = files if many == "files" else ["--from", str(listed)]
    url = "https://www.eniyimeslekler.com/x/"
    result = run("import", *inputs, "--source-url", url, "--into-data-dir")
    assert_clean_failure(result, 2)
    assert result.stderr.startswith(
        "Hata: --source-url yalnızca tek bir makaleyle kullanılabilir: birden çok girdide her "
        "makaleye aynı adres yazılırdı.\n"
    )
    assert not (tmp_path / "data").exists()  # nothing imported


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site, tmp_path: Path) -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(cache=None, delay=1.5, sleep=sleep, clock=lambda: now[0])
    fetcher.fetch(site.url(f"/{HESAP}/"))
    fetcher.fetch(site.url(f"/{ANALIST}/"))
    # robots.txt once for the host, then each page, each after the delay
    assert site.requests == ["/robots.txt", f"/{HESAP}/", f"/{ANALIST}/"]
    assert waits == [1.5, 1.5]


@pytest.mark.parametrize(
    "args",
    [("list",), ("show", HESAP), ("import", str(ARTICLES / f"{HESAP}.txt"))],
)
def test_other_commands_start_without_the_web_libraries(args: tuple[str, ...]) -> None:
    loaded = loaded_modules(*args)
    assert not any(loaded[name] for name in ("httpx", "trafilatura", "protego")), loaded


def test_a_web_import_loads_them(site: Site, tmp_path: Path) -> None:
    env = {"KARIYER_CACHE_DIR": str(tmp_path / "probe-cache")}
    loaded = loaded_modules("import", site.url(f"/{HESAP}/"), "--delay", "0", env=env)
    assert loaded["httpx"]
    assert loaded["trafilatura"]
    assert loaded["protego"]


def test_a_broken_cache_entry_is_fetched_again(run: Run, site: Site, tmp_path: Path) -> None:
    _imported(run, site.url(f"/{HESAP}/"))
    (entry,) = (tmp_path / "cache" / "web").glob("*.json")
    entry.write_text("{yarım", encoding="utf-8")
    assert _imported(run, site.url(f"/{HESAP}/"))["profile"]["slug"] == HESAP
    assert site.count(f"/{HESAP}/") == 2
