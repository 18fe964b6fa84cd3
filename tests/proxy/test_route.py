"""The proxy decision per URL: environment variables, the explicit setting, PAC files, the keyring login."""

from __future__ import annotations

from pathlib import Path

import pytest

from offline_ready.config.loader import load_config
from offline_ready.proxy import route
from offline_ready.proxy.pac import PacError, fetch_pac_text, parse_pac, wpad_urls
from offline_ready.proxy.route import DIRECT, ProxySettings, Router, env_proxies

PAC = """
function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, ".intranet.test") || isPlainHostName(host)) return "DIRECT";
  if (shExpMatch(url, "https:*")) return "PROXY 203.0.113.80:3128; DIRECT";
  return "PROXY 203.0.113.81:8080";
}
"""


def no_login(host: str, port: int | None) -> None:
    return None


@pytest.mark.parametrize(("env", "url", "expected"), [
    ({"http_proxy": "http://p:3128"}, "http://shop.test/", "http://p:3128"),
    ({"HTTP_PROXY": "http://P:1"}, "http://shop.test/", "http://P:1"),
    ({"HTTP_PROXY": "http://upper:1", "http_proxy": "http://lower:2"}, "http://shop.test/", "http://lower:2"),
    ({"HTTPS_PROXY": "proxy.corp:3128"}, "https://shop.test/", "http://proxy.corp:3128"),
    ({"https_proxy": "http://p:3128"}, "http://shop.test/", DIRECT),  # only https goes through it
    ({"ALL_PROXY": "http://all:9"}, "https://shop.test/", "http://all:9"),
    ({"https_proxy": "http://p:1", "no_proxy": ".corp.test,10.1.2.3"}, "https://wiki.corp.test/", DIRECT),
    ({"https_proxy": "http://p:1", "NO_PROXY": "*"}, "https://shop.test/", DIRECT),
    ({"https_proxy": "http://p:1", "no_proxy": "10.1.2.3"}, "https://10.1.2.3/", DIRECT),
    ({}, "https://shop.test/", DIRECT),
])
def test_system_mode_reads_the_proxy_environment_in_either_case(env, url, expected):
    assert Router(ProxySettings(mode="system"), env=env, creds=no_login).choices(url) == [expected]


def test_env_proxies_lower_case_wins():
    assert env_proxies({"HTTPS_PROXY": "a", "https_proxy": "b"})["https"] == "b"


def test_mode_none_ignores_the_environment():
    r = Router(ProxySettings(mode="none"), env={"https_proxy": "http://p:1"}, creds=no_login)
    assert r.choices("https://shop.test/") == [DIRECT]
    assert r.requests_proxies("https://shop.test/") == {"https": None}


def test_manual_mode_with_its_no_proxy_list():
    r = Router(ProxySettings(mode="manual", url="http://proxy.corp:3128", no_proxy=(".intranet.test",)),
               env={"https_proxy": "http://other:1"}, creds=no_login)
    assert r.choices("https://shop.test/") == ["http://proxy.corp:3128"]
    assert r.choices("https://docs.intranet.test/") == [DIRECT]
    assert r.describe() == "the proxy proxy.corp:3128 (set in the settings)"


def test_login_comes_from_the_credential_lookup_and_is_quoted():
    seen = []

    def login(host, port):
        seen.append((host, port))
        return ("ann", "p@ss:w rd")

    r = Router(ProxySettings(mode="manual", url="http://proxy.corp:3128"), creds=login)
    assert r.proxy_for("http://shop.test/") == "http://ann:p%40ss%3Aw%20rd@proxy.corp:3128"
    assert seen == [("proxy.corp", 3128)]
    assert "p@ss" not in r.describe()


def test_pac_file_decides_per_url(tmp_path: Path):
    pac = tmp_path / "proxy.pac"
    pac.write_text(PAC)
    r = Router(ProxySettings(mode="pac", pac_url=pac.as_uri()), creds=no_login)
    assert r.choices("https://shop.test/") == ["http://203.0.113.80:3128", DIRECT]
    assert r.choices("http://shop.test/") == ["http://203.0.113.81:8080"]
    assert r.choices("http://docs.intranet.test/") == [DIRECT]
    assert "proxy.pac" in r.describe()


def test_a_broken_pac_file_connects_directly_and_says_why(tmp_path: Path):
    pac = tmp_path / "broken.pac"
    pac.write_text("function FindProxyForURL(url, host) { return ")
    r = Router(ProxySettings(mode="pac", pac_url=pac.as_uri()), creds=no_login)
    assert r.choices("https://shop.test/") == [DIRECT]
    assert "broken.pac" in r.pac_error and "not valid" in r.pac_error
    with pytest.raises(PacError, match="not valid"):
        parse_pac("var x = 1;", "x.pac")  # no FindProxyForURL


def test_an_oversized_pac_file_is_refused(tmp_path: Path):
    pac = tmp_path / "huge.pac"
    pac.write_bytes(b"//" + b"x" * (1024 * 1024 + 10))
    with pytest.raises(PacError, match="larger than"):
        fetch_pac_text(pac.as_uri())


def test_wpad_urls_walk_up_the_domain_but_never_to_the_top_level():
    assert wpad_urls("desk1.branch.corp.example", []) == ["http://wpad.branch.corp.example/wpad.dat",
                                                          "http://wpad.corp.example/wpad.dat"]
    assert wpad_urls("desk1", []) == []
    assert wpad_urls("desk1", ["corp.test", "test"]) == ["http://wpad.corp.test/wpad.dat"]


def test_the_router_follows_the_loaded_settings_and_policy_can_lock_them(tmp_path: Path, app_home: Path):
    from offline_ready.config.loader import ConfigError, save_user_settings
    from offline_ready.paths import app_paths

    user = tmp_path / "user.toml"
    user.write_text('[proxy]\nmode = "manual"\nurl = "http://proxy.corp:3128"\n')
    route.set_current(None)
    load_config(user)
    assert route.current().settings == ProxySettings(mode="manual", url="http://proxy.corp:3128")
    assert route.current() is route.current()  # one router until the settings change

    managed = app_paths().policy_dir / "managed"
    managed.mkdir(parents=True, exist_ok=True)
    (managed / "corp.toml").write_text('[proxy]\nmode = "pac"\npac_url = "http://wpad.corp.test/wpad.dat"\n')
    config = load_config()
    assert config.is_locked("proxy.mode") and config.is_locked("proxy.pac_url")
    assert route.current().settings.mode == "pac"
    with pytest.raises(ConfigError, match="managed by your organization"):
        save_user_settings(config, {"proxy.mode": "none"})


def test_bad_proxy_settings_are_refused_with_the_key(tmp_path: Path):
    from offline_ready.config.loader import ConfigError

    bad = tmp_path / "bad.toml"
    bad.write_text('[proxy]\nmode = "auto"\n')
    with pytest.raises(ConfigError, match=r"proxy\.mode"):
        load_config(bad)
    bad.write_text('[proxy]\nurl = "http://user:secret@proxy.corp:3128"\n')
    with pytest.raises(ConfigError, match=r"proxy\.url"):
        load_config(bad)  # a password never belongs in the settings file


def test_a_pac_file_that_was_missing_is_fetched_again_later(tmp_path: Path, monkeypatch):
    pac = tmp_path / "later.pac"
    r = Router(ProxySettings(mode="pac", pac_url=pac.as_uri()), creds=no_login)
    assert r.choices("http://shop.test/") == [DIRECT] and "cannot read" in r.pac_error
    pac.write_text(PAC)  # the laptop reached the company network
    assert r.choices("http://shop.test/") == [DIRECT]  # not asked again at once
    monkeypatch.setattr(route, "PAC_RETRY", 0.0)
    assert r.choices("http://shop.test/") == ["http://203.0.113.81:8080"]
