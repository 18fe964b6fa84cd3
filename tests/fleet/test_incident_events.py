"""Incident events to a log engine (VictoriaLogs JSON lines, Loki push API) and to a SIEM (RFC 5424 syslog
over TCP and TLS). Debian packages neither VictoriaLogs nor Loki, so a loopback receiver takes the
pushes here and the test reads what arrived."""

from __future__ import annotations

import json
import re
import socket
import ssl
import threading
from urllib.parse import parse_qs, urlsplit

from fleet.desk import T0, Desk
from fleet.gate import Gate
from netlab.certs import make_ca_and_cert


def _outage(desk: Desk) -> None:
    desk.confirmed = "online"
    desk.observe("online")
    desk.tick(60, "dns-outage", down={"Shop": "dns"})
    desk.tick(60, "no-internet", down={"Shop": "connect"})
    desk.tick(60, "online")


def test_incident_events_reach_victorialogs_as_json_lines(tmp_path):
    with Gate(None) as logs:
        desk = Desk(tmp_path / "home")
        rep = desk.open(events_url=logs.url + "/insert/jsonline", site="berlin")
        _outage(desk)
        assert rep.send_all() == {"events": 3}
    (path, headers, body, _), = logs.received
    query = parse_qs(urlsplit(path).query)
    assert urlsplit(path).path == "/insert/jsonline"
    assert query == {"_stream_fields": ["app,desk,site"], "_msg_field": ["_msg"], "_time_field": ["time"]}
    records = [json.loads(line) for line in body.decode().splitlines()]
    assert [r["event"] for r in records] == ["started", "changed", "ended"]
    started, changed, ended = records
    assert started["incident"] == changed["incident"] == ended["incident"]
    assert started["state"] == "dns-outage" and started["cause"] == "dns-outage"
    assert changed["state"] == "no-internet" and changed["previous"] == "dns-outage"
    assert ended["end"] is not None and ended["start"] == started["start"] == started["time"]
    assert started["services_down"] == [{"service": "Shop", "cause": "dns"}]
    assert started["site"] == "berlin" and len(started["desk"]) == 16
    assert len({r["id"] for r in records}) == 3
    # evidence is scrubbed: configured targets stay, the desk's own network never appears
    targets = {e.get("target") for e in started["evidence"]}
    assert "example.com" in targets and "example.com @ 9.9.9.9" in targets
    text = body.decode()
    for secret in ("192.168.1.1", "wlp2s0", "Home Sweet Home", "00:11:22:33:44:55", "desk-1"):
        assert secret not in text
    assert headers["Content-Type"] == "application/stream+json"


def test_incident_events_reach_loki_push_api(tmp_path):
    with Gate(None) as loki:
        desk = Desk(tmp_path / "home")
        rep = desk.open(events_url=loki.url + "/loki/api/v1/push", events_format="loki")
        _outage(desk)
        assert rep.send_all() == {"events": 3}
    (path, headers, body, _), = loki.received
    assert path == "/loki/api/v1/push" and headers["Content-Type"] == "application/json"
    streams = json.loads(body)["streams"]
    assert {s["stream"]["event"] for s in streams} == {"started", "changed", "ended"}
    values = [v for s in streams for v in s["values"]]
    assert all(re.fullmatch(r"\d{19}", ns) for ns, _ in values)
    assert min(int(ns) for ns, _ in values) == int((T0 + 60) * 1e9)
    assert all(json.loads(line)["app"] == "offline-ready" for _, line in values)


class _SyslogReceiver:
    """A loopback TCP (optionally TLS) listener that keeps every octet-counted frame it receives."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.tls = tls
        self.frames: list[bytes] = []
        self._arrived = threading.Condition()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            data = b""
            try:
                if self.tls:
                    conn = self.tls.wrap_socket(conn, server_side=True)
                with conn:
                    while chunk := conn.recv(65536):
                        data += chunk
            except OSError:  # a client that refused our certificate: wait for the next
                conn.close()
                continue
            with self._arrived:
                while data:
                    length, _, rest = data.partition(b" ")
                    self.frames.append(rest[: int(length)])
                    data = rest[int(length):]
                self._arrived.notify_all()

    def wait_for(self, count: int, timeout: float = 20.0) -> None:
        """Return once ``count`` frames have arrived, or after ``timeout`` seconds (the caller's
        assertion on :attr:`frames` then says what came)."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.frames) >= count, timeout)

    def close(self) -> None:
        self.sock.close()


def _check_rfc5424(frame: bytes) -> dict:
    m = re.match(rb"<(\d+)>1 (\S+) ([0-9a-f]{16}) offline-ready - incident \[offlineready@32473 ([^\]]*)\] \xef\xbb\xbf",
                 frame)
    assert m, frame[:200]
    assert int(m.group(1)) in (16 * 8 + 4, 16 * 8 + 5)
    return json.loads(frame[m.end():])


def test_incident_events_as_syslog_over_tcp(tmp_path):
    rx = _SyslogReceiver()
    try:
        desk = Desk(tmp_path / "home")
        rep = desk.open(syslog_url=f"tcp://127.0.0.1:{rx.port}")
        _outage(desk)
        assert rep.send_all() == {"syslog": 3}
        rx.wait_for(3)
    finally:
        rx.close()
    assert [_check_rfc5424(f)["event"] for f in rx.frames] == ["started", "changed", "ended"]


def test_incident_events_as_syslog_over_tls_with_the_organisations_ca(tmp_path):
    (tmp_path / "pki").mkdir()
    ca, cert, key = make_ca_and_cert(tmp_path / "pki", ["localhost"])
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    rx = _SyslogReceiver(server)
    try:
        desk = Desk(tmp_path / "home")
        rep = desk.open(syslog_url=f"tls://localhost:{rx.port}")
        _outage(desk)
        assert rep.send_all() == {"syslog": 0}  # the test CA is not one the system trusts
        assert "certificate" in rep.last_error["syslog"].lower()
        desk2 = Desk(tmp_path / "home2")
        rep2 = desk2.open(syslog_url=f"tls://localhost:{rx.port}", ca_file=str(ca))
        _outage(desk2)
        assert rep2.send_all() == {"syslog": 3}
        rx.wait_for(3)
    finally:
        rx.close()
    assert [_check_rfc5424(f)["state"] for f in rx.frames] == ["dns-outage", "no-internet", "online"]


def test_an_incident_open_when_the_app_restarted_is_ended_before_the_next_begins(tmp_path):
    with Gate(None) as logs:
        desk = Desk(tmp_path / "home")
        rep = desk.open(events_url=logs.url + "/insert/jsonline")
        desk.confirmed = "online"
        desk.observe("online")
        desk.tick(60, "no-internet")
        rep.stop()  # the app quits (or dies) in the middle of the outage
        again = Desk(tmp_path / "home", now=desk.now + 300)
        rep2 = again.open(events_url=logs.url + "/insert/jsonline")
        again.observe("no-internet")  # the restarted monitor confirms the outage afresh
        again.tick(60, "online")
        assert rep2.send_all() == {"events": 4}
    records = [json.loads(line) for line in logs.received[0][2].decode().splitlines()]
    assert [(r["event"], r["state"]) for r in records] == [
        ("started", "no-internet"), ("ended", "no-internet"), ("started", "no-internet"), ("ended", "online")]
    assert records[0]["incident"] == records[1]["incident"] != records[2]["incident"] == records[3]["incident"]
    assert records[1]["cause"] == "no-internet"
    counts = rep2._counts()
    assert counts["no-internet"] == 2
