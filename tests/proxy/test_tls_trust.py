"""TLS inspection: the OS's authorities are trusted; an untrusted authority is named as interception."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_origin import Origin

from offline_ready.probes.http import fetch
from offline_ready.proxy import trust
from offline_ready.proxy.route import ProxySettings, Router
from offline_ready.proxy.session import proxied_session
from support.proxy_server import start_tinyproxy, tinyproxy_path
from support.require import require

DIRECT = Router(ProxySettings(mode="none"))


@pytest.fixture
def inspected(tmp_path: Path):
    """A site whose certificate an inspection CA signed (the test lab CA stands for the corporate one)."""
    o = Origin(tmp_path / "tls")
    yield o
    o.close()


def os_store(monkeypatch, bundle: Path | str) -> None:
    """What the OS store holds, as OpenSSL and requests are told it."""
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))


def other_ca(tmp_path: Path) -> Path:
    from netlab.certs import make_ca_and_cert

    folder = tmp_path / "other"
    folder.mkdir()
    return make_ca_and_cert(folder, ["elsewhere.test"])[0]


def test_an_inspection_ca_in_the_os_store_is_trusted(monkeypatch, inspected):
    os_store(monkeypatch, inspected.ca)
    r = fetch(inspected.base + "/", 3.0, router=DIRECT)
    assert r.ok and r.status == 200, r.detail
    session = proxied_session(DIRECT)
    try:
        assert session.get(inspected.base + "/", timeout=5).status_code == 200
    finally:
        session.close()


def test_an_untrusted_authority_is_reported_as_interception(monkeypatch, tmp_path, inspected):
    os_store(monkeypatch, other_ca(tmp_path))
    r = fetch(inspected.base + "/", 3.0, router=DIRECT)
    assert r.phase == "tls"
    assert r.detail == "the secure connection was intercepted by Offline Ready test lab CA — ask IT"


def test_a_wrong_name_from_a_trusted_authority_is_not_interception(monkeypatch, inspected):
    os_store(monkeypatch, inspected.ca)
    url = inspected.base.replace("localhost", "127.0.0.1") + "/"  # the certificate does not name 127.0.0.1
    r = fetch(url, 3.0, router=DIRECT)
    assert r.phase == "tls" and "intercepted" not in r.detail and "secure connection failed" in r.detail


def test_interception_through_the_proxy_and_in_document_refreshes(monkeypatch, tmp_path, inspected):
    require(tinyproxy_path() is not None, "tinyproxy (Debian package) is needed for the proxy tests")
    from offline_ready.proxy import route
    from offline_ready.vault.fetch import Fetcher, FetchRequest

    proxy = start_tinyproxy(tmp_path / "proxy")
    try:
        os_store(monkeypatch, other_ca(tmp_path))
        via = Router(ProxySettings(mode="manual", url=proxy.url))
        r = fetch(inspected.base + "/", 3.0, router=via)
        assert r.phase == "tls" and r.proxy
        assert r.detail == "the secure connection was intercepted by Offline Ready test lab CA — ask IT"

        route.set_current(via)
        fetcher = Fetcher()
        try:
            res = fetcher.fetch(FetchRequest(inspected.base + "/doc.txt", tmp_path / "doc.txt", retries=0,
                                             timeout=5.0))
        finally:
            fetcher.close()
        assert not res.ok
        assert res.detail == "the secure connection was intercepted by Offline Ready test lab CA — ask IT"
    finally:
        proxy.stop()


def test_on_linux_requests_use_the_system_bundle_not_certifi(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    bundle = trust.requests_verify()
    assert isinstance(bundle, str) and not bundle.endswith("cacert.pem")  # certifi's file
    assert bundle == trust.system_bundle()


@pytest.mark.parametrize(("message", "untrusted"), [
    ("certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)", True),
    ("certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)", True),
    ("certificate verify failed: Hostname mismatch, certificate is not valid for 'x'. (_ssl.c:1006)", False),
    ("certificate verify failed: certificate has expired (_ssl.c:1006)", False),
])
def test_which_failures_mean_an_untrusted_authority(message, untrusted):
    assert trust.untrusted_authority(message) is untrusted
