"""A loopback web server (HTTP or HTTPS from the lab CA) that remembers the Via header of each request,
so a test can prove a request went through the proxy rather than around it."""

from __future__ import annotations

import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SUMMARY = {"page": {"name": "Shop"}, "status": {"indicator": "none", "description": "All Systems Operational"},
           "components": [], "incidents": []}


class Origin:
    """A loopback web server that remembers the Via header of each request."""

    def __init__(self, tls_dir: Path | None = None) -> None:
        seen: list[str | None] = []
        self.seen = seen

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_GET(self):
                seen.append(self.headers.get("Via"))
                body = json.dumps(SUMMARY).encode() if self.path.endswith(".json") else b"runbook v1\n"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_HEAD = do_GET

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        scheme = "http"
        if tls_dir is not None:
            from netlab.certs import make_ca_and_cert

            tls_dir.mkdir(parents=True, exist_ok=True)
            self.ca, cert, key = make_ca_and_cert(tls_dir, ["localhost"])
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://localhost:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


