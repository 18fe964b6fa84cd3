"""Settings generated from the schema (with admin locks), History from a real store, the main window."""

from __future__ import annotations

import http.server
import sys
import threading
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import ui_samples as S

from offline_ready.config.schema import SETTINGS


@pytest.fixture
def managed_policy(app_home: Path) -> Path:
    folder = app_home / "policies" / "managed"
    folder.mkdir(parents=True)
    path = folder / "10-company.toml"
    path.write_text('[notifications]\nquiet_hours = "20:00-08:00"\n[ui]\nstart_at_login = true\n')
    return path


def test_every_setting_gets_an_editor(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.settings_page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    assert set(page.editors) == {s.key for s in SETTINGS if s.offered}
    assert ("fleet.windows_event_log" in page.editors) == (sys.platform == "win32")  # only offered on Windows
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[:5] == ["Watched services", "Warnings", "Checks", "Monitoring", "App"]
    assert page.managed_note.isHidden()
    for key, editor in page.editors.items():  # every editor shows the effective value
        assert editor.value() == ui_ctx.config[key], key


def test_locked_settings_are_read_only_and_say_who_manages_them(qtbot, managed_policy, ui_config) -> None:
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.windows.settings_page import SettingsPage

    ctx = AppContext(ui_config)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    assert not page.managed_note.isHidden()
    quiet = page.editors["notifications.quiet_hours"]
    assert not quiet.widget.isEnabled() and quiet.value() == "20:00-08:00"
    assert not page.badges["notifications.quiet_hours"].isHidden()
    assert page.badges["notifications.quiet_hours"].text.text() == "Managed by your organization"
    assert page.badges["notifications.enabled"].isHidden() and page.editors["notifications.enabled"].widget.isEnabled()
    assert "notifications.quiet_hours" not in page.changes()


def test_apply_writes_the_user_file_and_reconfigures(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.settings_page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    page.editors["notifications.reminder_minutes"].widget.setValue(45)
    page.editors["notifications.states"].boxes["degraded"].setChecked(False)
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(ui_ctx.bridge.configChanged, timeout=5000):
        page.apply()
    data = tomllib.loads(ui_ctx.config.user_file.read_text())
    assert data["notifications"]["reminder_minutes"] == 45
    assert "degraded" not in data["notifications"]["states"]
    assert ui_ctx.config["notifications.reminder_minutes"] == 45
    assert not page.apply_button.isEnabled()


def test_invalid_input_is_shown_next_to_the_field_and_not_saved(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.settings_page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    page.editors["probes.ip_endpoints"].widget.setPlainText("203.0.113.20:443\nnot-an-endpoint")
    page.apply()
    err = page.errors["probes.ip_endpoints"]
    assert not err.isHidden() and "not-an-endpoint" in err.text()
    assert not ui_ctx.config.user_file.exists()
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Checks"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        code = 200 if self.path == "/ok" else 503
        self.send_response(code)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def loopback_http():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_service_dialog_tests_a_real_server(qtbot, ui_ctx, loopback_http) -> None:
    from offline_ready.ui.windows.services_editor import ServiceDialog

    dlg = ServiceDialog(ui_ctx)
    qtbot.addWidget(dlg)
    dlg.name.setText("Shop")
    dlg.url.setText(loopback_http + "/ok")
    dlg.test_button.click()
    qtbot.waitUntil(lambda: dlg.result.text().startswith("✓"), timeout=10000)
    assert "HTTP 200" in dlg.result.text()
    dlg.url.setText(loopback_http + "/broken")
    dlg.test_button.click()
    qtbot.waitUntil(lambda: dlg.result.text().startswith("✗"), timeout=10000)
    assert "503" in dlg.result.text()
    dlg.url.setText("ftp://nope")
    dlg.test_button.click()
    assert "must start with http://" in dlg.error.text()
    assert dlg.entry() == {"name": "Shop", "url": "ftp://nope", "enabled": True}


def test_services_editor_add_remove(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.services_editor import ServicesEditor

    ed = ServicesEditor(ui_ctx)
    qtbot.addWidget(ed)
    ed.set_value([{"name": "Mail", "url": "https://mail.example/", "enabled": True}])
    assert ed.table.rowCount() == 1 and not ed.remove_button.isEnabled()
    ed.table.selectRow(0)
    assert ed.remove_button.isEnabled()
    with qtbot.waitSignal(ed.changed):
        ed.remove()
    assert ed.value() == []
    ed.set_locked(True)
    assert not ed.add_button.isEnabled()


@pytest.fixture
def history_store(ui_ctx):
    from offline_ready.history.store import HistoryStore

    store = HistoryStore(ui_ctx.paths.history_db)
    now = datetime.now(UTC)
    for i in range(300):  # five hours of 1-minute samples, with a loss burst
        ts = (now - timedelta(minutes=300 - i)).timestamp()
        bad = 120 <= i < 130
        store.add_sample("full", "online", not bad, dns_ms=15 + i % 7, tcp_ms=25 + i % 5,
                         http_ms=60.0, loss=0.5 if bad else 0.0, ts=ts)
    v = S.verdict("dns-outage", now - timedelta(minutes=180))
    iid = store.open_incident(v, now - timedelta(minutes=180))
    store.close_incident(iid, now - timedelta(minutes=170))
    ui_ctx.history = store
    yield store
    store.close()


def test_history_page_shows_incidents_chart_and_exports(qtbot, ui_ctx, history_store, tmp_path) -> None:
    from offline_ready.ui.windows.history_page import HistoryPage

    page = HistoryPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: page.data is not None and page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 2).text() == "Websites can't be found"
    assert page.table.item(0, 1).text() == "10 minutes"
    assert sum(b.samples for b in page.data.buckets) == 300
    assert max(b.loss_pct or 0 for b in page.data.buckets) == pytest.approx(50.0)
    assert len(page.chart.chart().series()) == 4  # loss + DNS + connect + web check
    assert page.summary.text().startswith("1 incident · ")
    page.export_to(tmp_path / "h.csv", "csv")
    page.export_to(tmp_path / "h.html", "html")
    qtbot.waitUntil(lambda: (tmp_path / "h.csv").exists() and (tmp_path / "h.html").exists(), timeout=5000)
    csv_text = (tmp_path / "h.csv").read_text()
    assert csv_text.splitlines()[0].startswith("id,start,end,duration_s,state")
    assert ",600,dns-outage," in csv_text
    html = (tmp_path / "h.html").read_text()
    assert "<svg" in html and "dns-outage" in html and "<script" not in html
    page.range_group.buttons()[1].setChecked(True)  # last week
    qtbot.waitUntil(lambda: page.data.range_key == "week", timeout=5000)


def test_main_window_builds_pages_lazily_and_skips_missing_features(qtbot, ui_ctx) -> None:
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.windows.main_window import MainWindow

    pages = discover_pages((("nope", "offline_ready.ui.pages.not_installed"),))
    assert pages == []
    w = MainWindow(ui_ctx, pages)
    qtbot.addWidget(w)
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["Status", "History", "Settings"]
    assert set(w.pages) == {"status"}
    assert w.show_page("settings") and set(w.pages) == {"status", "settings"}
    assert w.windowTitle() == "Settings"  # the platform appends " — Offline Ready"
    assert not w.show_page("documents")


def test_history_names_a_service_incident_by_the_service(qapp) -> None:
    from offline_ready.ui.models.history import IncidentRow, incident_label

    t = datetime.now(UTC)
    shop = IncidentRow(1, t, None, "online", "Shop is down", [{"name": "Shop", "state": "down"}])
    assert incident_label(shop) == "Shop is down"
    backup = IncidentRow(2, t, None, "online", "Working through backup DNS (your own DNS resolver is not in use)")
    assert incident_label(backup).startswith("Working through backup DNS")
    assert incident_label(IncidentRow(3, t, None, "dns-outage", "x")) == "Websites can't be found"


def test_about_tab_runs_the_doctor_and_shows_each_fix(qtbot, ui_ctx, app_home) -> None:
    """Settings → About → Check this desktop: the doctor's real findings for this (offscreen) session."""
    from offline_ready.ui.windows.settings_page import SettingsPage

    (app_home / "data").write_text("a file where the data folder should be\n")  # one real problem to show
    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    assert page.tabs.tabText(page.tabs.count() - 1) == "About"
    page.about.check_button.click()
    qtbot.waitUntil(lambda: "Data folders" in page.about.results.text(), timeout=20000)
    text = page.about.results.text()
    assert "Problem — Data folders" in text and "Fix:" in text and "chown" in text
    assert "Tray icon" in text and "Password storage" in text and "Policy files" in text
    assert page.about.check_button.isEnabled()
