"""End-to-end on a company network: `offline-ready check` in the client namespace, direct connections
blocked at the router, a real proxy (tinyproxy) and a PAC file in the "internet" namespace, a proxy
sign-in in the real keyring, and a TLS-inspecting middlebox with its own CA."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netlab.corpnet import PROXY_IP, PROXY_PORT, CorporateNetwork
from support.keyring_backend import real_keyring, secret_service  # noqa: F401  (fixtures)
from support.proxy_server import tinyproxy_path
from support.require import require

PROXY = f"{PROXY_IP}:{PROXY_PORT}"
INTERCEPTED = "the secure connection was intercepted by Corp Inspection CA — ask IT"


@pytest.fixture
def corp(healthy_lab, tmp_path):
    require(tinyproxy_path() is not None, "tinyproxy (Debian package) is needed for the proxy tests")
    net = CorporateNetwork(healthy_lab, tmp_path / "corp")
    yield net
    net.stop()


def check(lab, tmp_path: Path, home: Path, env_extra: dict | None = None, **settings) -> tuple[dict, int]:
    cfg = tmp_path / "corp.toml"
    cfg.write_text(lab.config_text(timeout=2.0, extra=settings))
    env = lab.client_env({"OFFLINE_READY_HOME": str(home), **(env_extra or {})})
    r = lab.exec(["python3", "-m", "offline_ready", "check", "--json", "--config", str(cfg)], env=env, timeout=40)
    assert r.stdout, r.stderr
    return json.loads(r.stdout), r.returncode


def test_direct_blocked_without_a_proxy_is_no_internet(corp, tmp_path, app_home):
    corp.start()
    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "none"})
    assert (v["state"], code) == ("no-internet", 2), v["advice"]


def test_web_only_through_the_proxy_is_online(corp, tmp_path, app_home):
    corp.start()
    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "manual", "proxy.url": corp.proxy_url})
    assert (v["state"], code) == ("online", 0), v["advice"]
    assert v["reasons"][0] == "via-proxy"
    assert v["advice"]["headline"] == "You're online through your proxy"
    assert {s["state"] for s in v["services"]} == {"up"}
    assert not any(e["probe"] == "tcp" and e["ok"] for e in v["evidence"]), "direct really is blocked"
    assert any(e["probe"] == "proxy" and e["ok"] and e["target"] == PROXY for e in v["evidence"])


def test_the_proxy_variables_are_the_system_proxy(corp, tmp_path, app_home):
    corp.start()
    v, code = check(corp.lab, tmp_path, app_home, env_extra={"HTTP_PROXY": corp.proxy_url,
                                                             "https_proxy": corp.proxy_url},
                    **{"proxy.mode": "system"})
    assert (v["state"], code) == ("online", 0), v["advice"]


def test_pac_file_over_http(corp, tmp_path, app_home):
    corp.start()
    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "pac", "proxy.pac_url": corp.pac_url})
    assert (v["state"], code) == ("online", 0), v["advice"]
    assert any(e["probe"] == "proxy" and e["target"] == PROXY for e in v["evidence"])


def test_proxy_not_answering_is_named(corp, tmp_path, app_home):
    corp.start()
    corp.proxy_down()
    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "manual", "proxy.url": corp.proxy_url})
    assert (v["state"], code) == ("no-internet", 2), v["advice"]
    assert v["reasons"] == ["proxy-down"]
    assert v["advice"]["headline"] == f"Your proxy isn't answering ({PROXY})"


def test_basic_auth_proxy_with_the_sign_in_in_the_real_keyring(corp, tmp_path, app_home,
                                                              real_keyring):  # noqa: F811 (fixture)
    corp.start(basic_auth=("ann", "s3cret"))
    settings = {"proxy.mode": "manual", "proxy.url": corp.proxy_url}
    keyring_env = dict(real_keyring.env)
    v, code = check(corp.lab, tmp_path, app_home, env_extra=keyring_env, **settings)
    assert (v["state"], code) == ("no-internet", 2), v["advice"]
    assert v["reasons"] == ["proxy-auth"]
    assert v["advice"]["headline"] == f"Your proxy needs you to sign in ({PROXY})"

    env = corp.lab.client_env({"OFFLINE_READY_HOME": str(app_home), **keyring_env})
    stored = corp.lab.exec(["python3", "-m", "offline_ready", "config", "proxy-login", PROXY, "--user", "ann",
                            "--password-stdin"], env=env, input="s3cret\n")
    assert stored.returncode == 0, stored.stderr
    v, code = check(corp.lab, tmp_path, app_home, env_extra=keyring_env, **settings)
    assert (v["state"], code) == ("online", 0), v["advice"]
    assert "s3cret" not in json.dumps(v)


def test_tls_inspection_trusted_and_not_trusted(corp, tmp_path, app_home):
    ca = corp.middlebox()
    both = tmp_path / "os-store.pem"  # the OS store with the inspection CA that IT installed
    both.write_bytes(Path(corp.lab.ca_file).read_bytes() + ca.read_bytes())
    trusted = {"SSL_CERT_FILE": str(both), "REQUESTS_CA_BUNDLE": str(both)}
    v, code = check(corp.lab, tmp_path, app_home, env_extra=trusted)
    forum = next(s for s in v["services"] if s["name"] == "Forum")
    assert (forum["state"], v["state"], code) == ("up", "online", 0), forum

    v, code = check(corp.lab, tmp_path, app_home)  # the lab CA only: the inspection CA is not trusted
    forum = next(s for s in v["services"] if s["name"] == "Forum")
    assert (forum["state"], forum["cause"], forum["detail"]) == ("down", "tls", INTERCEPTED), forum
    assert v["advice"]["headline"] == "The secure connection is intercepted on this network"
    assert code == 1


def test_direct_blocked_no_proxy_set_but_wpad_offers_one(corp, tmp_path, app_home):
    corp.start()
    corp.wpad()
    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "system"})
    assert (v["state"], code) == ("no-internet", 2), v["advice"]
    assert "wpad-found" in v["reasons"]
    assert any("offers one by WPAD (http://wpad.corp.test/wpad.dat)" in t for t in v["advice"]["todo"])
    assert any(e["probe"] == "proxy.wpad" for e in v["evidence"])

    v, code = check(corp.lab, tmp_path, app_home, **{"proxy.mode": "pac"})  # "automatic": WPAD finds the proxy
    assert (v["state"], code) == ("online", 0), v["advice"]


def test_wpad_by_dhcp_option_252(corp, tmp_path, app_home):
    """No search domain, no wpad.<domain> name: only the DHCP server knows the PAC file. A real
    dnsmasq hands it out as option 252 and a real dhclient (set up as NetworkManager sets it up) keeps
    it in its lease file, which the app finds where dhclient keeps leases (/var/lib/dhcp)."""
    import shutil

    from netlab.corpnet import PAC_IP
    from support import privns

    require(shutil.which("dnsmasq") is not None and shutil.which("dhclient") is not None,
            "dnsmasq and dhclient (Debian: dnsmasq-base, isc-dhcp-client) are needed")
    privns.require_privns()
    corp.start()
    root = tmp_path / "system"
    url = f"http://{PAC_IP}/wpad.dat"
    lease = corp.dhcp_wpad(privns.system_root(root) / "dhcp", url)
    assert f'option wpad "{url}";' in lease.read_text()

    def check_in_system(**settings):
        cfg = tmp_path / "corp.toml"
        cfg.write_text(corp.lab.config_text(timeout=2.0, extra=settings))
        env = corp.lab.client_env({"OFFLINE_READY_HOME": str(app_home)})
        argv = privns.in_system(root, ["python3", "-m", "offline_ready", "check", "--json", "--config", str(cfg)])
        r = corp.lab.exec(argv, env=env, timeout=40)
        assert r.stdout, r.stderr
        return json.loads(r.stdout), r.returncode

    v, code = check_in_system(**{"proxy.mode": "system"})
    assert (v["state"], code) == ("no-internet", 2), v["advice"]
    assert any(f"offers one by WPAD ({url})" in t for t in v["advice"]["todo"])

    v, code = check_in_system(**{"proxy.mode": "pac"})  # "automatic": the DHCP server's PAC file is used
    assert (v["state"], code) == ("online", 0), v["advice"]
    assert any(e["probe"] == "proxy" and e["ok"] and e["target"] == PROXY for e in v["evidence"])
