"""The Linux desktop's proxy settings, as the desktop's own browser reads them.

GNOME (and the desktops that share its settings: Unity, Cinnamon, Budgie, MATE's GNOME apps) keeps
them in GSettings ``org.gnome.system.proxy``; KDE Plasma in ``kioslaverc``. Read only inside a
desktop session (``XDG_CURRENT_DESKTOP``), so a server or a service never runs ``gsettings``.
The answer uses the keys of :func:`~offline_ready.proxy.route.env_proxies`, plus ``pac`` (a PAC
file URL, "" for WPAD discovery) when the desktop says "automatic".
"""

from __future__ import annotations

import ast
import configparser
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path


def desktop_proxies(env: Mapping[str, str]) -> dict[str, str]:
    desktop = env.get("XDG_CURRENT_DESKTOP", "").upper()
    if not desktop:
        return {}
    if "KDE" in desktop:
        config_home = Path(env.get("XDG_CONFIG_HOME") or Path(env.get("HOME", "~")).expanduser() / ".config")
        return kde_proxies(config_home / "kioslaverc")
    return gnome_proxies(env)


def gnome_proxies(env: Mapping[str, str]) -> dict[str, str]:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return {}
    try:
        out = subprocess.run([gsettings, "list-recursively", "org.gnome.system.proxy"], capture_output=True,
                             text=True, timeout=2, env=dict(env), check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return {}
    return parse_gnome(out)


def _value(text: str) -> object:
    text = text.strip()
    if text.startswith("@"):  # a typed empty value, e.g. "@as []"
        text = text.split(" ", 1)[1] if " " in text else ""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def parse_gnome(listing: str) -> dict[str, str]:
    """From ``gsettings list-recursively org.gnome.system.proxy`` output."""
    keys: dict[str, object] = {}
    for line in listing.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            keys[f"{parts[0]}.{parts[1]}"] = _value(parts[2])
    mode = keys.get("org.gnome.system.proxy.mode")
    if mode == "auto":
        return {"pac": str(keys.get("org.gnome.system.proxy.autoconfig-url") or "")}
    if mode != "manual":
        return {}
    out: dict[str, str] = {}
    for scheme in ("http", "https"):
        host = keys.get(f"org.gnome.system.proxy.{scheme}.host")
        port = keys.get(f"org.gnome.system.proxy.{scheme}.port")
        if host and port:
            out[scheme] = f"http://{host}:{port}"
    ignore = keys.get("org.gnome.system.proxy.ignore-hosts")
    if isinstance(ignore, list):
        out["no"] = ",".join(str(h) for h in ignore)
    return out


def kde_proxies(path: Path) -> dict[str, str]:
    """From KDE's ``kioslaverc`` ([Proxy Settings]: ProxyType 1 manual, 2 PAC file, 3 WPAD)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(path.read_text(encoding="utf-8", errors="replace")[:65536])
    except (OSError, configparser.Error):
        return {}
    if not parser.has_section("Proxy Settings"):
        return {}
    s = parser["Proxy Settings"]
    kind = s.get("ProxyType", "0").strip()
    if kind == "2":
        return {"pac": s.get("Proxy Config Script", "").strip()}
    if kind == "3":
        return {"pac": ""}
    if kind != "1":
        return {}
    out: dict[str, str] = {}
    for scheme, key in (("http", "httpProxy"), ("https", "httpsProxy")):
        value = s.get(key, "").strip()
        if value:
            host, _, port = value.rpartition(" ") if " " in value else (value, "", "")
            out[scheme] = f"{host}:{port}" if port else host  # KDE writes "http://host 3128"
    no = s.get("NoProxyFor", "").strip()
    if no:
        out["no"] = no
    return out
