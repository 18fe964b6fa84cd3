"""Long-lived background work has one owner, the application object: building the tray menu, the
outage window or any page starts no thread and no timer, and what the owner starts it also stops."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer


def python_threads() -> set[threading.Thread]:
    """Threads started by Python code (a Qt pool thread running Python shows up as a dummy: skipped)."""
    return {t for t in threading.enumerate()
            if t is not threading.main_thread() and not isinstance(t, threading._DummyThread)}


def active_timers(*owners: QObject) -> list[str]:
    return [f"{type(o).__name__}/{t.objectName() or hex(id(t))}" for o in owners
            for t in o.findChildren(QTimer) if t.isActive()]


def test_building_menus_windows_and_pages_starts_no_thread_and_no_timer(qtbot, ui_ctx, monkeypatch) -> None:
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.tray import TrayController
    from offline_ready.ui.windows.outage_window import OutageWindow

    pages = discover_pages()
    assert {p.page_id for p in pages} >= {"documents", "contacts", "backup_dns", "readiness"}
    single_shots: list[object] = []
    real_single_shot = QTimer.singleShot

    def recording_single_shot(*args, **kwargs):
        single_shots.append(args)
        return real_single_shot(*args, **kwargs)

    monkeypatch.setattr(QTimer, "singleShot", recording_single_shot)
    before = python_threads()

    tray = TrayController(ui_ctx, None, pages)
    outage = OutageWindow(ui_ctx, pages)
    qtbot.addWidget(outage)
    assert ui_ctx.runner.pending == 0, "building the tray menu or the outage window queued background work"
    assert single_shots == [], single_shots
    assert active_timers(tray, outage) == []

    built = []
    for spec in pages:
        page = spec.cls(ui_ctx)
        qtbot.addWidget(page)
        built.append(page)
    assert single_shots == [], single_shots
    assert active_timers(tray, outage, *built) == []
    ui_ctx.pool.waitForDone(10000)
    qtbot.wait(100)  # let the pages' loads deliver: that starts nothing either
    assert python_threads() - before == set()
    assert active_timers(tray, outage, *built) == []
    for name in ("vault_scheduler", "_vault_scheduler_started", "_backup_dns_recovered", "_backup_dns_retest_timer"):
        assert not hasattr(ui_ctx, name), f"{name} set on the context by a builder"
    tray.hide()


def test_the_owner_starts_and_stops_the_background_services(qtbot, ui_ctx) -> None:
    from offline_ready.ui.background import BackgroundServices

    before = python_threads()
    background = BackgroundServices(ui_ctx)
    assert not any(background.describe().values()), "constructing the owner started something"
    assert python_threads() - before == set()
    background.start()
    qtbot.waitUntil(lambda: background.describe()["vault-scheduler"], timeout=10000)
    assert background.describe()["dns-retest"]
    assert any(t.name == "vault-scheduler" for t in python_threads() - before)
    background.stop()
    ui_ctx.pool.waitForDone(10000)
    state = background.release()
    assert state == {"monitor": False, "fleet": False, "vault-scheduler": False, "dns-retest": False,
                     "dns-watch": False, "dns-countdown": False}
    assert python_threads() - before == set(), python_threads() - before
