"""The app in the pseudo-locale on a real X display: every window and dialog opened, each one's
readable text collected and checked for words that bypassed translation.

Run by ``test_ui_pseudo_locale.py`` as its own process (``python pseudo_scan.py REPORT.json``) with
the test session's Xvfb display (IceWM as window manager and tray host) and private D-Bus session
bus. It builds the real application object (tray icon, warnings, notifier; no monitor — verdicts come
from the real classifier, published on the bus as the engine does), seeds the vault with real files,
and opens, one by one: the tray menu, every page of the main window and every Settings tab, the
outage window in each outage state, the backup-DNS countdown dialog (also once it has counted down),
the versions and add-document dialogs, each page of the first-run guide, the report, drill and
service dialogs and the fleet preview. Each scene records whether its window was really mapped
(exposed on the X server) and what it showed untranslated. Notifications go to the recording
notification server on the bus, where the test reads them.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "core")]

from support.display_child import wait_until  # noqa: E402  (needs the path above)

VCARD = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Acme ISP\r
ORG:Acme ISP\r
CATEGORIES:ISP\r
TEL;TYPE=WORK,PREF:+49 30 1234567\r
TEL;TYPE=CELL:+49 171 2345678\r
X-OFFLINE-READY-ESCALATION:1\r
X-OFFLINE-READY-ALTERNATE:Night line\r
X-OFFLINE-READY-VERIFIED:2026-05-01\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Ops desk\r
TEL:030 7654321\r
EMAIL:ops@example.test\r
END:VCARD\r
"""
OUTAGE_CASES = ("no link", "gateway silent, nothing beyond", "upstream down", "resolver drops queries",
                "every resolver blocked", "captive portal with DNS hijack", "200 with empty body = broken proxy",
                "slow DNS", "lossy link", "NXDOMAIN hijacking", "second system resolver dead",
                "service's authoritative DNS down", "service HTTP 503")


def seed_vault(home: Path) -> None:
    """Real files in the vault before the app opens it: contacts (with kinds, a first choice, a call
    order) and two documents, one kept offline and one whose source is gone."""
    from offline_ready.vault.service import VaultService

    files = home / "files"
    files.mkdir(parents=True, exist_ok=True)
    (files / "contacts.vcf").write_text(VCARD, encoding="utf-8")
    (files / "runbook.txt").write_text("If the internet is down, call the ISP first.\n", encoding="utf-8")
    with VaultService().open() as vault:
        vault.import_contacts(str(files / "contacts.vcf"))
        vault.add_document((files / "runbook.txt").as_uri(), name="Runbook")
        vault.add_document((files / "price-list.pdf").as_uri(), name="Price list")
        vault.sync()
        vault.sync(["Runbook"], force=True)  # a second check: the versions dialog lists what was kept


def seed_history() -> None:
    """Past incidents for the History page's table and timeline: three kinds, each over after a while."""
    from offline_ready.config import load_config
    from offline_ready.history import HistoryStore

    store = HistoryStore(load_config().paths.history_db)
    start = datetime.now(UTC) - timedelta(days=2)
    for n, case in enumerate(("resolver drops queries", "upstream down", "captive portal with DNS hijack")):
        began = start + timedelta(hours=5 * n)
        store.close_incident(store.open_incident(verdict(case), began), began + timedelta(minutes=7 + 40 * n))
    store.close()


def settle(ms: int = 150) -> None:
    wait_until(lambda: False, ms)


class Scan:
    def __init__(self) -> None:
        self.scenes: dict[str, dict[str, Any]] = {}

    def window(self, name: str, widget: Any, skip: str = "") -> None:
        """Record a shown window: mapped on the X server, and what it says untranslated (``skip``: the
        widget whose text a scene checks on its own)."""
        from pseudo_windows import untranslated_texts, visible_texts

        wait_until(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed(), 5000)
        settle()
        handle = widget.windowHandle()
        texts = [(w, t) for w, t in visible_texts(widget) if not skip or skip not in w]
        self.scenes[name] = {"exposed": bool(handle is not None and handle.isExposed()), "texts": len(texts),
                             "title": widget.windowTitle(), "bad": untranslated_texts(texts)}

    def texts(self, name: str, texts: list[tuple[str, str]], exposed: bool) -> None:
        from pseudo_windows import untranslated_texts

        self.scenes[name] = {"exposed": exposed, "texts": len(texts), "title": "",
                             "bad": untranslated_texts([(w, t) for w, t in texts if t])}


def verdict(case: str) -> Any:
    from builders import healthy
    from test_classify import CASES

    from offline_ready.diagnosis.classify import classify

    obs = healthy()
    dict((c[0], c[1]) for c in CASES)[case](obs)
    return classify(obs)


def publish(app: Any, case: str, previous: str) -> Any:
    from offline_ready.events import StateChanged, VerdictReady

    v = verdict(case)
    app.ctx.bus.publish(StateChanged(state=str(v.state), previous=previous, verdict=v, incident_id=1,
                                     incident_started_at=datetime.now(UTC) - timedelta(minutes=12)))
    app.ctx.bus.publish(VerdictReady(verdict=v, confirmed=str(v.state)))
    wait_until(lambda: app.ctx.state == str(v.state), 3000)
    settle()
    return v


def tray_scene(scan: Scan, app: Any, name: str) -> None:
    from pseudo_windows import menu_texts

    tray = app.tray
    wait_until(lambda: bool(tray.menu.actions()), 3000)
    texts = [("menu", t) for t in menu_texts(tray.menu)] + [("tooltip", tray.tray.toolTip())]
    docked = tray.tray.isVisible() and not tray.tray.geometry().isEmpty()
    scan.texts(name, texts, docked)


def main_window_scenes(scan: Scan, app: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabWidget

    app.show_page("status")
    w = app.main_window
    w.resize(1000, 720)
    for row in range(w.nav.count()):
        w.nav.setCurrentRow(row)
        title = w.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = w.pages[title]
        table = getattr(page, "table", None)
        if table is not None:  # the vault pages load on a worker: wait for the seeded rows
            wait_until(lambda t=table: t.rowCount() > 0, 10000)
            table.selectRow(0)
        tabs = page.findChildren(QTabWidget)
        if not tabs:
            scan.window(f"main: {title}", w)
            continue
        for tab in tabs:
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                scan.window(f"main: {title}: tab {i + 1}", w)


def outage_scenes(scan: Scan, app: Any) -> None:
    """Each outage state in turn: the outage window, the status page and the tray menu showing it."""
    previous = "service HTTP 503"
    for case in OUTAGE_CASES:
        v = publish(app, case, previous)
        previous = str(v.state)
        app.open_outage_window()
        scan.window(f"outage window: {case}", app.outage_window)
        app.show_page("status")
        scan.window(f"main: status: {case}", app.main_window)
        tray_scene(scan, app, f"tray: {case}")
    publish(app, "healthy", previous)  # back online: the recovery notification


def dns_confirm_scene(scan: Scan, app: Any) -> None:
    """The app's countdown dialog as a verified switch leaves it: the profile, how the check went, the
    seconds ticking away. The scan switches nothing, so the countdown's core is filled in as its
    ``start`` would (from a real verification) but its wait is never started: nothing is kept or undone."""
    from offline_ready.backup_dns.countdown import ConfirmCountdown
    from offline_ready.backup_dns.transaction import verify_resolution
    from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES

    profile = next(iter(BUILTIN_PROFILES.values()))
    _ok, detail = verify_resolution(["localhost"], 2.0)  # the hosts file answers: nothing leaves the machine
    countdown = app.ctx.dns_countdown
    core = ConfirmCountdown(app.ctx.backup_dns())
    core.deadline, core.total, core.profile_name, core.detail = time.time() + 90, 90.0, profile.name, detail
    countdown.core = core
    dialog = countdown.make_view(countdown, None)
    dialog.show()
    scan.window("backup DNS countdown", dialog)
    first = dialog.countdown.text()
    wait_until(lambda: dialog.countdown.text() != first, 3000)
    scan.window("backup DNS countdown, a second later", dialog)
    dialog.hide()
    countdown.core = None


def vault_dialogs(scan: Scan, app: Any) -> None:
    from offline_ready.ui.pages.document_dialogs import AddDocumentDialog, VersionsDialog

    vault = app.ctx.vault()
    doc = vault.document("Runbook")
    versions = vault.versions(doc.id)
    page = app.main_window.pages["documents"]
    for name, dialog in (("versions dialog", VersionsDialog(page, doc, versions)),
                         ("add-document dialog", AddDocumentDialog(page))):
        dialog.show()
        scan.window(name, dialog)
        dialog.hide()


def modal_scene(scan: Scan, name: str, trigger: Callable[[], None]) -> None:
    """A message box the app opens with ``exec()`` (its own event loop): scanned from a timer while it
    is up, then closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    done: list[bool] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None or done:
            return
        done.append(True)
        poll.stop()
        scan.window(name, box)
        box.close()

    poll = QTimer(interval=50, timeout=look)
    poll.start()
    trigger()
    wait_until(lambda: bool(done), 15000)
    poll.stop()


def message_boxes(scan: Scan, app: Any, home: Path) -> None:
    """The questions and refusals the vault pages put up, with the core's reason in them."""
    docs = app.main_window.pages["documents"]
    doc = next(d for d in docs.docs if d.name == "Price list")
    docs.remove(doc.id)
    scan.window("remove-document question", docs.remove_box)
    docs.remove_box.done(0)  # not removed
    modal_scene(scan, "documents: nothing to accept", lambda: docs.accept(doc.id))
    page = (home / "files" / "not-contacts.html")
    page.write_text("<!DOCTYPE html><html><body>Sign in</body></html>", encoding="utf-8")
    contacts = app.main_window.pages["contacts"]
    modal_scene(scan, "contacts: import refused", lambda: contacts.import_file(str(page)))
    before = getattr(contacts, "last_import_message", None)  # set by each import that went through
    contacts.import_file(str(home / "files" / "contacts.vcf"))  # the page's own notification, with its counts
    wait_until(lambda: getattr(contacts, "last_import_message", None) != before, 10000)


def dns_notices(app: Any) -> None:
    """What backup DNS tells the desktop when the user's own resolver is back, or a switch failed: the
    events the backup-DNS core publishes, with its own sentence where it gives one."""
    from offline_ready import i18n
    from offline_ready.backup_dns.events import DnsSwitchEvent

    app.ctx.bus.publish(DnsSwitchEvent(action="originals-healthy",
                                       message=i18n._("Your original DNS resolver works again. Switch back?")))
    app.ctx.bus.publish(DnsSwitchEvent(action="failed"))
    settle(300)


def guide_scenes(scan: Scan, app: Any) -> None:
    guide = app.open_guide()
    for n, _page_id in enumerate(guide.pageIds()):
        scan.window(f"first-run guide, page {n + 1}", guide)
        guide.next()
    guide.hide()


def other_dialogs(scan: Scan, app: Any) -> None:
    from offline_ready.history import HistoryStore
    from offline_ready.ui.dialogs.drill import DrillDialog
    from offline_ready.ui.dialogs.fleet_preview import FleetPreviewDialog
    from offline_ready.ui.dialogs.report import ReportDialog
    from offline_ready.ui.windows.services_editor import ServiceDialog

    start = datetime.now(UTC) - timedelta(minutes=20)
    store = HistoryStore(app.ctx.paths.history_db)
    incident = store.open_incident(verdict("resolver drops queries"), start)
    store.close_incident(incident, start + timedelta(minutes=7))
    store.close()
    report = ReportDialog(app.ctx, incident)
    report.show()
    wait_until(lambda: report.report is not None, 15000)
    scan.window("report dialog", report, skip="report-preview")
    # the report's words; its evidence rows after "Evidence by layer" are the probes' technical detail
    from offline_ready import i18n

    preview = report.preview.toPlainText().split(i18n.pseudo("Evidence by layer"))[0]
    scan.texts("report dialog: the report", [("report-preview", preview)], report.windowHandle().isExposed())
    report.hide()
    drill = DrillDialog(app.ctx, "no-internet")
    drill.show()
    wait_until(lambda: drill.window is not None, 15000)
    scan.window("drill dialog", drill)
    if drill.window is not None:
        scan.window("drill's outage window", drill.window)
        drill.window.hide()
    drill.hide()
    for name, dialog in (("service dialog", ServiceDialog(app.ctx)), ("fleet preview", FleetPreviewDialog(app.ctx))):
        dialog.show()
        scan.window(name, dialog)
        dialog.hide()


def main(report_path: str) -> int:
    import os

    from offline_ready import i18n
    from offline_ready.config import load_config

    seed_vault(Path(os.environ["OFFLINE_READY_HOME"]))
    seed_history()
    from PySide6.QtWidgets import QSystemTrayIcon

    from offline_ready.ui.app import App, _make_qapp
    from offline_ready.ui.i18n import install_translators
    from offline_ready.ui.pages import discover_pages

    qapp = _make_qapp()
    assert i18n.PSEUDO in install_translators(i18n.PSEUDO)
    app = App(qapp, load_config(), start_core=False, pages=discover_pages())
    app.start()
    scan = Scan()
    result: dict[str, Any] = {"tray_available": bool(wait_until(QSystemTrayIcon.isSystemTrayAvailable, 10000)),
                              "platform": qapp.platformName(), "scenes": scan.scenes}
    try:
        wait_until(lambda: app.tray.tray.isVisible(), 10000)
        tray_scene(scan, app, "tray: not checked yet")
        publish(app, "service HTTP 503", "online")  # the pages show a verdict: one watched service down
        main_window_scenes(scan, app)
        outage_scenes(scan, app)
        dns_confirm_scene(scan, app)
        vault_dialogs(scan, app)
        message_boxes(scan, app, Path(os.environ["OFFLINE_READY_HOME"]))
        dns_notices(app)
        guide_scenes(scan, app)
        other_dialogs(scan, app)
        settle(500)  # the last notifications reach the bus
    finally:
        Path(report_path).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
