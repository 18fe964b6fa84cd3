"""Real HTTP servers on loopback for the vault tests.

* :class:`Nginx` — the real nginx serving a folder, with its own ETags and 304s, basic auth,
  bearer-token and custom-header checks, redirects and 500s (config generated per session).
* :class:`Scripted` — a threaded ``http.server`` whose routes misbehave on purpose: a Content-Length
  that lies, a login page served with 200, 503s before success, slow bodies, a redirect to another
  origin. It records every request (path and headers) so tests can see what the client sent.

Both listen on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

BASIC_USER = "alice"
BASIC_PASSWORD = "correct horse"
BEARER_TOKEN = "s3cret-token-123"
HEADER_NAME = "X-Api-Key"
HEADER_VALUE = "k3y-v4lue"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def nginx_binary() -> str | None:
    return shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


_NGINX_CONF = """
{user}
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {root}/access.log;
    client_body_temp_path {root}/tmp/body;
    proxy_temp_path {root}/tmp/proxy;
    fastcgi_temp_path {root}/tmp/fastcgi;
    uwsgi_temp_path {root}/tmp/uwsgi;
    scgi_temp_path {root}/tmp/scgi;
    types {{ application/pdf pdf; text/html html; text/plain txt; text/csv csv; text/vcard vcf;
             application/vnd.openxmlformats-officedocument.wordprocessingml.document docx; }}
    default_type application/octet-stream;
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {www};
        {limit}
        etag on;
        if_modified_since exact;
        location ~ ^/[^/]+/basic/ {{
            auth_basic "Intranet";
            auth_basic_user_file {root}/htpasswd;
        }}
        location ~ ^/[^/]+/bearer/ {{
            if ($http_authorization != "Bearer {token}") {{ return 401; }}
        }}
        location ~ ^/[^/]+/header/ {{
            if ($http_x_api_key != "{header_value}") {{ return 403; }}
        }}
        location ~ ^/[^/]+/fail/ {{ return 500; }}
        location ~ ^/([^/]+)/moved/(.*)$ {{ return 301 /$1/$2; }}
        location ~ ^/([^/]+)/to-login/ {{ return 302 /$1/login.html?next=$uri; }}
    }}
}}
"""


class Nginx:
    def __init__(self, root: Path, limit_rate: str | None = None):
        """``limit_rate`` (e.g. "2m") caps each connection's bandwidth, as a slow link would."""
        self.limit_rate = limit_rate
        self.root = Path(root)
        self.www = self.root / "www"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self._n = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Nginx:
        binary = nginx_binary()
        assert binary
        self.www.mkdir(parents=True, exist_ok=True)
        (self.root / "tmp").mkdir(exist_ok=True)
        (self.root / "htpasswd").write_text(f"{BASIC_USER}:{{PLAIN}}{BASIC_PASSWORD}\n")
        user = "user root root;" if os.geteuid() == 0 else ""
        limit = f"limit_rate {self.limit_rate};" if self.limit_rate else ""
        conf = _NGINX_CONF.format(user=user, root=self.root, port=self.port, www=self.www, token=BEARER_TOKEN,
                                  header_value=HEADER_VALUE, limit=limit)
        (self.root / "nginx.conf").write_text(conf)
        self.proc = subprocess.Popen([binary, "-p", str(self.root), "-c", str(self.root / "nginx.conf"),
                                      "-e", str(self.root / "error.log"), "-g", "daemon off;"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_port(self.port)
        except RuntimeError:
            self.stop()
            log = (self.root / "error.log").read_text(errors="replace")
            raise RuntimeError(f"nginx did not start: {log}") from None
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def site(self) -> Site:
        """A fresh folder of the web root for one test: ``/tN/...``."""
        self._n += 1
        name = f"t{self._n}"
        folder = self.www / name
        folder.mkdir(parents=True)
        return Site(f"{self.base}/{name}", folder)

    def requests_for(self, path_part: str) -> list[str]:
        log = self.root / "access.log"
        return [ln for ln in log.read_text(errors="replace").splitlines() if path_part in ln] if log.exists() else []


@dataclass
class Site:
    base: str
    folder: Path

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def put(self, path: str, data: bytes | str, mtime: float | None = None) -> str:
        """Write a file (a new mtime each time, so nginx's ETag changes even within a second)."""
        p = self.folder / path
        p.parent.mkdir(parents=True, exist_ok=True)
        old = p.stat().st_mtime if p.exists() else 0
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        t = mtime if mtime is not None else max(time.time(), old + 2)
        os.utime(p, (t, t))
        return self.url(path)


# --- scripted server -----------------------------------------------------------------------------------

Handler = Callable[["Req"], None]


class Req:
    """What a route handler gets: the request, and helpers to answer."""

    def __init__(self, h: http.server.BaseHTTPRequestHandler):
        self.h = h
        self.path = h.path
        self.headers = h.headers

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
             content_length: int | None = None) -> None:
        self.h.send_response(status)
        hdrs = dict(headers or {})
        hdrs.setdefault("Content-Type", "application/octet-stream")
        for k, v in hdrs.items():
            self.h.send_header(k, v)
        if status != 304:
            self.h.send_header("Content-Length", str(len(body) if content_length is None else content_length))
        self.h.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if body:
                self.h.wfile.write(body)
            self.h.wfile.flush()

    def close_connection(self) -> None:
        self.h.close_connection = True


@dataclass
class Scripted:
    routes: dict[str, Handler] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    state: dict[str, dict] = field(default_factory=dict)
    active: int = 0
    max_active: int = 0

    def start(self) -> Scripted:
        server = self
        lock = threading.Lock()

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                with lock:
                    server.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                try:
                    route = server.routes.get(self.path.split("?", 1)[0])
                    if route is None:
                        Req(self).send(404, b"not here", {"Content-Type": "text/plain"})
                    else:
                        route(Req(self))
                finally:
                    with lock:
                        server.active -= 1

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def requests(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.log if p.split("?", 1)[0] == path]

    # --- ready-made behaviours -----------------------------------------------------------------------

    def static(self, path: str, body: bytes, content_type: str = "application/octet-stream",
               extra: dict[str, str] | None = None) -> str:
        """A resource with a strong ETag and Last-Modified that answers conditional requests with 304."""
        state = {"body": body, "mtime": time.time()}

        def handler(r: Req) -> None:
            etag = '"' + hashlib.sha256(state["body"]).hexdigest()[:16] + '"'
            lm = formatdate(state["mtime"], usegmt=True)
            if r.headers.get("If-None-Match") == etag:
                r.send(304, headers={"ETag": etag})
                return
            r.send(200, state["body"], {"Content-Type": content_type, "ETag": etag, "Last-Modified": lm,
                                        **(extra or {})})

        self.routes[path] = handler
        self.state[path] = state
        return self.url(path)

    def change(self, path: str, body: bytes) -> None:
        self.state[path]["body"] = body
        self.state[path]["mtime"] = time.time()

    def lying_length(self, path: str, body: bytes, claim: int) -> str:
        """Announces ``claim`` bytes, sends ``body`` and hangs up."""

        def handler(r: Req) -> None:
            r.close_connection()
            r.send(200, body, {"Content-Type": "application/pdf", "ETag": '"lie"'}, content_length=claim)

        self.routes[path] = handler
        return self.url(path)

    def sequence(self, path: str, steps: list[Handler]) -> str:
        """Each request gets the next step; the last one repeats."""
        count = {"n": 0}

        def handler(r: Req) -> None:
            i = min(count["n"], len(steps) - 1)
            count["n"] += 1
            steps[i](r)

        self.routes[path] = handler
        return self.url(path)

    def slow(self, path: str, body: bytes, delay: float, content_type: str = "application/pdf") -> str:
        def handler(r: Req) -> None:
            time.sleep(delay)
            r.send(200, body, {"Content-Type": content_type})

        self.routes[path] = handler
        return self.url(path)

    def trickle(self, path: str, body: bytes, every: float = 0.5, content_type: str = "application/pdf") -> str:
        """Announces ``body`` and sends it one byte every ``every`` seconds (never idle long enough
        for a read timeout; ends when the client hangs up)."""

        def handler(r: Req) -> None:
            h = r.h
            h.send_response(200)
            h.send_header("Content-Type", content_type)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            try:
                for i in range(len(body)):
                    h.wfile.write(body[i:i + 1])
                    h.wfile.flush()
                    time.sleep(every)
            except (BrokenPipeError, ConnectionResetError):
                pass

        self.routes[path] = handler
        return self.url(path)
