"""Fleet reporting in the app: the Settings line and the "What is sent" window, and the application object
owning the reporter (started with the core, stopped at quit)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fleet.desk import verdict
from fleet.gate import Gate
from support.keyring_backend import no_keyring  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("no_keyring")  # the reporter never reaches the developer's keyring


def _enable(app_home: Path, url: str, **extra: str) -> None:
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True, exist_ok=True)
    more = "".join(f'{k} = "{v}"\n' for k, v in extra.items())
    (managed / "fleet.toml").write_text(f'[fleet]\nenabled = true\nmetrics_url = "{url}/api/v1/write"\n{more}')


def test_the_settings_line_says_reporting_is_off(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.settings_page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: page.fleet_line.status is not None, timeout=15000)
    assert page.fleet_line.label.text() == "Reporting to your organisation: off"
    assert not (ui_ctx.config.paths.data_dir / "fleet-spool.sqlite3").exists()


def test_the_settings_line_names_the_engine_and_the_last_send_and_shows_what_is_sent(qtbot, qapp, app_home) -> None:
    from offline_ready.config import load_config
    from offline_ready.events import StateChanged, VerdictReady
    from offline_ready.fleet.reporter import FleetReporter
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators
    from offline_ready.ui.windows.settings_page import SettingsPage

    install_translators("en")
    with Gate(None) as engine:
        _enable(app_home, engine.url, site="berlin")
        ctx = AppContext(load_config())
        ctx.fleet = FleetReporter(ctx.config, ctx.bus)
        assert ctx.fleet.start()
        try:
            v = verdict("online", datetime.now(UTC).timestamp())
            ctx.bus.publish(StateChanged(state="online", previous="unknown", verdict=v))
            ctx.bus.publish(VerdictReady(verdict=v, confirmed="online"))
            qtbot.waitUntil(lambda: len(engine.received) >= 1, timeout=20000)
            page = SettingsPage(ctx)
            qtbot.addWidget(page)
            page.show()
            qtbot.waitUntil(lambda: "last sent" in page.fleet_line.label.text(), timeout=15000)
            assert page.fleet_line.label.text().startswith("Reporting to your organisation: 127.0.0.1 (last sent ")
            assert page.editors["fleet.enabled"].value() is True
            assert not page.editors["fleet.site"].widget.isEnabled()  # locked by the managed policy
            page.fleet_line.button.click()
            dialog = page.fleet_line.dialog
            qtbot.waitUntil(lambda: "offline_ready_state" in dialog.text.toPlainText(), timeout=15000)
            text = dialog.text.toPlainText()
            assert 'offline_ready_state{state="online"} 1' in text and "site=berlin" in text
            dialog.close()
        finally:
            ctx.fleet.stop()
            ctx.bridge.detach()
            ctx.pool.waitForDone(5000)


def test_the_app_starts_the_reporter_with_its_core_and_stops_it_at_quit(qtbot, qapp, app_home, monkeypatch) -> None:
    """The monitor's probes are replaced by a fixed verdict (no traffic leaves this machine); the app, its
    core start-up, the reporter and the engine it pushes to are real."""
    from offline_ready.config import load_config
    from offline_ready.history.store import HistoryStore
    from offline_ready.monitor import Monitor
    from offline_ready.ui import app as app_module

    def open_core(config, bus):
        history = HistoryStore(config.paths.history_db)
        return history, Monitor(config, bus, history, diagnose_fn=lambda c: verdict("online", datetime.now(UTC)
                                                                                     .timestamp()),
                                watch_network=False, dns_files=(), backup_file=app_home / "no-backup")

    monkeypatch.setattr(app_module, "open_core", open_core)
    (app_home / "config").mkdir(exist_ok=True)
    (app_home / "config" / "config.toml").write_text("[monitor]\nheartbeat_interval = 3600\n")
    with Gate(None) as engine:
        _enable(app_home, engine.url)
        app = app_module.App(qapp, load_config(), pages=[])
        assert app.ctx.fleet is None  # nothing starts from the constructor
        app.start()
        try:
            qtbot.waitUntil(lambda: app.ctx.fleet is not None, timeout=20000)
            qtbot.waitUntil(lambda: len(engine.received) >= 1, timeout=20000)
        finally:
            app.shutdown()
    assert app.ctx.fleet.spool is None
    assert not any(t.name == "offline-ready-fleet" for t in threading.enumerate())


def test_turning_reporting_on_in_settings_starts_the_reporter(qtbot, ui_ctx) -> None:
    from offline_ready.events import StateChanged, VerdictReady
    from offline_ready.fleet.reporter import FleetReporter
    from offline_ready.ui.windows.settings_page import SettingsPage

    ui_ctx.fleet = FleetReporter(ui_ctx.config, ui_ctx.bus)
    assert ui_ctx.fleet.start() is False  # off by default
    with Gate(None) as engine:
        page = SettingsPage(ui_ctx)
        qtbot.addWidget(page)
        page.show()
        page.editors["fleet.metrics_url"].widget.setText(engine.url + "/api/v1/write")
        page.editors["fleet.enabled"].widget.setChecked(True)
        page.apply()
        qtbot.waitUntil(lambda: ui_ctx.fleet._thread is not None and ui_ctx.fleet._thread.is_alive(), timeout=20000)
        try:
            v = verdict("online", datetime.now(UTC).timestamp())
            ui_ctx.bus.publish(StateChanged(state="online", previous="unknown", verdict=v))
            ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed="online"))
            qtbot.waitUntil(lambda: len(engine.received) >= 1, timeout=20000)
            page.fleet_line.refresh()  # as its timer does every 30 s
            qtbot.waitUntil(lambda: "(last sent " in page.fleet_line.label.text(), timeout=20000)
        finally:
            ui_ctx.fleet.stop()
