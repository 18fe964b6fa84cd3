"""Qt code run in a process of its own on a real X display (Xvfb): a palette or a scale factor
applies to a whole application, so each case gets its own. The parent side starts the child with
this checkout's code on the path and reads the JSON it prints last; the child side sets up the
application, its palette and an app context the same way every time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_on_display(code: str, *args: str, display_env: dict[str, str], home: Path, timeout: float = 90,
                   **extra_env: str) -> Any:
    """Run ``python -c code args…`` with Qt on the X display of ``display_env`` (xcb), the app's
    profile in ``home``, and desktop/, tests/ and tests/ui/ importable; it must exit 0. Returns the
    JSON of its last line of output."""
    path = os.pathsep.join(str(ROOT / p) for p in ("desktop", "tests", "tests/ui"))
    env = {**os.environ, **display_env, "QT_QPA_PLATFORM": "xcb", "OFFLINE_READY_HOME": str(home),
           "PYTHONPATH": path, **extra_env}
    r = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                       timeout=timeout)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def child_app(name: str, palette: Callable[[], Any]) -> tuple[Any, Any]:
    """In the child: the application in the palette ``palette()`` makes (once the application
    exists), English text, and an AppContext of the profile (OFFLINE_READY_HOME), as the app makes it."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([name])
    from offline_ready.config import load_config
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators

    install_translators("en")
    app.setPalette(palette())
    return app, AppContext(load_config())


def child_done(ctx: Any, result: Any) -> None:
    """In the child: hand ``result`` to the parent (the last line printed) and stop the context's work."""
    print(json.dumps(result))
    ctx.bridge.detach()
    ctx.pool.waitForDone(5000)


def wait_until(pred: Callable[[], Any], ms: int = 10000) -> Any:
    """In the child: run the event loop until ``pred()`` holds (or ``ms`` pass), looking every 20 ms
    (spinning processEvents for seconds instead exhausts a PySide reference count)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if pred():
        return pred()
    loop = QEventLoop()
    poll = QTimer(interval=20, timeout=lambda: pred() and loop.quit())
    QTimer.singleShot(ms, loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    return pred()
