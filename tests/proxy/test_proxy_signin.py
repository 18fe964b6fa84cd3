"""Signing in to a proxy when it asks: NTLM against a real squid (its NTLM exchange over one
connection, for plain http and inside CONNECT for https), Basic only when asked for, and the
``Proxy-Authenticate`` headers as proxies send them.

Header values: squid 5 (``Basic realm="Squid proxy-caching web server"``, ``NTLM``, ``Negotiate``
and the ``NTLM <challenge>`` second leg), Microsoft ISA/TMG and Forefront (``Negotiate``,
``Kerberos``, ``NTLM`` as separate headers, as in curl issue #369's trace), tinyproxy
(``Basic realm="Tinyproxy"``)."""

from __future__ import annotations

import pytest
from web_origin import Origin

from offline_ready.config.loader import load_config
from offline_ready.probes.http import fetch
from offline_ready.proxy import credentials, route
from offline_ready.proxy.signin import Signin, offered
from support.proxy_server import squid_path, start_squid_ntlm
from support.require import require

CHALLENGE = "TlRMTVNTUAACAAAADAAMADAAAAA1goniESIzRFVmd4gAAAAAAAAAAGIAYgA8AAAAQwBPAFIAUAA="


@pytest.mark.parametrize(("headers", "expected"), [
    (['Basic realm="Squid proxy-caching web server"'], [("Basic", "")]),
    (["Negotiate", "Kerberos", "NTLM"], [("NTLM", ""), ("Negotiate", "")]),
    (["NTLM", 'Basic realm="corp"'], [("NTLM", ""), ("Basic", "")]),
    (['NTLM, Basic realm="corp"'], [("NTLM", ""), ("Basic", "")]),
    ([f"NTLM {CHALLENGE}"], [("NTLM", CHALLENGE)]),
    (["Negotiate"], [("Negotiate", "")]),
    (['Digest realm="x", nonce="y"'], []),
    ([], []),
])
def test_challenges_in_order_of_preference(headers, expected) -> None:
    assert offered(headers) == expected


def test_answers_never_send_a_password_in_clear_unless_basic_was_asked_for() -> None:
    s = Signin("CORP\\ann", "s3cret", "proxy.corp.test")
    ntlm = s.answers("NTLM")
    first = next(ntlm)
    assert first.startswith("NTLM TlRMTVNTUAAB")  # NTLMSSP negotiate message: no user, no password
    assert next(s.answers("Basic")) == "Basic Q09SUFxhbm46czNjcmV0"


@pytest.fixture
def squid():
    require(squid_path() is not None, "squid (Debian package, with its ntlm_fake_auth helper) is needed")
    p = start_squid_ntlm()
    yield p
    p.stop()


@pytest.fixture
def origins(tmp_path):
    plain, tls = Origin(), Origin(tmp_path / "tls")
    yield plain, tls
    plain.close()
    tls.close()


def test_ntlm_proxy_for_check_pages_and_https(tmp_path, squid, origins, real_keyring, monkeypatch) -> None:
    plain, tls = origins
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.ca))
    route.set_current(None)
    load_config(_settings(tmp_path, squid.url))
    r = fetch(plain.base + "/", 10.0)
    assert r.status == 407 and "asks for a sign-in" in r.detail  # no sign-in stored yet
    credentials.save("127.0.0.1", squid.port, "CORP\\ann", "s3cret")
    route.set_current(None)
    load_config(_settings(tmp_path, squid.url))
    for url in (plain.base + "/", tls.base + "/"):
        r = fetch(url, 10.0)
        assert r.ok and r.status == 200 and r.proxy == f"127.0.0.1:{squid.port}", r.detail
    def last_three(lines: list[str], method: str) -> list[list[str]]:
        return [line.split() for line in lines if line.split()[1] == method][-3:]

    log = squid.access(until=lambda lines: all(len(last_three(lines, m)) == 3 and last_three(lines, m)[-1][3] == "200"
                                               for m in ("GET", "CONNECT")))
    # each: unsigned (407), NTLM negotiate (407 with the challenge), NTLM authenticate (200, the account)
    for method in ("GET", "CONNECT"):
        mine = last_three(log, method)
        assert [m[3] for m in mine] == ["407", "407", "200"], log
        assert mine[-1][0] != "-" and mine[-1][0].startswith("C")  # the account from the authenticate message


def test_ntlm_proxy_for_documents_and_status_pages(tmp_path, squid, origins, real_keyring, monkeypatch) -> None:
    from offline_ready.statuspage.fetch import read_status
    from offline_ready.vault.fetch import Fetcher, FetchRequest

    plain, tls = origins
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls.ca))
    credentials.save("127.0.0.1", squid.port, "CORP\\ann", "s3cret")
    route.set_current(None)
    load_config(_settings(tmp_path, squid.url))
    fetcher = Fetcher(resolver=None)
    try:
        res = fetcher.fetch(FetchRequest(tls.base + "/runbook.txt", tmp_path / "runbook.txt", retries=0, timeout=10.0))
    finally:
        fetcher.close()
    assert res.ok, res.detail
    status = read_status("Shop", "statuspage", plain.base + "/api/v2/summary.json", timeout=10.0, max_bytes=65536)
    assert status.error == "" and status.indicator == "none"
    def signed_in(lines: list[str]) -> set[str]:
        return {w[1] for w in (line.split() for line in lines) if w[3] == "200" and w[0] != "-"}

    log = squid.access(until=lambda lines: signed_in(lines) == {"CONNECT", "GET"})
    assert signed_in(log) == {"CONNECT", "GET"}, log


def _settings(tmp_path, url: str):
    f = tmp_path / "settings.toml"
    f.write_text(f'[proxy]\nmode = "manual"\nurl = "{url}"\n')
    return f


def test_a_request_with_a_body_signs_in_too(squid, origins) -> None:
    """A POST (as fleet reporting sends) through the NTLM proxy: the body goes again with each leg."""
    import urllib3

    from offline_ready.proxy.signin import pool_classes

    plain, _ = origins
    manager = urllib3.ProxyManager(squid.url, timeout=10, retries=False)
    manager.pool_classes_by_scheme = pool_classes(Signin("CORP\\ann", "s3cret", "127.0.0.1"))
    r = manager.urlopen("POST", plain.base + "/write", body=b"sample", headers={"Content-Type": "text/plain"},
                        retries=False)
    assert r.status != 407  # past the proxy (the test origin itself answers POST with 501)
    def posts(lines: list[str]) -> list[list[str]]:
        return [line.split() for line in lines if line.split()[1] == "POST"]

    log = squid.access(until=lambda lines: len(posts(lines)) >= 3)
    assert posts(log)[-1][0] != "-" and [p[3] for p in posts(log)][-3:-1] == ["407", "407"], log
