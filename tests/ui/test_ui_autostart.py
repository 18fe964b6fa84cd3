"""Start at login: the XDG entry for real (and validated), the Windows and macOS content."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

from offline_ready import autostart
from support.require import require


def test_xdg_autostart_enable_disable(tmp_path: Path) -> None:
    w = autostart.XdgAutostart(tmp_path / "autostart", ["/opt/Offline Ready/bin/offline-ready"])
    assert not w.is_enabled()
    assert autostart.apply(True, w)
    assert w.is_enabled()
    text = w.path.read_text()
    assert 'Exec="/opt/Offline Ready/bin/offline-ready"' in text
    assert "X-GNOME-Autostart-enabled=true" in text
    assert not autostart.apply(True, w)  # idempotent
    assert autostart.apply(False, w)
    assert not w.path.exists() and not w.is_enabled()


def test_disabling_an_admin_installed_entry_writes_hidden(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg" / "autostart"
    system.mkdir(parents=True)
    (system / autostart.DESKTOP_FILE).write_text(autostart.desktop_entry(["offline-ready"]))
    w = autostart.XdgAutostart(tmp_path / "autostart", ["offline-ready"], (system,))
    assert w.is_enabled()  # installed for everyone
    autostart.apply(False, w)
    assert "Hidden=true" in w.path.read_text()
    assert not w.is_enabled()
    autostart.apply(True, w)
    assert w.is_enabled() and "Hidden" not in w.path.read_text()


def test_entry_refreshes_a_moved_command(tmp_path: Path) -> None:
    old = autostart.XdgAutostart(tmp_path, ["/old/venv/bin/offline-ready"])
    old.enable()
    new = autostart.XdgAutostart(tmp_path, ["/new/venv/bin/offline-ready"])
    assert autostart.apply(True, new)
    assert "/new/venv" in new.path.read_text()


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert autostart._desktop_exec(["/usr/bin/offline-ready"]) == "/usr/bin/offline-ready"
    assert autostart._desktop_exec(["/a b/py", "-m", "x"]) == '"/a b/py" -m x'
    # a literal backslash in a quoted argument takes four backslashes in the file
    assert autostart._desktop_exec(["C:\\x y"]) == '"C:\\\\\\\\x y"'
    assert autostart._desktop_exec(["100%"]) == '"100%%"'


def test_generated_entry_is_valid(tmp_path: Path) -> None:
    require(shutil.which("desktop-file-validate") is not None, "desktop-file-validate (desktop-file-utils)")
    path = tmp_path / autostart.DESKTOP_FILE
    path.write_text(autostart.desktop_entry(["/opt/Offline Ready/offline-ready", "--flag=a b"]))
    out = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_offline_ready_home_keeps_the_entry_inside_the_profile(app_home: Path) -> None:
    w = autostart.for_platform("linux", ["offline-ready"])
    assert isinstance(w, autostart.XdgAutostart)
    assert w.directory == app_home / "autostart"


def test_windows_run_key_value() -> None:
    w = autostart.for_platform("win32", [r"C:\Program Files\Offline Ready\offline-ready.exe"])
    assert isinstance(w, autostart.WindowsRunKey)
    assert w.key == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert w.value_name == "OfflineReady"
    assert w.value() == r'"C:\Program Files\Offline Ready\offline-ready.exe"'
    w2 = autostart.WindowsRunKey([r"C:\Python311\pythonw.exe", "-m", "offline_ready"])
    assert w2.value() == r"C:\Python311\pythonw.exe -m offline_ready"


def test_macos_launch_agent(tmp_path: Path) -> None:
    data = plistlib.loads(autostart.launch_agent_plist(["/Applications/Offline Ready.app/Contents/MacOS/offline-ready"]))
    assert data["Label"] == "org.offlineready.OfflineReady"
    assert data["RunAtLoad"] is True and data["KeepAlive"] is False
    assert data["ProgramArguments"] == ["/Applications/Offline Ready.app/Contents/MacOS/offline-ready"]
    agent = autostart.MacLaunchAgent(tmp_path, ["/x/offline-ready"])
    autostart.apply(True, agent)
    assert agent.path.name == "org.offlineready.OfflineReady.plist" and agent.is_enabled()
    autostart.apply(False, agent)
    assert not agent.is_enabled()
