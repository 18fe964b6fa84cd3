"""The light checks' kept connection, against a real HTTPS server on loopback (Python's own,
TLS 1.3 with session tickets): the connection is reused between checks, a connection the server
closed while idle is replaced by a resumed TLS session (no certificate again), a server that
refuses HEAD gets a conditional GET answered 304, and a server that trickles its answer is cut
off at the deadline."""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest

from netlab.certs import make_ca_and_cert
from offline_ready.monitor.services import ServiceSchedule, light_check
from offline_ready.probes.keepalive import KeptConnection


class Server:
    """A loopback HTTP/1.1 server (optionally TLS) counting its connections and handshakes."""

    def __init__(self, tmp: Path, *, tls: bool = True, idle_close: float = 30.0, head: bool = True,
                 status: int = 200, trickle: bool = False) -> None:
        self.connections = 0
        self.resumed = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = idle_close  # an idle kept connection is closed by the server after this

            def setup(self) -> None:
                super().setup()
                server.connections += 1
                if isinstance(self.connection, ssl.SSLSocket) and self.connection.session_reused:
                    server.resumed += 1

            def log_message(self, *args) -> None:
                pass

            def _answer(self, body: bool) -> None:
                server.requests.append((self.command, dict(self.headers)))
                if trickle:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for _ in range(40):
                        self.wfile.write(b"X-Slow: 1\r\n")
                        self.wfile.flush()
                        time.sleep(0.2)
                    return
                if self.command == "HEAD" and not head:
                    self.send_response(405)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.command == "GET" and self.headers.get("If-None-Match") == '"v1"':
                    self.send_response(304)
                    self.send_header("ETag", '"v1"')
                    self.end_headers()
                    return
                payload = b"<h1>Shop is open</h1>\n" * 20
                self.send_response(status)
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if body:
                    self.wfile.write(payload)

            def do_HEAD(self) -> None:
                self._answer(False)

            def do_GET(self) -> None:
                self._answer(True)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *a: None  # the client hanging up on the trickle is expected
        scheme = "http"
        if tls:
            ca, cert, key = make_ca_and_cert(tmp, ["shop.test"])
            self.ca = ca
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.port = self.httpd.server_address[1]
        self.url = f"{scheme}://shop.test:{self.port}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def loopback(name: str, timeout: float):
    from offline_ready.probes.dns import DnsResult

    return DnsResult("system", name, "ok", 0.1, addresses=["127.0.0.1"])


@pytest.fixture
def tls_env(tmp_path, monkeypatch):
    def make(**kw) -> Server:
        s = Server(tmp_path, **kw)
        if kw.get("tls", True):
            trust(s.ca)
        servers.append(s)
        return s

    def trust(ca: Path) -> None:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
        monkeypatch.setenv("SSL_CERT_FILE", str(ca))

    make.trust = trust  # type: ignore[attr-defined]
    servers: list[Server] = []
    yield make
    for s in servers:
        s.close()


def test_https_checks_reuse_one_connection(tls_env) -> None:
    srv = tls_env()
    kept = KeptConnection(srv.url, lookup=loopback)
    results = [kept.request("HEAD", 2.0) for _ in range(4)]
    assert [r.status for r in results] == [200] * 4
    assert srv.connections == 1 and kept.connections == 1
    assert kept.reused
    assert "tls" not in results[-1].timings  # no handshake on a kept connection
    kept.close()


def test_a_connection_the_server_closed_is_replaced_by_a_resumed_session(tls_env) -> None:
    srv = tls_env(idle_close=0.3)
    kept = KeptConnection(srv.url, lookup=loopback)
    assert kept.request("HEAD", 2.0).status == 200
    time.sleep(0.8)  # the server has closed the idle connection by now
    r = kept.request("HEAD", 2.0)
    assert r.ok and r.status == 200, r.detail
    assert srv.connections == 2 and kept.connections == 2
    assert kept.resumed and srv.resumed == 1, "the second handshake resumed the TLS session (no certificate)"
    kept.close()


def test_a_server_refusing_head_gets_a_conditional_get(tls_env) -> None:
    srv = tls_env(head=False)
    check = ServiceSchedule([{"name": "Shop", "url": srv.url}], 60, now=0.0).checks[0]
    check.kept = KeptConnection(srv.url, lookup=loopback)
    first = light_check(check, 2.0)
    second = light_check(check, 2.0)
    assert first.up and second.up
    assert [m for m, _h in srv.requests] == ["HEAD", "GET", "GET"]
    assert srv.requests[-1][1].get("If-None-Match") == '"v1"'
    assert "304" in check.kept.request("GET", 2.0).detail
    assert srv.connections == 1  # the 405, the GET and the 304 all on one connection
    check.kept.close()


def test_an_expected_status_is_judged_through_a_304(tls_env) -> None:
    srv = tls_env(head=False)
    check = ServiceSchedule([{"name": "Shop", "url": srv.url, "expect_status": 200}], 60, now=0.0).checks[0]
    check.kept = KeptConnection(srv.url, lookup=loopback)
    assert light_check(check, 2.0).up
    assert light_check(check, 2.0).up  # 304 = unchanged since the 200, not "expected 200"


def test_a_failing_service_over_a_kept_connection(tls_env) -> None:
    srv = tls_env(status=503, tls=False)
    check = ServiceSchedule([{"name": "Shop", "url": srv.url}], 60, now=0.0).checks[0]
    check.kept = KeptConnection(srv.url, lookup=loopback)
    for _ in range(2):
        r = light_check(check, 2.0)
        assert not r.up and "503" in r.detail
    assert srv.connections == 1


def test_a_trickling_server_is_cut_off_at_the_deadline(tls_env) -> None:
    srv = tls_env(trickle=True)
    kept = KeptConnection(srv.url, lookup=loopback)
    t0 = time.monotonic()
    r = kept.request("HEAD", 0.5, max_total=1.0)
    assert time.monotonic() - t0 < 2.0
    assert r.phase == "timeout" and r.connected
    kept.close()


def test_refused_and_untrusted_are_told_apart(tls_env, tmp_path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = KeptConnection(f"https://shop.test:{port}/", lookup=loopback).request("HEAD", 1.0)
    assert r.phase == "connect" and "refused" in r.detail
    srv = tls_env()
    other = tmp_path / "other"
    other.mkdir()
    ca, _cert, _key = make_ca_and_cert(other, ["shop.test"], ca_name="Someone else")
    tls_env.trust(ca)
    r = KeptConnection(srv.url, lookup=loopback).request("HEAD", 1.0)
    assert r.phase == "tls"


def test_settings_changes_keep_the_connections_of_services_that_stay(tls_env) -> None:
    srv = tls_env(tls=False)
    old = ServiceSchedule([{"name": "Shop", "url": srv.url}, {"name": "Gone", "url": srv.url + "x"}], 60, now=0.0)
    for c in old.checks:
        c.kept = KeptConnection(c.url, lookup=loopback)
        assert light_check(c, 2.0).up
    gone = old.checks[1].kept
    new = ServiceSchedule([{"name": "Shop", "url": srv.url}], 30, now=0.0, previous=old)
    assert new.checks[0].kept is old.checks[0].kept
    assert gone is not None and gone._conn is None  # closed
    new.close()
