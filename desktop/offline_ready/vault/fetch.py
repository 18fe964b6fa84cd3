"""Bring a document's bytes from its source into a temporary file, with everything that can go wrong
reported as a fact rather than an exception.

* HTTP(S): conditional requests (If-None-Match / If-Modified-Since), redirects followed by hand so
  credentials are sent only to the source's own origin and a detour through a sign-in page is
  noticed, a size cap enforced before and while reading, timeouts, retries with exponential backoff
  (honouring ``Retry-After``) on timeouts, resets, 429 and 5xx, and the received byte count kept so a
  server that lies about Content-Length is caught.
* Files (local or network shares): size + modification time serve as the validator, so an unchanged
  file is not copied again; a file that changes while it is copied is read again.

The fetcher never decides whether the bytes are acceptable: that is :mod:`.verify`'s job.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..i18n import _
from .credentials import Credential
from .model import Cancelled
from .names import filename_from_disposition, filename_from_url
from .sniff import HEAD_BYTES, login_url
from .sources import file_source_path, is_http, redact_url
from .verify import Reason

log = logging.getLogger(__name__)

CHUNK = 256 * 1024
MAX_REDIRECTS = 10
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0


@dataclass
class FetchRequest:
    source: str
    dest: Path
    etag: str | None = None
    last_modified: str | None = None
    credential: Credential | None = None
    max_bytes: int = 200 << 20
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5  # first pause; doubles each retry
    user_agent: str = ""
    cancel: threading.Event | None = None
    on_bytes: Callable[[int], None] | None = None  # called with each chunk's size
    deadline: float | None = None  # seconds the whole document may take, retries included


@dataclass
class FetchResult:
    status: int = 0  # HTTP status (file sources: 200, or 304 when unchanged); 0 when nothing answered
    not_modified: bool = False
    path: Path | None = None  # the body, when one was received
    received: int = 0
    declared_length: int | None = None
    sha256: str | None = None
    head: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    final_url: str = ""
    filename: str | None = None
    redirected_to_login: bool = False
    failure: Reason | None = None  # why nothing usable arrived
    detail: str = ""
    deadline_hit: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    # which source gave the server's address (a fallback_lookup.ResolveResult: system, backup, doh or
    # stale); None when the source is a file or the URL names an address
    resolved: Any = None

    @property
    def ok(self) -> bool:
        return self.failure is None


class Fetcher:
    """Thread-safe: each worker thread gets its own ``requests.Session`` (connections are reused).

    With a ``resolver`` (:class:`~offline_ready.fallback_lookup.FallbackResolver`) host names resolve through
    the app's fallback chain, so documents still refresh while the system resolver is down, and
    each result says which source answered.
    """

    def __init__(self, *, pool_size: int = 8, resolver: Any = None):
        self._local = threading.local()
        self._pool_size = pool_size
        self._resolver = resolver
        self._sessions: list = []
        self._lock = threading.Lock()

    def _session(self):
        s = getattr(self._local, "session", None)
        if s is None:
            from requests.adapters import HTTPAdapter

            from ..proxy.session import SigninAdapter, proxied_session

            s = proxied_session()
            if self._resolver is not None:
                from ..fallback_lookup.session import PinnedAdapter

                adapter: HTTPAdapter = PinnedAdapter(self._lookup, pool_connections=4, pool_maxsize=self._pool_size,
                                                     max_retries=0)
            else:
                adapter = SigninAdapter(pool_connections=4, pool_maxsize=self._pool_size, max_retries=0)
            watch_connections(adapter)
            s.mount("http://", adapter)
            s.mount("https://", adapter)
            self._local.session = s
            with self._lock:
                self._sessions.append(s)
        return s

    def _lookup(self, host: str) -> list[str]:
        res = self._resolver.resolve(host)  # raises ResolveError (a ConnectionError) when nothing knows it
        self._local.resolved = res
        return list(res.addresses)

    def close(self) -> None:
        with self._lock:
            for s in self._sessions:
                s.close()
            self._sessions.clear()

    def fetch(self, req: FetchRequest) -> FetchResult:
        until = None if req.deadline is None else time.monotonic() + req.deadline
        if is_http(req.source):
            return self._fetch_http(req, until)
        return fetch_file(req, until)

    # --- HTTP -------------------------------------------------------------------------------------

    def _fetch_http(self, req: FetchRequest, until: float | None) -> FetchResult:
        attempt = 0
        while True:
            attempt += 1
            _check_cancel(req)
            result = self._attempt(req, until)
            retry_after = result.timings.pop("retry_after", None)
            transient = (result.failure == Reason.NETWORK
                         or (result.failure == Reason.STATUS and result.status in RETRY_STATUSES)
                         or (result.failure is None and result.declared_length is not None
                             and result.received != result.declared_length))
            if not transient or attempt > req.retries or result.deadline_hit:
                return result
            if result.path is not None:
                result.path.unlink(missing_ok=True)
            pause = req.backoff * (2 ** (attempt - 1)) * (0.8 + 0.4 * random.random())
            if retry_after is not None:
                pause = max(pause, min(retry_after, MAX_RETRY_AFTER))
            if until is not None and time.monotonic() + pause >= until:
                return result  # no time left for another attempt
            log.info("retrying %s in %.1f s (%s)", redact_url(req.source), pause, result.detail or result.status)
            _sleep(pause, req.cancel)

    def _attempt(self, req: FetchRequest, until: float | None) -> FetchResult:
        """One request, watched: a cancel or the deadline closes its connection, whatever it waits for."""
        with Watchdog(req.cancel, until) as watch:
            result = self._attempt_watched(req, until)
        if watch.fired == "cancel":
            if result.path is not None:
                result.path.unlink(missing_ok=True)
            raise Cancelled()
        if watch.fired == "deadline" or (until is not None and time.monotonic() >= until and result.failure):
            if result.path is not None:
                result.path.unlink(missing_ok=True)
            result.path = None
            result.failure, result.deadline_hit = Reason.NETWORK, True
            result.detail = _("the download took longer than {seconds:g} s, the longest a document may take").format(
                seconds=req.deadline)
        return result

    def _attempt_watched(self, req: FetchRequest, until: float | None) -> FetchResult:
        import requests

        session = self._session()
        origin = _origin(req.source)
        url = req.source
        headers = {"User-Agent": req.user_agent or f"OfflineReady/{__version__}", "Accept": "*/*",
                   "Accept-Encoding": "identity"}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        result = FetchResult()
        self._local.resolved = None
        started = time.monotonic()
        resp = None
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                h = dict(headers)
                if req.credential is not None and _origin(url) == origin:
                    h.update(req.credential.headers())
                wait = req.timeout if until is None else max(0.1, min(req.timeout, until - time.monotonic()))
                resp = session.get(url, headers=h, stream=True, allow_redirects=False,
                                   timeout=(min(10.0, wait), wait))
                if resp.status_code in (301, 302, 303, 307, 308) and resp.headers.get("Location"):
                    nxt = urljoin(url, resp.headers["Location"])
                    resp.close()
                    if urlsplit(url).scheme == "https" and urlsplit(nxt).scheme != "https":
                        result.failure, result.detail = Reason.STATUS, _("the server redirected to an insecure (http) address")
                        result.status = resp.status_code
                        return result
                    if login_url(nxt):
                        result.redirected_to_login = True
                    if urlsplit(nxt).scheme not in ("http", "https"):
                        result.failure, result.detail = Reason.STATUS, _("the server redirected to a non-web address")
                        return result
                    url = nxt
                    continue
                break
            else:
                result.failure, result.detail = Reason.STATUS, _("too many redirects")
                return result
            assert resp is not None
            result.resolved = getattr(self._local, "resolved", None)
            result.status = resp.status_code
            result.final_url = url
            result.timings["ttfb"] = time.monotonic() - started
            result.etag = resp.headers.get("ETag")
            result.last_modified = resp.headers.get("Last-Modified")
            if resp.status_code == 304:
                result.not_modified = True
                result.etag = result.etag or req.etag
                result.last_modified = result.last_modified or req.last_modified
                resp.close()
                return result
            if resp.status_code != 200:
                resp.close()
                result.failure = _status_reason(resp.status_code)
                result.detail = f"HTTP {resp.status_code}"
                ra = _retry_after(resp.headers.get("Retry-After"))
                if ra is not None:
                    result.timings["retry_after"] = ra
                return result
            cl = resp.headers.get("Content-Length")
            encoded = resp.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
            if cl is not None and cl.strip().isdigit():
                result.declared_length = int(cl)
                if result.declared_length > req.max_bytes and not encoded:
                    resp.close()
                    result.failure = Reason.TOO_LARGE
                    result.detail = _over_limit(result.declared_length, req.max_bytes)
                    return result
            result.filename = (filename_from_disposition(resp.headers.get("Content-Disposition"))
                               or filename_from_url(url))
            self._read_body(resp, req, result, encoded)
            return result
        except Cancelled:
            raise
        except requests.exceptions.SSLError as exc:
            from ..proxy import current
            from ..proxy.trust import explain_failure

            result.failure = Reason.NETWORK
            result.detail = (explain_failure(url, str(exc), proxy_url=current().proxy_for(url))
                             or _("TLS error: {error}").format(error=_short(exc)))
        except requests.exceptions.Timeout:
            result.failure, result.detail = Reason.NETWORK, _("no answer within {seconds:g} s").format(
                seconds=req.timeout)
        except requests.exceptions.ConnectionError as exc:
            result.failure, result.detail = Reason.NETWORK, _short(exc)
        except requests.exceptions.RequestException as exc:
            result.failure, result.detail = Reason.NETWORK, _short(exc)
        finally:
            if resp is not None:
                resp.close()
        return result

    def _read_body(self, resp, req: FetchRequest, result: FetchResult, encoded: bool) -> None:
        import requests
        import urllib3

        req.dest.parent.mkdir(parents=True, exist_ok=True)
        result.path = req.dest
        with open(req.dest, "wb") as out:
            body = _BodyWriter(out, req)
            try:
                for chunk in resp.raw.stream(CHUNK, decode_content=encoded):
                    _check_cancel(req)
                    if chunk and not body.write(chunk):
                        result.failure = Reason.TOO_LARGE
                        result.detail = _more_than(req.max_bytes)
                        break
            except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead,
                    requests.exceptions.ChunkedEncodingError) as exc:
                # the connection ended early: what arrived is kept for the checks (and quarantine)
                log.info("download of %s ended early: %s", redact_url(req.source), _short(exc))
                if result.declared_length is None:
                    result.failure, result.detail = Reason.NETWORK, _("the connection broke during the download")
            except (urllib3.exceptions.ReadTimeoutError, requests.exceptions.Timeout):
                result.failure, result.detail = Reason.NETWORK, _("the download stalled for {seconds:g} s").format(
                    seconds=req.timeout)
            except urllib3.exceptions.DecodeError as exc:
                result.failure, result.detail = Reason.NETWORK, _("the compressed download is damaged ({error})").format(
                    error=_short(exc))
            body.sync()
        body.record(result)
        if encoded and result.declared_length is not None:
            # Content-Length counts the bytes on the wire, not the decoded ones
            wire = resp.raw.tell()
            result.declared_length = None if wire == result.declared_length else result.declared_length
            if result.declared_length is not None:
                result.received = wire
        if result.failure in (Reason.TOO_LARGE, Reason.NETWORK):
            req.dest.unlink(missing_ok=True)
            result.path = None


def fetch_file(req: FetchRequest, until: float | None = None) -> FetchResult:
    """Copy a local or network-share file, unless its size and modification time are unchanged."""
    path = file_source_path(req.source)
    result = FetchResult(final_url=str(path), filename=path.name)
    for _attempt in range(max(1, req.retries + 1)):
        _check_cancel(req)
        try:
            st = path.stat()
        except FileNotFoundError:
            result.failure, result.detail = Reason.GONE, _("{path}; is the share connected?").format(path=path)
            return result
        except PermissionError:
            result.failure, result.detail = Reason.AUTH, _("no permission to read {path}").format(path=path)
            return result
        except OSError as exc:
            result.failure, result.detail = Reason.NETWORK, _("{path} cannot be reached ({error})").format(
                path=path, error=exc.strerror or exc)
            return result
        if not path.is_file():
            result.failure, result.detail = Reason.GONE, _("{path} is not a file").format(path=path)
            return result
        validator = f'"file:{st.st_size}:{st.st_mtime_ns}"'
        result.etag = validator
        import email.utils  # the email package is a tenth of a command's start-up: only when needed

        result.last_modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        if req.etag == validator:
            result.status = 304
            result.not_modified = True
            return result
        if st.st_size > req.max_bytes:
            result.failure = Reason.TOO_LARGE
            result.detail = _over_limit(st.st_size, req.max_bytes)
            return result
        try:
            with open(path, "rb") as src, open(req.dest, "wb") as out:
                body = _BodyWriter(out, req)
                while chunk := src.read(CHUNK):
                    _check_cancel(req)
                    if until is not None and time.monotonic() >= until:
                        raise TimeoutError(_("the copy took longer than {seconds:g} s").format(seconds=req.deadline))
                    if not body.write(chunk):
                        break
                body.sync()
            st2 = path.stat()
        except PermissionError:
            req.dest.unlink(missing_ok=True)
            result.failure, result.detail = Reason.AUTH, _("no permission to read {path}").format(path=path)
            return result
        except OSError as exc:
            req.dest.unlink(missing_ok=True)
            result.failure, result.detail = Reason.NETWORK, _("{path} could not be read ({error})").format(
                path=path, error=exc.strerror or exc)
            return result
        if body.received > req.max_bytes:
            req.dest.unlink(missing_ok=True)
            result.failure, result.detail = Reason.TOO_LARGE, _more_than(req.max_bytes)
            return result
        if (st2.st_size, st2.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or body.received != st.st_size:
            req.dest.unlink(missing_ok=True)
            _sleep(req.backoff, req.cancel)  # it is being written right now: read it again shortly
            continue
        result.status = 200
        result.path = req.dest
        result.declared_length = st.st_size
        body.record(result)
        return result
    result.failure, result.detail = Reason.NETWORK, _("{path} kept changing while it was copied").format(path=path)
    return result


class _BodyWriter:
    """Writes a body chunk by chunk and keeps what the checks need (byte count, SHA-256, the first
    bytes for type sniffing and the login-page check); HTTP and file copies share it so both
    enforce the size cap the same way."""

    def __init__(self, out: BinaryIO, req: FetchRequest) -> None:
        self.out = out
        self.limit = req.max_bytes
        self.on_bytes = req.on_bytes
        self.received = 0
        self.sha = hashlib.sha256()
        self.head = bytearray()

    def write(self, chunk: bytes) -> bool:
        """Write one chunk; False, without writing it, once the body passes the size cap."""
        self.received += len(chunk)
        if self.received > self.limit:
            return False
        self.out.write(chunk)
        self.sha.update(chunk)
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[: HEAD_BYTES - len(self.head)]
        if self.on_bytes:
            self.on_bytes(len(chunk))
        return True

    def sync(self) -> None:
        """Flush to disk before the checks read the file back."""
        self.out.flush()
        os.fsync(self.out.fileno())

    def record(self, result: FetchResult) -> None:
        result.received = self.received
        result.sha256 = self.sha.hexdigest()
        result.head = bytes(self.head)


def _status_reason(status: int) -> str:
    if status in (401, 403, 407):
        return Reason.AUTH
    if status in (404, 410):
        return Reason.GONE
    return Reason.STATUS


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        import email.utils

        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, dt.timestamp() - time.time())


def _origin(url: str) -> tuple[str, str, int | None]:
    p = urlsplit(url)
    port = p.port or (443 if p.scheme == "https" else 80)
    return p.scheme.lower(), (p.hostname or "").lower(), port


def _over_limit(size: int, limit: int) -> str:
    return _("{size:.1f} MB, the limit is {limit:.0f} MB").format(size=size / 1e6, limit=limit / 1e6)


def _more_than(limit: int) -> str:
    return _("more than {limit:.0f} MB").format(limit=limit / 1e6)


def _short(exc: BaseException) -> str:
    text = str(exc)
    # requests nests urllib3's long messages; keep the innermost reason
    for marker in ("Caused by ", "Failed to establish a new connection: "):
        if marker in text:
            text = text.split(marker, 1)[1]
    text = text.strip("()'\" ")
    return text[:200]


def _check_cancel(req: FetchRequest) -> None:
    if req.cancel is not None and req.cancel.is_set():
        raise Cancelled()


def _sleep(seconds: float, cancel: threading.Event | None) -> None:
    if cancel is not None:
        if cancel.wait(seconds):
            raise Cancelled()
    else:
        time.sleep(seconds)


# --- watching a request from the side --------------------------------------------------------------

_watched = threading.local()
WATCH_INTERVAL = 0.2


class Watchdog:
    """Ends a request from outside when the user cancels or the document's deadline passes.

    A blocking read cannot check a flag, and a server trickling one byte every half second never
    trips a read timeout. So a small thread looks every :data:`WATCH_INTERVAL` seconds and, when
    it must, shuts the request's socket down: the read returns at once, the fetch reports why.
    The connection is found through :func:`watch_connections` (set up on every session).
    """

    def __init__(self, cancel: threading.Event | None, until: float | None) -> None:
        self.cancel = cancel
        self.until = until
        self.fired: str | None = None
        self._conns: list = []
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Watchdog:
        _watched.dog = self
        if self.cancel is not None or self.until is not None:
            self._thread = threading.Thread(target=self._run, name="fetch-watchdog", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        _watched.dog = None
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def attach(self, conn: object) -> None:
        self._conns.append(conn)
        if self.fired:
            self._shut()

    def _run(self) -> None:
        while not self._done.wait(WATCH_INTERVAL):
            if self.cancel is not None and self.cancel.is_set():
                self.fired = "cancel"
            elif self.until is not None and time.monotonic() >= self.until:
                self.fired = "deadline"
            if self.fired:
                self._shut()
                return

    def _shut(self) -> None:
        import socket

        for conn in list(self._conns):
            sock = getattr(conn, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def watch_connections(adapter) -> None:
    """Make ``adapter``'s connection pools hand each connection to the thread's :class:`Watchdog`."""
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def watched(base: type) -> type:
        class Watched(base):  # type: ignore[misc, valid-type]
            def _make_request(self, conn, *args, **kwargs):
                dog = getattr(_watched, "dog", None)
                if dog is not None:
                    dog.attach(conn)
                return super()._make_request(conn, *args, **kwargs)

        return Watched

    classes = {"http": watched(HTTPConnectionPool), "https": watched(HTTPSConnectionPool)}
    adapter.poolmanager.pool_classes_by_scheme = classes
    plain = adapter.proxy_manager_for

    def proxy_manager_for(proxy: str, **kwargs):  # connections through an HTTP proxy are watched too
        manager = plain(proxy, **kwargs)
        if not proxy.lower().startswith("socks") and not getattr(manager, "_watched", False):
            # on top of the pools the adapter chose (they sign in to the proxy when it asks)
            manager.pool_classes_by_scheme = {k: watched(v) for k, v in manager.pool_classes_by_scheme.items()}
            manager._watched = True
        return manager

    adapter.proxy_manager_for = proxy_manager_for
