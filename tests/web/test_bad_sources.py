"""Bad sources get one clear line, a non-zero exit, no traceback and leave the library as it
was: a 404, no server, binary and huge downloads, a page with no article, a broken feed, a
redirect loop, slow servers and addresses that are not http(s)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from newssite import NewsSite, story_page
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tuiread.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _files(home: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(home)): p.read_bytes()
        for p in sorted(home.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.fixture
def library(home: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """A library holding the samples; the test checks it is byte for byte the same after."""
    assert run(capsys, "list")[0] == 0
    before = _files(home)
    yield home
    assert _files(home) == before


def _fails_cleanly(capsys: pytest.CaptureFixture[str], *argv: str, expect: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code != 0
    assert "Traceback" not in err and "internal error" not in err
    problem = [line for line in err.splitlines() if expect in line]
    assert problem, err
    assert all(len(line) < 300 for line in err.splitlines())
    assert "added    " not in out
    return err


def test_404(library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    _fails_cleanly(capsys, "add", httpserver.url_for("/gone"), expect="HTTP 404")


def test_no_server(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _fails_cleanly(capsys, "add", f"http://127.0.0.1:{port}/story", expect="cannot connect")


def test_binary_download(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    httpserver.expect_request("/photo").respond_with_data(png, content_type="image/png")
    _fails_cleanly(capsys, "add", httpserver.url_for("/photo"), expect="not a web page")
    # Binary data the server calls a page.
    httpserver.expect_request("/lying").respond_with_data(png, content_type="text/html")
    _fails_cleanly(capsys, "add", httpserver.url_for("/lying"), expect="binary data")


def test_huge_download(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    big = b"<html><body><p>" + b"word " * (3 * 1024 * 1024) + b"</p></body></html>"
    httpserver.expect_request("/big").respond_with_data(big, content_type="text/html")
    _fails_cleanly(capsys, "add", httpserver.url_for("/big"), expect="too large")

    def stream(request: Request) -> Response:  # no Content-Length: the limit is met on the way
        chunks = (b"<p>" + b"word " * 20000 + b"</p>" for _ in range(200))
        return Response(chunks, content_type="text/html")

    httpserver.expect_request("/stream").respond_with_handler(stream)
    _fails_cleanly(capsys, "add", httpserver.url_for("/stream"), expect="too large")


def test_page_with_no_article(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    links = "".join(f'<li><a href="/s{n}">Story {n}</a></li>' for n in range(30))
    html = f"<html><head><title>Home</title></head><body><nav><ul>{links}</ul></nav></body></html>"
    httpserver.expect_request("/home").respond_with_data(html, content_type="text/html")
    _fails_cleanly(capsys, "add", httpserver.url_for("/home"), expect="no article found")


def test_broken_feed(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><ti'
    httpserver.expect_request("/broken.xml").respond_with_data(
        broken, content_type="application/rss+xml"
    )
    _fails_cleanly(
        capsys, "feed", "add", httpserver.url_for("/broken.xml"), expect="not an RSS or Atom feed"
    )
    # A page that links to no feed.
    httpserver.expect_request("/plain").respond_with_data(
        story_page("A story", date="2024-01-01", site="S"), content_type="text/html"
    )
    _fails_cleanly(capsys, "feed", "add", httpserver.url_for("/plain"), expect="no RSS or Atom")


def test_redirect_loop(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/a").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/b")}
    )
    httpserver.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a"})
    _fails_cleanly(capsys, "add", httpserver.url_for("/a"), expect="redirect loop")
    # Redirected to a scheme that cannot be fetched.
    httpserver.expect_request("/ftp").respond_with_data(
        "", status=302, headers={"Location": "ftp://127.0.0.1/file"}
    )
    _fails_cleanly(capsys, "add", httpserver.url_for("/ftp"), expect="only http:// and https://")


@pytest.mark.parametrize(
    "address",
    ["ftp://127.0.0.1/story.html", "file:///etc/passwd", "javascript:alert(1)", "mailto:a@b.c"],
)
def test_schemes_other_than_http(
    library: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails_cleanly(capsys, "add", address, expect="only http:// and https://")
    _fails_cleanly(capsys, "feed", "add", address, expect="only http:// and https://")


@pytest.mark.parametrize("address", ["http://example.com:abc/", "http://example.com:99999/"])
def test_an_address_with_an_impossible_port(
    library: Path, address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """httpx refuses such an address with an error of its own (not an HTTPError): it was an
    internal error."""
    _fails_cleanly(capsys, "add", address, expect="not a valid web address")
    _fails_cleanly(capsys, "feed", "add", address, expect="not a valid web address")


def test_slow_server(
    library: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    def silent(request: Request) -> Response:
        time.sleep(3)
        return Response("late", content_type="text/html")

    def trickle(request: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(30):
                time.sleep(0.1)
                yield b"<p>word word word</p>"

        return Response(chunks(), content_type="text/html")

    httpserver.expect_request("/silent").respond_with_handler(silent)
    httpserver.expect_request("/trickle").respond_with_handler(trickle)
    started = time.monotonic()
    _fails_cleanly(
        capsys, "add", "--timeout", "1", httpserver.url_for("/silent"), expect="longer than 1 s"
    )
    _fails_cleanly(
        capsys, "add", "--timeout", "1", httpserver.url_for("/trickle"), expect="longer than 1 s"
    )
    assert time.monotonic() - started < 10  # generous: guards against waiting on the server


def test_a_failing_feed_is_reported_and_the_others_go_on(
    home: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    good = NewsSite(httpserver, "daily")
    good.publish("Council approves new budget", date="2024-03-05")
    bad = NewsSite(httpserver, "herald")
    bad.publish("Minister resigns", date="2024-03-04")
    assert run(capsys, "feed", "add", good.feed_url)[0] == 0
    assert run(capsys, "feed", "add", bad.feed_url)[0] == 0
    bad.feed_status = 500
    code, out, err = run(capsys, "refresh")
    assert code == 1
    assert f"{good.title}: 1 new" in out
    assert "herald" in out.lower() and "failed: HTTP 500" in out
    assert "1 feed failed" in err and "Traceback" not in err
    code, out, _ = run(capsys, "feed", "list")
    assert "failed: HTTP 500" in out
