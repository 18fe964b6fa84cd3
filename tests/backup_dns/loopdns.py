"""Real resolvers on loopback for the unit tests: unbound serving a small zone, a hijacking
unbound, a black hole (answers nothing), and a DNS-over-HTTPS front end (TLS with a test CA)
proxying to unbound. Nothing here sends a packet beyond 127.0.0.1."""

from __future__ import annotations

import datetime
import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import dns.message
import dns.query

ZONE = "lab.test"
RECORDS = {"www.lab.test": "198.51.100.10", "shop.lab.test": "198.51.100.20", "doh.test": "127.0.0.1"}


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_both() -> int:
    for _ in range(50):
        port = free_port()
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                t.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port")


class Unbound:
    """``unbound -d`` on 127.0.0.1:port; every name outside the local zones is NXDOMAIN (no recursion)."""

    def __init__(self, workdir: Path, records: dict[str, str] | None = None, *, hijack_to: str | None = None):
        self.dir = workdir
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port_both()
        self.records = dict(RECORDS if records is None else records)
        self.hijack_to = hijack_to
        self.proc: subprocess.Popen | None = None

    def config(self) -> str:
        lines = [
            "server:", f"  interface: 127.0.0.1@{self.port}", f"  port: {self.port}", "  do-daemonize: no",
            '  username: ""', '  chroot: ""', f'  directory: "{self.dir}"', '  pidfile: ""', "  use-syslog: no",
            f'  logfile: "{self.dir}/unbound.log"', "  verbosity: 0", "  do-ip6: no",
            "  access-control: 127.0.0.0/8 allow", "  module-config: \"iterator\"", "  num-threads: 1",
            "  so-reuseport: no", "  do-not-query-localhost: yes", "  msg-cache-size: 1m", "  rrset-cache-size: 1m",
        ]
        if self.hijack_to:
            for zone in (".", "test."):  # unbound keeps a built-in NXDOMAIN zone for "test." (RFC 6761)
                lines += [f'  local-zone: "{zone}" redirect', f'  local-data: "{zone} 60 IN A {self.hijack_to}"']
        else:
            lines += ['  local-zone: "." static']
            for name, addr in self.records.items():
                lines += [f'  local-zone: "{name}." static' if name.count(".") == 1 else "",
                          f'  local-data: "{name}. 60 IN A {addr}"']
            lines += [f'  local-zone: "{ZONE}." static']
        lines += ["remote-control:", "  control-enable: no"]
        return "\n".join(ln for ln in lines if ln) + "\n"

    def start(self) -> Unbound:
        exe = shutil.which("unbound") or "/usr/sbin/unbound"
        conf = self.dir / "unbound.conf"
        conf.write_text(self.config())
        self.proc = subprocess.Popen([exe, "-d", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"unbound failed: {self.proc.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                dns.query.udp(dns.message.make_query("www.lab.test", "A"), "127.0.0.1", port=self.port, timeout=0.2)
                return self
            except Exception:
                time.sleep(0.05)
        raise RuntimeError("unbound did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class BlackHole:
    """A UDP and TCP port that accepts and never answers: every query times out."""

    def __init__(self) -> None:
        self.port = free_port_both()
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", self.port))
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.bind(("127.0.0.1", self.port))
        self.tcp.listen(64)

    def stop(self) -> None:
        self.udp.close()
        self.tcp.close()


def make_ca_and_cert(workdir: Path, names: list[str]) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for ``names`` (and 127.0.0.1)."""

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Offline Ready test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.DNSName(n) for n in names]
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, cert_file, key_file = workdir / "ca.pem", workdir / "server.pem", workdir / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_file, cert_file, key_file


class DohServer:
    """RFC 8484 over HTTPS on 127.0.0.1: POST and GET ``/dns-query`` forwarded to an upstream resolver."""

    def __init__(self, workdir: Path, upstream: tuple[str, int], names: list[str] | None = None,
                 bind: tuple[str, int] = ("127.0.0.1", 0)) -> None:
        self.upstream = upstream
        self.ca, cert, key = make_ca_and_cert(workdir, names or ["doh.test"])
        self.requests: list[tuple[str, str]] = []  # (method, Host header)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def _answer(self, wire: bytes) -> None:
                outer.requests.append((self.command, self.headers.get("Host", "")))
                try:
                    q = dns.message.from_wire(wire)
                    resp = dns.query.udp(q, outer.upstream[0], port=outer.upstream[1], timeout=2)
                    body = resp.to_wire()
                except Exception:
                    self.send_response(400)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/dns-message")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", "0"))
                if self.path != "/dns-query" or self.headers.get("Content-Type") != "application/dns-message":
                    self.send_response(415)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._answer(self.rfile.read(n))

            def do_GET(self):
                import base64
                from urllib.parse import parse_qs, urlsplit

                q = parse_qs(urlsplit(self.path).query).get("dns", [""])[0]
                self._answer(base64.urlsafe_b64decode(q + "=" * (-len(q) % 4)))

        self.httpd = ThreadingHTTPServer(bind, Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, host: str = "doh.test") -> str:
        return f"https://{host}:{self.port}/dns-query"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve_doh_main() -> None:
    """``python3 loopdns.py DIR BIND_IP PORT UPSTREAM_IP``: a DoH server for a network namespace.
    Writes DIR/ca.pem and prints "ready" once listening."""
    import sys

    workdir, ip, port, upstream = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    server = DohServer(workdir, (upstream, 53), bind=(ip, port))
    print("ready", flush=True)
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    serve_doh_main()
