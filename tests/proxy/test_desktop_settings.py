"""The desktop's proxy settings in system mode: GNOME through the real gsettings (keyfile backend
in a private folder), KDE from a kioslaverc as Plasma writes it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from offline_ready.proxy.route import DIRECT, ProxySettings, Router
from support.require import require

PAC = 'function FindProxyForURL(url, host) { return "PROXY 203.0.113.90:3128"; }\n'


def no_login(host, port):
    return None


def gnome_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "GSETTINGS_BACKEND": "keyfile", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmp_path), **extra}


def gsettings(env: dict[str, str], schema: str, key: str, value: str) -> None:
    subprocess.run(["gsettings", "set", schema, key, value], env=env, check=True, timeout=10)


def test_gnome_manual_proxy_and_its_ignore_list(tmp_path):
    require(shutil.which("gsettings") is not None, "gsettings (GNOME settings) is needed")
    env = gnome_env(tmp_path)
    gsettings(env, "org.gnome.system.proxy", "mode", "manual")
    gsettings(env, "org.gnome.system.proxy.https", "host", "proxy.corp.test")
    gsettings(env, "org.gnome.system.proxy.https", "port", "3128")
    gsettings(env, "org.gnome.system.proxy", "ignore-hosts", "['localhost', '.intranet.test']")
    r = Router(ProxySettings(mode="system"), env=env, creds=no_login, platform="linux")
    assert r.choices("https://shop.test/") == ["http://proxy.corp.test:3128"]
    assert r.choices("https://wiki.intranet.test/") == [DIRECT]
    assert r.choices("http://shop.test/") == [DIRECT]  # no http proxy set in GNOME
    # the variables, when set, win over the desktop
    env_first = Router(ProxySettings(mode="system"), env={**env, "https_proxy": "http://other:1"}, creds=no_login,
                       platform="linux")
    assert env_first.choices("https://shop.test/") == ["http://other:1"]


def test_gnome_automatic_uses_its_pac_file(tmp_path):
    require(shutil.which("gsettings") is not None, "gsettings (GNOME settings) is needed")
    pac = tmp_path / "corp.pac"
    pac.write_text(PAC)
    env = gnome_env(tmp_path)
    gsettings(env, "org.gnome.system.proxy", "mode", "auto")
    gsettings(env, "org.gnome.system.proxy", "autoconfig-url", pac.as_uri())
    r = Router(ProxySettings(mode="system"), env=env, creds=no_login, platform="linux")
    assert r.choices("https://shop.test/") == ["http://203.0.113.90:3128"]
    assert "corp.pac" in r.describe()


def test_kde_manual_proxy(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "kioslaverc").write_text(
        "[Proxy Settings]\nNoProxyFor=localhost,.intranet.test\nProxyType=1\n"
        "httpProxy=http://proxy.corp.test 8080\nhttpsProxy=http://proxy.corp.test 8080\n")
    env = {"XDG_CURRENT_DESKTOP": "KDE", "XDG_CONFIG_HOME": str(config)}
    r = Router(ProxySettings(mode="system"), env=env, creds=no_login, platform="linux")
    assert r.choices("https://shop.test/") == ["http://proxy.corp.test:8080"]
    assert r.choices("https://docs.intranet.test/") == [DIRECT]


def test_kde_pac_script(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    pac = tmp_path / "kde.pac"
    pac.write_text(PAC)
    (config / "kioslaverc").write_text(f"[Proxy Settings]\nProxy Config Script={pac.as_uri()}\nProxyType=2\n")
    r = Router(ProxySettings(mode="system"), env={"XDG_CURRENT_DESKTOP": "KDE", "XDG_CONFIG_HOME": str(config)},
               creds=no_login, platform="linux")
    assert r.choices("http://shop.test/") == ["http://203.0.113.90:3128"]


def test_outside_a_desktop_session_nothing_is_asked(tmp_path):
    r = Router(ProxySettings(mode="system"), env={"PATH": "/nonexistent"}, creds=no_login, platform="linux")
    assert r.choices("https://shop.test/") == [DIRECT]
