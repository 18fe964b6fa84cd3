"""Which proxy (or none) carries a request to a URL: pure decisions plus the one process-wide router.

The router follows the most recently loaded settings (``proxy.*``), so every HTTP request of the app
asks the same place and a change of settings (or a policy that locks them) takes effect at once.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import logging
import os
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from ..i18n import _
from . import credentials, ossettings
from .desktop import desktop_proxies
from .pac import PacError, discover, fetch_pac_text, parse_pac

if TYPE_CHECKING:
    from ..config import Config

log = logging.getLogger(__name__)

DIRECT = "DIRECT"
PAC_RETRY = 60.0  # seconds before a PAC file that could not be had is asked for again
CredentialLookup = Callable[[str, "int | None"], "tuple[str, str] | None"]


@dataclass(frozen=True)
class ProxySettings:
    mode: str = "system"  # system | none | manual | pac
    url: str = ""
    pac_url: str = ""
    no_proxy: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, config: Config) -> ProxySettings:
        p = config.proxy
        return cls(mode=p.mode, url=p.url, pac_url=p.pac_url, no_proxy=tuple(p.no_proxy))


def env_proxies(env: Mapping[str, str]) -> dict[str, str]:
    """``{"http": …, "https": …, "no": …}`` from the environment, upper or lower case (lower wins,
    as in curl and urllib); ``all_proxy`` fills a scheme that has no proxy of its own."""
    out: dict[str, str] = {}
    for name in sorted(env, key=lambda n: n.islower()):  # upper case first, so lower case overrides
        value = env[name]
        low = name.lower()
        if value and low.endswith("_proxy"):
            out[low[:-6]] = value
    for scheme in ("http", "https"):
        if scheme not in out and out.get("all"):
            out[scheme] = out["all"]
    return out


def bypassed(host: str, no_proxy: str) -> bool:
    """True when ``host`` matches a bypass list: ``no_proxy``'s "*", names and .domains, and what the
    desktops write there: globs ("*.corp", "10.*"), networks ("10.0.0.0/8", macOS's "169.254/16") and
    WinINet's ``<local>`` (names without a dot)."""
    if not no_proxy:
        return False
    host = host.lower().rstrip(".")
    plain: list[str] = []
    for entry in (e.strip() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry.lower() == "<local>":
            if host and "." not in host and ":" not in host:
                return True
        elif "/" in entry:
            if _in_network(host, entry):
                return True
        elif "*" in entry.lstrip("*.") or "?" in entry:
            if fnmatch.fnmatchcase(host, entry.lower()):
                return True
        else:
            plain.append(entry[2:] if entry.startswith("*.") else entry)  # "*.corp" is ".corp"
    return bool(plain) and bool(urllib.request.proxy_bypass_environment(host, {"no": ",".join(plain)}))


def _in_network(host: str, entry: str) -> bool:
    addr, _slash, bits = entry.partition("/")
    if ":" not in addr and addr.count(".") < 3:  # macOS writes "169.254/16"
        addr = ".".join([*addr.split("."), "0", "0", "0"][:4])
    try:
        return ipaddress.ip_address(host) in ipaddress.ip_network(f"{addr}/{bits}", strict=False)
    except ValueError:
        return False


def _with_scheme(proxy: str) -> str:
    return proxy if "://" in proxy else f"http://{proxy}"


class Router:
    """Decides the way out for each URL and adds the proxy sign-in from the keyring."""

    def __init__(self, settings: ProxySettings | None = None, *, env: Mapping[str, str] | None = None,
                 creds: CredentialLookup = credentials.load, platform: str = sys.platform,
                 os_proxies: Callable[[str], dict[str, str]] = ossettings.os_proxies) -> None:
        self.settings = settings or ProxySettings()
        self._env = env
        self._creds = creds
        self._platform = platform
        self._os_proxies = os_proxies
        self._pac: Any = None
        self._pac_source = ""
        self._pac_error = ""
        self._pac_loaded = False
        self._pac_tried = 0.0
        self._desktop: dict[str, str] | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ what the settings say

    def describe(self) -> str:
        """One line for ``check`` and reports: how the app reaches the web."""
        s = self.settings
        if s.mode == "none":
            return _("direct connections (proxy turned off in the settings)")
        if s.mode == "manual":
            return _("the proxy {proxy} (set in the settings)").format(proxy=bare(s.url))
        if s.mode == "pac":
            self._load_pac(s.pac_url)
            where = self._pac_source or _("not found by WPAD")
            return (_("the proxy auto-config file {where} ({problem})").format(where=where, problem=self._pac_error)
                    if self._pac_error else _("the proxy auto-config file {where}").format(where=where))
        found = self._system()
        if "pac" in found:
            self._load_pac(found["pac"])
            return _("the desktop's proxy auto-config file {where}").format(
                where=self._pac_source or _("not found by WPAD"))
        if found.get("https") or found.get("http"):
            return _("the system's proxy {proxy}").format(proxy=bare(found.get("https") or found.get("http") or ""))
        return _("direct connections (no system proxy)")

    @property
    def pac_error(self) -> str:
        return self._pac_error

    def _system(self) -> dict[str, str]:
        """The environment's proxy; without one, the desktop's (GNOME/KDE) or the OS's (Windows, macOS)."""
        env = self._env if self._env is not None else os.environ
        found = env_proxies(env)
        if found.get("http") or found.get("https"):
            return found
        if self._platform in ("win32", "darwin"):
            if self._desktop is None:
                # WinINet or SystemConfiguration, as the OS's own browser uses them
                self._desktop = self._os_proxies(self._platform)
            return {**found, **self._desktop}
        if self._desktop is None:
            self._desktop = desktop_proxies(env)
        return {**found, **self._desktop}

    def _load_pac(self, url: str) -> None:
        """The PAC file at ``url`` ("" = find it by WPAD), loaded once; after a failure (the laptop
        started off the company network) tried again every :data:`PAC_RETRY` seconds."""
        with self._lock:
            if self._pac_loaded and (self._pac is not None or time.monotonic() - self._pac_tried < PAC_RETRY):
                return
            self._pac_loaded = True
            self._pac_tried = time.monotonic()
            self._pac_error = ""
            try:
                if url:
                    text = fetch_pac_text(url)
                    self._pac, self._pac_source = parse_pac(text, url), url
                else:
                    found = discover()
                    if found is not None:
                        self._pac_source = found[0]
                        self._pac = parse_pac(found[1], found[0])
            except PacError as exc:
                self._pac_error = str(exc)
                log.warning("%s — connecting directly", exc)

    # ------------------------------------------------------------------ per request

    def choices(self, url: str) -> list[str]:
        """The proxies to try for ``url`` in order, each ``scheme://host:port`` or :data:`DIRECT`."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        scheme = parts.scheme.lower()
        s = self.settings
        if s.mode == "none" or scheme not in ("http", "https"):
            return [DIRECT]
        if s.mode == "manual":
            if not s.url or bypassed(host, ",".join(s.no_proxy)):
                return [DIRECT]
            return [_with_scheme(s.url)]
        if s.mode == "pac":
            return self._pac_choices(url, host, s.pac_url)
        found = self._system()
        if "pac" in found:
            return self._pac_choices(url, host, found["pac"])
        proxy = found.get(scheme)
        if not proxy or bypassed(host, found.get("no", "")):
            return [DIRECT]
        return [_with_scheme(proxy)]

    def _pac_choices(self, url: str, host: str, pac_url: str) -> list[str]:
        self._load_pac(pac_url)
        if self._pac is None:
            return [DIRECT]
        from pypac.parser import parse_pac_value

        try:
            value = self._pac.find_proxy_for_url(url, host)
        except Exception as exc:  # a script error for this URL: direct, and say so in the log
            log.warning("the PAC file failed for %s: %s", host, exc)
            return [DIRECT]
        return parse_pac_value(value) or [DIRECT]

    def proxy_for(self, url: str) -> str | None:
        """The first proxy for ``url`` with the keyring's sign-in added, or None for a direct connection."""
        first = self.choices(url)[0]
        return None if first == DIRECT else self.with_login(first)

    def with_login(self, proxy: str) -> str:
        """``proxy`` with the user and password from the keyring, unless it already carries some."""
        parts = urlsplit(proxy)
        if parts.username or not parts.hostname:
            return proxy
        login = self._creds(parts.hostname, parts.port)
        if login is None:
            return proxy
        user, password = (quote(x, safe="") for x in login)
        return f"{parts.scheme}://{user}:{password}@{parts.netloc}"

    def requests_proxies(self, url: str) -> dict[str, str | None]:
        """The ``proxies`` argument for requests: the chosen proxy for this URL's scheme, or an explicit
        "none" that stops requests from reading the environment on its own."""
        scheme = urlsplit(url).scheme.lower() or "http"
        return {scheme: self.proxy_for(url)}


def bare(proxy: str) -> str:
    """``host:port`` of a proxy URL, never its user or password."""
    parts = urlsplit(_with_scheme(proxy))
    host = parts.hostname or proxy
    return f"{host}:{parts.port}" if parts.port else host


_current: tuple[Any, Router] | None = None
_current_lock = threading.Lock()


def set_current(router: Router | None) -> None:
    """Replace the process-wide router (None: follow the loaded settings again)."""
    global _current
    with _current_lock:
        _current = None if router is None else (router, router)


def current() -> Router:
    """The router for the settings loaded last (the system's proxy when none were loaded)."""
    global _current
    from ..config.loader import last_loaded

    config = last_loaded()
    with _current_lock:
        if _current is not None and (_current[0] is config or isinstance(_current[0], Router)):
            return _current[1]
        settings = ProxySettings.from_config(config) if config is not None else ProxySettings()
        router = Router(settings)
        _current = (config, router)
        return router
