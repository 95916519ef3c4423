"""Fetching a page or a feed over HTTP(S), politely and within limits.

Every request: http and https only (at each redirect too), a polite User-Agent, a deadline for
the whole exchange (a server that trickles bytes is cut off), a size limit (checked against
Content-Length and again while reading), at most ``max_redirects`` redirects (a loop is named
as such), and optional conditional headers (ETag, Last-Modified) so an unchanged feed costs a
304. Every failure is a :class:`FetchError` whose message is one line a user can act on.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

import tuiread
from tuiread.ingest.reading import IngestError

if TYPE_CHECKING:
    import httpx

USER_AGENT = (
    f"tuiread/{tuiread.__version__} (terminal news reader; fetches only what its user follows)"
)
ACCEPT_PAGE = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_FEED = (
    "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
    "application/xml;q=0.8,text/xml;q=0.8,text/html;q=0.5,*/*;q=0.3"
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Query parameters that only track a click; dropping them lets one story be one article.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$")


class FetchError(IngestError):
    """A page or feed that could not be fetched; ``str(error)`` is ``URL: reason``."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How long and how much one request may take."""

    timeout: float = 20.0  # seconds for the whole request, redirects included
    connect_timeout: float = 10.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class Response:
    """What a server sent back: the final URL (after redirects) and the body."""

    url: str
    status: int
    body: bytes
    content_type: str  # media type, lower case, without parameters ("text/html")
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(text: str) -> bool:
    """Whether ``text`` is written as an address with a scheme ("https://...", "ftp:...")
    rather than a file path. A Windows drive ("C:\\\\") is a path."""
    match = _SCHEME.match(text.strip())
    return match is not None and len(match.group(1)) > 1


def check_url(url: str) -> str:
    """``url`` trimmed, or FetchError when it is not an http(s) address with a host."""
    url = url.strip()
    match = _SCHEME.match(url)
    if not match:
        raise FetchError("not a web address (it should start with http:// or https://)", url)
    scheme = match.group(1).lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http:// and https:// addresses can be fetched, not {scheme}:", url)
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        raise FetchError(f"not a valid web address ({exc})", url) from None
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError:
        raise FetchError("not a valid web address (its port is not 0 to 65535)", url) from None
    if not host:
        raise FetchError("the address names no host", url)
    return url


def normalise_url(url: str) -> str:
    """The form of an address duplicates are found by: scheme and host in lower case, no
    default port, no fragment, no tracking parameters (utm_*, fbclid...)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username or parts.password:
        host = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{host}"
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not _TRACKING.match(pair.split("=")[0])
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _media_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.0f} KB"


class Fetcher:
    """An HTTP client with the project's limits; safe to share between threads.

    Use as a context manager (or call :meth:`close`). ``transport`` is for tests. httpx is
    imported here, not with the module, so a program that never fetches does not pay for it.
    """

    def __init__(
        self, limits: Limits | None = None, *, transport: httpx.BaseTransport | None = None
    ) -> None:
        import httpx

        self.limits = limits or Limits()
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            transport=transport,
            timeout=httpx.Timeout(self.limits.timeout, connect=self.limits.connect_timeout),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        accept: str = ACCEPT_PAGE,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """GET ``url``, following redirects; raises FetchError (never anything else) unless
        the answer is 2xx or, for a conditional request, 304."""
        shown = url.strip()
        current = check_url(url)
        deadline = time.monotonic() + self.limits.timeout
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited = {normalise_url(current)}
        for _ in range(self.limits.max_redirects + 1):
            answer = self._request(current, headers, deadline, shown)
            if isinstance(answer, Response):
                return answer
            try:
                current = check_url(urljoin(current, answer))
            except FetchError as exc:
                raise FetchError(
                    f"redirected to an address that cannot be fetched: {exc.reason}", shown
                ) from None
            key = normalise_url(current)
            if key in visited:
                raise FetchError(
                    "redirect loop (the server sends the request back where it came from)", shown
                )
            visited.add(key)
        raise FetchError(f"too many redirects (more than {self.limits.max_redirects})", shown)

    def _request(
        self, url: str, headers: dict[str, str], deadline: float, shown: str
    ) -> Response | str:
        """One request: the Response, or the Location a redirect points to."""
        import httpx

        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(f"took longer than {self.limits.timeout:g} s", shown)
        timeout = httpx.Timeout(left, connect=min(left, self.limits.connect_timeout))
        try:
            with self._client.stream("GET", url, headers=headers, timeout=timeout) as reply:
                status = reply.status_code
                if status in (301, 302, 303, 307, 308):
                    location = str(reply.headers.get("location") or "")
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location", shown)
                    return location
                if status == 304:
                    body = b""
                elif status >= 400 or status < 200:
                    phrase = reply.reason_phrase or ""
                    raise FetchError(f"HTTP {status} {phrase}".strip(), shown)
                else:
                    body = self._read(reply, deadline, shown)
                media, charset = _media_type(reply.headers.get("content-type"))
                return Response(
                    url=str(reply.url),
                    status=status,
                    body=body,
                    content_type=media,
                    charset=charset,
                    etag=reply.headers.get("etag"),
                    last_modified=reply.headers.get("last-modified"),
                )
        except FetchError:
            raise
        except httpx.ConnectTimeout:
            raise FetchError("the server did not answer (connection timed out)", shown) from None
        except httpx.TimeoutException:
            raise FetchError(f"took longer than {self.limits.timeout:g} s", shown) from None
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect: {_connect_reason(exc)}", shown) from None
        except httpx.RemoteProtocolError as exc:
            raise FetchError(
                f"the server broke off the answer ({_first_line(exc)})", shown
            ) from None
        except httpx.DecodingError:
            raise FetchError("the server sent a damaged compressed answer", shown) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed: {_first_line(exc)}", shown) from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid web address ({_first_line(exc)})", shown) from None
        except (OSError, ValueError) as exc:
            raise FetchError(f"request failed: {_first_line(exc)}", shown) from None

    def _read(self, reply: httpx.Response, deadline: float, shown: str) -> bytes:
        limit = self.limits.max_bytes
        declared = reply.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"too large ({_size_text(int(declared))}; the limit is {_size_text(limit)})", shown
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in reply.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large (over the limit of {_size_text(limit)})", shown)
            if time.monotonic() > deadline:
                raise FetchError(f"took longer than {self.limits.timeout:g} s", shown)
            chunks.append(chunk)
        return b"".join(chunks)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0][:200]


def _connect_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused (is the server running?)"
    if "name or service not known" in text or "nodename" in text or "getaddrinfo" in text:
        return "unknown host"
    if "certificate" in text or "ssl" in text:
        return f"secure connection failed ({_first_line(exc)})"
    return _first_line(exc)
