"""Regenerate the fleet reporting screenshots in docs/screenshots (Xvfb with IceWM, the real Settings page).

    python tests/ui/make_fleet_screenshots.py [--out docs/screenshots]

Reporting is turned on by a managed policy and pushes to a receiver on loopback; the desk's state
comes from verdicts published on the bus (no traffic leaves the machine). Writes
``fleet-settings.png`` (the Reporting tab with its "Reporting to your organisation" line) and
``fleet-what-is-sent.png`` (the "What is sent" window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "desktop"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    from ui_session import Display

    work = Path(tempfile.mkdtemp(prefix="fleet-shots-"))
    display = Display(work).start(with_tray=True)
    home = work / "home"
    os.environ.update({"DISPLAY": display.name, "QT_QPA_PLATFORM": "xcb", "OFFLINE_READY_HOME": str(home),
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    from offline_ready import paths

    paths.system_policy_dir = lambda: home / "policies"  # this process only: the policy below
    try:
        shoot(home, args.out)
    finally:
        display.stop()


def shoot(home: Path, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from fleet.desk import verdict
    from fleet.gate import Gate
    from offline_ready.config import load_config
    from offline_ready.events import StateChanged, VerdictReady
    from offline_ready.fleet.reporter import FleetReporter
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators
    from offline_ready.ui.windows.settings_page import SettingsPage

    app = QApplication.instance() or QApplication([])
    install_translators("en")
    with Gate(None) as engine:
        managed = home / "policies" / "managed"
        managed.mkdir(parents=True)
        (managed / "fleet.toml").write_text(
            f'[fleet]\nenabled = true\nmetrics_url = "{engine.url}/api/v1/write"\n'
            f'events_url = "{engine.url}/insert/jsonline"\nsite = "berlin-office"\nisp_asn = "AS3320"\n')
        ctx = AppContext(load_config())
        ctx.fleet = FleetReporter(ctx.config, ctx.bus, hostname="reception-desk")
        ctx.fleet.start()
        v = verdict("online", datetime.now(UTC).timestamp())
        ctx.bus.publish(StateChanged(state="online", previous="unknown", verdict=v))
        ctx.bus.publish(VerdictReady(verdict=v, confirmed="online"))
        deadline = time.monotonic() + 10
        while not engine.received and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        page = SettingsPage(ctx)
        page.resize(900, 640)
        page.show()
        tabs = page.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Reporting"))
        _settle(app, lambda: "last sent" in page.fleet_line.label.text())
        page.grab().save(str(out / "fleet-settings.png"))
        page.fleet_line.button.click()
        dialog = page.fleet_line.dialog
        _settle(app, lambda: "offline_ready_state" in dialog.text.toPlainText())
        dialog.grab().save(str(out / "fleet-what-is-sent.png"))
        ctx.fleet.stop()
        ctx.pool.waitForDone(5000)
    print(f"wrote {out / 'fleet-settings.png'} and {out / 'fleet-what-is-sent.png'}")


def _settle(app, ready, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main()
