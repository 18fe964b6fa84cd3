"""Bridge, workers and windows on the offscreen platform, fed with real core events."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import ClassVar

import ui_samples as S
from PySide6.QtCore import QObject, QThread
from PySide6.QtGui import QAction

from offline_ready.events import CheckStarted, Notice, StateChanged, VerdictReady


def publish_state(ctx, name: str, previous: str = "online", *, started=None, incident_id: int = 1):
    v = S.verdict(name, datetime.now(UTC))
    state = str(v.state)
    ctx.bus.publish(StateChanged(state=state, previous=previous, verdict=v, incident_id=incident_id,
                                 incident_started_at=started or datetime.now(UTC)))
    ctx.bus.publish(VerdictReady(verdict=v, confirmed=state))
    return v


def test_bridge_delivers_events_from_another_thread_on_the_gui_thread(qtbot, ui_ctx) -> None:
    seen = []
    gui = QThread.currentThread()
    ui_ctx.bridge.verdictReady.connect(lambda e: seen.append((e, QThread.currentThread() is gui)))
    v = S.verdict("online")
    t = threading.Thread(target=lambda: ui_ctx.bus.publish(VerdictReady(verdict=v, confirmed="online")))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    event, on_gui = seen[0]
    assert event.verdict is v and on_gui
    assert ui_ctx.verdict is v and ui_ctx.state == "online"


def test_feature_events_arrive_on_notice(qtbot, ui_ctx) -> None:
    with qtbot.waitSignal(ui_ctx.bridge.notice, timeout=3000) as blocker:
        ui_ctx.bus.publish(Notice(kind="vault.stale", title="Stale", text="3 documents", data={}))
    assert blocker.args[0].kind == "vault.stale"


def test_runner_returns_results_and_errors_on_the_gui_thread(qtbot, ui_ctx) -> None:
    gui = QThread.currentThread()
    results = []

    def work(x):
        assert QThread.currentThread() is not gui  # really off the GUI thread
        return x * 2

    ui_ctx.run(work, 21, on_done=lambda r: results.append((r, QThread.currentThread() is gui)))
    ui_ctx.run(lambda: 1 / 0, on_error=lambda e: results.append((type(e).__name__, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)
    assert sorted(results, key=str) == sorted([(42, True), ("ZeroDivisionError", True)], key=str)


def test_status_page_lays_out_the_verdict(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    page = StatusPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # hidden views wait until shown before rebuilding
    assert page.state_label.text() == "Checking your connection…"
    publish_state(ui_ctx, "dns-outage")
    qtbot.waitUntil(lambda: page.state_label.text() == "Websites can't be found", timeout=3000)
    assert page.headline_label.text() == "Your DNS resolver isn't answering"
    layers = [page.layers.topLevelItem(i).text(0) for i in range(page.layers.topLevelItemCount())]
    assert layers[:4] == ["Network link", "Local network and router", "Internet", "Name lookups (DNS)"]
    assert page.fix_button.text() == "Use backup DNS" and not page.fix_button.isHidden()
    assert page.services_model.rowCount() == 3
    assert page.services_model.index(2, 2).data().startswith("Its provider's DNS is down")
    assert not page.outage_button.isHidden()


def test_check_now_shows_a_busy_state_until_the_verdict(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    calls = []

    class RecordingMonitor:  # the page only calls check_now(); the answer comes through the bus
        def check_now(self, reason="user"):
            calls.append(reason)

    ui_ctx.monitor = RecordingMonitor()
    page = StatusPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()  # hidden views wait until shown before rebuilding
    publish_state(ui_ctx, "online", previous="unknown")
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=3000)
    page.check_button.click()
    assert calls == ["user"] and page.check_button.busy and not page.check_button.isEnabled()
    ui_ctx.bus.publish(CheckStarted(reason="user"))
    ui_ctx.bus.publish(VerdictReady(verdict=S.verdict("online"), confirmed="online"))
    qtbot.waitUntil(lambda: not page.check_button.busy, timeout=3000)
    assert page.check_button.text() == "&Check now"


class _ContactsPage(QObject):
    """A feature page as other engineers will write one (only the classmethods are used here)."""

    page_id = "contacts"
    icon_name = "contacts"
    called: ClassVar[list[str]] = []

    @classmethod
    def tray_actions(cls, ctx, parent):
        a = QAction("Call IT helpdesk", parent)
        a.triggered.connect(lambda: cls.called.append("tray"))
        return [a]

    @classmethod
    def outage_actions(cls, ctx, parent):
        a = QAction("Call your internet provider", parent)
        a.triggered.connect(lambda: cls.called.append("outage"))
        return [a]


def _pages():
    from offline_ready.ui.pages import PageSpec

    return [PageSpec("contacts", _ContactsPage, "contacts")]


def test_outage_window_speaks_plainly_and_hosts_page_actions(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.outage_window import OutageWindow

    publish_state(ui_ctx, "dns-outage", started=datetime.now(UTC) - timedelta(minutes=12))
    qtbot.waitUntil(lambda: ui_ctx.state == "dns-outage", timeout=3000)
    w = OutageWindow(ui_ctx, _pages())
    qtbot.addWidget(w)
    w.show()
    assert w.title.text() == "Your DNS resolver isn't answering"
    assert "Other resolvers work" in w.works[1].text()
    assert "<ol" in w.todo[1].text() and "Switch to backup DNS" in w.todo[1].text()
    assert "12 minutes" in w.since.text()
    assert [b.text() for b in w.page_buttons] == ["Call your internet provider"]
    # the fix first: the first button, the default, focused
    buttons = [w.actions_box.layout().itemAt(i).widget() for i in range(w.actions_box.layout().count())]
    visible = [b for b in buttons if b is not None and not b.isHidden()]
    assert visible[0] is w.fix_button and w.fix_button.text() == "Use backup DNS"
    assert w.fix_button.isDefault() and w.focusWidget() is w.fix_button
    w.page_buttons[0].click()
    assert "outage" in _ContactsPage.called
    # a change of kind: the fix changes with it, and the "since" is the new kind's
    publish_state(ui_ctx, "captive-portal", started=datetime.now(UTC) - timedelta(minutes=12))
    qtbot.waitUntil(lambda: w.fix_button.text() == "Open the sign-in page", timeout=3000)
    assert w.focusWidget() is w.fix_button
    assert "the trouble began at" in w.since.text()
    ui_ctx.bus.publish(StateChanged(state="online", previous="captive-portal", verdict=S.verdict("online")))
    qtbot.waitUntil(lambda: w.title.text() == "You're back online", timeout=3000)


def test_tray_menu_is_always_set_with_page_sections(qtbot, ui_ctx) -> None:
    from offline_ready.ui.tray import TrayController

    tray = TrayController(ui_ctx, None, _pages())
    d = tray.describe()
    assert tray.tray.contextMenu() is tray.menu
    assert d["menu"] == ["Checking your connection…", "&Check now", "Open Offline &Ready", "Call IT helpdesk",
                         "&Pause warnings for 1 hour", "&Quit"]
    assert d["icon"] == "unknown"
    publish_state(ui_ctx, "dns-outage", previous="unknown")
    qtbot.waitUntil(lambda: tray.icon_key == "outage", timeout=3000)
    d = tray.describe()
    # the fix is the first action after the verdict
    assert d["menu"][:3] == ["Your DNS resolver isn't answering", "Use backup DNS", "Show &outage details…"]
    assert "Last checked" in d["tooltip"]
    publish_state(ui_ctx, "captive-portal")
    qtbot.waitUntil(lambda: tray.icon_key == "portal", timeout=3000)
    assert tray.describe()["menu"][1] == "Open the sign-in page"


def test_pause_menu_item_toggles_and_persists(qtbot, ui_ctx) -> None:
    from offline_ready.ui.notifier import Notifier
    from offline_ready.ui.tray import TrayController
    from offline_ready.ui.warnings import WarningsController

    notifier = Notifier(ui_ctx.runner, lambda: None)
    warnings = WarningsController(ui_ctx, notifier)
    tray = TrayController(ui_ctx, warnings, [])
    tray.pause_action.trigger()
    assert tray.pause_action.text().startswith("Resume warnings (paused until")
    assert "Warnings paused until" in tray.tray.toolTip()
    qtbot.waitUntil(lambda: (ui_ctx.paths.state_dir / "ui-state.json").exists(), timeout=3000)
    again = WarningsController(ui_ctx, notifier)  # a restart keeps the pause
    assert again.paused_until is not None
    tray.pause_action.trigger()
    assert tray.pause_action.text() == "&Pause warnings for 1 hour"


def test_one_notification_per_incident_through_the_controller(qtbot, ui_ctx) -> None:
    from offline_ready.ui.notifier import Notifier
    from offline_ready.ui.warnings import WarningsController

    notifier = Notifier(ui_ctx.runner, lambda: None)
    warnings = WarningsController(ui_ctx, notifier)
    start = datetime.now(UTC) - timedelta(minutes=3)
    publish_state(ui_ctx, "online", previous="unknown")
    publish_state(ui_ctx, "dns-outage", started=start, incident_id=7)
    publish_state(ui_ctx, "no-internet", previous="dns-outage", started=start, incident_id=8)
    ui_ctx.bus.publish(StateChanged(state="online", previous="no-internet", verdict=S.verdict("online")))
    qtbot.waitUntil(lambda: warnings.count["recovery"] == 1, timeout=3000)
    assert warnings.count["incident"] == 1
    # the change of kind changes what to do: said once, with the new action
    assert warnings.count["change"] == 1
    titles = [s.title for s in notifier.history]
    assert titles == ["Your DNS resolver isn't answering", "The internet is down beyond your network", "Back online"]
    assert "lasted 3 minutes" in notifier.history[2].body
    first = notifier.history[0]
    assert first.body.startswith("Switch to backup DNS") and len(first.title) + len(first.body) <= 160
    assert notifier.history[2].target == "status"  # "Show details" on the recovery opens something


def test_hidden_views_wait_and_bursts_coalesce(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.status_page import StatusPage

    page = StatusPage(ui_ctx)
    qtbot.addWidget(page)
    calls = []
    original = page.refresh
    page._deferred._fn = lambda: (calls.append(1), original())
    publish_state(ui_ctx, "dns-outage")
    qtbot.wait(50)
    assert calls == []  # hidden: nothing rebuilt
    page.show()
    assert calls == [1] and page.state_label.text() == "Websites can't be found"
    for _ in range(3):  # a burst of events while visible: one rebuild
        publish_state(ui_ctx, "online")
    qtbot.waitUntil(lambda: page.state_label.text() == "Online", timeout=3000)
    qtbot.wait(50)
    assert calls == [1, 1]


def test_tray_icons_are_crisp_at_hidpi(qapp) -> None:
    from PySide6.QtCore import QSize

    from offline_ready.ui.icons import IconProvider

    icons = IconProvider("dark")
    for key in ("online", "outage"):
        pm = icons.tray_icon(key).pixmap(QSize(22, 22), 2.0)
        assert (pm.width(), pm.height()) == (44, 44) and pm.devicePixelRatio() == 2.0
    assert icons.path("tray-online").name == "tray-online-on-light.svg"
    assert IconProvider("light").path("tray-online").name == "tray-online-on-dark.svg"


def test_outage_window_can_open_by_itself(qtbot, ui_ctx, app_home) -> None:
    from offline_ready.config import save_user_settings
    from offline_ready.ui.notifier import Notifier
    from offline_ready.ui.warnings import WarningsController

    ui_ctx.apply_config(save_user_settings(ui_ctx.config, {"ui.open_outage_window": True}))
    opened = []
    ui_ctx.open_outage_hook = lambda: opened.append(ui_ctx.state)
    controller = WarningsController(ui_ctx, Notifier(ui_ctx.runner, lambda: None))  # noqa: F841 - keep it alive
    publish_state(ui_ctx, "online", previous="unknown")
    publish_state(ui_ctx, "no-internet")
    qtbot.waitUntil(lambda: opened == ["no-internet"], timeout=3000)


def test_the_taskbar_icon_shows_the_state_never_a_tick_during_an_outage(qtbot, ui_ctx) -> None:
    from offline_ready.ui.windows.main_window import MainWindow

    w = MainWindow(ui_ctx, [])
    qtbot.addWidget(w)
    publish_state(ui_ctx, "dns-outage")
    qtbot.waitUntil(lambda: getattr(w, "_icon_key", None) == "outage", timeout=3000)
    publish_state(ui_ctx, "online")
    qtbot.waitUntil(lambda: getattr(w, "_icon_key", None) == "online", timeout=3000)
    # a window first opened during an outage shows the state at once, not the tick until the next check
    publish_state(ui_ctx, "no-internet")
    qtbot.waitUntil(lambda: ui_ctx.state == "no-internet", timeout=3000)
    late = MainWindow(ui_ctx, [])
    qtbot.addWidget(late)
    assert late._icon_key == "outage"
