"""What a screen reader hears: the AT-SPI accessibility bus of a private D-Bus session, and a
listener on it recording the events applications send (as Orca does, through the registry).

``at-spi-bus-launcher`` (at-spi2-core) starts the accessibility bus for the session; the registry
daemon is activated on it. A Qt application on that session (with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) then sends its QAccessible events there — only the kinds
some listener registered for, so the listener registers before the app starts."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
EVENTS = ("object:property-change:accessible-description", "object:announcement")


def available() -> bool:
    return Path(LAUNCHER).is_file() and shutil.which("dbus-daemon") is not None


@dataclass
class AtSpiBus:
    """The accessibility bus of one session bus (``session_address``), with a recording listener."""

    session_address: str
    workdir: Path
    launcher: subprocess.Popen | None = None
    address: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)
    _conn: Any = None

    def start(self) -> AtSpiBus:
        from jeepney import DBusAddress, MatchRule, MessageType, message_bus, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        runtime = self.workdir / "runtime"  # the bus socket lives here, not in a shared home
        runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
        env = {"PATH": "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS": self.session_address,
               "XDG_RUNTIME_DIR": str(runtime), "HOME": str(self.workdir)}
        with open(self.workdir / "at-spi.log", "wb") as log:
            self.launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                             stdout=subprocess.DEVNULL, stderr=log)
        bus = DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus")
        end = time.monotonic() + 15
        while not self.address:
            try:
                with open_dbus_connection(bus=self.session_address) as c:
                    reply = c.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=2)
                if reply.header.message_type is not MessageType.method_return:  # not up yet
                    raise RuntimeError(reply.body)
                self.address = reply.body[0]
            except Exception:
                if time.monotonic() > end or self.launcher.poll() is not None:
                    self.stop()
                    raise RuntimeError("the accessibility bus did not start: " +
                                       (self.workdir / "at-spi.log").read_text(errors="replace")) from None
                time.sleep(0.1)
        self._conn = open_dbus_connection(bus=self.address)
        registry = DBusAddress("/org/a11y/atspi/registry", "org.a11y.atspi.Registry", "org.a11y.atspi.Registry")
        for event in EVENTS:  # as a screen reader does: apps send only what someone listens to
            self._conn.send_and_get_reply(new_method_call(registry, "RegisterEvent", "s", (event,)), timeout=15)
        for member in ("PropertyChange", "Announcement"):
            rule = MatchRule(type="signal", interface="org.a11y.atspi.Event.Object", member=member)
            self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        return self

    def env(self) -> dict[str, str]:
        """What a Qt application needs to talk to this bus."""
        return {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}

    def poll(self, seconds: float = 0.2) -> list[dict[str, Any]]:
        """Read what arrived (for up to ``seconds``): {member, kind, text, sender, path}."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return self.events
            try:
                m = self._conn.receive(timeout=left)
            except TimeoutError:
                return self.events
            f = m.header.fields
            from jeepney import HeaderFields

            if f.get(HeaderFields.member) in ("PropertyChange", "Announcement"):
                value = m.body[3][1] if len(m.body) > 3 and isinstance(m.body[3], tuple) else m.body[3]
                self.events.append({"member": f.get(HeaderFields.member), "kind": m.body[0],
                                    "text": value if isinstance(value, str) else "",
                                    "sender": f.get(HeaderFields.sender), "path": f.get(HeaderFields.path)})

    def wait_for(self, pred, timeout: float, what: str) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for e in self.poll(0.2):
                if pred(e):
                    return e
        raise TimeoutError(f"no accessibility event: {what}; got {[(e['member'], e['text']) for e in self.events]}")

    def accessible(self, sender: str, path: str) -> dict[str, Any]:
        """Name and role name of the object that sent an event, asked of the application itself."""
        from jeepney import DBusAddress, Properties, new_method_call

        obj = DBusAddress(path, sender, "org.a11y.atspi.Accessible")
        name = self._conn.send_and_get_reply(Properties(obj).get("Name"), timeout=5).body[0][1]
        role = self._conn.send_and_get_reply(new_method_call(obj, "GetRoleName"), timeout=5).body[0]
        return {"name": name, "role": role}

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self.launcher is not None and self.launcher.poll() is None:
            self.launcher.terminate()  # it takes the accessibility bus and the registry with it
            try:
                self.launcher.wait(5)
            except subprocess.TimeoutExpired:
                self.launcher.kill()
                self.launcher.wait(5)
