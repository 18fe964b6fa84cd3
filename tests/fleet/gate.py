"""A small loopback HTTP server in front of an engine: forwards each POST, or answers one of them with a
chosen status (the "engine refuses one batch" case). It also keeps what it was sent."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class Gate:
    def __init__(self, upstream: str | None, refuse: dict[int, int] | None = None, body: bytes = b"",
                 tls: tuple[str, str] | None = None) -> None:
        self.upstream = upstream  # None: answer 204 to everything not refused (a receiver of its own)
        self.refuse = dict(refuse or {})  # request number (1-based) -> status to answer instead
        self.refusal_body = body
        self.received: list[tuple[str, dict[str, str], bytes, int]] = []
        gate = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                n = len(gate.received) + 1
                status = gate.refuse.get(n)
                payload = gate.refusal_body
                if status is None and gate.upstream:
                    r = requests.post(gate.upstream + self.path, data=body, timeout=30,
                                      headers={k: v for k, v in self.headers.items() if k.lower() != "host"})
                    status, payload = r.status_code, r.content
                elif status is None:
                    status, payload = 204, b""
                gate.received.append((self.path, dict(self.headers), body, status))
                self.send_response(status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        if tls:  # HTTPS with the given certificate chain and key, as "localhost"
            import ssl

            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(*tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            self.url = f"https://localhost:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Gate:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
