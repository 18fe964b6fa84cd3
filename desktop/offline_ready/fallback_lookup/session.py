"""A requests transport that connects to an address we resolved ourselves while keeping the
name for everything else: the Host header, TLS SNI and certificate verification all use the
host name in the URL, so pinning an address never weakens HTTPS."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from ..i18n import _
from ..probes.pinned import pinned_pool
from ..proxy.session import SigninAdapter

log = logging.getLogger(__name__)

AddressLookup = Callable[[str], "list[str] | None"]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


class PinnedAdapter(SigninAdapter):
    """``lookup(host)`` returns the addresses to connect to, or None to resolve normally.

    Each request's host is looked up once; the first address is tried, then the next on a
    connection failure. The lookup's own report (which source answered) is attached to the
    response as ``response.resolved`` when the lookup object provides one.
    """

    def __init__(self, lookup: AddressLookup, *, report: Callable[[str], Any] | None = None, **kw: Any) -> None:
        self.lookup = lookup
        self.report = report
        super().__init__(**kw)

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             verify: bool | str = True, cert: Any = None, proxies: Any = None) -> requests.Response:
        parts = urlsplit(request.url or "")
        host = parts.hostname or ""
        if not host or _is_ip(host) or (proxies and proxies.get(parts.scheme)):
            return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies)
        addresses = self.lookup(host)
        if addresses is None:
            return super().send(request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies)
        if not addresses:
            raise requests.ConnectionError(_("no address known for {host}").format(host=host))
        last: Exception | None = None
        for address in addresses[:3]:
            pinned = request.copy()
            pinned.headers["Host"] = parts.netloc.rsplit("@", 1)[-1]
            pinned._or_pin = (host, address)  # type: ignore[attr-defined]
            try:
                resp = super().send(pinned, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=None)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if isinstance(exc, requests.exceptions.SSLError):
                    raise
                last = exc
                log.debug("connecting to %s at %s failed: %s", host, address, exc)
                continue
            resp.pinned_address = address  # type: ignore[attr-defined]
            if self.report is not None:
                resp.resolved = self.report(host)  # type: ignore[attr-defined]
            return resp
        assert last is not None
        raise last

    def get_connection_with_tls_context(self, request: requests.PreparedRequest, verify: bool | str,
                                        proxies: Any = None, cert: Any = None) -> Any:
        pin = getattr(request, "_or_pin", None)
        if pin is None:
            return super().get_connection_with_tls_context(request, verify, proxies=proxies, cert=cert)
        host, address = pin
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        return pinned_pool(self.poolmanager, host_params["scheme"], host, address, host_params["port"],
                           **pool_kwargs)

