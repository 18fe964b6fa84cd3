"""Probes run *inside* the client namespace with real client libraries (dnspython, the system
resolver, requests, sockets): what a program on the client machine would see.

    ip netns exec P-client python3 -m netlab.clientprobe '[{"dns": "shop.test", "server": "203.0.113.53"}]'

prints one JSON list with one result per probe; ``--serve`` answers one such list per line on
stdin (``Lab.probe(...)`` keeps one server running, so probes cost milliseconds). Probes:

- ``{"dns": NAME, "server": IP, "type": "A", "tcp": false, "timeout": 2}`` ->
  ``{"rcode": "NOERROR", "answers": [...], "ms": ...}`` or ``{"error": "timeout", "ms": ...}``
- ``{"system": NAME}``: getaddrinfo through /etc/resolv.conf -> ``{"addresses": [...]}`` or ``{"error": ...}``
- ``{"http": URL, "timeout": 2}``: requests, no redirects followed, TLS verified with the lab CA ->
  ``{"status": 204, "body": "...", "location": ..., "ms": ...}`` or ``{"error": "ConnectTimeout", ...}``
- ``{"tcp": "IP:PORT", "timeout": 1}`` -> ``{"result": "open" | "refused" | "timeout" | "unreachable"}``
- ``{"ping": IP, "timeout": 1}``: one ICMP echo (raw socket, root) -> ``{"reply": true, "ms": ...}``
- ``{"burst": SERVER, "name": NAME, "count": 200, "timeout": 0.5}``: that many UDP queries at once ->
  ``{"sent": 200, "answered": N}`` (for loss measurements)
- ``{"sleep": SECONDS}``
"""

from __future__ import annotations

import errno
import json
import os
import random
import socket
import struct
import sys
import time


def _ms(t0: float) -> float:
    return round((time.monotonic() - t0) * 1000, 1)


def _recv_exact(s: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise ConnectionResetError(errno.ECONNRESET, "connection closed")
        buf += chunk
    return buf


def _exchange(wire: bytes, server: str, tcp: bool, timeout: float) -> bytes:
    """One DNS exchange over plain sockets (dnspython builds and parses the messages)."""
    end = time.monotonic() + timeout
    if tcp:
        with socket.create_connection((server, 53), timeout=timeout) as s:
            s.settimeout(max(0.001, end - time.monotonic()))
            s.sendall(struct.pack("!H", len(wire)) + wire)
            return _recv_exact(s, struct.unpack("!H", _recv_exact(s, 2))[0])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect((server, 53))
        s.send(wire)
        while True:
            s.settimeout(max(0.001, end - time.monotonic()))
            data = s.recv(65535)
            if data[:2] == wire[:2]:
                return data


def dns(p: dict) -> dict:
    import dns.message
    import dns.rcode
    import dns.rdatatype

    q = dns.message.make_query(p["dns"], p.get("type", "A"))
    t0 = time.monotonic()
    try:
        r = dns.message.from_wire(_exchange(q.to_wire(), p["server"], bool(p.get("tcp")), p.get("timeout", 2.0)))
    except TimeoutError:
        return {"error": "timeout", "ms": _ms(t0)}
    except OSError as e:
        return {"error": errno.errorcode.get(e.errno or 0, str(e)), "ms": _ms(t0)}
    want = dns.rdatatype.from_text(p.get("type", "A"))
    answers = sorted(rr.to_text() for rrset in r.answer if rrset.rdtype == want for rr in rrset)
    return {"rcode": dns.rcode.to_text(r.rcode()), "answers": answers, "ms": _ms(t0)}


def system(p: dict) -> dict:
    t0 = time.monotonic()
    try:
        infos = socket.getaddrinfo(p["system"], None, socket.AF_INET, socket.SOCK_STREAM)
    except socket.gaierror as e:
        return {"error": str(e), "ms": _ms(t0)}
    return {"addresses": sorted({i[4][0] for i in infos}), "ms": _ms(t0)}


def http(p: dict) -> dict:
    import requests

    t0 = time.monotonic()
    try:
        r = requests.get(p["http"], timeout=p.get("timeout", 2.0), allow_redirects=False)
    except requests.RequestException as e:
        return {"error": type(e).__name__, "detail": str(e)[:300], "ms": _ms(t0)}
    return {"status": r.status_code, "body": r.text[:2000], "location": r.headers.get("location"), "ms": _ms(t0)}


def tcp(p: dict) -> dict:
    host, port = p["tcp"].rsplit(":", 1)
    t0 = time.monotonic()
    with socket.socket() as s:
        s.settimeout(p.get("timeout", 1.0))
        try:
            s.connect((host, int(port)))
            result = "open"
        except ConnectionRefusedError:
            result = "refused"
        except TimeoutError:
            result = "timeout"
        except OSError as e:
            result = "unreachable" if e.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH) else f"error {e}"
    return {"result": result, "ms": _ms(t0)}


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


def ping(p: dict) -> dict:
    ident, seq = os.getpid() & 0xFFFF, 1
    payload = b"netlab-ping"
    header = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    packet = struct.pack("!BBHHH", 8, 0, _checksum(header + payload), ident, seq) + payload
    t0 = time.monotonic()
    end = t0 + p.get("timeout", 1.0)
    with socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP) as s:
        try:
            s.sendto(packet, (p["ping"], 0))
        except OSError as e:
            return {"reply": False, "error": errno.errorcode.get(e.errno or 0, str(e)), "ms": _ms(t0)}
        while (left := end - time.monotonic()) > 0:
            s.settimeout(left)
            try:
                data, addr = s.recvfrom(2048)
            except TimeoutError:
                break
            ihl = (data[0] & 0x0F) * 4
            kind, _code, _sum, rid, rseq = struct.unpack("!BBHHH", data[ihl:ihl + 8])
            if kind == 0 and rid == ident and rseq == seq and addr[0] == p["ping"]:
                return {"reply": True, "ms": _ms(t0)}
    return {"reply": False, "ms": _ms(t0)}


def burst(p: dict) -> dict:
    import dns.message

    count, server = int(p.get("count", 200)), p["burst"]
    ids = random.sample(range(1, 65535), count)
    answered: set[int] = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        for qid in ids:
            q = dns.message.make_query(p.get("name", "check.test"), "A", id=qid)
            s.sendto(q.to_wire(), (server, 53))
        end = time.monotonic() + p.get("timeout", 0.5)
        wanted = set(ids)
        while len(answered) < count and (left := end - time.monotonic()) > 0:
            s.settimeout(left)
            try:
                data = s.recv(4096)
            except TimeoutError:
                break
            qid = struct.unpack("!H", data[:2])[0]
            if qid in wanted:
                answered.add(qid)
    return {"sent": count, "answered": len(answered)}


PROBES = {"dns": dns, "system": system, "http": http, "tcp": tcp, "ping": ping, "burst": burst}


def run(probes: list[dict]) -> list[dict]:
    out = []
    for p in probes:
        if "sleep" in p:
            time.sleep(float(p["sleep"]))
            out.append({"slept": p["sleep"]})
            continue
        kind = next((k for k in PROBES if k in p), None)
        if kind is None:
            out.append({"error": "unknown probe", "detail": repr(p)})
            continue
        try:
            out.append(PROBES[kind](p))
        except Exception as e:  # a probe never takes the others down
            out.append({"error": type(e).__name__, "detail": str(e)[:300]})
    return out


def serve() -> int:
    """One JSON list of probes per input line, one JSON list of results per output line."""
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(run(json.loads(line))), flush=True)
    return 0


def main() -> int:
    if sys.argv[1:] == ["--serve"]:
        return serve()
    print(json.dumps(run(json.loads(sys.argv[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
