"""No graphical session, or a broken one: one sentence and exit 4, never Qt's abort.

The broken cases are real: a display number nobody serves, and Qt's xcb plugin whose system
library (libxcb-cursor) is unusable inside a private mount namespace, the way a machine without
the package fails. Qt itself aborts there (checked first), so the app's words are what stands
between the user and a core dump.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ui_session import ROOT, Display, missing_tools

from offline_ready.gui_session import debian_package, plugin_file
from support.require import require

pytestmark = pytest.mark.timeout(120)

SENTENCE = "no graphical desktop session; use `offline-ready monitor` for a headless watch"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    env.update(OFFLINE_READY_HOME=str(home), PYTHONPATH=str(ROOT / "desktop"), LANG="C.UTF-8", **extra)
    return env


def start(env: dict[str, str], prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*(prefix or []), sys.executable, "-m", "offline_ready"], env=env, capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def test_no_display_prints_one_sentence_and_exits_4(app_home: Path) -> None:
    r = start(clean_env(app_home))
    assert r.returncode == 4, r.stderr
    assert r.stderr.strip() == f"offline-ready: {SENTENCE}"
    assert r.stdout == ""


def test_a_display_nobody_serves_is_named(app_home: Path) -> None:
    free = next(n for n in range(170, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    r = start(clean_env(app_home, DISPLAY=f":{free}"))
    assert r.returncode == 4, r.stderr
    assert f"cannot reach the graphical display :{free}" in r.stderr
    assert "offline-ready monitor" in r.stderr


def _hide_library_argv(lib: Path, blank: Path) -> list[str]:
    """A private mount namespace in which ``lib`` is an empty file: the loader cannot use it."""
    script = f'mount --bind "{blank}" "{lib}" && exec "$@"'
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]


def test_missing_xcb_cursor_library_names_the_package(app_home: Path, tmp_path: Path) -> None:
    require(os.geteuid() == 0 and shutil.which("unshare") is not None, "needs root and unshare (mount namespace)")
    require(not missing_tools(), "needs Xvfb")
    plugin = plugin_file("xcb")
    assert plugin is not None
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    lib = next(Path(line.split("=>")[1].split("(")[0].strip()) for line in ldd.splitlines()
               if line.strip().startswith("libxcb-cursor.so.0"))
    blank = tmp_path / "blank.so"
    blank.write_bytes(b"")
    display = Display(tmp_path).start(with_tray=False)
    try:
        env = clean_env(app_home, DISPLAY=display.name)
        hide = _hide_library_argv(lib.resolve(), blank)
        # Qt on its own aborts in that state: the situation is real
        bare = subprocess.run([*hide, sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
                              env=env, capture_output=True, text=True, timeout=60)
        assert bare.returncode in (-6, 134), bare.returncode
        assert "platform plugin" in bare.stderr
        r = start(env, hide)
    finally:
        display.stop()
    assert r.returncode == 4, r.stderr
    assert "libxcb-cursor.so.0" in r.stderr and "sudo apt install libxcb-cursor0" in r.stderr
    assert "Aborted" not in r.stderr and "core dumped" not in r.stderr


def test_package_names_match_the_packages_that_ship_the_libraries() -> None:
    """For every system library Qt's xcb plugin loads here, the named package is the one dpkg says owns it."""
    require(shutil.which("dpkg") is not None, "needs a Debian/Ubuntu system (dpkg)")
    plugin = plugin_file("xcb")
    assert plugin is not None
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    checked = 0
    for line in ldd.splitlines():
        if "=>" not in line:
            continue
        soname, target = line.split("=>")[0].strip(), line.split("=>")[1].split("(")[0].strip()
        if not target.startswith(("/lib", "/usr/lib")):
            continue  # shipped inside the Qt wheel
        owner = subprocess.run(["dpkg", "-S", os.path.realpath(target)], capture_output=True, text=True)
        if owner.returncode != 0:
            owner = subprocess.run(["dpkg", "-S", target], capture_output=True, text=True)
        if owner.returncode != 0:
            continue
        package = owner.stdout.split(":", 1)[0]
        assert debian_package(soname) == package, soname
        checked += 1
    assert checked >= 20
