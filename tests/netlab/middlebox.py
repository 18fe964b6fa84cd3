"""A TLS-inspecting middlebox for the lab: it ends the client's TLS with a certificate its own CA
signed (as a corporate inspection box does), opens its own TLS connection to the real server
(verified against the lab CA) and relays the bytes both ways.

    python3 -m netlab.middlebox LISTEN_IP PORT CERT KEY UPSTREAM_IP UPSTREAM_PORT UPSTREAM_NAME UPSTREAM_CA

One event loop relays both directions: an SSL connection read and written from two threads at once
is not safe in OpenSSL (it lost responses now and then), asyncio's TLS runs each one in one thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (OSError, ssl.SSLError):
        pass
    finally:
        with contextlib.suppress(OSError, ssl.SSLError, RuntimeError):
            writer.close()


async def serve(listen: str, port: int, server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext,
                upstream: tuple[str, int, str]) -> None:
    up_ip, up_port, up_name = upstream

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(up_ip, up_port, ssl=client_ctx, server_hostname=up_name), 10)
        except (OSError, ssl.SSLError):  # TimeoutError is an OSError
            writer.close()
            return
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    server = await asyncio.start_server(handle, listen, port, ssl=server_ctx, ssl_handshake_timeout=10)
    async with server:
        await server.serve_forever()


def main() -> int:
    listen, port, cert, key, up_ip, up_port, up_name, up_ca = sys.argv[1:9]
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=up_ca)
    asyncio.run(serve(listen, int(port), server_ctx, client_ctx, (up_ip, int(up_port), up_name)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
