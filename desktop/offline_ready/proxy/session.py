"""requests sessions that take the app's way out: the router's proxy for each URL (redirects included)
and the operating system's certificate store for TLS."""

from __future__ import annotations

from typing import Any

import requests

from .route import Router, current
from .trust import requests_verify


class ProxySession(requests.Session):
    """A ``requests.Session`` whose proxy for every request (and every redirect) comes from the
    router, not from requests' own reading of the environment, so ``proxy.mode`` is obeyed."""

    def __init__(self, router: Router | None = None) -> None:
        super().__init__()
        self._router = router

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
