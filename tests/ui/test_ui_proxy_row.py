"""The proxy's row in the status window: shown when a proxy carries the web, fails or is offered by
WPAD, and the internet row read accordingly (blocked direct connections are by design there).

The verdicts come from the real classifier on a company network's observations (tests/proxy); the
last test runs the tray app in the network lab's company network with a real proxy (tinyproxy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_session import app_env, in_lab, lab_config_text, start_app

from core.builders import healthy
from offline_ready.diagnosis.classify import classify
from offline_ready.ui.models import status as P
from proxy.test_proxy_layer import PROXY, direct_blocked, through_proxy


def rows(v) -> dict[str, P.LayerRow]:
    return {r.key: r for r in P.layer_rows(v)}


def test_no_proxy_no_row(qapp) -> None:
    assert P.PROXY_ROW not in rows(classify(healthy()))


def test_web_through_the_proxy(qapp) -> None:
    o = healthy()
    direct_blocked(o)
    through_proxy(o)
    r = rows(classify(o))
    assert list(r).index("lan") < list(r).index(P.PROXY_ROW) < list(r).index("internet")
    assert r[P.PROXY_ROW].status == P.OK and r[P.PROXY_ROW].summary == f"The web goes through {PROXY}"
    assert r[P.PROXY_ROW].title == "Proxy"
    # direct connections by address fail by design: not an outage, said in words
    assert r["internet"].status == P.OK and "direct connections are blocked" in r["internet"].summary
    assert all(e.probe != "proxy" for e in r["internet"].evidence)
    # the public resolvers are blocked too, by design: the desk's own resolver answers
    assert r["dns"].status == P.OK and "other resolvers are blocked" in r["dns"].summary


@pytest.mark.parametrize(("kind", "summary"), [
    ({"status": 407}, f"The proxy {PROXY} asks for a sign-in (407)"),
    ({"phase": "connect", "connected": False}, f"The proxy {PROXY} is not answering"),
])
def test_a_failing_proxy_is_the_broken_row(qapp, kind, summary) -> None:
    o = healthy()
    direct_blocked(o)
    through_proxy(o, **kind)
    r = rows(classify(o))
    assert (r[P.PROXY_ROW].status, r[P.PROXY_ROW].summary) == (P.FAIL, summary)
    assert r["internet"].status == P.SKIP and "Proxy" in r["internet"].summary  # reported once, on its row


def test_wpad_offers_a_proxy_that_is_not_set(qapp) -> None:
    o = healthy()
    direct_blocked(o)
    for c in o.connectivity:
        c.result = type(c.result)(c.url, "timeout", 2000.0, detail="timed out")
    o.wpad = "http://wpad.corp.test/wpad.dat"
    r = rows(classify(o))
    assert r[P.PROXY_ROW].status == P.WARN and "http://wpad.corp.test/wpad.dat" in r[P.PROXY_ROW].summary
    assert r["internet"].status == P.FAIL


@pytest.mark.display
@pytest.mark.netns
@pytest.mark.timeout(300)
def test_status_window_in_the_company_network(healthy_lab, display, session_bus, app_home: Path,
                                              tmp_path: Path) -> None:
    from ui_session import control

    from netlab.corpnet import CorporateNetwork
    from support.proxy_server import tinyproxy_path
    from support.require import require

    require(tinyproxy_path() is not None, "tinyproxy (Debian package) is needed for the proxy tests")
    corp = CorporateNetwork(healthy_lab, tmp_path / "corp").start()
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab, **{"proxy.mode": "manual", "proxy.url": corp.proxy_url}))
    app = start_app(app_home, app_env(display, session_bus, app_home), popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and s["tray"]["visible"], 60, "online through the proxy")
        control(app_home, "show status")
        st = app.wait_state(lambda s: any(r["key"] == "proxy" for r in s["layers"]), 20, "the proxy row")
        proxy = next(r for r in st["layers"] if r["key"] == "proxy")
        assert (proxy["status"], proxy["summary"]) == ("ok", f"The web goes through {corp.proxy_url[7:]}")
        assert display.windows_named("Offline Ready")
        corp.proxy_down()
        control(app_home, "check-now")
        st = app.wait_state(lambda s: s["state"] == "no-internet" and any(
            r["key"] == "proxy" and r["status"] == "fail" for r in s["layers"]), 90, "the proxy down, on its row")
        proxy = next(r for r in st["layers"] if r["key"] == "proxy")
        assert proxy["summary"] == f"The proxy {corp.proxy_url[7:]} is not answering"
        assert next(r for r in st["layers"] if r["key"] == "internet")["status"] == "skip"
    finally:
        app.stop()
        corp.stop()
