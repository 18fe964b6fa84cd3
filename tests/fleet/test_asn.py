"""Detecting the provider's AS number (``fleet.isp_asn = "detect"``) against a DNS server on loopback that
answers as OpenDNS (the public address) and Team Cymru (its AS) would; the address is never kept or sent."""

from __future__ import annotations

import socket
import threading

import dns.message
import dns.rrset
import pytest

from fleet.desk import Desk
from fleet.gate import Gate
from offline_ready.fleet import asn, wire

PUBLIC = "203.0.113.7"


class TxtServer:
    """A UDP DNS server on 127.0.0.1 with fixed answers (A and TXT), refusing everything else."""

    def __init__(self, answers: dict[tuple[str, str], str]) -> None:
        self.answers = answers
        self.asked: list[str] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.addr = ("127.0.0.1", self.sock.getsockname()[1])
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                data, peer = self.sock.recvfrom(4096)
            except OSError:
                return
            q = dns.message.from_wire(data)
            name, rdtype = q.question[0].name.to_text(), dns.rdatatype.to_text(q.question[0].rdtype)
            self.asked.append(name)
            r = dns.message.make_response(q)
            text = self.answers.get((name, rdtype))
            if text is None:
                r.set_rcode(dns.rcode.NXDOMAIN)
            else:
                r.answer.append(dns.rrset.from_text(name, 60, "IN", rdtype, text))
            self.sock.sendto(r.to_wire(), peer)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def dns_server():
    server = TxtServer({("myip.opendns.com.", "A"): PUBLIC,
                        ("7.113.0.203.origin.asn.cymru.com.", "TXT"):
                            '"64500 | 203.0.113.0/24 | ZZ | test | 2020-01-01"'})
    yield server
    server.close()


def test_names_and_answers():
    assert asn.cymru_name("217.0.1.2") == "2.1.0.217.origin.asn.cymru.com."
    assert asn.cymru_name("2001:db8::1").endswith(".8.b.d.0.1.0.0.2.origin6.asn.cymru.com.")
    assert asn.parse_origin('"3320 | 217.0.0.0/13 | DE | ripencc | 2001-01-01"') == "AS3320"
    assert asn.parse_origin('"3320 6805 | 1.2.3.0/24 | DE"') == "AS3320"
    assert asn.parse_origin('"no data"') is None


def test_detect_asks_the_public_address_then_its_as(dns_server):
    assert asn.detect((dns_server.addr,), dns_server.addr) == "AS64500"
    assert dns_server.asked == ["myip.opendns.com.", "7.113.0.203.origin.asn.cymru.com."]


def test_no_answer_means_no_label():
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    try:
        assert asn.detect((silent.getsockname(),), silent.getsockname()) is None
    finally:
        silent.close()


def test_the_detected_provider_labels_what_is_sent_and_the_address_goes_nowhere(dns_server, tmp_path):
    with Gate(None) as engine:
        desk = Desk(tmp_path / "home")
        rep = desk.open(metrics_url=engine.url + "/api/v1/write", isp_asn="detect")
        rep._asn_detector = lambda: asn.detect((dns_server.addr,), dns_server.addr)
        assert rep.detect_asn() == "AS64500"
        desk.observe("online")
        assert rep.send_all() == {"metrics": 1}
    points = wire.decode(engine.received[0][2])
    assert {dict(p.labels)["isp_asn"] for p in points} == {"AS64500"}
    assert PUBLIC.encode() not in engine.received[0][2]
    assert PUBLIC.encode() not in b"".join(f.read_bytes() for f in (tmp_path / "home" / "data").iterdir())
