"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on macOS.

Each writer has ``is_enabled()``, ``enable()`` and ``disable()``; the content they write
comes from pure functions so it can be checked on any platform. Qt-free on purpose.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_ID, APP_NAME
from .atomic import atomic_write_bytes, atomic_write_text
from .i18n import N_, available_languages, in_language
from .paths import HOME_ENV

DESKTOP_ID = "org.offlineready.OfflineReady"  # the .desktop file, AppStream id and icon name
DESKTOP_FILE = f"{DESKTOP_ID}.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "OfflineReady"
LAUNCH_AGENT_LABEL = "org.offlineready.OfflineReady"
AUTOSTART_DIR_ENV = "OFFLINE_READY_AUTOSTART_DIR"
COMMENT = N_("Warns you of internet outages and keeps what you need to work offline")


def launch_command() -> list[str]:
    """How to start this installation of the app, as argv."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable]
    script = shutil.which(APP_ID)
    if script:
        return [script]
    return [sys.executable, "-m", "offline_ready"]


# ---- Linux (XDG) ---------------------------------------------------------------------------


def desktop_entry(command: list[str], *, hidden: bool = False) -> str:
    """An XDG autostart entry (freedesktop Desktop Entry spec + Desktop Application Autostart spec)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        f"Comment={COMMENT}",
        *(f"Comment[{lang}]={in_language(lang, COMMENT)}" for lang in available_languages()),
        f"Exec={_desktop_exec(command)}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=Network;Monitor;",
        "StartupNotify=false",
        "X-GNOME-Autostart-enabled=" + ("false" if hidden else "true"),
        "X-GNOME-Autostart-Delay=5",
        "X-KDE-autostart-after=panel",
    ]
    if hidden:
        lines.append("Hidden=true")
    return "\n".join(lines) + "\n"


def _desktop_exec(command: list[str]) -> str:
    """Quote argv for an Exec= line: reserved characters inside double quotes, `%` doubled."""
    out = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if arg and all(c.isalnum() or c in "/._-+=:," for c in arg):
            out.append(arg)
        else:
            escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
            out.append(f'"{escaped}"')
    # The Desktop Entry spec applies string escapes to the whole value once more.
    return " ".join(out).replace("\\", "\\\\")


def xdg_autostart_dir() -> Path:
    """Where the user's autostart entry goes.

    ``OFFLINE_READY_AUTOSTART_DIR`` overrides it; under ``OFFLINE_READY_HOME`` (tests,
    portable use) it stays inside that folder so nothing touches the real profile.
    """
    if os.environ.get(AUTOSTART_DIR_ENV):
        return Path(os.environ[AUTOSTART_DIR_ENV])
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser() / "autostart"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def xdg_system_dirs() -> list[Path]:
    dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) / "autostart" for d in dirs.split(":") if d]


@dataclass
class XdgAutostart:
    directory: Path
    command: list[str]
    system_dirs: tuple[Path, ...] = ()

    @property
    def path(self) -> Path:
        return self.directory / DESKTOP_FILE

    def _system_entry(self) -> Path | None:
        for d in self.system_dirs:
            if (d / DESKTOP_FILE).is_file():
                return d / DESKTOP_FILE
        return None

    def is_enabled(self) -> bool:
        if self.path.is_file():
            return not _entry_disabled(self.path.read_text("utf-8", "replace"))
        system = self._system_entry()
        return bool(system) and not _entry_disabled(system.read_text("utf-8", "replace"))

    def enable(self) -> None:
        atomic_write_text(self.path, desktop_entry(self.command))

    def disable(self) -> None:
        if self._system_entry() is not None:
            # An admin installed an entry for everyone: the user's own Hidden=true entry wins.
            atomic_write_text(self.path, desktop_entry(self.command, hidden=True))
        else:
            self.path.unlink(missing_ok=True)


def _entry_disabled(text: str) -> bool:
    keys = {}
    for line in text.splitlines():
        k, sep, v = line.partition("=")
        if sep:
            keys[k.strip()] = v.strip().lower()
    return keys.get("Hidden") == "true" or keys.get("X-GNOME-Autostart-enabled") == "false"


# ---- Windows (Run key) ---------------------------------------------------------------------


def windows_command_line(command: list[str]) -> str:
    """Quote argv the way CreateProcess parses it (subprocess.list2cmdline follows the MS rules)."""
    import subprocess

    return subprocess.list2cmdline(command)


@dataclass
class WindowsRunKey:
    command: list[str]
    key: str = RUN_KEY
    value_name: str = RUN_VALUE

    def value(self) -> str:
        return windows_command_line(self.command)

    def is_enabled(self) -> bool:  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key) as k:
                winreg.QueryValueEx(k, self.value_name)
                return True
        except OSError:
            return False

    def enable(self) -> None:  # pragma: no cover - Windows only
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as k:
            winreg.SetValueEx(k, self.value_name, 0, winreg.REG_SZ, self.value())

    def disable(self) -> None:  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key, 0, winreg.KEY_SET_VALUE) as k:
                winreg.DeleteValue(k, self.value_name)
        except FileNotFoundError:
            pass


# ---- macOS (LaunchAgent) -------------------------------------------------------------------


def launch_agent_plist(command: list[str]) -> bytes:
    """A per-user LaunchAgent that starts the app at login (and does not restart it after Quit)."""
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


@dataclass
class MacLaunchAgent:
    directory: Path
    command: list[str]

    @property
    def path(self) -> Path:
        return self.directory / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        atomic_write_bytes(self.path, launch_agent_plist(self.command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def for_platform(platform: str | None = None, command: list[str] | None = None):
    """The start-at-login writer for this platform."""
    platform = platform or sys.platform
    command = command or launch_command()
    if platform == "win32":
        return WindowsRunKey(command)
    if platform == "darwin":
        home = Path(os.environ[HOME_ENV]) / "LaunchAgents" if os.environ.get(HOME_ENV) else (
            Path.home() / "Library" / "LaunchAgents")
        return MacLaunchAgent(home, command)
    return XdgAutostart(xdg_autostart_dir(), command, tuple(xdg_system_dirs()))


def apply(enabled: bool, writer=None) -> bool:
    """Make the platform match the setting; returns whether anything changed."""
    writer = writer or for_platform()
    if writer.is_enabled() == enabled:
        if enabled and isinstance(writer, XdgAutostart | MacLaunchAgent) and writer.path.is_file():
            # refresh a stale command (the app moved, a new venv…)
            current = writer.path.read_bytes()
            wanted = (desktop_entry(writer.command).encode() if isinstance(writer, XdgAutostart)
                      else launch_agent_plist(writer.command))
            if current != wanted:
                writer.enable()
                return True
        return False
    if enabled:
        writer.enable()
    else:
        writer.disable()
    return True
