"""The one way the app reaches an address it resolved itself while speaking to the host name.

The Host header, TLS SNI and certificate check all use the name; only the TCP connection goes
to the pinned address. The connectivity probes and the requests sessions that resolve through
the fallback chain both open their connections here, so pinning never weakens HTTPS in one
place and not the other.
"""

from __future__ import annotations

from typing import Any

from urllib3 import PoolManager
from urllib3.connectionpool import HTTPConnectionPool


def pinned_pool(manager: PoolManager, scheme: str, host: str, address: str, port: int,
                **pool_kwargs: Any) -> HTTPConnectionPool:
    """A pool of ``manager`` connecting to ``address``:``port`` that verifies TLS for ``host``."""
    if scheme == "https":
        pool_kwargs = {**pool_kwargs, "server_hostname": host, "assert_hostname": host}
    return manager.connection_from_host(address, port, scheme, pool_kwargs=pool_kwargs)

