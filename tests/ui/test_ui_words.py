"""Plain words in every state: every string the tray, the status page, the outage window, the
notifications and Settings render is scanned for what a receptionist should never read —
probe IDs, Python reprs, raw setting keys, literal mnemonics, doubled punctuation.

The verdicts come from the REAL engine in the network lab (``offline-ready check --json`` in
the client namespace, one per fault: DNS outage, no internet, captive portal, a service
answering 503, DNS rewriting, healthy), plus running on backup DNS and the sample verdicts
(no network, slow).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace

import pytest
import ui_samples as S

from offline_ready.diagnosis.model import Verdict
from offline_ready.events import StateChanged, VerdictReady

BAD = [
    (re.compile(r"\b(?:dns|http)\.[a-z][a-z-]+\b"), "a probe ID"),
    (re.compile(r"\b(?:system-resolver|http-status|provider-dns|captive-portal|dns-outage|no-internet)\b"), "an ID"),
    (re.compile(r"\[\s*['\"]|['\"]\s*\]|\(None\)|=None|\[None|object at 0x"), "a Python repr"),
    (re.compile(r"(?<![.…])\.\s*[.;,]|;\s*[.;,]|,\s*[.;,]|—\s*[-—:]|:\s*:|\s[.;,]"), "doubled punctuation"),
    (re.compile(r"(?:^|\s)-:"), "an empty target"),
]
FAULTS = {
    "dns-outage": lambda lab: lab.resolver_drop(),
    "no-internet": lambda lab: lab.upstream_down(),
    "captive-portal": lambda lab: lab.captive_portal(),
    "service-503": lambda lab: lab.http_status(host="shop.test", status=503),
    "hijacking": lambda lab: lab.nxdomain_redirect(),
    "online": lambda lab: None,
}


def _text(s: str) -> str:
    """Rich text as a reader sees it."""
    inline = re.sub(r"</?(?:a|b|i|em|strong|small|span|tt|code|kbd)\b[^>]*>", "", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", inline))


def _raw_keys() -> set[str]:
    """The names settings and their table fields have in files (``doh_url``, ``target_age_days`` …)."""
    from offline_ready.config.kinds import ListOf, Table
    from offline_ready.config.schema import SETTINGS

    keys = {s.key.rsplit(".", 1)[-1] for s in SETTINGS} | {s.key for s in SETTINGS}
    for s in SETTINGS:
        if isinstance(s.kind, ListOf) and isinstance(s.kind.item, Table):
            keys |= set(s.kind.item.fields)
    # environment variables keep their own names: people type them in a shell
    return {k for k in keys if "_" in k or "." in k} - {"http_proxy", "https_proxy", "no_proxy"}


RAW_KEYS = _raw_keys()
SNAKE = re.compile(r"\b[a-z]+(?:[._][a-z]+)+\b")


def problems(strings: list[tuple[str, str]]) -> list[str]:
    out = []
    for where, s in strings:
        t = _text(s).replace("&&", "")
        for rx, what in BAD:
            m = rx.search(t)
            if m:
                out.append(f"{where}: {what} {m.group(0)!r} in {t!r}")
        raw = [w for w in SNAKE.findall(t) if w in RAW_KEYS]
        if raw:
            out.append(f"{where}: a raw setting key {raw[0]!r} in {t!r}")
    return out


def widget_strings(root, where: str) -> list[tuple[str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTreeWidget

    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            out.append((f"{where} label", w.text()))
            if "&" in w.text().replace("&&", "") and w.buddy() is None and "<" not in w.text():
                out.append((f"{where} label", "literal mnemonic &"))
        elif isinstance(w, QAbstractButton):
            out.append((f"{where} button", w.text().replace("&", "")))
        out.append((f"{where} tooltip", w.toolTip()))
    for tree in root.findChildren(QTreeWidget):
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while items:
            item = items.pop()
            out += [(f"{where} tree", item.text(c)) for c in range(tree.columnCount())]
            items += [item.child(i) for i in range(item.childCount())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QTreeWidget):
            continue
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                out.append((f"{where} table", str(model.index(r, c).data() or "")))
        for c in range(model.columnCount()):
            out.append((f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
    return out


@pytest.fixture(scope="module")
def engine_verdicts(lab, tmp_path_factory) -> dict[str, Verdict]:
    """One verdict per fault, from the real engine inside the lab."""
    home = tmp_path_factory.mktemp("words-home")
    cfg = home / "lab.toml"
    cfg.write_text(lab.config_text(services=[("Shop", "http://shop.test/"), ("Forum", "https://forum.test/")]))
    out = {}
    try:
        for name, fault in FAULTS.items():
            lab.reset()
            fault(lab)
            r = lab.exec(["python3", "-m", "offline_ready", "check", "--json", "--config", str(cfg)],
                         env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=60)
            out[name] = Verdict.from_dict(json.loads(r.stdout))
    finally:
        lab.reset()
    return out


def all_verdicts(engine: dict[str, Verdict]) -> list[tuple[str, Verdict, bool]]:
    cases = [(name, v, False) for name, v in engine.items()]
    cases += [("sample " + n, S.verdict(n), False) for n in ("no-network", "degraded", "service-down")]
    cases.append(("on backup DNS", replace(engine["online"], reasons=["backup-dns"]), True))
    return cases


@pytest.mark.netns
def test_every_rendered_string_of_every_state_is_plain(qtbot, ui_ctx, engine_verdicts) -> None:
    from offline_ready.ui.models.status import situation
    from offline_ready.ui.tray import TrayController
    from offline_ready.ui.warnings import incident_message
    from offline_ready.ui.warnings_policy import Warning
    from offline_ready.ui.windows.outage_window import OutageWindow
    from offline_ready.ui.windows.status_page import StatusPage

    status = StatusPage(ui_ctx)
    outage = OutageWindow(ui_ctx, [])
    tray = TrayController(ui_ctx, None, [])
    for w in (status, outage):
        qtbot.addWidget(w)
        w.show()
    seen_states = set()
    found: list[str] = []
    for name, v, on_backup in all_verdicts(engine_verdicts):
        state = str(v.state)
        ui_ctx.bus.publish(StateChanged(state=state, previous="online", verdict=v, on_backup=on_backup,
                                        incident_started_at=v.checked_at))
        ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed=state, on_backup=on_backup))
        qtbot.waitUntil(lambda v=v: status._shown_verdict is v, timeout=3000)
        outage.refresh()
        tray.refresh()
        sit = situation(state, v, on_backup)
        seen_states.add(sit)
        strings = widget_strings(status, f"[{name}] status") + widget_strings(outage, f"[{name}] outage")
        d = tray.describe()
        strings += [(f"[{name}] tray menu", t.replace("&", "")) for t in d["menu"]]
        strings.append((f"[{name}] tooltip", d["tooltip"]))
        for kind in ("incident", "change", "reminder", "recovery"):
            title, body = incident_message(Warning(kind, state, sit, 1, v.checked_at, 600.0), v, on_backup)
            strings += [(f"[{name}] {kind} title", title), (f"[{name}] {kind} body", body)]
            if kind != "recovery":
                assert len(title) + len(body) <= 200, (name, kind, title, body)
                assert "\n" not in body
        found += problems(strings)
        assert len(strings) > 40, name
        # one sentence per fact: the title is not repeated underneath ("Shop is down / Shop is down (…)")
        said = [outage.title.text(), outage.subtitle.text()] + [
            _text(x).strip(" ✗✓\xa0") for x in outage.broken[1].text().split("</p>") if _text(x).strip()]
        said = [x for x in said if x]
        assert len({x.rstrip(".").lower() for x in said}) == len(said), (name, said)
        assert not any(x.startswith(outage.title.text() + " (") for x in said[1:]), (name, said)
    assert {"dns-outage", "no-internet", "captive-portal", "service-down", "hijacking", "online", "no-network",
            "degraded", "on-backup-dns"} <= seen_states
    assert not found, "\n".join(found[:40])


def test_settings_and_dialogs_show_no_raw_keys_or_literal_mnemonics(qtbot, ui_ctx) -> None:
    from PySide6.QtWidgets import QTabWidget

    from offline_ready.ui.pages.documents import AddDocumentDialog
    from offline_ready.ui.windows.settings_page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    strings: list[tuple[str, str]] = []
    tabs = page.findChild(QTabWidget)
    for i in range(tabs.count() if tabs else 0):
        tabs.setCurrentIndex(i)
        strings += widget_strings(tabs.widget(i), f"settings tab {tabs.tabText(i)}")
    dialog = AddDocumentDialog()
    qtbot.addWidget(dialog)
    strings += widget_strings(dialog, "add document")
    assert not problems(strings), "\n".join(problems(strings)[:40])


def test_the_scan_catches_what_it_looks_for() -> None:
    bad = ["dns.system-resolver: timed out", "['203.0.113.5', '203.0.113.6']", "All 1 check failed — -: x",
           "works.; fine", "Shop is down.. really", "doh_url", "target_age_days"]
    assert len(problems([("x", b) for b in bad])) >= len(bad)
    assert problems([("x", "Your DNS resolver isn't answering… (2 of 3)")]) == []
