"""Native notifications: org.freedesktop.Notifications over D-Bus, else the tray's balloon.

On Linux the freedesktop service gives real notifications: a click ("Show details") opens
the details, and where the server supports actions the fix itself is a button ("Use backup
DNS", "Open the sign-in page"); its ``ActionInvoked`` signal tells us about clicks. Elsewhere (or without a notification
daemon) ``QSystemTrayIcon.showMessage`` is used and its ``messageClicked`` signal. Clicks
are unreliable on some desktops, so every notification's target is also in the tray menu.

D-Bus traffic runs on jeepney's router thread and the Qt thread pool: sending a
notification never blocks the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sys
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from .. import APP_ID, APP_NAME
from ..autostart import DESKTOP_ID

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJ_PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"


@dataclass
class Sent:
    title: str
    body: str
    target: str | None
    backend: str
    notification_id: int | None = None
    actions: tuple[tuple[str, str], ...] = ()  # (key, label) buttons besides the click


class FreedesktopNotifications:
    """A small client of the Desktop Notifications spec (Qt-free; runs off the GUI thread)."""

    def __init__(self, on_action) -> None:
        self._on_action = on_action  # called from a helper thread with (id, action_key)
        self._router = None
        self._conn = None
        self._thread: threading.Thread | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=64)
        self._filter = None
        self.available = False
        self.capabilities: list[str] = []

    def connect(self) -> bool:
        """Open the session bus and check that a notification service exists (blocking: use a worker)."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            router = DBusRouter(conn)
        except Exception as exc:  # no session bus (headless, sandbox…)
            log.info("no D-Bus session bus for notifications: %s", exc)
            return False
        try:
            from jeepney import DBusAddress, new_method_call

            owner = router.send_and_get_reply(message_bus.NameHasOwner(BUS_NAME), timeout=2).body[0]
            if not owner:
                names = router.send_and_get_reply(message_bus.ListActivatableNames(), timeout=2).body[0]
                if BUS_NAME not in names:
                    log.info("no notification service on the session bus; using tray messages")
                    _close(router, conn)
                    return False
            rule = MatchRule(type="signal", interface=IFACE, path=OBJ_PATH)
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=2)
            self._filter = router.filter(rule, queue=self._queue)
            addr = DBusAddress(OBJ_PATH, bus_name=BUS_NAME, interface=IFACE)
            caps = router.send_and_get_reply(new_method_call(addr, "GetCapabilities"), timeout=3)
            self.capabilities = list(caps.body[0]) if caps.body else []
        except Exception as exc:
            log.info("notification service unusable (%s); using tray messages", exc)
            with contextlib.suppress(Exception):
                router.close()
            return False
        self._router = router
        self.available = True
        self._thread = threading.Thread(target=self._pump, name="notify-signals", daemon=True)
        self._thread.start()
        return True

    def _pump(self) -> None:
        from jeepney import HeaderFields

        while True:
            msg = self._queue.get()
            if msg is None:
                return
            member = msg.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                nid, action = msg.body
                try:
                    self._on_action(int(nid), str(action))
                except Exception:
                    log.exception("notification action handler failed")

    def notify(self, title: str, body: str, *, replaces_id: int = 0, icon: str = APP_ID,
               urgent: bool = False, timeout_ms: int = -1, action_label: str = "Show details",
               extra_actions: tuple[tuple[str, str], ...] = ()) -> int:
        """Send one notification (blocking up to 3 s: call from a worker). Returns its id."""
        from jeepney import DBusAddress, new_method_call

        if self._router is None:
            raise RuntimeError("not connected")
        actions: list[str] = []
        if "actions" in self.capabilities:
            actions = ["default", action_label]
            for key, label in extra_actions:
                actions += [key, label]
        hints = {"desktop-entry": ("s", DESKTOP_ID), "category": ("s", "network.disconnected" if urgent else "network")}
        if urgent:
            hints["urgency"] = ("y", 2)
        addr = DBusAddress(OBJ_PATH, bus_name=BUS_NAME, interface=IFACE)
        msg = new_method_call(addr, "Notify", "susssasa{sv}i",
                              (APP_NAME, replaces_id, icon, title, body, actions, hints, timeout_ms))
        reply = self._router.send_and_get_reply(msg, timeout=3)
        if reply.header.message_type.name == "error":
            raise RuntimeError(f"Notify failed: {reply.body}")
        return int(reply.body[0])

    def close(self) -> None:
        with contextlib.suppress(queue.Full):
            self._queue.put_nowait(None)
        if self._filter is not None:
            self._filter.close()
        if self._router is not None:
            _close(self._router, self._conn)
            self._router = self._conn = None
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)  # it ends at the None just queued


def _close(router, conn) -> None:
    for obj in (router, conn):
        with contextlib.suppress(Exception):
            obj.close()


class Notifier(QObject):
    """Sends warnings through the best available backend and reports clicks as ``activated(target)``."""

    activated = Signal(str)  # the target of a clicked notification ("outage", a page id…)
    actionInvoked = Signal(str)  # the key of an action button ("use-backup-dns"…)
    sent = Signal(object)  # a Sent record, after it went out
    _action = Signal(int, str)  # internal: from the D-Bus helper thread

    def __init__(self, runner, tray_getter, icon_path: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._tray_getter = tray_getter
        self._icon = icon_path or APP_ID
        self._targets: dict[int, str | None] = {}
        self._actions: dict[int, set[str]] = {}
        self._tray_target: str | None = None
        self._fd = FreedesktopNotifications(lambda nid, action: self._action.emit(nid, action))
        self._fd_state = "unknown"  # unknown | connecting | ready | unavailable
        self._backlog: list[tuple] = []
        self.history: list[Sent] = []
        self._tray_messages: bool | None = None
        self._action.connect(self._on_action)

    def start(self) -> None:
        """Look for a notification service in the background."""
        if self._fd_state != "unknown":
            return
        self._fd_state = "connecting"
        self._runner.run(self._fd.connect, on_done=self._connected, on_error=lambda _e: self._connected(False))

    def _connected(self, ok: bool) -> None:
        self._fd_state = "ready" if ok else "unavailable"
        backlog, self._backlog = self._backlog, []
        for args in backlog:
            self.show(*args)

    @property
    def backend(self) -> str:
        return "freedesktop" if self._fd_state == "ready" else "tray"

    def show(self, title: str, body: str, target: str | None = "outage", urgent: bool = False,
             replaces: int = 0, actions: tuple[tuple[str, str], ...] = ()) -> None:
        if self._fd_state == "connecting":
            self._backlog.append((title, body, target, urgent, replaces, actions))
            return
        if self._fd_state == "ready":
            def done(nid: int, title=title, body=body, target=target, actions=actions) -> None:
                self._targets[nid] = target
                self._actions[nid] = {key for key, _label in actions}
                self._record(Sent(title, body, target, "freedesktop", nid, actions))

            def failed(exc: BaseException, title=title, body=body, target=target) -> None:
                log.warning("D-Bus notification failed (%s); using the tray", exc)
                self._tray_message(title, body, target, urgent)

            self._runner.run(self._fd.notify, title, body, replaces_id=replaces, icon=self._icon, urgent=urgent,
                             action_label=self.tr("Show details"), extra_actions=tuple(actions),
                             on_done=done, on_error=failed)
            return
        self._tray_message(title, body, target, urgent)

    def _tray_message(self, title: str, body: str, target: str | None, urgent: bool) -> None:
        tray: QSystemTrayIcon | None = self._tray_getter()
        if self._tray_messages is None:
            self._tray_messages = QSystemTrayIcon.supportsMessages()  # asks the platform each time: cache it
        if tray is None or not tray.isVisible() or not self._tray_messages:
            log.info("no way to show a notification: %s — %s", title, body)
            self._record(Sent(title, body, target, "none"))
            return
        icon = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
        self._tray_target = target
        tray.showMessage(title, body, icon, 15000)
        self._record(Sent(title, body, target, "tray"))

    def tray_message_clicked(self) -> None:
        if self._tray_target:
            self.activated.emit(self._tray_target)

    def _record(self, sent: Sent) -> None:
        self.history.append(sent)
        del self.history[:-50]
        self.sent.emit(sent)

    def _on_action(self, nid: int, action: str) -> None:
        if nid not in self._targets:
            return  # another app's notification
        target = self._targets.get(nid)
        if target and action == "default":
            self.activated.emit(target)
        elif action in self._actions.get(nid, ()):
            self.actionInvoked.emit(action)

    def close(self) -> None:
        self._fd.close()

    def status(self) -> dict[str, Any]:
        return {"backend": self.backend, "sent": len(self.history),
                "last": [{"title": s.title, "body": s.body, "backend": s.backend,
                          "actions": [label for _key, label in s.actions]} for s in self.history[-5:]]}
