"""A local HTTP server on 127.0.0.1 for the web-import tests (never the network).

It serves the two seed articles inside realistic page markup (header, menu, sidebar
"En Popüler" box, comment form, footer, scripts), and the failure cases: robots.txt with
a Disallow path, a redirect, 404, 500, a slow page, a PDF, a huge page, a windows-1254
page, a page that is not a career article. It counts the requests it answers.

It needs nothing but the standard library, so that scripts/update_docs.py starts it too,
for the real output of a web import in docs/import.md.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HESAP = "musteri-hesap-temsilcisi"  # the two seed articles (as in tests/support.py)
ANALIST = "musteri-hizmetleri-analisti"
ARTICLES = Path(__file__).parent / "fixtures" / "articles"

ROBOTS = "User-agent: *\nDisallow: /gizli/\n"
SLOW_SECONDS = 2.0


def article_page(text: str, charset: str = "utf-8") -> bytes:
    """A seed article's text inside the markup a WordPress career site sends."""
    lines = [line.strip() for line in text.strip().split("\n")]
    title, body = lines[0], [line for line in lines[1:] if line]
    blocks = []
    for line in body:
        if line.startswith("•"):
            blocks.append(f"<ul><li>{html.escape(line[1:].strip())}</li></ul>")
        elif len(line) < 90 and not line.endswith("."):
            blocks.append(f"<h2>{html.escape(line)}</h2>")
        else:
            blocks.append(f"<p>{html.escape(line)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="{charset}">
<title>{html.escape(title)} - En İyi Meslekler</title>
<script>window.dataLayer = window.dataLayer || []; gtag("Reklam alanı");</script>
<style>.menu {{ display: flex; }}</style></head>
<body class="single-post">
<header class="site-header"><a class="logo" href="/">En İyi Meslekler</a>
<nav class="main-menu"><ul><li><a href="/meslekler/">Meslekler</a></li>
<li><a href="/maaslar/">Maaşlar</a></li><li><a href="/iletisim/">İletişim</a></li></ul></nav>
</header>
<main id="main"><article class="post">
<h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-meta">Yayın: 3 Mart 2024</div>
<div class="entry-content">
{"".join(blocks)}
</div></article>
<div id="comments" class="comments-area"><h3 id="reply-title">Bir Yorum Yazın</h3>
<form id="commentform"><p>E-posta adresiniz yayınlanmayacak.</p>
<label for="comment">Yorum</label><textarea id="comment"></textarea>
<input type="submit" value="Yorum Gönder"></form></div></main>
<aside id="secondary" class="sidebar"><section class="widget"><h3>En Popüler</h3>
<ul><li><a href="/avukat/">Avukat Ne İş Yapar ve Maaşları Ne Kadar?</a></li>
<li><a href="/hemsire/">Hemşire Ne İş Yapar ve Maaşları Ne Kadar?</a></li></ul></section></aside>
<footer class="site-footer"><p>© 2026 En İyi Meslekler. Tüm hakları saklıdır.</p>
<a href="/gizlilik/">Gizlilik Politikası</a></footer>
<script>console.log("analytics");</script>
</body></html>"""
    return page.encode(charset)


def next_year(slug: str) -> str:
    """A made-up update of a seed article, as the site makes them each year: the same text
    with its salary lines moved to the next year (the amounts are the seed's, not real
    figures of that year). Only to show how a re-import keeps the pay history."""
    text = seed_text(slug)
    assert "2024 Yılı" in text
    return text.replace("2024 Yılı", "2025 Yılı")


def seed_text(slug: str) -> str:
    return (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8")


NOT_AN_ARTICLE = (
    "<html><head><title>Hakkımızda</title></head><body><nav>Menü</nav><main><h1>Hakkımızda"
    "</h1><p>Bu site meslekler hakkında yazılar yayımlar. Bizi okuduğunuz için teşekkür "
    "ederiz; her hafta yeni yazılar ekliyoruz ve okurlarımızın sorularını yanıtlıyoruz.</p>"
    "</main></body></html>"
).encode()


@dataclass
class Site:
    """The running server: its base address and the paths it was asked for, in order."""

    base: str
    requests: list[str] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    robots_status: int = 200  # 3xx: a redirect to /robots-yeni.txt, which has the rules
    robots_seconds: float = 0.0  # how long /robots.txt takes to answer
    pages: dict[str, bytes] = field(default_factory=dict)  # set by a test: served as HTML

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        return self.requests.count(path)


def _routes(site: Site) -> dict[str, tuple[int, dict[str, str], bytes]]:
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    return {
        f"/{HESAP}/": (200, html_type, article_page(seed_text(HESAP))),
        f"/{ANALIST}/": (200, html_type, article_page(seed_text(ANALIST))),
        f"/ornek-guncelleme/{ANALIST}/": (200, html_type, article_page(next_year(ANALIST))),
        "/eski-adres/": (301, {"Location": f"/{HESAP}/"}, b""),
        "/dongu/": (302, {"Location": "/dongu/"}, b""),
        "/ftp/": (302, {"Location": "ftp://127.0.0.1/makale.txt"}, b""),
        "/gizli/sayfa/": (200, html_type, article_page(seed_text(HESAP))),
        "/hata/": (500, html_type, "<html><body>Sunucu hatası</body></html>".encode()),
        "/belge.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n" + bytes(200)),
        "/dev/": (200, html_type, b"<html><body>" + b"a" * (6 * 1024 * 1024) + b"</body></html>"),
        "/eski-kod/": (
            200,
            {"Content-Type": "text/html; charset=windows-1254"},
            article_page(seed_text(HESAP), "windows-1254"),
        ),
        "/eski-kod-meta/": (
            200,
            {"Content-Type": "text/html"},
            article_page(seed_text(HESAP), "windows-1254"),
        ),
        "/hakkimizda/": (200, html_type, NOT_AN_ARTICLE),
    }


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    routes = _routes(site)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append(self.path)
            site.agents.add(self.headers.get("User-Agent", ""))
            if self.path == "/robots.txt":
                time.sleep(site.robots_seconds)
                status, body = site.robots_status, b"yok"
                headers = {"Content-Type": "text/plain"}
                if status == 200:
                    body = ROBOTS.encode()
                elif 300 <= status < 400:
                    headers["Location"] = "/robots-yeni.txt"
                self._send(status, headers, body)
                return
            if self.path == "/robots-yeni.txt":
                self._send(200, {"Content-Type": "text/plain"}, ROBOTS.encode())
                return
            if self.path in site.pages:
                self._send(200, {"Content-Type": "text/html; charset=utf-8"}, site.pages[self.path])
                return
            if self.path == "/yavas/":
                time.sleep(SLOW_SECONDS)
            status, headers, body = routes.get(
                self.path, (404, {"Content-Type": "text/html"}, b"<html>Yok</html>")
            )
            if self.path == "/yavas/":
                status, headers, body = routes[f"/{HESAP}/"]
            if self.path == "/dev-akis/":  # no Content-Length: only the streamed cap stops it
                self._send(
                    200, {"Content-Type": "text/html"}, b"a" * (6 * 1024 * 1024), sized=False
                )
                return
            self._send(status, headers, body)

        def _send(
            self, status: int, headers: dict[str, str], body: bytes, *, sized: bool = True
        ) -> None:
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if sized:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout, too big): that is the test

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serving(*, port: int = 0) -> Iterator[Site]:
    """The server on 127.0.0.1: a free port, or ``port`` (waiting while another run has it)."""
    site = Site(base="")
    server = _bound(site, port)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _bound(site: Site, port: int, wait: float = 60.0) -> ThreadingHTTPServer:
    deadline = time.monotonic() + wait
    while True:
        try:
            return ThreadingHTTPServer(("127.0.0.1", port), _handler(site))
        except OSError:
            if port == 0 or time.monotonic() > deadline:
                raise
            time.sleep(0.2)  # another run serves the documentation's port: wait for it


def save_page(directory: Path, slug: str) -> Path:
    path = directory / f"{slug}.html"
    path.write_bytes(article_page(seed_text(slug)))
    return path
