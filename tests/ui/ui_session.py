"""A real X display for the UI tests: Xvfb, the IceWM tray host, a private D-Bus session bus
with a recording notification server, and helpers to drive and inspect the app.

Nothing here stubs the app or the engine: the app runs as its own process (optionally
inside the network lab's client namespace), and the tests look at the real X window tree,
real pixels and the real D-Bus traffic.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.dbus_session import start_session_bus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TOOLS = ("Xvfb", "icewm", "xwininfo", "xdotool", "import", "dbus-daemon")

def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def _logfile(path: Path):
    """A log file handed to a child process (the child keeps it open; we close our copy on exit)."""
    return open(path, "wb")


def wait_for(pred: Callable[[], Any], timeout: float, interval: float = 0.05, what: str = "condition") -> Any:
    end = time.monotonic() + timeout
    while True:
        value = pred()
        if value:
            return value
        if time.monotonic() >= end:
            raise TimeoutError(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(interval)


def _stop(proc: subprocess.Popen | None, sig: int = signal.SIGTERM, timeout: float = 5.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@dataclass
class Display:
    """One Xvfb server, optionally with IceWM as window manager and tray host."""

    workdir: Path
    number: int = -1
    xvfb: subprocess.Popen | None = None
    wm: subprocess.Popen | None = None

    @property
    def name(self) -> str:
        return f":{self.number}"

    def start(self, *, with_tray: bool = True, size: str = "1280x800x24") -> Display:
        r, w = os.pipe()
        # Clients in the network lab's namespace reach the server through the socket file in
        # /tmp/.X11-unix (abstract sockets are per network namespace).
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", size, "-nolisten", "tcp"], pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=_logfile(self.workdir / "xvfb.log"),
        )
        os.close(w)
        with os.fdopen(r) as f:
            line = f.readline().strip()
        if not line:
            raise RuntimeError("Xvfb did not start: " + (self.workdir / "xvfb.log").read_text(errors="replace"))
        self.number = int(line)
        if with_tray:
            self.start_tray_host()
        return self

    def start_tray_host(self) -> None:
        prefs = self.workdir / "icewm"
        prefs.mkdir(exist_ok=True)
        # a quiet, light taskbar: no clock/CPU/net applets that change between screenshots
        (prefs / "preferences").write_text(
            "TaskBarShowClock=0\nTaskBarShowCPUStatus=0\nTaskBarShowNetStatus=0\nTaskBarShowMEMStatus=0\n"
            "TaskBarShowWorkspaces=0\nTaskBarShowStartMenu=1\nTaskBarShowWindowListMenu=0\nShowTaskBar=1\n"
            "TaskBarShowTray=1\nTrayShowAllWindows=0\nTaskBarDoubleHeight=0\n")
        env = {**os.environ, "DISPLAY": self.name, "ICEWM_PRIVCFG": str(prefs)}
        self.wm = subprocess.Popen(["icewm", "--replace"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=_logfile(self.workdir / "icewm.log"))
        wait_for(lambda: self.tray_window() is not None, 15, what="the IceWM system tray")

    def stop_tray_host(self) -> None:
        _stop(self.wm)
        self.wm = None

    def stop(self) -> None:
        self.stop_tray_host()
        _stop(self.xvfb)

    # ---- inspection ----------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.name}

    def run(self, argv: list[str], timeout: float = 10) -> str:
        out = subprocess.run(argv, env={**os.environ, "DISPLAY": self.name}, capture_output=True, text=True,
                             timeout=timeout)
        return out.stdout

    def tree(self) -> str:
        return self.run(["xwininfo", "-root", "-tree"])

    def tray_window(self) -> str | None:
        for line in self.tree().splitlines():
            if '"SystemTray"' in line:
                return line.split()[0]
        return None

    def tray_icons(self) -> list[dict[str, Any]]:
        """Windows docked in the tray host: [{id, name, class, x, y, w, h}]."""
        tray = self.tray_window()
        if tray is None:
            return []
        out = self.run(["xwininfo", "-id", tray, "-tree"])
        icons = []
        for line in out.splitlines():
            line = line.strip()
            if not line.startswith("0x") or "YXTrayEmbedder" in line or "User Time Window" in line:
                continue
            parts = line.split('"')
            name = parts[1] if len(parts) > 1 else ""
            klass = parts[3] if len(parts) > 3 else ""
            geo = line.rsplit(")", 1)[-1].split()
            icons.append({"id": line.split()[0], "name": name, "class": klass, "geometry": geo[0] if geo else "",
                          "abs": geo[1] if len(geo) > 1 else ""})
        return icons

    def app_tray_icon(self) -> dict[str, Any] | None:
        for icon in self.tray_icons():
            if icon["class"] == "offline-ready":
                return icon
        return None

    def visible_app_windows(self) -> list[str]:
        """Ids (hex) of the app's mapped windows: tray icon, popup menu, main and outage windows."""
        ids = self.run(["xdotool", "search", "--onlyvisible", "--classname", "offline-ready"]).split()
        return [hex(int(i)) for i in ids]

    def windows_named(self, text: str) -> list[str]:
        """Mapped windows of the app whose title contains ``text`` (from the X window tree)."""
        found = []
        for line in self.tree().splitlines():
            line = line.strip()
            if not line.startswith("0x") or '("offline-ready"' not in line:
                continue
            title = line.split('"')[1] if '"' in line else ""
            if text in title and "Map State: IsViewable" in self.run(["xwininfo", "-id", line.split()[0]]):
                found.append(line.split()[0])
        return found

    def screenshot(self, path: Path, window: str = "root") -> Path:
        subprocess.run(["import", "-window", window, str(path)], env={**os.environ, "DISPLAY": self.name},
                       check=True, capture_output=True, timeout=20)
        return path

    def pixels(self, window: str) -> list[tuple[int, int, int]]:
        """The RGB pixels of a window (e.g. the tray icon), via ImageMagick."""
        out = subprocess.run(["import", "-window", window, "-depth", "8", "rgb:-"],
                             env={**os.environ, "DISPLAY": self.name}, capture_output=True, timeout=20,
                             check=True).stdout
        return [tuple(out[i:i + 3]) for i in range(0, len(out) - 2, 3)]  # type: ignore[misc]

    def window_icon(self, window: str) -> list[tuple[int, int, int]]:
        """The RGB pixels of a window's icon as the X server holds it for the taskbar (the largest
        image of its _NET_WM_ICON), fully transparent pixels left out."""
        out = self.run(["xprop", "-id", window, "-notype", "-f", "_NET_WM_ICON", "32c", " $0+", "_NET_WM_ICON"])
        values = out.split("_NET_WM_ICON", 1)[-1].replace("=", " ").replace(",", " ").split()
        numbers = [int(v) for v in values if v.isdigit()]
        images, i = [], 0
        while i + 2 <= len(numbers):
            w, h = numbers[i], numbers[i + 1]
            images.append((w * h, numbers[i + 2:i + 2 + w * h]))
            i += 2 + w * h
        if not images:
            return []
        argb = max(images)[1]
        return [((p >> 16) & 255, (p >> 8) & 255, p & 255) for p in argb if (p >> 24) & 255 > 128]

    def click(self, window: str, button: int = 1, dx: int = 0, dy: int = 0) -> None:
        geo = self.run(["xdotool", "getwindowgeometry", "--shell", window])
        vals = dict(line.split("=", 1) for line in geo.split() if "=" in line)
        x = int(vals["X"]) + int(vals["WIDTH"]) // 2 + dx
        y = int(vals["Y"]) + int(vals["HEIGHT"]) // 2 + dy
        self.run(["xdotool", "mousemove", str(x), str(y), "click", str(button)])

    def key(self, *keys: str) -> None:
        self.run(["xdotool", "key", "--delay", "60", *keys])


@dataclass
class SessionBus:
    """A private D-Bus session bus on a socket file, with the recording notification server."""

    workdir: Path
    daemon: subprocess.Popen | None = None
    server: subprocess.Popen | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.workdir / "notifications.jsonl"

    @property
    def socket_path(self) -> Path:
        return self.workdir / "bus"

    @property
    def address(self) -> str:
        return f"unix:path={self.socket_path}"

    def start(self) -> SessionBus:
        self.daemon, _ = start_session_bus(self.workdir / "bus.conf", self.socket_path,
                                           log=self.workdir / "dbus.log")
        self.start_server()
        return self

    def start_server(self) -> None:
        self.server = subprocess.Popen(
            [sys.executable, str(HERE / "ui_notify_server.py"), str(self.log_path)],
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address},
            stdout=subprocess.PIPE, stderr=_logfile(self.workdir / "notify-server.log"), text=True)
        assert self.server.stdout is not None
        line = self.server.stdout.readline()
        if "ready" not in line:
            raise RuntimeError("notification server failed: " + (self.workdir / "notify-server.log").read_text())

    def stop(self) -> None:
        _stop(self.server)
        _stop(self.daemon)

    def env(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    def calls(self, member: str = "Notify") -> list[dict[str, Any]]:
        if not self.log_path.exists():
            return []
        out = []
        for line in self.log_path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("member") == member:
                out.append(rec)
        return out

    def notifications(self, app_name: str = "Offline Ready", since: float = 0.0) -> list[dict[str, Any]]:
        return [c for c in self.calls("Notify") if c["args"][0] == app_name and c["time"] >= since
                and "error" not in c]

    def click(self, notification_id: int, action: str = "default") -> None:
        """Emit ActionInvoked as if the user clicked the notification."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=self.address) as conn:
            addr = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                               interface="org.offlineready.TestNotifications")
            conn.send_and_get_reply(new_method_call(addr, "Invoke", "us", (notification_id, action)), timeout=5)


# ---- the app as a process ----------------------------------------------------------------------


def control_socket(home: Path) -> str:
    """Path of the app's single-instance socket for this OFFLINE_READY_HOME (see ui/single_instance.py)."""
    import hashlib

    digest = hashlib.sha256(str((home / "state").resolve()).encode()).hexdigest()[:12]
    return os.path.join(tempfile.gettempdir(), f"offline-ready-{os.getuid()}-{digest}")


def control(home: Path, command: str, timeout: float = 5.0) -> dict[str, Any] | None:
    """Send one command to the running app ("state", "stats", "check-now", "quit"…); None if nobody answers."""
    path = control_socket(home)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    try:
        s.connect(path)
        s.sendall((command + "\n").encode())
        data = b""
        while b"\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        return None
    finally:
        s.close()
    return json.loads(data.split(b"\n", 1)[0]) if data.strip() else {}


@dataclass
class AppProcess:
    proc: subprocess.Popen
    home: Path
    log: Path

    def state(self) -> dict[str, Any] | None:
        return control(self.home, "state")

    def wait_state(self, pred: Callable[[dict[str, Any]], bool], timeout: float, what: str = "app state") -> dict:
        def check() -> dict | None:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}:\n{self.log_text()[-3000:]}")
            st = self.state()
            return st if st and pred(st) else None

        return wait_for(check, timeout, interval=0.1, what=what)

    def log_text(self) -> str:
        return self.log.read_text("utf-8", "replace") if self.log.exists() else ""

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            control(self.home, "quit", timeout=2)
            try:
                self.proc.wait(8)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        return self.proc.returncode


def app_env(display: Display | None, bus: SessionBus | None, home: Path, **extra: str) -> dict[str, str]:
    env = {
        "OFFLINE_READY_HOME": str(home),
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT / "desktop"),
        "LANG": "C.UTF-8",
        "NO_AT_BRIDGE": "1",
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    if display is not None:
        env.update(display.env())
    if bus is not None:
        env.update(bus.env())
    env.update(extra)
    return env


def start_app(home: Path, env: dict[str, str], *, popen: Callable[..., subprocess.Popen] | None = None,
              config: Path | None = None, log_name: str = "app.log", command: list[str] | None = None) -> AppProcess:
    """Start the app (``command``, default: this Python's ``-m offline_ready``) with ``env`` only
    adding to this process's environment; PYTHONPATH comes from ``env`` alone."""
    argv = [*(command or [sys.executable, "-m", "offline_ready"]), "-v"]
    if config is not None:
        argv += ["--config", str(config)]
    log = home / log_name
    home.mkdir(parents=True, exist_ok=True)
    if popen is None:
        full_env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
        full_env.update(env)
        proc = subprocess.Popen(argv, env=full_env, stdout=_logfile(log), stderr=subprocess.STDOUT,
                                cwd=str(ROOT))
    else:
        proc = popen(argv, env=env)
        if proc.stdout is not None:  # the lab pipes output: copy it into the log file
            import threading

            def pump(src=proc.stdout, dst=log) -> None:
                with open(dst, "ab") as f:
                    for chunk in iter(lambda: src.read1(65536) if hasattr(src, "read1") else src.readline(), b""):
                        f.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                        f.flush()

            threading.Thread(target=pump, daemon=True).start()
    return AppProcess(proc, home, log)


def lab_config_text(lab, services=(("Shop", "http://shop.test/"),), **overrides) -> str:
    """The app's config for a run in the network lab (tests/netlab): probes, one service, no autostart,
    no first-run guide (its own tests open it), no drill reminder (the notification tests count what
    an outage says)."""
    return lab.config_text(services=services, timeout=1.0,
                           **{"ui.start_at_login": False, "ui.first_run_guide": False, "drill.interval_days": 0,
                              **overrides})


def in_lab(lab) -> Callable[..., subprocess.Popen]:
    """``popen`` for ``start_app``: the app runs in the lab's client namespace (its X and D-Bus
    sockets are files, which work across network namespaces); output is piped into the app's log."""
    return lambda argv, env: lab.popen(argv, env=lab.client_env(env), stderr=subprocess.STDOUT, text=False)


def dominant_colour(pixels: list[tuple[int, int, int]]) -> str:
    """Classify an icon's most common saturated colour: green, red, amber, orange, blue or grey."""
    counts = {"green": 0, "red": 0, "amber": 0, "orange": 0, "blue": 0}
    for r, g, b in pixels:
        mx, mn = max(r, g, b), min(r, g, b)
        if mx - mn < 60:
            continue
        if g > r and g > b:
            counts["green"] += 1
        elif b > r and b > g:
            counts["blue"] += 1
        elif r > g and r > b:
            if g > 150:
                counts["amber"] += 1
            elif g > 100:
                counts["orange"] += 1
            else:
                counts["red"] += 1
    best = max(counts, key=counts.get)  # type: ignore[arg-type]
    return best if counts[best] >= 12 else "grey"
