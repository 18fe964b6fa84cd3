"""How verdicts are presented: tray icon per state (shape and colour), texts, evidence by layer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import ui_samples as S

from offline_ready.diagnosis.model import Layer
from offline_ready.ui.models import status as P

ICON_FOR = {
    "online": "online", "degraded": "degraded", "service-down": "service-down", "dns-outage": "outage",
    "no-internet": "outage", "no-network": "outage", "captive-portal": "portal",
}


@pytest.mark.parametrize("name", sorted(S.ALL))
def test_tray_icon_key_per_state(qapp, name: str) -> None:
    v = S.verdict(name)
    assert P.tray_icon_key(v.state, v) == ICON_FOR[name]


def test_unknown_is_checking_only_while_a_check_runs(qapp) -> None:
    assert P.tray_icon_key("unknown", None) == "unknown"
    assert P.tray_icon_key("unknown", None, checking=True) == "checking"
    # a routine check does not make a known state flicker
    assert P.tray_icon_key("online", S.verdict("online"), checking=True) == "online"


def test_every_tray_key_has_both_panel_variants_with_distinct_shapes() -> None:
    from offline_ready.ui.icons import TRAY_KEYS, icons_dir

    shapes = {}
    for key in TRAY_KEYS:
        texts = [(icons_dir() / f"tray-{key}-{panel}.svg").read_text() for panel in ("on-light", "on-dark")]
        assert all(t.startswith("<svg") for t in texts)
        # the outline path/element tells the shape; two keys only share one for unknown/checking (glyph differs)
        shapes[key] = texts[0].split(">", 2)[1]
    distinct = {v for k, v in shapes.items() if k != "checking"}
    assert len(distinct) == len(TRAY_KEYS) - 1


@pytest.mark.parametrize(("name", "category"), [
    ("online", None), ("degraded", "degraded"), ("service-down", "service-down"), ("dns-outage", "dns-outage"),
    ("no-internet", "no-internet"), ("no-network", "no-network"), ("captive-portal", "captive-portal"),
])
def test_warning_category(qapp, name: str, category: str | None) -> None:
    v = S.verdict(name)
    assert P.warning_category(v.state, v) == category


def test_tooltip_has_verdict_and_last_check_time(qapp) -> None:
    at = datetime.now(UTC).replace(microsecond=0)
    v = S.verdict("dns-outage", at)
    tip = P.tooltip(v, "dns-outage")
    assert "Your DNS resolver isn't answering" in tip
    assert "Last checked " + at.astimezone().strftime("%H:%M:%S") in tip
    paused = P.tooltip(v, "dns-outage", paused_until=at + timedelta(hours=1))
    assert "Warnings paused until" in paused
    assert len(tip) < 127  # Windows truncates tray tooltips at 127 characters


def test_layers_are_ordered_and_blame_the_right_one(qapp) -> None:
    rows = P.layer_rows(S.verdict("dns-outage"))
    keys = [r.key for r in rows if not r.key.startswith("service:")]
    # bottom-up, as the diagnosis judges them (README: link, LAN, internet, sign-in check, DNS)
    assert [k for k in keys if k != "portal"] == [str(Layer.LINK), str(Layer.LAN), str(Layer.INTERNET), str(Layer.DNS)]
    assert keys.index("internet") < keys.index("dns")
    assert [r.key for r in rows if r.key.startswith("service:")] == ["service:Shop", "service:Mail",
                                                                     "service:Accounting"]
    status = {r.key: r.status for r in rows}
    assert status["link"] == status["lan"] == status["internet"] == P.OK
    assert status["dns"] == P.FAIL
    assert "203.0.113.53" in next(r for r in rows if r.key == "dns").summary
    assert all(status[f"service:{n}"] == P.FAIL for n in ("Shop", "Mail", "Accounting"))


def test_no_internet_gates_services_and_portal_row(qapp) -> None:
    rows = {r.key: r for r in P.layer_rows(S.verdict("no-internet"))}
    assert rows["internet"].status == P.FAIL
    assert rows["service:Shop"].status == P.SKIP
    # DNS can't be judged with no internet: grey, and said once at the internet row
    assert rows["dns"].status == P.SKIP and "Internet" in rows["dns"].summary
    order = list(rows)
    assert order.index("internet") < order.index("dns")
    captive = {r.key: r for r in P.layer_rows(S.verdict("captive-portal"))}
    assert captive["portal"].status == P.FAIL and "portal.hotel.test" in captive["portal"].summary


def test_no_network_blames_the_link(qapp) -> None:
    rows = {r.key: r for r in P.layer_rows(S.verdict("no-network"))}
    assert rows["link"].status == P.FAIL
    assert rows["dns"].status == P.SKIP and "which is down" in rows["dns"].summary


def test_a_dns_outage_greys_the_sign_in_check_and_puts_failing_services_first(qapp) -> None:
    v = S.verdict("dns-outage")
    from offline_ready.diagnosis.model import Evidence

    v.evidence.append(Evidence("http.connectivity", "http://check.test/generate_204", False,
                               "could not resolve check.test", 2000.0, Layer.PORTAL))
    rows = {r.key: r for r in P.layer_rows(v)}
    assert rows["portal"].status == P.SKIP and "Name lookups" in rows["portal"].summary
    assert rows["dns"].status == P.FAIL
    mixed = S.verdict("service-down")
    services = [r for r in P.layer_rows(mixed) if r.key.startswith("service:")]
    assert services[0].status == P.FAIL


def test_durations_read_naturally_with_english_plurals(qapp) -> None:
    from offline_ready.ui.i18n import install_translators

    install_translators("en")
    assert P.duration_text(1) == "1 second"
    assert P.duration_text(120) == "2 minutes"
    assert P.duration_text(3600 + 60) == "1 hour 1 minute"
    assert P.duration_text(3 * 86400) == "3 days"


def test_a_service_row_says_one_true_thing_per_state(qapp) -> None:
    """The Shop row during a DNS outage said "Not checked" and "it answers through a backup
    resolver" at once. Each state now has one message: in the watched-services table (state, why)
    and in the layer view (one summary), with the engine's detail one click down."""
    from PySide6.QtCore import Qt

    from offline_ready.diagnosis.model import Cause, ServiceState, ServiceVerdict
    from offline_ready.ui.windows.status_page import ServicesModel

    def svc(state, cause=None, detail="", ms=None, via=None):
        return ServiceVerdict("Shop", "http://shop.test/", ServiceState(state), Cause(cause) if cause else None,
                              detail, ms, answered_via=via)

    through = "waiting on your DNS resolver; it answers through a backup resolver (203.0.113.55: HTTP 200 at " \
              "203.0.113.21)"
    cases = [  # (service, blocked by, status, state word, why, layer-view summary)
        (svc("unknown", "blocked", through, 22.0, "backup"), "Name lookups (DNS)", P.WARN,
         "Answers through backup DNS", "Your DNS resolver cannot find it",
         "Answers through backup DNS — Your DNS resolver cannot find it"),
        (svc("unknown", "blocked", "waiting on your DNS resolver; it answers at its last known address", 30.0,
             "stale"), "Name lookups (DNS)", P.WARN, "Answers at its last known address",
         "Your DNS resolver cannot find it", "Answers at its last known address — Your DNS resolver cannot find it"),
        (svc("unknown", "blocked", "waiting on your DNS resolver"), "Name lookups (DNS)", P.SKIP, "Not checked",
         "It needs “Name lookups (DNS)”, which is down", "Not checked: it needs “Name lookups (DNS)”, which is down"),
        (svc("unknown", "blocked", "not checked: the internet is unreachable"), "", P.SKIP, "Not checked",
         "A lower layer is down", "Not checked: a lower layer is down"),
        (svc("down", "http-status", "HTTP 503", 40.0), "", P.FAIL, "Down", "The server answered with an error — HTTP 503",
         "Down — The server answered with an error — HTTP 503"),
        (svc("up", None, "HTTP 200 in 22 ms", 22.0), "", P.OK, "Up", "HTTP 200 in 22 ms", "Up — 22 ms"),
    ]
    for s, blocked_by, status, word, why, summary in cases:
        assert P.service_status(s) == status, s
        assert P.service_words(s, blocked_by) == (word, why), s
        assert P.service_summary(s, blocked_by) == summary, s
        for text in (" ".join((word, why)), summary):  # never "not checked" beside "answers"
            assert not ("not checked" in text.lower() and "answers" in text.lower()), text
    # the table shows the same words, its blocking layer named as the verdict blames it
    table = ServicesModel(type("Ctx", (), {"icons": None})())
    v = S.verdict("no-internet")
    table.set_services(v.services, P.service_blocker(v))
    assert P.service_blocker(v) == "Internet"
    row = [table.data(table.index(0, c)) for c in (1, 2)]
    assert row == ["Not checked", "It needs “Internet”, which is down"], row
    tip = table.data(table.index(0, 0), Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip[1] == "Not checked — It needs “Internet”, which is down", tip  # then the engine's detail, for IT
    assert P.service_blocker(S.verdict("online")) == ""
