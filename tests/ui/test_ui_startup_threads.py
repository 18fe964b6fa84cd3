"""Start-up with a broken settings file, many times, under faulthandler: the tray app once
segfaulted in 3 of 8 starts because a worker thread and the GUI thread imported PySide6 modules
at the same time. Every start here records any Qt module loaded off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from ui_session import ROOT, Display, _logfile, app_env, missing_tools, wait_for
from ui_session import AppProcess as _AppProcess

from support.require import require

pytestmark = pytest.mark.timeout(900)

STARTS = 30
OFF_THREAD = "QT IMPORTED OFF THE GUI THREAD"

# The app as `python -X faulthandler -m offline_ready`, with an audit hook that reports every PySide6
# module loaded by a thread other than the main (GUI) one.
LAUNCH = f"""
import os, sys, threading, runpy
def _hook(event, args):
    if event == "import" and str(args[0]).startswith(("PySide6", "shiboken6")) \\
            and threading.current_thread() is not threading.main_thread():
        os.write(2, ("{OFF_THREAD}: %s in %s\\n" % (args[0], threading.current_thread().name)).encode())
sys.addaudithook(_hook)
sys.argv = ["offline-ready", "-v"]
runpy.run_module("offline_ready", run_name="__main__", alter_sys=True)
"""


def test_repeated_start_with_a_broken_settings_file_never_crashes(app_home: Path) -> None:
    require(not missing_tools(), f"missing: {', '.join(missing_tools())}")
    cfg = app_home / "config"
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text("[ui]\ntray_wait_seconds = 5\nstart_at_login = false\n"
                                     "[notifications]\nreminder_minutes = 'often'\n")
    with tempfile.TemporaryDirectory(prefix="or-start-") as d:
        display = Display(Path(d)).start(with_tray=True)
        try:
            env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
            env.update(app_env(display, None, app_home, OFFLINE_READY_NO_MONITOR="1",
                               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent"))
            for i in range(STARTS):
                log = app_home / f"start-{i}.log"
                proc = subprocess.Popen([sys.executable, "-X", "faulthandler", "-c", LAUNCH], env=env, cwd=ROOT,
                                        stdout=_logfile(log), stderr=subprocess.STDOUT)
                app = _AppProcess(proc, app_home, log)
                try:
                    st = app.wait_state(lambda s: bool(s.get("pages")) and bool(s.get("config_problems")), 60,
                                        f"start {i + 1} with its pages")
                    assert "reminder_minutes" in st["config_problems"][0]
                finally:
                    code = app.stop()
                text = app.log_text()
                assert "Fatal Python error" not in text and "Segmentation fault" not in text, text[-3000:]
                assert OFF_THREAD not in text, [ln for ln in text.splitlines() if OFF_THREAD in ln]
                assert code == 0, f"start {i + 1} ended with {code}:\n{text[-3000:]}"
                wait_for(lambda: not (app_home / "state" / "app.lock").exists(), 10, what="the lock released")
        finally:
            display.stop()
