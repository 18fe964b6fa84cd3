"""The Documents and Contacts pages (pytest-qt, offscreen), driving the real vault service against
real files and a real loopback HTTP server; all vault work runs on the context's pool."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))

import vault_samples as S
from vault_servers import Req, Scripted


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def vctx(ui_ctx, app_home):
    (app_home / "config").mkdir(exist_ok=True)
    (app_home / "config" / "config.toml").write_text("[vault]\ntimeout = 5.0\nretries = 0\nconcurrency = 2\n")
    from offline_ready.config import load_config

    ui_ctx.config = load_config()
    yield ui_ctx
    background = getattr(ui_ctx, "test_background", None)
    if background is not None:
        background.stop()
    ui_ctx.pool.waitForDone(10000)
    svc = getattr(ui_ctx, "vault_service", None)
    if svc is not None:
        svc.close()


@pytest.fixture
def server():
    s = Scripted().start()
    yield s
    s.stop()


def docs_page(qtbot, ctx):
    from offline_ready.ui.pages.documents import Page

    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: page.summary.text() != page.tr("Loading the offline vault…"), timeout=5000)
    return page


def cell(page, row: int, col: int) -> str:
    item = page.table.item(row, col)
    return item.text() if item else ""


def test_documents_page_add_sync_refuse_search_open(qtbot, vctx, server, tmp_path):
    server.static("/plan.pdf", S.pdf("Continuity plan with an okapi"), "application/pdf")
    local = tmp_path / "runbook.html"
    local.write_bytes(S.html("Restart the router with an okapi"))
    page = docs_page(qtbot, vctx)
    assert "No documents yet" in page.summary.text()
    progress: list = []
    vctx.bridge.progress.connect(progress.append)

    page.add({"source": server.url("/plan.pdf"), "name": "Plan"})
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and "Fresh" in cell(page, 0, 1), timeout=15000)
    page.add({"source": str(local), "name": "Runbook"})
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and not page.syncing and
                    all("Fresh" in cell(page, r, 1) for r in range(2)), timeout=15000)
    assert "2 documents" in page.summary.text() and "all fresh" in page.summary.text()
    assert progress and progress[-1].task == "vault.sync" and progress[-1].done == progress[-1].total

    # the source now serves a sign-in page: refused, explained, the copy kept
    server.change("/plan.pdf", S.LOGIN_PAGE)
    page.sync()
    qtbot.waitUntil(lambda: not page.syncing, timeout=15000)
    qtbot.waitUntil(lambda: "login page" in cell(page, 0, 4), timeout=5000)
    assert cell(page, 0, 0) == "Plan" and "showing the" in cell(page, 0, 4)
    assert "1 refresh refused" in page.summary.text()

    # search: results with the hit in bold, in place of the table
    qtbot.keyClicks(page.search, "okapi")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results and page.results.count() == 2,
                    timeout=5000)
    label = page.results.itemWidget(page.results.item(0))
    assert "<b>okapi</b>" in label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table, timeout=5000)

    # open: the viewer gets a separate copy under the original name
    opened: list = []
    page._launch = opened.append
    page.table.selectRow(0)
    page.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).name == "plan.pdf" and Path(opened[0]).read_bytes().startswith(b"%PDF-")


def test_documents_page_stays_responsive_during_a_slow_sync(qtbot, vctx, server):
    body = S.pdf("slow")

    def slow(r: Req) -> None:
        time.sleep(1.0)
        r.send(200, body, {"Content-Type": "application/pdf"})

    server.routes["/slow.pdf"] = slow
    page = docs_page(qtbot, vctx)
    page.add({"source": server.url("/slow.pdf")})
    qtbot.waitUntil(lambda: page.syncing, timeout=5000)
    # the GUI thread is free while the download runs: a timer fires on time
    fired: list[float] = []
    t0 = time.monotonic()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, lambda: fired.append(time.monotonic() - t0))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] < 0.5 and page.syncing
    assert page.refresh_button.busy and not page.progress.isHidden()
    qtbot.waitUntil(lambda: not page.syncing, timeout=15000)
    assert page.progress.isHidden()


def test_documents_tray_and_outage_actions(qtbot, vctx, tmp_path):
    from PySide6.QtCore import QObject

    from offline_ready.ui.background import BackgroundServices
    from offline_ready.ui.pages.documents import Page

    src = tmp_path / "a.txt"
    src.write_text("hello")
    owner = QObject()
    actions = Page.tray_actions(vctx, owner)
    # the refresh schedule belongs to the app's background services, not to the menu
    background = vctx.test_background = BackgroundServices(vctx)
    background.start()
    qtbot.waitUntil(lambda: background.vault_scheduler is not None, timeout=5000)
    vctx.run(lambda: vctx.vault().add_document(str(src)),
             on_done=lambda _d: background.vault_scheduler.refresh_now())
    qtbot.waitUntil(lambda: "all fresh" in actions[0].text(), timeout=15000)
    assert actions[0].text() == "Documents: 1 offline, all fresh"
    shown: list = []
    vctx.show_page_hook = shown.append
    outage = Page.outage_actions(vctx, owner)
    outage[0].trigger()
    assert shown == ["documents"]


def contacts_page(qtbot, ctx):
    from offline_ready.ui.pages.contacts import Page

    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()  # it loads when shown, never while built
    qtbot.waitUntil(lambda: page.summary.text() != page.tr("Loading contacts…"), timeout=5000)
    return page


def test_contacts_page_import_search_copy_export(qtbot, vctx, tmp_path):
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_30_APPLE + S.VCARD_40 + S.VCARD_21)
    page = contacts_page(qtbot, vctx)
    assert "No contacts yet" in page.summary.text()
    notified: list = []
    vctx.notify_hook = lambda title, text, **kw: notified.append((title, text))
    page.import_file(str(f))
    # shown, the page also reloads on the vault's own notice, which may come before the import's answer
    qtbot.waitUntil(lambda: page.table.rowCount() == 3 and bool(notified), timeout=10000)
    assert notified and "3 added" in notified[0][1]
    assert "3 contacts" in page.summary.text()
    assert [page.group.itemText(i) for i in range(page.group.count())] == ["All groups", "ISP", "Vendors"]

    qtbot.keyClicks(page.search, "isp")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    assert 'href="tel:+12025550143"' in page.details.text() and "After hours" in page.details.text()
    page.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "+1 202-555-0143"  # as every view shows it
    page.verified_button.click()
    qtbot.waitUntil(lambda: "Details confirmed on" in page.details.text(), timeout=5000)

    page.search.clear()
    page.group.setCurrentIndex(page.group.findData("Vendors"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)

    out = tmp_path / "sheet.pdf"
    done: list = []
    page.export("pdf", str(out), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert out.read_bytes().startswith(b"%PDF-")
    opened: list = []
    page._launch = opened.append
    page.print_call_sheet()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    text = Path(opened[0]).read_text()
    assert "@media print" in text and "Bob Ng" in text and "Jürgen" not in text  # the Vendors group only


def test_contacts_import_error_is_shown(qtbot, vctx, tmp_path, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text("date,amount\n2025-01-01,3\n")
    page = contacts_page(qtbot, vctx)
    warned: list = []
    page._warn = lambda exc: warned.append(str(exc))
    page.import_file(str(bad))
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "bad.csv" in warned[0] and "contacts export" in warned[0]


def test_who_to_call_puts_this_outage_s_contact_on_top_in_local_format(qtbot, vctx, tmp_path, monkeypatch):
    """No internet: the internet provider first (not "Internal" by name), its number as people
    write it here, as a tel: link; a helpdesk first when one service is down."""
    from offline_ready.events import StateChanged

    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    f = tmp_path / "team.vcf"
    f.write_bytes(S.VCARD_40 + S.VCARD_30_APPLE)
    (tmp_path / "help.csv").write_text(S.GOOGLE_CSV, encoding="utf-8")
    page = contacts_page(qtbot, vctx)
    page.import_file(str(f))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10000)
    page.import_file(str(tmp_path / "help.csv"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=10000)
    vctx.bus.publish(StateChanged(state="no-internet", previous="online"))
    qtbot.waitUntil(lambda: vctx.state == "no-internet", timeout=3000)
    page.table.clearSelection()
    page.refresh()
    # on top, and selected: its numbers right below
    qtbot.waitUntil(lambda: page.selected_contact() is not None and page.table.item(0, 2).text() == "Ann Lee"
                    and page.selected_contact().display_name == "Ann Lee", timeout=5000)
    details = page.details.text()
    assert 'href="tel:+12025550143"' in details and "(202) 555-0143" in details  # national: same country
    assert page.table.item(0, 4).text() == "(202) 555-0143"
    vctx.bus.publish(StateChanged(state="online", previous="no-internet", verdict=None))
    import ui_samples as US

    v = US.verdict("service-down")
    vctx.bus.publish(StateChanged(state=str(v.state), previous="online", verdict=v))
    qtbot.waitUntil(lambda: vctx.situation == "service-down", timeout=3000)
    page.table.clearSelection()
    page.refresh()
    qtbot.waitUntil(lambda: page.selected_contact() is not None and page.table.item(0, 2).text() == "Carla Díaz",
                    timeout=5000)
    assert page.table.item(0, 4).text().startswith("+34")  # another country: international, grouped


def test_an_unopenable_document_is_explained_with_show_in_folder(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from offline_ready.ui.pages.feature_page import explain_open_failure

    parent = QWidget()
    qtbot.addWidget(parent)
    copy = tmp_path / "Continuity plan.pdf"
    copy.write_bytes(b"%PDF-1.4\n")
    explain_open_failure(copy, parent)
    box = parent.findChild(QMessageBox, "open-failed")
    assert box is not None and box.isVisible()
    assert "PDF" in box.text() and str(copy) in box.text()
    [show] = [b for b in box.buttons() if b.text() == "Show in &folder"]
    show.click()
    assert box.isVisible()  # it stays, so it can say what happened


def test_open_offline_documents_selects_the_plan(qtbot, vctx, server, tmp_path):
    page = docs_page(qtbot, vctx)
    for name in ("Price list", "Continuity plan"):
        f = tmp_path / f"{name}.txt"
        f.write_text(f"{name}\n")
        page.add({"source": str(f), "name": name, "type": "auto", "contacts": False, "auth": "none"})
        qtbot.waitUntil(lambda name=name: any(d.name == name and d.current_version is not None
                                              for d in page.docs), timeout=15000)
    page.table.clearSelection()
    page.refresh()
    qtbot.waitUntil(lambda: page.selected_doc() is not None, timeout=5000)
    assert page.selected_doc().name == "Continuity plan" and page.open_button.isEnabled()


def test_the_outage_window_s_call_button_is_who_to_call_s_first_contact(qtbot, vctx, app_home, tmp_path,
                                                                        monkeypatch):
    """The Call button offers the contact "Who to call" puts on top for this kind of outage (same
    number format, its tel: link); the helpdesk set by policy only when no vault contact fits."""
    from offline_ready.config import load_config
    from offline_ready.events import StateChanged
    from offline_ready.ui.pages import PageSpec
    from offline_ready.ui.pages.contacts import Page
    from offline_ready.ui.windows.outage_window import OutageWindow

    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    managed = app_home / "policies" / "managed"
    managed.mkdir(parents=True)
    (managed / "staff.toml").write_text('[ui]\nhelpdesk_name = "IT helpdesk"\nhelpdesk_phone = "+44 20 7946 0000"\n')
    vctx.config = load_config()
    (tmp_path / "vendor.vcf").write_bytes(S.VCARD_40)  # Bob Ng, a vendor: nobody to call for an outage
    (tmp_path / "isp.vcf").write_bytes(S.VCARD_30_APPLE)  # Ann Lee of "ISP Inc"
    (tmp_path / "help.csv").write_text(S.GOOGLE_CSV, encoding="utf-8")  # Carla Díaz, "IT helpdesk"
    imported: list = []
    vctx.run(lambda: vctx.vault().import_contacts(str(tmp_path / "vendor.vcf")), on_done=imported.append)
    # the task is let go by a second queued call after its answer: wait for both
    qtbot.waitUntil(lambda: bool(imported) and vctx.runner.pending == 0, timeout=10000)
    vctx.bus.publish(StateChanged(state="no-internet", previous="online"))
    qtbot.waitUntil(lambda: vctx.situation == "no-internet", timeout=3000)

    w = OutageWindow(vctx, [PageSpec("contacts", Page, "contacts")])
    qtbot.addWidget(w)
    [call] = [b for b in w.page_buttons if b.action.objectName() == "outage-call"]
    assert vctx.runner.pending == 0  # built, not shown: nothing read yet
    w.show()
    dialled: list = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: dialled.append(url.toString()) or True)
    vctx.pool.waitForDone(10000)
    qtbot.wait(50)
    assert call.text() == "Call IT helpdesk: +44 20 7946 0000"  # no vault contact fits: the policy's
    call.click()
    assert dialled == ["tel:+442079460000"]

    for f in ("isp.vcf", "help.csv"):
        vctx.run(lambda f=f: vctx.vault().import_contacts(str(tmp_path / f)), on_done=imported.append)
    qtbot.waitUntil(lambda: len(imported) == 3, timeout=10000)
    w.hide()
    w.show()  # opened again: the contacts are read again
    qtbot.waitUntil(lambda: call.text() == "Call Ann Lee: (202) 555-0143", timeout=5000)  # as Who to call shows it
    call.click()
    assert dialled[-1] == "tel:+12025550143"

    import ui_samples as US

    v = US.verdict("service-down")  # one service down: the helpdesk in the vault, before the policy's
    vctx.bus.publish(StateChanged(state=str(v.state), previous="no-internet", verdict=v))
    qtbot.waitUntil(lambda: call.text().startswith("Call Carla Díaz: +34"), timeout=5000)
    page = contacts_page(qtbot, vctx)
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=5000)
    assert call.text() == f"Call {page.table.item(0, 2).text()}: {page.table.item(0, 4).text()}"


def test_while_the_line_is_down_the_first_to_call_has_a_number_that_rings(qapp):
    """A helpdesk reachable only by softphone (sip:) does not ring while the office line is down:
    Who to call and the Call button both put a helpdesk with a real number first, and dial that
    number; with the internet up (one service down) the softphone is fine."""
    from offline_ready.ui.pages.contacts import call_order, first_to_call, number_to_call
    from offline_ready.vault.contacts.vcard import parse_vcards

    cards = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nTEL;TYPE=WORK:sip:anna@pbx.example\r\n"
             "CATEGORIES:IT helpdesk\r\nX-OFFLINE-READY-ESCALATION:1\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Ode\r\nTEL;TYPE=WORK,PREF:sip:ben@pbx.example\r\n"
             "TEL;TYPE=CELL:+44 7700 900123\r\nCATEGORIES:IT helpdesk\r\nX-OFFLINE-READY-ESCALATION:2\r\nEND:VCARD\r\n")
    contacts, problems = parse_vcards(cards)
    assert not problems and [c.display_name for c in contacts] == ["Anna Berg", "Ben Ode"]
    assert [c.display_name for c in call_order(contacts, "service-down")] == ["Anna Berg", "Ben Ode"]
    first = first_to_call(contacts, "service-down")
    assert first.display_name == "Anna Berg" and number_to_call(first, "service-down").number.startswith("sip:")
    # no network: the helpdesk first, and of the helpdesk the one a phone reaches — on his mobile
    assert [c.display_name for c in call_order(contacts, "no-network")] == ["Ben Ode", "Anna Berg"]
    first = first_to_call(contacts, "no-network")
    assert first.display_name == "Ben Ode"
    assert number_to_call(first, "no-network").number == "+44 7700 900123"
    anna_only = [c for c in contacts if c.display_name == "Anna Berg"]
    assert first_to_call(anna_only, "no-network") is None  # then the helpdesk IT set by policy
