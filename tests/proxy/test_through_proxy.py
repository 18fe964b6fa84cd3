"""Every HTTP path of the app through a real proxy (tinyproxy), its sign-in in a real keyring.

The web server here records the ``Via`` header tinyproxy adds, so each test proves the request went
through the proxy, not around it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from web_origin import Origin

from offline_ready.config.loader import load_config
from offline_ready.probes.http import fetch
from offline_ready.proxy import credentials, route
from support.proxy_server import start_tinyproxy, tinyproxy_path
from support.require import require

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
@pytest.fixture
def origin():
    o = Origin()
    yield o
    o.close()


@pytest.fixture
def proxy(tmp_path: Path):
    require(tinyproxy_path() is not None, "tinyproxy (Debian package) is needed for the proxy tests")
    p = start_tinyproxy(tmp_path / "proxy")
    yield p
    p.stop()


@pytest.fixture
def auth_proxy(tmp_path: Path):
    require(tinyproxy_path() is not None, "tinyproxy (Debian package) is needed for the proxy tests")
    p = start_tinyproxy(tmp_path / "auth-proxy", basic_auth=("ann", "s3cret"))
    yield p
    p.stop()


def use_settings(tmp_path: Path, text: str):
    route.set_current(None)
    f = tmp_path / "settings.toml"
    f.write_text(text)
    return load_config(f)


def test_check_pages_go_through_the_manual_proxy(tmp_path, origin, proxy):
    use_settings(tmp_path, f'[proxy]\nmode = "manual"\nurl = "{proxy.url}"\n')
    r = fetch(origin.base + "/generate_204", 3.0)
    assert r.ok and r.status == 200 and r.proxy == f"127.0.0.1:{proxy.port}"
    assert origin.seen and "test-proxy" in (origin.seen[-1] or "")


def test_mode_none_goes_direct_even_with_proxy_variables(tmp_path, origin, proxy, monkeypatch):
    monkeypatch.setenv("http_proxy", proxy.url)
    use_settings(tmp_path, '[proxy]\nmode = "none"\n')
    r = fetch(origin.base + "/", 3.0)
    assert r.ok and r.proxy == "" and origin.seen == [None]


def test_system_mode_uses_the_proxy_variables(tmp_path, origin, proxy, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    use_settings(tmp_path, '[proxy]\nmode = "system"\n')
    r = fetch(origin.base + "/", 3.0)
    assert r.ok and "test-proxy" in (origin.seen[-1] or "")
    monkeypatch.setenv("no_proxy", "localhost")
    route.set_current(None)
    load_config(tmp_path / "settings.toml")
    assert fetch(origin.base + "/", 3.0).proxy == "" and origin.seen[-1] is None


def test_a_proxy_that_is_not_answering_is_named(tmp_path, origin):
    from support.proxy_server import free_port

    port = free_port()
    use_settings(tmp_path, f'[proxy]\nmode = "manual"\nurl = "http://127.0.0.1:{port}"\n')
    r = fetch(origin.base + "/", 2.0)
    assert r.phase == "connect" and r.proxy == f"127.0.0.1:{port}"
    assert f"the proxy 127.0.0.1:{port} isn't answering" in r.detail
    assert origin.seen == []


def test_basic_auth_proxy_takes_the_login_from_the_real_keyring(tmp_path, origin, auth_proxy, real_keyring):
    use_settings(tmp_path, f'[proxy]\nmode = "manual"\nurl = "{auth_proxy.url}"\n')
    r = fetch(origin.base + "/", 3.0)
    assert r.status == 407 and "asks for a sign-in" in r.detail and origin.seen == []

    stored = subprocess.run([sys.executable, "-m", "offline_ready", "config", "proxy-login",
                             f"127.0.0.1:{auth_proxy.port}", "--user", "ann", "--password-stdin"],
                            input="s3cret\n", capture_output=True, text=True, timeout=60,
                            env={**os.environ, **real_keyring.env, "PYTHONPATH": str(DESKTOP)})
    assert stored.returncode == 0, stored.stderr
    assert "s3cret" not in stored.stdout + stored.stderr
    assert credentials.load("127.0.0.1", auth_proxy.port) == ("ann", "s3cret")  # read back from the keyring
    route.set_current(None)
    load_config(tmp_path / "settings.toml")
    r = fetch(origin.base + "/", 3.0)
    assert r.ok and r.status == 200 and "test-proxy" in (origin.seen[-1] or "")
    assert "s3cret" not in (tmp_path / "settings.toml").read_text()


def test_https_through_connect_with_basic_auth(tmp_path, auth_proxy, real_keyring, monkeypatch):
    origin = Origin(tmp_path / "tls")
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(origin.ca))
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(origin.ca))
        use_settings(tmp_path, f'[proxy]\nmode = "manual"\nurl = "{auth_proxy.url}"\n')
        r = fetch(origin.base + "/", 3.0)
        assert r.status == 407 and "asks for a sign-in" in r.detail
        credentials.save("127.0.0.1", auth_proxy.port, "ann", "s3cret")
        route.set_current(None)
        load_config(tmp_path / "settings.toml")
        r = fetch(origin.base + "/", 3.0)
        assert r.ok and r.status == 200, r.detail
        assert r.body == b"runbook v1\n"
    finally:
        origin.close()


def test_document_refresh_status_pages_and_resolving_sessions_use_the_proxy(tmp_path, origin, auth_proxy,
                                                                            real_keyring):
    from offline_ready.fallback_lookup import resolving_session
    from offline_ready.statuspage.fetch import read_status
    from offline_ready.vault.fetch import Fetcher, FetchRequest

    config = use_settings(tmp_path, f'[proxy]\nmode = "manual"\nurl = "{auth_proxy.url}"\n')
    credentials.save("127.0.0.1", auth_proxy.port, "ann", "s3cret")
    route.set_current(None)

    fetcher = Fetcher(resolver=None)
    try:
        res = fetcher.fetch(FetchRequest(origin.base + "/runbook.txt", tmp_path / "runbook.txt", retries=0,
                                         timeout=5.0))
    finally:
        fetcher.close()
    assert res.ok, res.detail
    assert "test-proxy" in (origin.seen[-1] or "")

    status = read_status("Shop", "statuspage", origin.base + "/api/v2/summary.json", timeout=3.0,
                         max_bytes=65536)
    assert status.error == "" and status.indicator == "none"
    assert "test-proxy" in (origin.seen[-1] or "")

    session = resolving_session(config)
    try:
        resp = session.get(origin.base + "/", timeout=5)
    finally:
        session.close()
    assert resp.status_code == 200 and "test-proxy" in (origin.seen[-1] or "")
