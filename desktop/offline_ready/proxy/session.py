"""requests sessions that take the app's way out: the router's proxy for each URL (redirects included)
and the operating system's certificate store for TLS."""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter

from .route import Router, current
from .signin import pool_classes, signin_from_url
from .trust import requests_verify


class SigninAdapter(HTTPAdapter):
    """An adapter that signs in to the proxy only when it asks (407), in the strongest scheme it
    offers: NTLM, Negotiate or Basic (see :mod:`.signin`); never a preemptive password in clear."""

    def proxy_headers(self, proxy: str) -> dict[str, str]:
        return {}

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        fresh = proxy not in self.proxy_manager
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if fresh and not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = pool_classes(signin_from_url(proxy))
        return manager


class ProxySession(requests.Session):
    """A ``requests.Session`` whose proxy for every request (and every redirect) comes from the
    router, not from requests' own reading of the environment, so ``proxy.mode`` is obeyed."""

    def __init__(self, router: Router | None = None) -> None:
        super().__init__()
        self._router = router
        self.mount("https://", SigninAdapter())
        self.mount("http://", SigninAdapter())

    @property
    def router(self) -> Router:
        return self._router or current()

    def merge_environment_settings(self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any) -> dict:
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        settings["proxies"] = self.router.requests_proxies(str(url))
        if settings.get("verify") is True:  # not turned off, no bundle named: the OS's authorities
            settings["verify"] = requests_verify()
        return settings

    def rebuild_proxies(self, prepared_request: requests.PreparedRequest, proxies: Any) -> dict:
        chosen = self.router.requests_proxies(prepared_request.url or "")
        prepared_request.headers.pop("Proxy-Authorization", None)
        return chosen


def proxied_session(router: Router | None = None) -> requests.Session:
    """A new session for the app's HTTP: the one place sessions are made."""
    return ProxySession(router)
