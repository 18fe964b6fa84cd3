"""A TLS-inspecting middlebox for the lab: it ends the client's TLS with a certificate its own CA
signed (as a corporate inspection box does), opens its own TLS connection to the real server
(verified against the lab CA) and relays the bytes both ways.

    python3 -m netlab.middlebox LISTEN_IP PORT CERT KEY UPSTREAM_IP UPSTREAM_PORT UPSTREAM_NAME UPSTREAM_CA
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import sys
import threading


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


def main() -> int:
    listen, port, cert, key, up_ip, up_port, up_name, up_ca = sys.argv[1:9]
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=up_ca)
    srv = socket.create_server((listen, int(port)))

    def handle(conn: socket.socket) -> None:
        try:
            conn.settimeout(10)
            inner = server_ctx.wrap_socket(conn, server_side=True)
            upstream = client_ctx.wrap_socket(socket.create_connection((up_ip, int(up_port)), timeout=10),
                                              server_hostname=up_name)
        except (OSError, ssl.SSLError):
            conn.close()
            return
        threading.Thread(target=_pipe, args=(upstream, inner), daemon=True).start()
        _pipe(inner, upstream)

    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
