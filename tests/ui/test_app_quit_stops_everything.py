"""The tray app owns its long-lived services: after it starts they all run, and after Quit every one
of them has stopped and no thread the app started is left (the real app, in the network lab's
client namespace, on a real display)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from ui_session import app_env, in_lab, lab_config_text, start_app

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]

LEFT = "THREADS LEFT AT EXIT: "
# The app's own entry point; once it returns, the Python threads still alive are printed.
LAUNCH = f"""
import json, sys, threading
from offline_ready.cli.main import main
code = main(sys.argv[1:])
left = sorted(t.name for t in threading.enumerate()
              if t is not threading.main_thread() and not isinstance(t, threading._DummyThread))
print({LEFT!r} + json.dumps(left), flush=True)
sys.exit(code)
"""


def test_quit_stops_every_service_and_leaves_no_thread(healthy_lab, display, session_bus, app_home: Path,
                                                       tmp_path: Path) -> None:
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    app = start_app(app_home, app_env(display, session_bus, app_home), popen=in_lab(healthy_lab), config=cfg,
                    command=[sys.executable, "-c", LAUNCH])
    try:
        st = app.wait_state(lambda s: s["state"] == "online" and s["background"]["vault-scheduler"], 60,
                            "the first verdict and the document schedule")
        assert st["background"]["monitor"] and st["background"]["dns-retest"], st["background"]
        # a diagnosis ran on the probe threads and the fallback resolver's: those must end too
        assert app.stop() == 0, app.log_text()[-3000:]
    finally:
        app.stop()
    text = app.log_text()
    assert ("background work stopped: monitor=stopped, fleet=stopped, vault-scheduler=stopped, dns-retest=stopped, "
            "dns-watch=stopped") in text, text[-3000:]
    line = next((ln for ln in text.splitlines() if ln.startswith(LEFT)), None)
    assert line is not None, text[-3000:]
    assert json.loads(line[len(LEFT):]) == []
