"""Every window in the pseudo-locale: each visible text went through translation (Qt's tr for the
windows' own words, the core's gettext for the diagnosis it shows).

The app's translators are installed for ``x-pseudo`` as the app does for a real language; the
verdicts come from the real classifier, so their advice is the core's translated text. Each window
and page is built and shown, then every text a user can read (labels, buttons, titles, tabs,
table headers and cells, list items, menus, placeholders, tool tips) is scanned for words that no
translation marked. Data the user or the network supplies (service names, addresses, profile
names) is the short, explicit allowance.
"""

from __future__ import annotations

import html
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from offline_ready import i18n
from offline_ready.events import StateChanged, VerdictReady
from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES
from support.pseudo import bypasses

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from builders import healthy
from test_classify import CASES

# Data, not words: the sample observations' service names and what the user typed into fields.
DATA = ("Shop", "Forum", *(w for p in BUILTIN_PROFILES.values() for w in (p.id, p.name)),
        "Word", "Excel", "X-API-Key")  # file formats' product names, an example header name
STATES = {name: fault for name, fault, *_ in CASES}


@pytest.fixture
def pseudo_ctx(qapp, ui_config):
    """An AppContext whose app speaks the pseudo-locale (Qt catalogue and core text)."""
    from offline_ready.ui.context import AppContext
    from offline_ready.ui.i18n import install_translators

    assert i18n.PSEUDO in install_translators(i18n.PSEUDO)
    ctx = AppContext(ui_config)
    yield ctx
    ctx.bridge.detach()
    ctx.pool.waitForDone(5000)
    install_translators("en")


def _verdict(case: str):
    from offline_ready.diagnosis.classify import classify

    obs = healthy()
    STATES[case](obs)
    return classify(obs)


def _publish(ctx, case: str, *, previous: str = "online"):
    v = _verdict(case)
    ctx.bus.publish(StateChanged(state=str(v.state), previous=previous, verdict=v, incident_id=1,
                                 incident_started_at=datetime.now(UTC) - timedelta(minutes=12)))
    ctx.bus.publish(VerdictReady(verdict=v, confirmed=str(v.state)))
    return v


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text or "")).replace("&&", "&")


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    columns = max(1, model.columnCount() if not isinstance(model, QAbstractListModel) else 1)
    out = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
           for c in range(columns)]

    def walk(parent, depth: int = 0) -> None:
        for r in range(min(model.rowCount(parent), 200)):
            for c in range(columns if not parent.isValid() else 1):
                index = model.index(r, c, parent)
                out.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
                out.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
            if depth < 3:
                walk(model.index(r, 0, parent), depth + 1)

    walk(QModelIndex())
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in ``root`` and its children."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        found.append((name + " tooltip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((name + " placeholder", w.placeholderText()))
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            found.append((name, w.toPlainText()))
        elif isinstance(w, QComboBox):
            found += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            found += [(name, t) for t in _model_texts(w.model())]
        elif isinstance(w, QMenu):
            found += [(name, a.text()) for a in w.actions()]
    return [(where, t) for where, t in found if t]


def untranslated(root: QWidget, allowed: tuple[str, ...] = ()) -> list[str]:
    return [f"{where}: {text!r}" for where, text in visible_texts(root)
            if bypasses(_plain(text), (*DATA, *allowed))]


def test_pseudo_translator_marks_qt_and_core_text(pseudo_ctx) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Duration", "%n minute(s)", "", 5).startswith(i18n.PSEUDO_OPEN)
    assert "5" in QCoreApplication.translate("Duration", "%n minute(s)", "", 5)
    assert _verdict("upstream down").advice.headline.startswith(i18n.PSEUDO_OPEN)


def test_main_window_every_page(qtbot, pseudo_ctx) -> None:
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.windows.main_window import MainWindow

    _publish(pseudo_ctx, "service HTTP 503")
    w = MainWindow(pseudo_ctx, discover_pages())
    qtbot.addWidget(w)
    w.show()
    problems: dict[str, list[str]] = {}
    for row in range(w.nav.count()):
        w.nav.setCurrentRow(row)
        qtbot.wait(50)
        page = w.stack.currentWidget()
        for tab in page.findChildren(QTabWidget):  # settings: every tab, each once shown
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
        qtbot.wait(50)
        if bad := untranslated(w):
            problems[w.nav.item(row).text()] = bad
    assert not problems, problems


@pytest.mark.parametrize("case", ["resolver drops queries", "upstream down", "captive portal with DNS hijack",
                                  "slow DNS", "no link", "service HTTP 503"])
def test_outage_window(qtbot, pseudo_ctx, case) -> None:
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.windows.outage_window import OutageWindow

    v = _publish(pseudo_ctx, case)
    qtbot.waitUntil(lambda: pseudo_ctx.state == str(v.state), timeout=3000)
    w = OutageWindow(pseudo_ctx, discover_pages())
    qtbot.addWidget(w)
    w.show()
    qtbot.wait(50)
    assert not untranslated(w), untranslated(w)


def test_tray_menu(qtbot, pseudo_ctx) -> None:
    from offline_ready.ui.pages import discover_pages
    from offline_ready.ui.tray import TrayController

    _publish(pseudo_ctx, "resolver drops queries")
    tray = TrayController(pseudo_ctx, None, discover_pages())
    qtbot.waitUntil(lambda: bool(tray.menu.actions()), timeout=3000)
    texts = [a.text() for a in tray.menu.actions()] + [tray.tray.toolTip()]
    for a in tray.menu.actions():
        if a.menu():
            texts += [b.text() for b in a.menu().actions()]
    bad = [t for t in texts if t and bypasses(_plain(t), DATA)]
    assert not bad, bad


def test_first_run_guide(qtbot, pseudo_ctx) -> None:
    from offline_ready.ui.windows.onboarding import FirstRunGuide

    w = FirstRunGuide(pseudo_ctx)
    qtbot.addWidget(w)
    w.show()
    assert not untranslated(w), untranslated(w)


def test_report_dialog(qtbot, pseudo_ctx) -> None:
    """The incident report for the ISP, as previewed in its dialog: headings, facts and advice."""
    from offline_ready.history import HistoryStore
    from offline_ready.ui.dialogs.report import ReportDialog

    start = datetime.now(UTC) - timedelta(minutes=20)
    store = HistoryStore(pseudo_ctx.paths.history_db)
    incident = store.open_incident(_verdict("resolver drops queries"), start)
    store.close_incident(incident, start + timedelta(minutes=7))
    store.close()
    dialog = ReportDialog(pseudo_ctx, incident)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15000)
    preview = dialog.preview.toPlainText()
    evidence = preview.split(i18n.pseudo("Evidence by layer"))[0]  # evidence rows: the probes' technical detail
    assert not bypasses(evidence, DATA), evidence
    around = [t for t in untranslated(dialog) if "report-preview" not in t]  # the buttons and notes around it
    assert not around, around


def test_drill_dialog_and_its_outage_window(qtbot, pseudo_ctx) -> None:
    from offline_ready.ui.dialogs.drill import DrillDialog

    dialog = DrillDialog(pseudo_ctx, "no-internet")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.window is not None, timeout=15000)
    assert not untranslated(dialog), untranslated(dialog)
    assert not untranslated(dialog.window), untranslated(dialog.window)


def test_settings_dialogs(qtbot, pseudo_ctx) -> None:
    from offline_ready.ui.dialogs.fleet_preview import FleetPreviewDialog
    from offline_ready.ui.pages.document_dialogs import AddDocumentDialog
    from offline_ready.ui.windows.services_editor import ServiceDialog

    for dialog in (AddDocumentDialog(), ServiceDialog(pseudo_ctx), FleetPreviewDialog(pseudo_ctx)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(100)
        assert not untranslated(dialog), (type(dialog).__name__, untranslated(dialog))
