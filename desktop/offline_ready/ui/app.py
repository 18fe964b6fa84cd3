"""``offline-ready`` with no command: the tray app.

Start-up order keeps the icon quick to appear: one-instance check, config, tray (waiting
for a late panel), then the core (history store and monitor) opens on a worker thread.
Windows are built the first time they are needed. The App owns every long-lived service
(``background.BackgroundServices``): it starts them in :meth:`App.start` and stops them at quit.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import logging
import os
import signal
import socket
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from .. import APP_ID, APP_NAME, __version__, autostart
from ..config import Config, ConfigError, load_config
from ..gui_session import choose_platform
from ..paths import app_paths
from .background import BackgroundServices
from .context import AppContext
from .fixes import run_fix
from .i18n import install_translators
from .notifier import Notifier
from .pages import discover_pages
from .pagespec import PageSpec
from .preflight import EXIT_NO_DESKTOP, refusal
from .single_instance import SingleInstance, send_message
from .stall import StallMeter
from .tray import TrayController
from .warnings import WarningsController

log = logging.getLogger(__name__)

TRAY_POLL_MS = 500
LATE_TRAY_POLL_MS = 5000
STALL_ENV = "OFFLINE_READY_STALL_METER"
NO_CORE_ENV = "OFFLINE_READY_NO_MONITOR"  # tests that drive the bus themselves


def open_core(config: Config, bus: Any) -> tuple[Any, Any]:
    """Open the history store and build the monitor (on a worker: SQLite touches the disk)."""
    from ..history.store import HistoryStore
    from ..monitor import Monitor
    from ..monitor.traffic import cadence_path

    history = HistoryStore(config.paths.history_db, config.history.retention_days)
    monitor = Monitor(config, bus, history, cadence_file=cadence_path())
    return history, monitor


class App(QObject):
    """Wires the context, tray, warnings and windows together."""

    def __init__(self, qapp: QApplication, config: Config, instance: SingleInstance | None = None, *,
                 start_core: bool = True, pages: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.qapp = qapp
        self.instance = instance
        self.started_at = time.monotonic()
        self.ctx = AppContext(config)
        # Feature pages are imported after the icon is up (their modules pull in the vault and
        # backup-DNS cores: ~0.5 s that would delay the icon); tests may pass them directly.
        self._discover = pages is None
        self.pages: list[PageSpec] = [] if pages is None else pages
        self.main_window = None
        self.outage_window = None
        self.tray_ready_at: float | None = None
        self.no_tray = False
        self.stall = StallMeter(parent=self) if os.environ.get(STALL_ENV) else None
        self.notifier = Notifier(self.ctx.runner, self._tray_icon, str(self.ctx.icons.path("tray-outage", False)),
                                 parent=self)
        self.notifier.activated.connect(self.open_target)
        self.notifier.actionInvoked.connect(lambda key: run_fix(self.ctx, key))
        self.warnings = WarningsController(self.ctx, self.notifier, parent=self)
        self.background = BackgroundServices(self.ctx, parent=self)
        self.tray = TrayController(self.ctx, self.warnings, self.pages, parent=self)
        self.tray.openRequested.connect(self.show_page)
        self.tray.outageRequested.connect(self.open_outage_window)
        self.tray.quitRequested.connect(self.quit)
        self.tray.tray.messageClicked.connect(self.notifier.tray_message_clicked)
        self.ctx.show_page_hook = self.show_page
        self.ctx.open_outage_hook = self.open_outage_window
        self.ctx.notify_hook = self.warnings.notify
        self.ctx.bridge.configChanged.connect(self._config_changed)
        self._start_core = start_core and not os.environ.get(NO_CORE_ENV)
        self._tray_timer = QTimer(self)
        self._tray_timer.timeout.connect(self._poll_tray)
        self._tray_deadline = 0.0
        if instance is not None:
            instance.handlers.update({
                "activate": lambda _a: self._cmd_activate(),
                "show": lambda a: {"shown": self.show_page(a.strip() or "status")},
                "show-outage": lambda _a: self._cmd_outage(),
                "show-guide": lambda _a: {"shown": self.open_guide() is not None},
                "check-now": lambda _a: self._cmd_check(),
                "state": lambda _a: self.describe(),
                "stats": lambda _a: self.stats(),
                "stall-reset": lambda _a: self._cmd_stall_reset(),
                "quit": lambda _a: self._cmd_quit(),
            })

    # ---- start ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.stall is not None:
            self.stall.start()
        self.notifier.start()
        wait = self.ctx.config.ui.tray_wait_seconds
        self._tray_deadline = time.monotonic() + wait
        if not self._poll_tray():
            log.info("no system tray yet; waiting up to %d s for one", wait)
            self._tray_timer.start(TRAY_POLL_MS)
        if self._discover:
            # On the GUI thread, once the icon is up: page modules import Qt modules, and Qt modules
            # imported by a worker while the GUI thread imports others crashed the app at start-up.
            QTimer.singleShot(0, lambda: self._pages_ready(discover_pages()))
        # after the pages (their modules are imported on the GUI thread first), never from a menu
        QTimer.singleShot(0, self.background.start)
        if self._start_core:
            self.ctx.run(open_core, self.ctx.config, self.ctx.bus, on_done=self._core_ready,
                         on_error=self._core_failed)
        self.ctx.run(self._sync_autostart, self.ctx.config.ui.start_at_login,
                     on_error=lambda e: log.warning("start at login could not be set: %s", e))
        if self.ctx.config.problems:
            QTimer.singleShot(0, self._show_config_problems)
        else:
            QTimer.singleShot(1500, self._first_run)
        self.ctx.open_guide_hook = self.open_guide

    def config_problem_text(self) -> str:
        problems = self.ctx.config.problems
        if not problems:
            return ""
        items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
        return self.tr("<b>A settings file has an error.</b> Offline Ready keeps watching your connection; "
                       "the file was not changed. Fix it (or remove it) and restart the app.<ul>{items}</ul>"
                       ).format(items=items)

    def _show_config_problems(self) -> None:
        self.show_page("settings")
        assert self.main_window is not None
        self.main_window.set_banner(self.config_problem_text())

    def _pages_ready(self, pages: list[PageSpec]) -> None:
        self.pages.extend(pages)
        self.tray.add_page_sections(pages)
        if self.main_window is not None:
            self.main_window.add_pages(pages)
        if self.outage_window is not None:
            self.outage_window.add_pages(pages)
        log.info("feature pages ready %.0f ms after launch: %s", (time.monotonic() - self.started_at) * 1000,
                 ", ".join(p.page_id for p in pages) or "none")

    def _core_ready(self, core: tuple[Any, Any]) -> None:
        history, monitor = core
        self.ctx.history = history
        self.background.adopt_core(monitor)
        QTimer.singleShot(3000, _freeze_startup_objects)
        log.info("monitor started %.0f ms after launch", (time.monotonic() - self.started_at) * 1000)

    def _core_failed(self, exc: BaseException) -> None:
        log.error("the monitor could not start: %s", exc, exc_info=exc)
        self.show_page("status")
        if self.main_window is not None:
            self.main_window.set_banner(self.tr("<b>Monitoring could not start:</b> {error}").format(error=exc))

    @staticmethod
    def _sync_autostart(enabled: bool) -> bool:
        return autostart.apply(enabled)

    def _config_changed(self, config: Config) -> None:
        self.ctx.run(self._sync_autostart, config.ui.start_at_login,
                     on_error=lambda e: log.warning("start at login could not be set: %s", e))

    # ---- tray ---------------------------------------------------------------------------------
    def _tray_icon(self) -> QSystemTrayIcon | None:
        return self.tray.tray if self.tray_ready_at is not None else None

    def _poll_tray(self) -> bool:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_timer.stop()
            self.tray.show()
            self.tray_ready_at = time.monotonic()
            log.info("tray icon shown %.0f ms after launch", (self.tray_ready_at - self.started_at) * 1000)
            if self.no_tray:
                self.no_tray = False
                self.qapp.setQuitOnLastWindowClosed(False)
                if self.main_window is not None:
                    self.main_window.set_banner(None)
            return True
        if not self.no_tray and time.monotonic() >= self._tray_deadline:
            self._no_tray()
        return False

    def _no_tray(self) -> None:
        """No tray at all (GNOME without the AppIndicator extension): use the window instead."""
        log.warning("no system tray found; opening the main window instead")
        self.no_tray = True
        self._tray_timer.start(LATE_TRAY_POLL_MS)  # a panel may still turn up later
        self.qapp.setQuitOnLastWindowClosed(True)
        self.show_page("status")
        assert self.main_window is not None
        self.main_window.set_banner(self.config_problem_text() + self.tr(
            "<b>Your desktop has no system tray</b>, so Offline Ready shows this window instead; closing it "
            "stops the app. On GNOME, install the <i>AppIndicator and KStatusNotifierItem Support</i> "
            "extension (package <tt>gnome-shell-extension-appindicator</tt>) and log in again to get the "
            "tray icon."))

    # ---- windows --------------------------------------------------------------------------------
    def ensure_main_window(self):
        if self.main_window is None:
            from .windows.main_window import MainWindow

            self.main_window = MainWindow(self.ctx, self.pages)
        return self.main_window

    def show_page(self, page_id: str = "status") -> bool:
        window = self.ensure_main_window()
        ok = window.show_page(page_id)
        if not ok:
            window.show_page("status")
        return ok

    def open_outage_window(self) -> None:
        if self.outage_window is None:
            from .windows.outage_window import OutageWindow

            self.outage_window = OutageWindow(self.ctx, self.pages)
        w = self.outage_window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    def _first_run(self) -> None:
        from .windows.onboarding import should_show_guide

        if should_show_guide(self.ctx):
            self.open_guide()

    def open_guide(self):
        """The set-up guide (first start, or asked for again)."""
        from .windows.onboarding import open_guide

        self.guide = open_guide(self.ctx)
        return self.guide

    def open_target(self, target: str) -> None:
        if target == "outage":
            self.open_outage_window()
        elif target:
            self.show_page(target)

    # ---- control commands (second launch, tests, benchmarks) -----------------------------------
    def _cmd_activate(self) -> dict[str, Any]:
        self.show_page("status")
        return {"activated": True}

    def _cmd_outage(self) -> dict[str, Any]:
        self.open_outage_window()
        return {"shown": True}

    def _cmd_check(self) -> dict[str, Any]:
        self.ctx.check_now()
        self.tray.refresh()
        return {"checking": self.ctx.monitor is not None}

    def _cmd_stall_reset(self) -> dict[str, Any]:
        if self.stall is None:
            return {"stall_meter": False}
        self.stall.reset()
        return {"stall_meter": True}

    def _cmd_quit(self) -> dict[str, Any]:
        QTimer.singleShot(50, self.quit)
        return {"quitting": True}

    def describe(self) -> dict[str, Any]:
        v = self.ctx.verdict
        return {
            "pid": os.getpid(),
            "state": self.ctx.state,
            "situation": self.ctx.situation,
            "on_backup_dns": self.ctx.on_backup,
            "pending": self.ctx.pending,
            "checking": self.ctx.checking,
            "headline": v.advice.headline if v is not None else None,
            "checked_at": v.checked_at.isoformat() if v is not None else None,
            "monitor": self.ctx.monitor is not None,
            "background": self.background.describe(),
            "tray": self.tray.describe(),
            "tray_ready_ms": round((self.tray_ready_at - self.started_at) * 1000, 1) if self.tray_ready_at else None,
            "no_tray": self.no_tray,
            "config_problems": list(self.ctx.config.problems),
            "pages": [p.page_id for p in self.pages],
            "warnings": dict(self.warnings.count),
            "paused_until": self.warnings.paused_until.isoformat() if self.warnings.paused_until else None,
            "notifier": self.notifier.status(),
            "banner": self.main_window.banner.text() if self.main_window is not None else "",
            "check_controls": self._check_controls(),
            "layers": self._layer_rows(),
            "views": self._views(),
            "windows": {
                "main": bool(self.main_window is not None and self.main_window.isVisible()),
                "outage": bool(self.outage_window is not None and self.outage_window.isVisible()),
                "guide": bool(getattr(self, "guide", None) is not None and _visible(self.guide)),
            },
        }

    def _check_controls(self) -> dict[str, list[Any]]:
        """How each "Check now" control looks at this moment (text, enabled; the status page's busy
        bar): sampled by tests, which hold that an outage's automatic re-checks leave them alone."""
        out: dict[str, list[Any]] = {"tray": [self.tray.check_action.text(), self.tray.check_action.isEnabled()]}
        status = self.main_window.pages.get("status") if self.main_window is not None else None
        if status is not None:
            out["status"] = [status.check_button.text(), status.check_button.isEnabled(),
                             status.busy_bar.isVisible()]
        if self.outage_window is not None:
            out["outage"] = [self.outage_window.check_button.text(), self.outage_window.check_button.isEnabled()]
        return out

    def _views(self) -> dict[str, Any]:
        """What the open windows show a person (texts as rendered): the outage window's actions,
        the taskbar icon, "Who to call" and the set-up guide; read by the real-display tests."""
        out: dict[str, Any] = {}
        w = self.outage_window
        if w is not None:
            out["outage"] = {"fix": w.fix_button.text() if not w.fix_button.isHidden() else "",
                             "actions": [b.text() for b in w.page_buttons if not b.isHidden()],
                             "description": w.accessibleDescription()}
        if self.main_window is not None:
            out["taskbar_icon"] = getattr(self.main_window, "_icon_key", None)
            contacts = self.main_window.pages.get("contacts")
            if contacts is not None:
                t = contacts.table
                out["contacts"] = {"rows": [[t.item(r, 2).text(), t.item(r, 4).text()] for r in range(t.rowCount())],
                                   "details": contacts.details.text()}
            docs = self.main_window.pages.get("documents")
            if docs is not None:
                selected = docs.selected_doc()
                out["documents"] = {"selected": selected.name if selected is not None else None,
                                    "open": [docs.open_button.isEnabled(), *_centre(docs.open_button)]}
        out["dialogs"] = [{"name": d.objectName(), "text": d.text(), "window": hex(int(d.winId())),
                           "buttons": {b.text(): _centre(b) for b in d.buttons()}}
                          for d in self.qapp.topLevelWidgets() if isinstance(d, QMessageBox) and d.isVisible()]
        guide = getattr(self, "guide", None)
        if guide is not None and _visible(guide):
            out["guide"] = {"title": guide.currentPage().title() if guide.currentPage() else "",
                            "helpdesk": guide.contacts_status.text(), "window": hex(int(guide.winId()))}
        return out

    def _layer_rows(self) -> list[dict[str, str]]:
        """The status page's rows as shown (key, status word key, summary); [] before it was opened."""
        if self.main_window is None:
            return []
        from .widgets.layer_view import LayerView

        view = self.main_window.findChild(LayerView, "status-layers")
        return [{"key": r.key, "status": r.status, "summary": r.summary} for r in (view.rows if view else [])]

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pid": os.getpid(), "threads": _thread_count(), "uptime_s":
                               round(time.monotonic() - self.started_at, 1)}
        try:
            with open(f"/proc/{os.getpid()}/status", encoding="ascii") as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        out[line.split(":")[0].lower() + "_kb"] = int(line.split()[1])
        except OSError:
            pass
        t = os.times()
        out["cpu_s"] = round(t.user + t.system, 3)
        if self.stall is not None:
            out["stall"] = self.stall.snapshot()
        return out

    # ---- quit ---------------------------------------------------------------------------------
    def quit(self) -> None:
        self.shutdown()
        self.qapp.quit()

    def shutdown(self) -> None:
        """Stop the engine and release everything; safe to call twice (Quit, then aboutToQuit)."""
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        log.info("quitting")
        self.tray.hide()
        self._tray_timer.stop()
        if self.stall is not None:
            self.stall.stop()
        self.background.stop()
        self.notifier.close()
        self.ctx.bridge.detach()
        self.ctx.pool.waitForDone(2000)
        self.background.release()  # after the workers: one of them may be starting fleet reporting
        if self.ctx.history is not None:
            with contextlib.suppress(Exception):
                self.ctx.history.close()
        if self.instance is not None:
            self.instance.release()


def _centre(widget: Any) -> list[int]:
    """Where a widget's centre is on the screen (for a real pointer click in the display tests)."""
    p = widget.mapToGlobal(widget.rect().center())
    return [p.x(), p.y()]


def _visible(widget: Any) -> bool:
    from shiboken6 import isValid

    return isValid(widget) and widget.isVisible()


def _freeze_startup_objects() -> None:
    """Move everything allocated at start-up (Qt wrappers, modules, config) out of the garbage
    collector's sight: a full collection then scans a few thousand objects instead of hundreds
    of thousands, so it can't hold the GIL for tens of milliseconds in the middle of a check."""
    import gc

    gc.freeze()  # O(1): no collection first, which would itself stall the GUI thread
    log.debug("froze %d start-up objects", gc.get_freeze_count())


def _thread_count() -> int:
    try:
        return len(os.listdir(f"/proc/{os.getpid()}/task"))
    except OSError:
        import threading

        return threading.active_count()


def _install_signal_handlers(app: App) -> None:
    """SIGTERM / SIGINT quit cleanly; a wake-up socket lets Python see them while Qt idles."""
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    wsock.setblocking(False)
    signal.set_wakeup_fd(wsock.fileno())
    notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            rsock.recv(64)

    notifier.activated.connect(drain)
    app._signal_socks = (rsock, wsock, notifier)  # type: ignore[attr-defined]
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_a: QTimer.singleShot(0, app.quit))


def _lean_dnspython() -> None:
    """Keep dnspython from importing its optional DNS-over-HTTPS/QUIC stacks (httpx, aioquic,
    trio: ~20 MB of RSS). The engine queries resolvers over plain UDP/TCP; DoH for backup DNS
    is built on requests."""
    try:
        import dns._features as features

        for name in ("doh", "doq", "trio"):
            features.force(name, False)
    except Exception:  # an older or newer dnspython without the switch: just use more memory
        pass


def _make_qapp(platform: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # argv[0] names the X11 WM_CLASS; our options are parsed already. The platform is the one the
    # pre-flight check found working (Qt would abort on one that is not).
    qapp = QApplication([APP_ID, *(["-platform", platform] if platform else [])])
    qapp.setApplicationName(APP_ID)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName("Offline Ready")
    qapp.setDesktopFileName(autostart.DESKTOP_ID)
    qapp.setQuitOnLastWindowClosed(False)
    return qapp


def run_app(args: argparse.Namespace | None = None) -> int:
    """Start the desktop app; returns the exit code."""
    args = args or argparse.Namespace()
    platform, problem = choose_platform()
    if problem is not None and QApplication.instance() is None:
        log.error("cannot start the desktop app: %s", problem.to_dict())
        print(f"offline-ready: {refusal(problem)}", file=sys.stderr)
        return EXIT_NO_DESKTOP
    _lean_dnspython()
    # The engine's probe threads run Python too; hand the GIL over more often so the GUI
    # thread is never kept waiting long for it during a check (default: every 5 ms).
    sys.setswitchinterval(float(os.environ.get("OFFLINE_READY_SWITCH_INTERVAL", "0.001")))
    qapp = _make_qapp(platform)
    paths = app_paths().ensure()
    instance = SingleInstance(paths.state_dir)
    if not instance.acquire():
        reply = send_message(instance.name, "activate")
        if reply is None:
            print("offline-ready: another instance holds the lock but does not answer", file=sys.stderr)
            return 1
        print("Offline Ready is already running; its window was brought forward.", file=sys.stderr)
        return 0
    try:
        # tolerant: a broken settings or policy file must not stop the watching; it is reported
        config = load_config(getattr(args, "config", None), tolerant=True)
    except ConfigError as exc:  # only a broken installation (the built-in defaults) ends up here
        instance.release()
        print(f"offline-ready: configuration error: {exc}", file=sys.stderr)
        if QApplication.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
                "App", "Offline Ready cannot start because a settings file has an error:\n\n{error}\n\n"
                "Fix the file (or remove it to go back to the defaults) and start the app again.").format(error=exc))
        return 3
    if not getattr(args, "verbose", False):
        logging.getLogger("offline_ready").setLevel(config.logging.level.upper())
    install_translators(config.ui.language)
    for problem in config.problems:
        log.error("settings problem: %s", problem)
        print(f"offline-ready: settings problem: {problem}", file=sys.stderr)
    app = App(qapp, config, instance)
    qapp.aboutToQuit.connect(app.shutdown)  # also when the last window closes (no tray)
    _install_signal_handlers(app)
    app.start()
    code = qapp.exec()
    instance.release()
    return int(code)
