"""A DNS-over-HTTPS front end (RFC 8484: POST and GET ``/dns-query``) forwarding to a resolver.

The lab runs one in "the internet" when started with ``doh=True``; the backup-DNS unit tests run
one on loopback. ``requests`` records (method, Host header) of every query it answered.

    python3 -m netlab.doh --listen 203.0.113.60:443 --upstream 203.0.113.54 --cert C --key K
"""

from __future__ import annotations

import argparse
import base64
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


class DohServer:
    """DoH over TLS on ``bind``; each query goes to ``upstream`` (ip, port) over UDP."""

    def __init__(self, cert: Path, key: Path, upstream: tuple[str, int], bind: tuple[str, int] = ("127.0.0.1", 0)):
        import dns.message
        import dns.query

        self.upstream = upstream
        self.requests: list[tuple[str, str]] = []  # (method, Host header)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def _empty(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _answer(self, wire: bytes) -> None:
                outer.requests.append((self.command, self.headers.get("Host", "")))
                try:
                    q = dns.message.from_wire(wire)
                    body = dns.query.udp(q, outer.upstream[0], port=outer.upstream[1], timeout=2).to_wire()
                except Exception:
                    self._empty(400)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/dns-message")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", "0"))
                if self.path != "/dns-query" or self.headers.get("Content-Type") != "application/dns-message":
                    self._empty(415)
                    return
                self._answer(self.rfile.read(n))

            def do_GET(self):
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listen", required=True, help="IP:PORT")
    ap.add_argument("--upstream", required=True, help="resolver IP (port 53)")
    ap.add_argument("--cert", type=Path, required=True)
    ap.add_argument("--key", type=Path, required=True)
    args = ap.parse_args()
    ip, _, port = args.listen.rpartition(":")
    server = DohServer(args.cert, args.key, (args.upstream, 53), bind=(ip, int(port)))
    print("ready", flush=True)
    server.thread.join()


if __name__ == "__main__":
    main()
