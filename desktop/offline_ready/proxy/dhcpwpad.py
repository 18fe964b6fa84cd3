"""WPAD by DHCP (option 252): the PAC file URL the network's DHCP server handed to this machine.

Browsers on Windows ask the DHCP server first and DNS (``wpad.<domain>``) second; pypac only does
the DNS part. On Linux the URL is already in the DHCP client's state, so nothing is sent:

- NetworkManager (internal client or dhclient): ``nmcli -t -f DHCP4 device show`` lists
  ``DHCP4.OPTION[n]:wpad = URL`` (NetworkManager requests option 252 by default);
- systemd-networkd: ``/run/systemd/netif/leases/<ifindex>``, ``OPTION_252=<hex>`` (kept when
  the .network file asks for it: ``RequestOptions=252``);
- ISC dhclient lease files: ``option wpad "URL";`` (NetworkManager's dhclient.conf declares
  ``option wpad code 252``) or ``option unknown-252 "URL";``; only a lease that has not expired.

Parsers are pure and tested on those formats; :func:`dhcp_wpad_urls` gathers the live ones.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from calendar import timegm
from pathlib import Path

NETWORKD_LEASES = Path("/run/systemd/netif/leases")
DHCLIENT_LEASE_GLOBS = ("/var/lib/dhcp/*.leases", "/var/lib/dhclient/*.lease*", "/var/lib/NetworkManager/*.lease")
MAX_LEASE_BYTES = 256 * 1024  # dhclient appends a lease per renewal; a day's worth is far below this
MAX_FILES = 32
MAX_URL = 2048


def clean_url(raw: str) -> str | None:
    """The URL as servers send it, tidied: Windows DHCP servers and admins' tools add a NUL or a
    newline at the end (NetworkManager shows the NUL as ``\\000``). Only http(s) URLs are used."""
    url = raw.strip().strip('"')
    url = re.sub(r"(\\000|\\0|\x00|\\n|\s)+$", "", url)
    if len(url) > MAX_URL or not re.match(r"^https?://[^\s/?#]+", url, re.IGNORECASE):
        return None
    if any(ord(ch) < 32 for ch in url):
        return None
    return url


def parse_nmcli(text: str) -> list[str]:
    """``nmcli -t -f DHCP4 device show`` (every device, blank-line separated; also the padded
    non-terse form). In terse output ':' and '\\' inside values may be escaped with '\\'."""
    urls: list[str] = []
    for line in text[:MAX_LEASE_BYTES].splitlines():
        field, sep, value = line.partition(":")
        if not sep or not field.startswith("DHCP4.OPTION"):
            continue
        name, eq, data = value.strip().partition(" = ")
        if eq and name.strip() == "wpad":
            url = clean_url(re.sub(r"\\([:\\])", r"\1", data))
            if url and url not in urls:
                urls.append(url)
    return urls


def parse_networkd_lease(text: str) -> str | None:
    """A systemd-networkd lease file: ``KEY=value`` lines; private options as ``OPTION_<code>=hex``."""
    for line in text[:MAX_LEASE_BYTES].splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "OPTION_252":
            try:
                raw = bytes.fromhex(value.strip())
            except ValueError:
                return None
            return clean_url(raw.decode("utf-8", "replace"))
    return None


_LEASE_RE = re.compile(r"lease\s*\{(.*?)\}", re.DOTALL)
_WPAD_RE = re.compile(r'^\s*option\s+(?:wpad|unknown-252)\s+(.+?);\s*$', re.MULTILINE)
_EXPIRE_RE = re.compile(r"^\s*expire\s+(?:\d\s+(\d{4})/(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})|epoch\s+(\d+))",
                        re.MULTILINE)


def parse_dhclient_leases(text: str, now: float) -> str | None:
    """The WPAD URL of the newest lease in a dhclient lease file (dhclient appends each new lease),
    unless that lease has expired at ``now`` (seconds since the epoch). The value is a quoted string,
    or colon-separated hex bytes when it is not printable."""
    leases = _LEASE_RE.findall(text[-MAX_LEASE_BYTES:])
    if not leases:
        return None
    last = leases[-1]
    m = _EXPIRE_RE.search(last)
    if m:
        expires = float(m.group(7)) if m.group(7) else timegm(tuple(int(g) for g in m.groups()[:6]))
        if expires < now:
            return None
    w = _WPAD_RE.search(last)
    if not w:
        return None
    value = w.group(1).strip()
    if value.startswith('"'):
        return clean_url(value[1:-1] if value.endswith('"') else value[1:])
    try:
        return clean_url(bytes.fromhex(value.replace(":", " ")).decode("utf-8", "replace"))
    except ValueError:
        return None


def _read(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            size = path.stat().st_size
            if size > MAX_LEASE_BYTES:
                fh.seek(size - MAX_LEASE_BYTES)
            return fh.read(MAX_LEASE_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def _nmcli() -> str:
    nmcli = shutil.which("nmcli")
    if nmcli is None:
        return ""
    try:
        return subprocess.run([nmcli, "-t", "-f", "DHCP4", "device", "show"], capture_output=True, text=True,
                              timeout=2, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def dhcp_wpad_urls(*, platform: str = sys.platform, networkd_dir: Path = NETWORKD_LEASES,
                   dhclient_globs: tuple[str, ...] = DHCLIENT_LEASE_GLOBS, nmcli: bool = True,
                   now: float | None = None) -> list[str]:
    """The WPAD URLs the DHCP clients of this machine received, NetworkManager's first (its state is
    live), then systemd-networkd's, then dhclient's newest lease files. Linux only."""
    if platform != "linux":
        return []
    now = time.time() if now is None else now
    urls = parse_nmcli(_nmcli()) if nmcli else []
    if networkd_dir.is_dir():
        for path in sorted(networkd_dir.iterdir())[:MAX_FILES]:
            url = parse_networkd_lease(_read(path))
            if url:
                urls.append(url)
    files: list[Path] = []
    for pattern in dhclient_globs:
        base = Path(pattern).parent
        if base.is_dir():
            files += [p for p in base.glob(Path(pattern).name) if p.is_file()]
    for path in sorted(files, key=_mtime, reverse=True)[:MAX_FILES]:
        url = parse_dhclient_leases(_read(path), now)
        if url:
            urls.append(url)
    return list(dict.fromkeys(urls))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
