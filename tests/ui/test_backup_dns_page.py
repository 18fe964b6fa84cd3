"""The Backup DNS page and its countdown dialog (pytest-qt, offscreen), driving the real service
against a real resolv.conf file and a real unbound on loopback."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backup_dns"))

from loopdns import BlackHole, Unbound

from offline_ready.backup_dns.backends.resolvconf import ResolvConfBackend
from offline_ready.backup_dns.service import BackupDnsService
from offline_ready.backup_dns.switcher import LocalSwitcher
from offline_ready.config import load_config
from offline_ready.events import StateChanged
from offline_ready.probes.dns import DnsResult, query
from offline_ready.resolver_profiles.results import save_results
from support.require import require

ORIGINAL = b"search office.example\nnameserver 203.0.113.53\n"
CONFIG = """
[probes]
canary_names = ["www.lab.test"]
[backup_dns]
builtin_profiles = ["quad9"]
profiles = [{ id = "lab", name = "Lab backup", servers = ["203.0.113.54"] }]
"""


@pytest.fixture(scope="module")
def resolvers(tmp_path_factory):
    import shutil

    require(shutil.which("unbound") is not None or Path("/usr/sbin/unbound").exists(), "unbound is not installed")
    u = Unbound(tmp_path_factory.mktemp("ub")).start()
    b = BlackHole()
    yield u, b
    u.stop()
    b.stop()


@pytest.fixture
def page_env(ui_ctx, app_home, tmp_path, resolvers):
    from offline_ready.ui.background import BackgroundServices

    unbound, hole = resolvers
    owner = BackgroundServices(ui_ctx)  # the App's owner of background work: it holds the DNS countdown
    resolv = tmp_path / "resolv.conf"
    resolv.write_bytes(ORIGINAL)
    (app_home / "config").mkdir(exist_ok=True)
    (app_home / "config" / "config.toml").write_text(CONFIG)
    ui_ctx.config = load_config()
    ports = {"203.0.113.53": hole.port, "203.0.113.54": unbound.port}

    def lookup(name: str, timeout: float) -> DnsResult:  # glibc's view: the file's first nameserver
        first = next(ln.split()[1] for ln in resolv.read_text().splitlines() if ln.startswith("nameserver"))
        return query("127.0.0.1", name, timeout, port=ports[first])

    def make(confirm_seconds: int = 30) -> BackupDnsService:
        # the journal in the test's folder: the system's fixed one (/var/lib/offline-ready) is never touched
        switcher = LocalSwitcher(ResolvConfBackend(path=resolv), journal_dir=tmp_path / "journal")
        svc = BackupDnsService(ui_ctx.config, ui_ctx.bus, switcher=switcher,
                               lookup=lookup, system_servers=lambda: ["203.0.113.53"],
                               confirm_seconds=confirm_seconds)
        ui_ctx.backup_dns_service = svc
        return svc

    yield ui_ctx, resolv, make
    owner.dns_countdown.stop(timeout=5)


def make_page(qtbot, ctx):
    from offline_ready.ui.pages.backup_dns import Page

    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: page.status is not None, timeout=5000)
    return page


def select(page, pid: str) -> None:
    from PySide6.QtCore import Qt

    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == pid:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{pid} not listed")


def test_page_lists_profiles_with_last_results(qtbot, page_env, app_home) -> None:
    ctx, _resolv, make = page_env
    make()
    save_results(app_home / "state", {"started_at": "2026-01-01T00:00:00+00:00", "conclusions": ["Best backup: Lab."],
                                      "results": [{"id": "lab", "server": "203.0.113.54", "role": "backup",
                                                   "works": True, "transports": [
                                                       {"transport": "udp", "p50_ms": 12.0, "loss_pct": 0.0}]}]})
    page = make_page(qtbot, ctx)
    rows = {page.table.item(r, 0).text(): [page.table.item(r, c).text() for c in range(5)]
            for r in range(page.table.rowCount())}
    assert rows["Lab backup"][3:] == ["12 ms, 0 % lost", "Works"]
    assert rows["Quad9 (9.9.9.9)"][2:] == ["yes", "—", "Not tested"]
    assert "Best backup: Lab." in page.conclusions.text() and "Last tested" in page.tested_label.text()
    assert "Not in use" in page.state_label.text()
    # the one click the advice promises: the backup that works is already selected
    assert page.selected_profile() == "lab" and page.use_button.isEnabled()
    assert not page.restore_button.isEnabled()
    select(page, "quad9")
    page.refresh()
    qtbot.wait(300)
    assert page.selected_profile() == "quad9"  # the user's own choice survives a refresh


def test_use_keep_and_restore_from_the_page(qtbot, page_env) -> None:
    from PySide6.QtWidgets import QApplication

    ctx, resolv, make = page_env
    make()
    page = make_page(qtbot, ctx)
    select(page, "lab")
    page.use_button.click()
    qtbot.waitUntil(lambda: ctx.dns_countdown.view is not None, timeout=8000)
    dialog = ctx.dns_countdown.view
    assert dialog.isVisible() and "Lab backup" in dialog.headline.text()
    assert "Switching back in" in dialog.countdown.text()
    assert "nameserver 203.0.113.54" in resolv.read_text()
    with qtbot.waitSignal(dialog.finishedWith, timeout=5000) as sig:
        dialog.keep.click()
    assert sig.args == ["confirmed"]
    qtbot.waitUntil(lambda: page.status and page.status["on_backup"] and page.restore_button.isEnabled(),
                    timeout=5000)
    assert "Using backup DNS: Lab backup" in page.state_label.text()
    page.restore_button.click()
    qtbot.waitUntil(lambda: resolv.read_bytes() == ORIGINAL, timeout=5000)
    qtbot.waitUntil(lambda: page.status and not page.status["on_backup"], timeout=5000)
    QApplication.processEvents()


def test_countdown_runs_out_and_switches_back(qtbot, page_env) -> None:
    ctx, resolv, make = page_env
    make(confirm_seconds=1)
    page = make_page(qtbot, ctx)
    select(page, "lab")
    page.use_button.click()
    qtbot.waitUntil(lambda: ctx.dns_countdown.view is not None, timeout=8000)
    t0 = time.monotonic()
    with qtbot.waitSignal(ctx.dns_countdown.view.finishedWith, timeout=8000) as sig:
        pass
    assert sig.args == ["reverted"] and time.monotonic() - t0 < 5
    assert resolv.read_bytes() == ORIGINAL


def dns_outage(qtbot, ctx) -> None:
    import ui_samples as S

    ctx.bus.publish(StateChanged(state="dns-outage", previous="online", verdict=S.verdict("dns-outage")))
    qtbot.waitUntil(lambda: ctx.state == "dns-outage", timeout=3000)


def test_the_fix_switches_and_switching_back_is_one_click_with_feedback(qtbot, page_env) -> None:
    import ui_samples as S

    from offline_ready.ui.fixes import fix_for, run_fix
    from offline_ready.ui.notifier import Notifier
    from offline_ready.ui.warnings import WarningsController

    ctx, resolv, make = page_env
    make()
    notifier = Notifier(ctx.runner, lambda: None)
    warnings = WarningsController(ctx, notifier)  # noqa: F841 - keeps listening
    assert fix_for(ctx) is None
    dns_outage(qtbot, ctx)
    assert fix_for(ctx)[0] == "use-backup-dns"
    run_fix(ctx, "use-backup-dns")
    qtbot.waitUntil(lambda: ctx.dns_countdown.view is not None, timeout=8000)
    with qtbot.waitSignal(ctx.dns_countdown.view.finishedWith, timeout=5000):
        ctx.dns_countdown.view.keep.click()
    # the monitor reports the system on backup DNS: "switch back" is the fix now
    ctx.bus.publish(StateChanged(state="online", previous="dns-outage", verdict=S.verdict("online"), on_backup=True))
    qtbot.waitUntil(lambda: ctx.on_backup, timeout=3000)
    assert fix_for(ctx) == ("restore-dns", "Switch back to my DNS settings")
    run_fix(ctx, "restore-dns")
    qtbot.waitUntil(lambda: resolv.read_bytes() == ORIGINAL, timeout=5000)
    qtbot.waitUntil(lambda: any(s.title == "Back on your own DNS settings" for s in notifier.history), timeout=5000)


def test_no_switch_is_offered_where_policy_forbids_it(qtbot, page_env, app_home) -> None:

    from offline_ready.ui.fixes import fix_for

    ctx, _resolv, _make = page_env
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "dns.toml").write_text("[backup_dns]\nallow_switch = false\n")
    ctx.config = load_config()
    dns_outage(qtbot, ctx)
    assert fix_for(ctx) is None


def test_policy_locks_switching(qtbot, page_env, app_home) -> None:
    ctx, _resolv, make = page_env
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "dns.toml").write_text("[backup_dns]\nallow_switch = false\n")
    ctx.config = load_config()
    make()
    page = make_page(qtbot, ctx)
    select(page, "lab")
    assert not page.use_button.isEnabled()
    assert page.lock.isVisibleTo(page)


def test_closing_the_dialog_keeps_the_countdown_and_the_revert_comes_at_the_deadline(qtbot, page_env) -> None:
    from offline_ready.ui.tray import TrayController

    ctx, resolv, make = page_env
    make(confirm_seconds=3)
    from offline_ready.ui.pages.backup_dns import Page

    tray = TrayController(ctx, None, [])
    page = Page(ctx)  # not handed to qtbot: this test deletes it
    page.show()
    qtbot.waitUntil(lambda: page.status is not None, timeout=5000)
    select(page, "lab")
    page.use_button.click()
    qtbot.waitUntil(lambda: ctx.dns_countdown.view is not None, timeout=8000)
    countdown = ctx.dns_countdown
    ended: list[tuple[str, str]] = []
    countdown.ended.connect(lambda status, message: ended.append((status, message)))
    # the window that opened the dialog goes away, and the dialog with it: no answer was given
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: countdown.view is None, timeout=3000)
    assert countdown.running and countdown.thread_alive and 0 < countdown.seconds_left() <= 3
    assert "nameserver 203.0.113.54" in resolv.read_text()
    qtbot.waitUntil(lambda: tray.countdown_action.isVisible(), timeout=3000)  # the tray shows the time left
    assert "Switching back in" in tray.countdown_action.text()
    tray.countdown_action.trigger()  # and opens the dialog again
    assert countdown.view is not None and countdown.view.isVisible()
    countdown.view.close()  # closing it is "switch back now", as Escape is …
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert ended == [("reverted", "Switched back to your original DNS settings.")]
    assert resolv.read_bytes() == ORIGINAL and not tray.countdown_action.isVisible()

    # … while a countdown whose dialog is gone switches back by itself at the deadline
    ended.clear()
    page = make_page(qtbot, ctx)
    select(page, "lab")
    page.use_button.click()
    qtbot.waitUntil(lambda: countdown.view is not None, timeout=8000)
    countdown.view.deleteLater()
    qtbot.waitUntil(lambda: countdown.view is None, timeout=3000)
    deadline = countdown.deadline
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert ended == [("reverted", "Not confirmed in time: your original DNS settings are back.")]
    assert resolv.read_bytes() == ORIGINAL and time.time() >= deadline
    qtbot.waitUntil(lambda: not countdown.thread_alive, timeout=3000)
    tray.hide()


def test_quit_stops_the_countdown_and_leaves_the_switch_to_the_systems_deadline(qtbot, page_env) -> None:
    ctx, resolv, make = page_env
    svc = make(confirm_seconds=30)
    page = make_page(qtbot, ctx)
    select(page, "lab")
    page.use_button.click()
    qtbot.waitUntil(lambda: ctx.dns_countdown.view is not None, timeout=8000)
    countdown = ctx.dns_countdown
    assert countdown.thread_alive
    ended: list[str] = []
    countdown.ended.connect(lambda status, _m: ended.append(status))
    t0 = time.monotonic()
    countdown.stop(timeout=5)  # what BackgroundServices.stop does at quit
    assert not countdown.thread_alive and time.monotonic() - t0 < 2
    countdown.view.close()  # then the quit closes the windows: the dialog switches nothing back either
    qtbot.wait(300)
    assert ended == []  # the app did not switch back on its way out …
    assert "nameserver 203.0.113.54" in resolv.read_text()
    entry = svc.switcher.journal.open_entry()
    assert entry is not None and entry.revert_at > time.time()  # … the system's deadline still stands
    # and the next start undoes the unconfirmed switch it finds (nobody owns it any more)
    assert make().recover().status == "reverted"
    assert resolv.read_bytes() == ORIGINAL
