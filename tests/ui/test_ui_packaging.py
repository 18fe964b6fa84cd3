"""Desktop integration files: valid for desktop-file-validate and appstreamcli, and in step with the code."""

from __future__ import annotations

import shutil
import subprocess

from ui_session import ROOT

from offline_ready import autostart
from support.require import require

LINUX = ROOT / "packaging" / "linux"


def test_desktop_entries_are_valid() -> None:
    require(shutil.which("desktop-file-validate") is not None, "desktop-file-validate (desktop-file-utils)")
    files = [LINUX / f"{autostart.DESKTOP_ID}.desktop", LINUX / "autostart" / autostart.DESKTOP_FILE]
    out = subprocess.run(["desktop-file-validate", *map(str, files)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_appstream_metainfo_is_valid() -> None:
    require(shutil.which("appstreamcli") is not None, "appstreamcli (appstream)")
    path = LINUX / f"{autostart.DESKTOP_ID}.metainfo.xml"
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_system_autostart_file_is_what_the_app_writes() -> None:
    shipped = (LINUX / "autostart" / autostart.DESKTOP_FILE).read_text()
    assert shipped == autostart.desktop_entry(["offline-ready"])


def test_app_icon_and_names_line_up() -> None:
    entry = (LINUX / f"{autostart.DESKTOP_ID}.desktop").read_text()
    assert f"Icon={autostart.DESKTOP_ID}" in entry and "StartupWMClass=offline-ready" in entry
    assert (ROOT / "resources" / "icons" / "offline-ready.svg").is_file()
