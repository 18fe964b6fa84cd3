"""Vorta's rule: nothing starts work from a constructor or a menu builder. Every page, window and dialog
and the tray menu are built with the real worker pool instrumented to record what is submitted: nothing
may be. Shown, each one then loads what it displays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QWidget


class RecordingPool(QThreadPool):
    """The app's worker pool, noting each task it is given (then running it as usual)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMaxThreadCount(4)
        self.submitted: list[str] = []

    def start(self, runnable: QRunnable, priority: int = 0) -> None:  # type: ignore[override]
        fn = getattr(runnable, "_fn", runnable)
        self.submitted.append(getattr(fn, "__qualname__", repr(fn)))
        super().start(runnable, priority)

    def take(self) -> list[str]:
        out, self.submitted = self.submitted, []
        return out


@pytest.fixture
def rctx(qapp, ui_config):
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators

    install_translators("en")
    pool = RecordingPool()
    ctx = AppContext(ui_config, pool=pool)
    yield ctx
    ctx.bridge.detach()
    pool.waitForDone(10000)


def _builders() -> dict[str, Callable[[Any], QWidget]]:
    """Everything the app builds that shows data, by name: (ctx) -> widget."""
    from offline_ready.ui.dialogs.drill import DrillDialog
    from offline_ready.ui.dialogs.fleet_preview import FleetPreviewDialog
    from offline_ready.ui.dialogs.report import ReportDialog
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.windows.about_tab import AboutTab
    from offline_ready.ui.windows.fleet_line import FleetLine
    from offline_ready.ui.windows.history_page import HistoryPage
    from offline_ready.ui.windows.main_window import MainWindow
    from offline_ready.ui.windows.onboarding import FirstRunGuide
    from offline_ready.ui.windows.outage_window import OutageWindow
    from offline_ready.ui.windows.services_editor import ServiceDialog, ServicesEditor
    from offline_ready.ui.windows.settings_page import SettingsPage
    from offline_ready.ui.windows.status_page import StatusPage

    pages = discover_pages()
    out: dict[str, Callable[[Any], QWidget]] = {f"page:{p.page_id}": p.cls for p in pages}
    out.update({
        "page:status": StatusPage, "page:history": HistoryPage, "page:settings": SettingsPage,
        "main-window": lambda ctx: MainWindow(ctx, pages), "outage-window": lambda ctx: OutageWindow(ctx, pages),
        "guide": FirstRunGuide, "about": AboutTab, "fleet-line": FleetLine, "services": ServicesEditor,
        "service-dialog": ServiceDialog, "drill": lambda ctx: DrillDialog(ctx, "dns-outage"),
        "fleet-preview": FleetPreviewDialog, "report": ReportDialog,
    })
    return out


def test_building_submits_nothing(qtbot, rctx) -> None:
    from offline_ready.ui.background import BackgroundServices
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.tray import TrayController

    pool: RecordingPool = rctx.pool  # type: ignore[assignment]
    owner = BackgroundServices(rctx)
    tray = TrayController(rctx, None, discover_pages())
    assert pool.take() == [], "the tray menu"
    owner.dns_countdown.make_view(owner.dns_countdown, None).deleteLater()
    assert pool.take() == [], "the backup-DNS dialog"
    built: dict[str, list[str]] = {}
    widgets: dict[str, QWidget] = {}
    for name, build in _builders().items():
        widgets[name] = widget = build(rctx)
        qtbot.addWidget(widget)
        built[name] = pool.take()
    offenders = {k: v for k, v in built.items() if v}
    assert not offenders, "\n".join(f"{k}: {v}" for k, v in offenders.items())
    assert active_timers(*widgets.values()) == [], "a timer started while building"

    # shown, each loads what it displays (and the main window loads the page it opens on)
    loads: dict[str, list[str]] = {}
    for name, widget in widgets.items():
        widget.show()
        loads[name] = pool.take()
        pool.waitForDone(20000)
        qtbot.wait(20)
    pool.waitForDone(20000)
    qtbot.wait(100)
    expected = {
        "page:documents": "load", "page:contacts": "load", "page:backup_dns": "BackupDnsService.status",
        "page:readiness": "compute", "page:history": "load_history", "page:settings": "read_status",
        "fleet-line": "read_status", "drill": "DrillDialog.load", "fleet-preview": "read_preview",
        "report": "load_report",
    }
    missing = {k: loads[k] for k, fn in expected.items() if not any(fn in s for s in loads[k])}
    assert not missing, f"did not load when shown: {missing}"
    assert widgets["page:backup_dns"].status is not None and widgets["page:backup_dns"].table.rowCount() > 0
    assert widgets["page:history"].status.text() != "Loading…"
    assert widgets["report"].status.text() == "The report could not be made: There is no incident in history yet."
    assert widgets["fleet-preview"].text.toPlainText() != "Reading…"
    assert widgets["fleet-line"].label.text()
    # shown again, a dialog does not read twice; a page reloads (it shows current data)
    for name in ("report", "page:backup_dns"):
        widgets[name].hide()
        widgets[name].show()
    again = pool.take()
    assert not any("load_report" in s for s in again) and any("BackupDnsService.status" in s for s in again)
    pool.waitForDone(20000)
    tray.hide()


def active_timers(*owners: QWidget) -> list[str]:
    from PySide6.QtCore import QTimer

    return [f"{type(o).__name__}/{t.objectName() or hex(id(t))}" for o in owners
            for t in o.findChildren(QTimer) if t.isActive()]


def test_the_application_object_starts_its_work_in_start_not_when_built(qtbot, qapp, ui_config, monkeypatch) -> None:
    """The App itself: built, it has queued nothing and runs no service; its ``start()`` starts them."""
    from offline_ready.ui import app as app_module
    from offline_ready.ui.pages import discover_pages

    monkeypatch.setenv(app_module.NO_CORE_ENV, "1")  # no engine: this test is about who starts what
    app = app_module.App(qapp, ui_config, pages=discover_pages())
    try:
        assert app.ctx.runner.pending == 0
        assert not any(app.background.describe().values())
        assert active_timers(app.tray.menu, *(w for w in (app.main_window, app.outage_window) if w)) == []
        app.start()
        qtbot.waitUntil(lambda: app.background.describe()["vault-scheduler"], timeout=15000)
        assert app.background.describe()["dns-retest"]
    finally:
        app.shutdown()
