"""PAC files (proxy auto-config) and WPAD discovery, through pypac.

pypac evaluates the PAC JavaScript with dukpy, which embeds the small Duktape interpreter as a C
extension: no Node.js or browser runtime to install, no network or file access from the script, and
it is what pypac itself ships with since it dropped Js2Py (whose sandbox could be escaped,
CVE-2024-28397). The file itself is fetched here, directly (a PAC file is never behind the proxy it
names), with a time limit and a size limit.
"""

from __future__ import annotations

import logging
import socket
import sys
import time
from urllib.parse import urlsplit

from ..bounded import Overloaded, lookup_addresses
from ..i18n import _, os_error

log = logging.getLogger(__name__)

MAX_PAC_BYTES = 1024 * 1024  # real PAC files are a few KB; a megabyte is generous
PAC_TIMEOUT = 3.0


class PacError(Exception):
    """The PAC file could not be fetched or is not valid JavaScript; the message says which and why."""


def fetch_pac_text(url: str, timeout: float = PAC_TIMEOUT) -> str:
    """The PAC file's text: at most :data:`MAX_PAC_BYTES`, within ``timeout`` seconds overall."""
    if url.lower().startswith("file://"):
        path = file_url_path(url, windows=sys.platform == "win32")
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_PAC_BYTES + 1)
        except OSError as exc:
            raise PacError(_("cannot read the PAC file {path}: {problem}").format(path=path, problem=os_error(exc))) from exc
    else:
        import requests

        from .trust import requests_verify

        deadline = time.monotonic() + timeout
        session = requests.Session()
        session.trust_env = False  # fetched directly: the proxy it names is not known yet
        try:
            with session.get(url, timeout=timeout, stream=True, allow_redirects=True,
                             verify=requests_verify()) as resp:
                if resp.status_code != 200:
                    raise PacError(_("the PAC file {url} answered HTTP {status}").format(url=url, status=resp.status_code))
                chunks: list[bytes] = []
                got = 0
                for chunk in resp.iter_content(65536):
                    chunks.append(chunk)
                    got += len(chunk)
                    if got > MAX_PAC_BYTES or time.monotonic() > deadline:
                        break
                data = b"".join(chunks)
        except PacError:
            raise
        except requests.RequestException as exc:
            raise PacError(_("cannot fetch the PAC file {url}: {problem}").format(url=url, problem=exc)) from exc
        finally:
            session.close()
        if time.monotonic() > deadline:
            raise PacError(_("the PAC file {url} did not arrive within {timeout:g} s").format(url=url, timeout=timeout))
    if len(data) > MAX_PAC_BYTES:
        raise PacError(_("the PAC file {url} is larger than {size} KB, refused").format(url=url, size=MAX_PAC_BYTES // 1024))
    return data.decode("utf-8", "replace")


def file_url_path(url: str, *, windows: bool) -> str:
    """The local path of a ``file:`` PAC URL. On Windows also the forms its settings hold:
    ``file:///C:/corp/proxy.pac``, ``file://C:/corp/proxy.pac`` and ``file://server/share/proxy.pac``
    (a UNC path)."""
    from urllib.parse import unquote

    parts = urlsplit(url)
    path = unquote(parts.path)
    if not windows:
        return path
    if len(parts.netloc) == 2 and parts.netloc[1] == ":":
        return parts.netloc + path.replace("/", "\\")
    if parts.netloc and parts.netloc.lower() != "localhost":
        return "\\\\" + parts.netloc + path.replace("/", "\\")
    if len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:]
    return path.replace("/", "\\")


def parse_pac(text: str, source: str):
    """A pypac ``PACFile``; raises :class:`PacError` naming ``source`` when it is not a usable PAC file."""
    from pypac.parser import MalformedPacError, PACFile

    try:
        return PACFile(text)
    except MalformedPacError as exc:
        raise PacError(_("the PAC file {source} is not valid: {problem}").format(source=source, problem=exc)) from exc
    except Exception as exc:  # dukpy raises its own JSRuntimeError for script errors
        raise PacError(_("the PAC file {source} is not valid: {problem}").format(source=source, problem=exc)) from exc


def search_domains(resolv_conf: str = "/etc/resolv.conf") -> list[str]:
    """The DNS search domains the network handed out (``search``/``domain`` in resolv.conf)."""
    out: list[str] = []
    try:
        with open(resolv_conf, encoding="utf-8", errors="replace") as fh:
            for line in fh.read(65536).splitlines():
                words = line.split()
                if words and words[0] in ("search", "domain"):
                    out += [w.strip(".").lower() for w in words[1:7]]
    except OSError:
        pass
    return list(dict.fromkeys(out))


def wpad_urls(fqdn: str | None = None, domains: list[str] | None = None) -> list[str]:
    """Where WPAD looks for the PAC file by DNS: ``http://wpad.<domain>/wpad.dat`` for the network's
    search domains and this machine's own domain, from the most to the least specific, never at a
    top-level domain alone."""
    name = (fqdn if fqdn is not None else socket.getfqdn()).strip(".").lower()
    candidates = [*(domains if domains is not None else search_domains()), ".".join(name.split(".")[1:])]
    urls: list[str] = []
    for domain in candidates:
        labels = [x for x in domain.split(".") if x]
        urls += [f"http://wpad.{'.'.join(labels[i:])}/wpad.dat" for i in range(len(labels) - 1)]
    return list(dict.fromkeys(urls))


def discover(fqdn: str | None = None, timeout: float = PAC_TIMEOUT,
             domains: list[str] | None = None, dhcp_urls: list[str] | None = None) -> tuple[str, str] | None:
    """WPAD: (url, text) of the first PAC file found, or None. As browsers do, the URL the DHCP server
    gave (option 252, see :mod:`.dhcpwpad`) comes first, then wpad.<domain> by DNS.

    Everything together ends within ``timeout`` seconds: on a network where nothing answers the
    lookups themselves time out, and a diagnosis must not wait for them."""
    from .dhcpwpad import dhcp_wpad_urls

    deadline = time.monotonic() + timeout
    from_dhcp = dhcp_wpad_urls() if dhcp_urls is None else dhcp_urls
    for url in [*from_dhcp[:3], *wpad_urls(fqdn, domains)[:6]]:
        left = deadline - time.monotonic()
        if left <= 0.05:
            break
        if url not in from_dhcp:  # a wpad.<domain> name that does not resolve is skipped quickly
            try:
                lookup_addresses(urlsplit(url).hostname or "", left)
            except (TimeoutError, Overloaded, OSError, UnicodeError):
                continue
            left = deadline - time.monotonic()
            if left <= 0.05:
                break
        try:
            text = fetch_pac_text(url, left)
            parse_pac(text, url)
        except PacError as exc:
            log.info("WPAD: %s", exc)
            continue
        return url, text
    return None
