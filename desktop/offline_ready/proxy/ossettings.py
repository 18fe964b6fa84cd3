"""The system proxy of Windows (WinINet, what Edge and the control panel set; else WinHTTP's) and macOS
(SystemConfiguration, as ``scutil --proxy`` prints it).

The answers use the keys of :func:`~offline_ready.proxy.route.env_proxies` plus ``pac`` (a PAC file
URL, "" for WPAD discovery), like the Linux desktops in :mod:`.desktop`. The parsers are pure and
table-tested; :func:`read_wininet` and :func:`run_scutil` are the only parts touching the OS.
Precedence where several are switched on: a PAC file URL, then the fixed proxy, then automatic
discovery (WPAD), which would otherwise hide a proxy the admin set by hand behind a failed lookup.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

INTERNET_SETTINGS = "Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"
POLICY_INTERNET_SETTINGS = "Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"
WININET_VALUES = ("ProxyEnable", "ProxyServer", "ProxyOverride", "AutoConfigURL", "AutoDetect")
MAX_TEXT = 65536


# Flags of the Connections\DefaultConnectionSettings blob (what the Internet Options dialog saves).
BLOB_PROXY, BLOB_AUTOCONFIG, BLOB_AUTODETECT = 0x02, 0x04, 0x08


def parse_connection_settings(blob: bytes) -> dict[str, Any]:
    """``DefaultConnectionSettings`` (REG_BINARY): little-endian DWORD version (0x46 or 0x3C) and
    counter, DWORD flags, then length-prefixed ASCII strings: proxy server, bypass list, PAC URL.
    "Automatically detect settings" is only ever stored here (flag 0x08). {} when malformed."""
    def dword(at: int) -> int | None:
        return int.from_bytes(blob[at:at + 4], "little") if len(blob) >= at + 4 else None

    flags = dword(8)
    if flags is None or len(blob) > MAX_TEXT:
        return {}
    out: dict[str, Any] = {"flags": flags}
    at = 12
    for name in ("ProxyServer", "ProxyOverride", "AutoConfigURL"):
        size = dword(at)
        if size is None or size > len(blob) - at - 4:
            break
        out[name] = blob[at + 4:at + 4 + size].decode("latin-1")
        at += 4 + size
    return out


def wininet_proxies(values: Mapping[str, Any]) -> dict[str, str]:
    """From the Internet Settings values as ``winreg`` returns them (``ProxyEnable`` a DWORD,
    ``ProxyServer`` "host:port" for every protocol or "http=host:port;https=host:port;…",
    ``ProxyOverride`` "*.corp;10.*;<local>", ``AutoConfigURL``, ``AutoDetect``) and, where
    present, the ``DefaultConnectionSettings`` blob, which alone holds "Automatically detect
    settings" (flag 0x08) and the PAC URL's switch (0x04)."""
    blob = values.get("DefaultConnectionSettings")
    if isinstance(blob, bytes | bytearray) and (conn := parse_connection_settings(bytes(blob))):
        flags = conn["flags"]
        values = {**values, "AutoDetect": values.get("AutoDetect", flags & BLOB_AUTODETECT)}
        if not flags & BLOB_AUTOCONFIG and "AutoConfigURL" not in values:
            values["AutoConfigURL"] = ""
        elif "AutoConfigURL" not in values:
            values["AutoConfigURL"] = conn.get("AutoConfigURL", "")
        if "ProxyEnable" not in values:
            values.update({"ProxyEnable": flags & BLOB_PROXY, "ProxyServer": conn.get("ProxyServer", ""),
                           "ProxyOverride": conn.get("ProxyOverride", "")})
    pac = _text(values.get("AutoConfigURL")).strip()
    if pac:
        return {"pac": _pac_url(pac)}
    out: dict[str, str] = {}
    server = _text(values.get("ProxyServer")).strip()
    if _on(values.get("ProxyEnable")) and server:
        out.update(_wininet_servers(server))
        override = [p.strip() for p in _text(values.get("ProxyOverride")).split(";") if p.strip()]
        if override and out:
            out["no"] = ",".join(override)
    if not out and _on(values.get("AutoDetect")):
        return {"pac": ""}
    return out


def _wininet_servers(server: str) -> dict[str, str]:
    if "=" not in server:  # one proxy for every protocol
        return {"http": _with_scheme(server), "https": _with_scheme(server)}
    out: dict[str, str] = {}
    for part in server.split(";"):
        scheme, _, addr = part.partition("=")
        scheme, addr = scheme.strip().lower(), addr.strip()
        if scheme in ("http", "https") and addr:
            out[scheme] = _with_scheme(addr)
    return out  # socks= and ftp= alone: nothing the app's HTTP can use, so direct


def _with_scheme(addr: str) -> str:
    return addr if "://" in addr else f"http://{addr}"


def _pac_url(value: str) -> str:
    """AutoConfigURL may be a plain path (``C:\\corp\\proxy.pac``, ``\\\\server\\share\\proxy.pac``)."""
    if re.match(r"^[A-Za-z]:[\\/]", value):
        return "file:///" + value.replace("\\", "/")
    if value.startswith("\\\\"):
        return "file:" + value.replace("\\", "/")
    return value


def _on(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip() not in ("", "0")
    return bool(value)


def _text(value: Any) -> str:
    return value[:MAX_TEXT] if isinstance(value, str) else ""


def winhttp_proxies(blob: bytes) -> dict[str, str]:
    """WinHTTP's own proxy (``netsh winhttp set proxy``, what services use): the ``WinHttpSettings``
    blob has the layout of ``DefaultConnectionSettings`` (flags 1 direct, 3 proxy; no PAC URL)."""
    conn = parse_connection_settings(blob)
    if not conn:
        return {}
    return wininet_proxies({"ProxyEnable": conn["flags"] & BLOB_PROXY, "ProxyServer": conn.get("ProxyServer", ""),
                            "ProxyOverride": conn.get("ProxyOverride", ""), "AutoConfigURL": ""})


def read_winhttp() -> bytes:
    if sys.platform != "win32":
        return b""
    import winreg

    with contextlib.suppress(OSError), winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                                                      INTERNET_SETTINGS + "\\Connections") as key:
        value = winreg.QueryValueEx(key, "WinHttpSettings")[0]
        return bytes(value) if isinstance(value, bytes | bytearray) else b""
    return b""


def read_wininet() -> dict[str, Any]:
    """The Internet Settings values in force: the user's, or the machine's when Group Policy says
    per-machine (``ProxySettingsPerUser`` = 0); ``AutoConfigURL`` as pypac finds it (policy first)."""
    if sys.platform != "win32":
        return {}
    import winreg

    from pypac.os_settings import autoconfig_url_from_registry

    hive = winreg.HKEY_CURRENT_USER
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_INTERNET_SETTINGS) as key:
            if winreg.QueryValueEx(key, "ProxySettingsPerUser")[0] == 0:
                hive = winreg.HKEY_LOCAL_MACHINE
    except OSError:
        pass
    values: dict[str, Any] = {}
    try:
        with winreg.OpenKey(hive, INTERNET_SETTINGS) as key:
            for name in WININET_VALUES:
                try:
                    values[name] = winreg.QueryValueEx(key, name)[0]
                except OSError:
                    continue
    except OSError:
        return {}
    with contextlib.suppress(OSError), winreg.OpenKey(hive, INTERNET_SETTINGS + "\\Connections") as key:
        values["DefaultConnectionSettings"] = winreg.QueryValueEx(key, "DefaultConnectionSettings")[0]
    with contextlib.suppress(Exception):  # pypac's own walk failing leaves what the user key said
        values["AutoConfigURL"] = autoconfig_url_from_registry() or ""
    return values


# ---------------------------------------------------------------------------------------------- macOS

def parse_scutil(text: str) -> dict[str, Any]:
    """``scutil --proxy`` output as nested dicts and lists (``<dictionary> {`` / ``<array> {``)."""
    root: dict[str, Any] = {}
    stack: list[Any] = [root]
    for line in text[:MAX_TEXT].splitlines():
        line = line.strip()
        if not line or line == "<dictionary> {":
            continue
        if line == "}":
            if len(stack) > 1:
                stack.pop()
            continue
        name, sep, value = line.partition(" : ")
        if not sep:
            continue
        top = stack[-1]
        if value in ("<dictionary> {", "<array> {"):
            child: Any = {} if value.startswith("<dictionary>") else []
            _put(top, name, child)
            if len(stack) < 16:
                stack.append(child)
            continue
        _put(top, name, value.strip())
    return root


def _put(top: Any, name: str, value: Any) -> None:
    if isinstance(top, list):
        top.append(value)
    else:
        top[name] = value


def scutil_proxies(config: Mapping[str, Any]) -> dict[str, str]:
    """From parsed ``scutil --proxy``: HTTP/HTTPS proxies when enabled, ``ExceptionsList`` and
    ``ExcludeSimpleHostnames`` as the bypass list, the PAC URL, or WPAD discovery."""
    if _on(config.get("ProxyAutoConfigEnable")) and str(config.get("ProxyAutoConfigURLString", "")).strip():
        return {"pac": str(config["ProxyAutoConfigURLString"]).strip()}
    out: dict[str, str] = {}
    for scheme, prefix in (("http", "HTTP"), ("https", "HTTPS")):
        host = str(config.get(f"{prefix}Proxy", "")).strip()
        if _on(config.get(f"{prefix}Enable")) and host:
            port = str(config.get(f"{prefix}Port", "")).strip()
            out[scheme] = f"http://{host}:{port}" if port.isdigit() else f"http://{host}"
    if out:
        bypass = [str(x).strip() for x in config.get("ExceptionsList") or [] if str(x).strip()]
        if _on(config.get("ExcludeSimpleHostnames")):
            bypass.append("<local>")
        if bypass:
            out["no"] = ",".join(bypass)
        return out
    if _on(config.get("ProxyAutoDiscoveryEnable")):
        return {"pac": ""}
    return {}


def run_scutil() -> str:
    if sys.platform != "darwin":
        return ""
    scutil = shutil.which("scutil") or "/usr/sbin/scutil"
    try:
        return subprocess.run([scutil, "--proxy"], capture_output=True, text=True, timeout=2,
                              check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def os_proxies(platform: str = sys.platform) -> dict[str, str]:
    """The system proxy of Windows or macOS; {} elsewhere (Linux desktops: :mod:`.desktop`)."""
    if platform == "win32":  # WinINet, as the desktop's browser; else WinHTTP's, as services
        return wininet_proxies(read_wininet()) or winhttp_proxies(read_winhttp())
    if platform == "darwin":
        return scutil_proxies(parse_scutil(run_scutil()))
    return {}
