"""Readiness page, drill dialog and window, report dialog and the outage window's readiness
section (pytest-qt, offscreen) with the real vault, history and a loopback status page."""

from __future__ import annotations

import http.server
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from support.keyring_backend import no_keyring  # noqa: F401  (fixture)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "readiness"))

from samples import sample

pytestmark = pytest.mark.usefixtures("no_keyring")  # the vault runs unencrypted, no real keyring is touched


@pytest.fixture
def status_server():
    """A Statuspage summary on loopback (the documented shape, see tests/readiness/data)."""
    body = sample("summary-major.json")

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            self.send_response(200 if self.path == "/api/v2/summary.json" else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def rctx(ui_ctx, app_home, status_server):
    """A desk with a continuity plan, an ISP contact with a mobile and an e-mail, and a service
    with a status page; notifications recorded."""
    cfg = app_home / "config" / "config.toml"
    cfg.parent.mkdir(exist_ok=True)
    cfg.write_text(f'[drill]\ninterval_days = 30\n[[services]]\nname = "Shop"\nurl = "http://127.0.0.1:9/"\n'
                   f'status_page = "{status_server}"\nfallback = ["Continuity plan"]\n')
    from offline_ready.config import load_config
    from offline_ready.vault.service import VaultService

    ui_ctx.config = load_config()
    plan = app_home / "continuity-plan.txt"
    plan.write_text("1. Call the ISP. 2. Use the offline price list.\n")
    vcf = app_home / "isp.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ISP hotline\r\nTEL;TYPE=CELL:+49 170 1234567\r\n"
                   "EMAIL:support@isp.example\r\nEND:VCARD\r\n")
    vault = VaultService(ui_ctx.config)
    vault.add_document(str(plan), name="Continuity plan")
    vault.sync()
    vault.import_contacts(str(vcf), group="ISP")
    vault.close()
    ui_ctx.notified = []
    ui_ctx.notify_hook = lambda title, text, **kw: ui_ctx.notified.append((title, text, kw))
    ui_ctx.shown = []
    ui_ctx.show_page_hook = ui_ctx.shown.append
    yield ui_ctx
    ui_ctx.pool.waitForDone(10000)
    svc = getattr(ui_ctx, "vault_service", None)
    if svc is not None:
        svc.close()


def test_readiness_page_scores_explains_and_fixes(qtbot, rctx) -> None:
    from offline_ready.ui.pages.readiness import Page

    page = Page(rctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.result is not None, timeout=15000)
    assert page.score.text().endswith("/100") and page.result.exit_code == 2  # contacts: no IT helpdesk
    notif = page.findChild(type(page.score), "readiness-item-notifications")
    assert "Warnings reach you" in notif.text() and "not verified" in notif.text()
    fixes = {b.objectName(): b for b in page._fix_buttons}
    assert fixes["readiness-fix-drill"].text() == "Start a drill"
    fixes["readiness-fix-contacts"].click()
    assert rctx.shown[-1] == "contacts"
    # the test notification goes out through the app's own path; a click on it proves it arrived
    fixes["readiness-fix-notifications"].click()
    title, _text, kw = rctx.notified[-1]
    assert title == "Test notification from Offline Ready" and kw["page_id"] == "readiness#notification-ack"
    before = page.result
    page.show_anchor("notification-ack")
    qtbot.waitUntil(lambda: page.result is not before and
                    next(i for i in page.result.items if i.id == "notifications").status == "ok", timeout=15000)
    assert "gap" in page.summary.text()  # plural rules: "1 critical gap", "2 other gaps"


def test_drill_shows_the_real_window_marked_as_a_drill_and_records_each_step(qtbot, rctx) -> None:
    from offline_ready.drill.store import DrillStore
    from offline_ready.ui.dialogs.drill import DrillDialog
    from offline_ready.ui.windows.history_page import load_drills

    dialog = DrillDialog(rctx, "no-internet")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.window is not None, timeout=15000)
    win = dialog.window
    assert win.windowTitle() == "DRILL — What to do now"
    assert win.title.text() == "The internet is down beyond your network"
    assert win.findChild(type(win.title), "drill-banner").isVisible()
    assert rctx.notified[-1][0] == "DRILL: The internet is down beyond your network"
    assert rctx.state == "unknown"  # the app's own state is untouched by a drill
    win._run_fix()  # the fix button in a drill is a dry run
    assert "nothing was changed" in dialog.feedback.text()
    assert "Step 1 of 2" in dialog.heading.text() and dialog.options.item(0).text().startswith("Continuity plan")
    dialog.choose()
    assert "Step 2 of 2" in dialog.heading.text()
    assert dialog.options.item(0).text().startswith("ISP hotline (ISP)")
    dialog.choose()
    assert "Drill finished" in dialog.heading.text() and "Everything was found" in dialog.prompt.text()
    rctx.pool.waitForDone(10000)
    [rec] = DrillStore(rctx.paths.history_db).drills()
    assert rec.outcome == "completed" and [s["outcome"] for s in rec.steps] == ["done", "done"]
    assert [d.scenario for d in load_drills(rctx)] == ["no-internet"]
    dialog.close()
    assert not win.isVisible()


def test_a_real_outage_during_a_drill_is_not_hidden(qtbot, rctx) -> None:
    from offline_ready.drill.store import DrillStore
    from offline_ready.events import StateChanged
    from offline_ready.ui.dialogs.drill import DrillDialog
    from offline_ready.ui.windows.outage_window import OutageWindow

    dialog = DrillDialog(rctx, "dns-outage")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.window is not None, timeout=15000)
    real = OutageWindow(rctx, [])
    qtbot.addWidget(real)
    from offline_ready.diagnosis.classify import classify
    from offline_ready.drill.scenarios import staged_observations

    verdict = classify(staged_observations("no-internet", []))
    rctx.bus.publish(StateChanged(state="no-internet", previous="online", verdict=verdict, incident_id=1,
                                  incident_started_at=datetime.now(UTC)))
    qtbot.waitUntil(lambda: rctx.state == "no-internet", timeout=5000)
    assert "A real problem was just detected" in dialog.feedback.text()
    real.refresh()
    assert real.title.text() == "The internet is down beyond your network"  # the real window: the real state
    assert dialog.window.title.text() == "Your DNS resolver isn't answering"  # the drill keeps its own
    dialog.close()  # stopped early: recorded as aborted, with the real outage noted
    rctx.pool.waitForDone(10000)
    [rec] = DrillStore(rctx.paths.history_db).drills()
    assert rec.outcome == "aborted" and rec.steps[0]["note"] == "a real no-internet started during this step"


def test_report_dialog_copy_save_and_mailto(qtbot, rctx, app_home) -> None:
    from PySide6.QtGui import QGuiApplication

    from offline_ready.diagnosis.classify import classify
    from offline_ready.drill.scenarios import staged_observations
    from offline_ready.history import HistoryStore
    from offline_ready.ui.dialogs.report import ReportDialog

    start = datetime.now(UTC) - timedelta(minutes=20)
    store = HistoryStore(rctx.paths.history_db)
    iid = store.open_incident(classify(staged_observations("dns-outage", []), checked_at=start), start)
    store.close_incident(iid, start + timedelta(minutes=7))
    store.close()
    dialog = ReportDialog(rctx, iid)
    qtbot.addWidget(dialog)
    dialog.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    assert "Resolver comparison" in dialog.preview.toPlainText()
    dialog.copy()
    assert QGuiApplication.clipboard().text().startswith("Internet outage report")
    assert dialog.mail_button.isEnabled() and dialog.mail_button.text() == "&E-mail to ISP hotline…"
    assert dialog.mailto().startswith("mailto:support@isp.example?subject=Outage%20report%3A%20Your%20DNS")
    for name in ("r.pdf", "r.html", "r.txt"):
        dialog.save(str(app_home / name))
    rctx.pool.waitForDone(10000)
    assert (app_home / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (app_home / "r.html").read_text().startswith("<!doctype html>")
    assert "7 min 0 s" in (app_home / "r.txt").read_text()


def test_outage_window_section_says_what_the_provider_says(qtbot, rctx) -> None:
    from offline_ready.diagnosis.classify import classify
    from offline_ready.drill.prepare import save_record
    from offline_ready.drill.scenarios import staged_observations
    from offline_ready.drill.store import DrillRecord
    from offline_ready.events import StateChanged
    from offline_ready.ui.windows.outage_window import OutageWindow

    now = datetime.now(UTC)
    save_record(rctx.config, DrillRecord("dns-outage", now - timedelta(days=3), now - timedelta(days=3), "gaps",
                                         [{"id": "open-plan", "title": "Open the continuity plan", "outcome": "done",
                                           "choice": "Continuity plan", "seconds": 12.0}],
                                         ["no backup DNS profile was tested working (run a DNS test)"]))
    services = [{"name": "Shop", "url": "http://127.0.0.1:9/"}]
    verdict = classify(staged_observations("provider-dns", services, "Shop"))
    rctx.bus.publish(StateChanged(state="online", previous="unknown", verdict=verdict))
    win = OutageWindow(rctx, [])
    qtbot.addWidget(win)
    win.show()
    section = win.readiness_section
    qtbot.waitUntil(lambda: section.pages.isVisible(), timeout=15000)
    assert "Shop's status page: major outage since" in section.pages.text()
    assert "Elevated errors on checkout" in section.pages.text()
    assert "Open the continuity plan: Continuity plan (12 s)" in section.drill.text()
    assert "Missing then: no backup DNS profile was tested working" in section.drill.text()
    assert section.report_button.isVisible()


def test_late_drill_is_recalled_in_the_tray_at_most_weekly(qtbot, rctx) -> None:
    from PySide6.QtGui import QAction

    from offline_ready.drill.prepare import save_record
    from offline_ready.drill.store import DrillRecord
    from offline_ready.ui.pages.readiness import Page, _remind_due

    assert _remind_due(rctx) is False  # never drilled and no schedule from IT: no nagging
    old = datetime.now(UTC) - timedelta(days=45)  # interval_days = 30 in this desk's settings
    save_record(rctx.config, DrillRecord("dns-outage", old, old, "completed"))
    [action] = Page.tray_actions(rctx, rctx.bridge)
    assert isinstance(action, QAction) and action.text() == "Readiness…"
    tray = action.children()[0]
    tray._compute()
    qtbot.waitUntil(lambda: "drill due" in action.text(), timeout=15000)
    qtbot.waitUntil(lambda: any(n[0] == "An outage drill is due" for n in rctx.notified), timeout=5000)
    assert _remind_due(rctx) is False  # said once this week


def test_a_confirmed_problem_reads_the_status_pages_for_the_report(qtbot, rctx) -> None:
    from offline_ready.diagnosis.classify import classify
    from offline_ready.drill.scenarios import staged_observations
    from offline_ready.events import StateChanged
    from offline_ready.statuspage.fetch import StatusCache
    from offline_ready.ui.pages.readiness import Page

    Page.tray_actions(rctx, rctx.bridge)
    verdict = classify(staged_observations("provider-dns", [{"name": "Shop", "url": "http://127.0.0.1:9/"}], "Shop"))
    started = datetime.now(UTC)
    rctx.bus.publish(StateChanged(state="online", previous="online", verdict=verdict))
    cache = StatusCache(rctx.paths.cache_dir)
    qtbot.waitUntil(lambda: bool(cache.at(started)), timeout=15000)
    [reading] = cache.at(started)
    assert reading.service == "Shop" and reading.indicator == "major"
