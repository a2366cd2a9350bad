"""Loopback fixture sites for the crawler tests: a static-file HTTP server with ETag / Last-Modified,
an access log, and scripted routes (500-then-200, off-domain redirect, oversized body).

The sites' pages live under ``tests/fixtures/sites/`` (fictional prose); PDFs and the DOCX are
generated at test time with fpdf2 / zipfile. Each site is served on its own loopback address
(127.0.0.1, .3, .4; .2 is "off-domain") so host-based domain checks are exercised for real.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sites"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
INDEX_FILES = ("index.html", "index.rss", "index.atom", "index.xml")


@dataclass
class Hit:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None


Route = Callable[["SiteServer", BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


class SiteServer:
    """Serve ``root`` on ``host``; ``routes`` maps exact request paths to scripted handlers."""

    def __init__(self, host: str, root: Path, routes: dict[str, Route] | None = None, delay: float = 0.0):
        self.host = host
        self.delay = delay  # seconds before answering anything but robots.txt (a slow site)
        self.root = root
        self.routes = routes or {}
        self.host_redirects: dict[str, str] = {}  # Host header name → base URL it 301-redirects to
        self.log: list[Hit] = []
        self.calls: dict[str, int] = {}
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer((host, 0), _handler_for(self))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> SiteServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self) -> list[str]:
        return [hit.path for hit in self.log]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    def record(self, hit: Hit) -> int:
        with self._lock:
            self.log.append(hit)
            self.calls[hit.path] = self.calls.get(hit.path, 0) + 1
            return self.calls[hit.path]

    def file_response(self, path: str, request_headers) -> tuple[int, dict[str, str], bytes]:
        target = (self.root / path.lstrip("/")).resolve()
        if self.root.resolve() not in target.parents and target != self.root.resolve():
            return 404, {}, b"not found"
        if target.is_dir():
            target = next((target / n for n in INDEX_FILES if (target / n).is_file()), target / "index.html")
        if not target.is_file():
            return 404, {"Content-Type": "text/html"}, b"<html><body><h1>Page not found</h1></body></html>"
        body = target.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        mtime = int(target.stat().st_mtime)
        headers = {
            "Content-Type": CONTENT_TYPES.get(target.suffix, "application/octet-stream"),
            "ETag": etag,
            "Last-Modified": formatdate(mtime, usegmt=True),
        }
        if request_headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        since = request_headers.get("If-Modified-Since")
        if since and not request_headers.get("If-None-Match"):
            try:
                if mtime <= parsedate_to_datetime(since).timestamp():
                    return 304, {}, b""
            except (TypeError, ValueError):
                pass
        return 200, headers, body


def _handler_for(server: SiteServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            path = urlsplit(self.path).path
            if server.delay and path != "/robots.txt":
                time.sleep(server.delay)
            call = server.calls.get(self.path, 0) + 1
            route = server.routes.get(self.path) or server.routes.get(path)
            self._call = call
            vhost = (self.headers.get("Host") or "").split(":")[0].lower()
            if vhost in server.host_redirects:
                status, headers, body = 301, {"Location": server.host_redirects[vhost] + self.path}, b""
            elif route:
                status, headers, body = route(server, self)
            else:
                status, headers, body = server.file_response(path, self.headers)
            server.record(
                Hit(
                    self.path,
                    status,
                    self.headers.get("If-None-Match"),
                    self.headers.get("If-Modified-Since"),
                    self.headers.get("User-Agent"),
                )
            )
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers and headers.get("X-No-Length") is None:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler


# --- scripted routes -------------------------------------------------------------------------


def fail_first(times: int = 1, status: int = 500) -> Route:
    """``status`` for the first ``times`` requests of the path, then the file."""

    def route(server: SiteServer, handler) -> tuple[int, dict[str, str], bytes]:
        if handler._call <= times:
            return (
                status,
                {"Content-Type": "text/html", "Retry-After": "0"},
                b"<html><body>busy</body></html>",
            )
        return server.file_response(urlsplit(handler.path).path, handler.headers)

    return route


def redirect_to(location: str, status: int = 302) -> Route:
    def route(server: SiteServer, handler) -> tuple[int, dict[str, str], bytes]:
        return status, {"Location": location, "Content-Type": "text/html"}, b""

    return route


def oversized(size: int, with_length: bool = True) -> Route:
    """A fake PDF of ``size`` bytes; without Content-Length the crawler can only count bytes received."""

    def route(server: SiteServer, handler) -> tuple[int, dict[str, str], bytes]:
        body = b"%PDF-1.4\n" + b"0" * (size - 9)
        headers = {"Content-Type": "application/pdf"}
        if not with_length:
            headers["X-No-Length"] = "1"
        return 200, headers, body

    return route


# --- building the sites ----------------------------------------------------------------------


def copy_site(name: str, dest: Path, replacements: dict[str, str] | None = None) -> Path:
    """A writable copy of ``tests/fixtures/sites/<name>`` with ``{placeholders}`` in pages replaced."""
    target = dest / name
    shutil.copytree(FIXTURES / name, target)
    for page in target.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for key, value in (replacements or {}).items():
            text = text.replace(key, value)
        page.write_text(text, encoding="utf-8")
    return target


def make_pdf(path: Path, pages: list[str], title: str | None = None) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(pdf.output()))


def make_docx(path: Path, paragraphs: list[str], title: str) -> None:
    """A minimal valid DOCX (document.xml + core properties)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:title>{title}</dc:title><dcterms:created>2024-03-05T09:00:00Z</dcterms:created></cp:coreProperties>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'
        )
        archive.writestr("docProps/core.xml", core)


BOARD_MINUTES = [
    "Kestrelmoor Community NHS Trust\nMinutes of the Board of Directors meeting held in public on 18 January 2024\n"
    "Present: Ms Harriet Vale, Chair; Dr Owen Pask, Chief Executive; Mrs Lydia Crane, Director of Nursing.",
    "Item 7. Board appointments.\nThe Chair reported that Mr Tobias Renner had been appointed Director of Finance "
    "with effect from 1 March 2024, succeeding Mr Alan Brightwater, who retires after eleven years.",
]
BOARD_PAPERS = [
    "Kestrelmoor Community NHS Trust\nPublic Board papers, 12 March 2024\nChief Executive's report.",
    "The Board is asked to note that Dr Priya Venn will join the Trust as Medical Director on 2 April 2024.",
]


def build_trust_files(root: Path) -> None:
    """The trust site's board-paper files, generated at test time."""
    make_pdf(root / "media" / "minutes-18-january-2024.pdf", BOARD_MINUTES)
    make_pdf(
        root / "media" / "board-papers-march-2024.pdf", BOARD_PAPERS, title="Public Board papers March 2024"
    )
    make_docx(
        root / "media" / "agenda-march-2024.docx",
        [
            "Kestrelmoor Community NHS Trust",
            "Agenda for the Board meeting in public, 12 March 2024",
            "Welcome from Ms Harriet Vale, Chair, and introduction of Mr Tobias Renner, Director of Finance.",
        ],
        title="Board agenda March 2024",
    )


def write_sources(path: Path, news: SiteServer, gov: SiteServer, trust: SiteServer) -> Path:
    template = (FIXTURES / "sources.toml.in").read_text(encoding="utf-8")
    path.write_text(
        template.replace("{news}", news.base).replace("{gov}", gov.base).replace("{trust}", trust.base),
        encoding="utf-8",
    )
    return path


# --- layout sites (discovery) ----------------------------------------------------------------


def html_route(html: str) -> Route:
    def route(server: SiteServer, handler) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html.encode("utf-8")

    return route


def serve_layout(layout, root: Path, host: str | None = None) -> SiteServer:
    """Serve a :class:`tests.fixtures.sites.layouts.Layout` on 127.0.0.1 under its host name.

    Pages are written below ``root`` (``/news`` → ``news/index.html``), PDFs generated, ``{base}`` and
    ``{files}`` replaced with the site's and its files host's URLs. ``host`` overrides the host name.
    """
    server = SiteServer("127.0.0.1", root)
    base = f"http://{host or layout.host}:{server.port}"
    files = f"http://{layout.files_host}:{server.port}" if layout.files_host else base

    def fill(text: str) -> str:
        return text.replace("{base}", base).replace("{files}", files)

    for path, text in layout.pages.items():
        name = path.rstrip("/").rsplit("/", 1)[-1]
        target = root / path.strip("/")
        if "." not in name:
            target = target / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(fill(text), encoding="utf-8")
    for path, org in layout.pdfs.items():
        title = path.strip("/").removesuffix(".pdf").replace("-", " ").replace("/", " ")
        make_pdf(
            root / path.lstrip("/"),
            [
                f"{org}\nMinutes of the Board of Directors meeting held in public ({title})\nPresent: the Chair."
            ],
        )
    server.routes = {path: html_route(fill(html)) for path, html in layout.routes.items()}
    server.site_base = base
    return server.start()
