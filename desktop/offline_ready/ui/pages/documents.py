"""The Documents page: offline copies with freshness badges, progress during a refresh, full-text
search, versions, refused downloads, and adding sources with their credentials.

Every call into :class:`offline_ready.vault.service.VaultService` runs on the context's thread pool;
the page follows sync progress and vault notices through the bridge.
"""

from __future__ import annotations

import html
import logging
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..palette import readable
from ..widgets.busy_button import BusyButton
from ..widgets.record_table import KEY_ROLE, add_record_row, record_table, selected_key
from .document_dialogs import AddDocumentDialog, VersionsDialog, format_size
from .feature_page import FeaturePage, alive, page_action

log = logging.getLogger(__name__)

VAULT_READY = "vault.ready"  # published by the app once the vault is open and its schedule runs
VAULT_NOTICES = (VAULT_READY, "vault.synced")  # the tray line is brought up to date on these

# Freshness badges differ by shape as well as colour (colour-blind users).
BADGES = {"fresh": ("●", "#2e7d32"), "stale": ("▲", "#b26a00"), "missing": ("✕", "#c62828")}


# Names of the documents an outage calls for first (English and the common European words).
PLAN_WORDS = re.compile(r"continuity|contingency|emergency|outage|runbook|incident|notfall|continuit|plan", re.I)


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate``, spelt short; update.py tells lupdate to extract its strings."""
    return QCoreApplication.translate(context, text)


def snippet_html(snippet: str) -> str:
    """A search snippet (hits between \\x02 and \\x03) as safe rich text with the hits in bold."""
    from ...vault.search import HIT_END, HIT_START

    out = html.escape(snippet.replace("\n", " "))
    return out.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class Page(FeaturePage):
    page_id = "documents"
    icon_name = "documents"
    COLUMNS = 5

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Documents")
        self.docs: list[Any] = []
        self._search_seq = 0
        self.syncing = False
        layout = QVBoxLayout(self)

        self.summary = QLabel(self.tr("Loading the offline vault…"), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Offline documents summary"))
        f = self.summary.font()
        f.setBold(True)
        self.summary.setFont(f)
        layout.addWidget(self.summary)

        # a passphrase prompt, shown only when the vault is encrypted and no keyring holds its key
        self.unlock_row = QWidget(self)
        ur = QHBoxLayout(self.unlock_row)
        ur.setContentsMargins(0, 0, 0, 0)
        ur.addWidget(QLabel(self.tr("The vault is encrypted. Passphrase:"), self.unlock_row))
        self.passphrase = QLineEdit(self.unlock_row)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Vault passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        ur.addWidget(self.passphrase, 1)
        unlock = QPushButton(self.tr("&Unlock"), self.unlock_row)
        unlock.clicked.connect(self.unlock)
        ur.addWidget(unlock)
        self.unlock_row.setVisible(False)
        layout.addWidget(self.unlock_row)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the offline copies…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search documents"))
        top.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add a document"))
        self.refresh_button = BusyButton(self.tr("&Refresh all"), self.tr("Refreshing…"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh all documents"))
        top.addWidget(self.add_button)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self.progress.setVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)

        self.stack = QStackedWidget(self)
        self.table = record_table(self, [self.tr("Document"), self.tr("Freshness"), self.tr("Checked"),
                                         self.tr("Size"), self.tr("Note")], 4, self.tr("Offline documents"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.sync_one_button = QPushButton(self.tr("Re&fresh"), self)
        self.accept_button = QPushButton(self.tr("A&ccept new version"), self)
        self.accept_button.setToolTip(self.tr("Take the refused download after all (for example a genuinely "
                                              "much smaller file)"))
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        for b, name in ((self.open_button, self.tr("Open the offline copy")),
                        (self.versions_button, self.tr("Show the kept versions")),
                        (self.sync_one_button, self.tr("Refresh the selected document")),
                        (self.accept_button, self.tr("Accept the refused download")),
                        (self.remove_button, self.tr("Remove the selected document"))):
            b.setAccessibleName(name)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.add_button.clicked.connect(self.add_dialog)
        self.refresh_button.clicked.connect(lambda: self.sync())
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_document))
        self.versions_button.clicked.connect(lambda: self._with_selected(self.show_versions))
        self.sync_one_button.clicked.connect(lambda: self._with_selected(lambda i: self.sync([i])))
        self.accept_button.clicked.connect(lambda: self._with_selected(self.accept))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove))
        self.table.itemDoubleClicked.connect(lambda _i: self._with_selected(self.open_document))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemDoubleClicked.connect(self._open_result)
        ctx.bridge.progress.connect(self._on_progress)
        ctx.bridge.notice.connect(self._on_notice)
        ctx.bridge.configChanged.connect(self._on_config)
        self._update_buttons()

    # -- data ----------------------------------------------------------------------------------------
    def service(self) -> Any:
        return self.ctx.vault()

    def refresh(self) -> None:
        def load() -> tuple[list[Any], dict[str, Any]]:
            svc = self.service()
            return svc.list_documents(), svc.summary()

        self._run(load, on_done=self._show, on_error=self._error)

    def _on_config(self, config: Any) -> None:
        svc = self.ctx.vault_service
        if svc is not None:
            self._run(svc.reload_config, config, on_done=lambda _r: self.refresh(), on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        from ...vault.crypto import VaultLocked

        if isinstance(exc, VaultLocked):
            self.unlock_row.setVisible(True)
            self.summary.setText(self.tr("The vault is locked: %1").replace("%1", str(exc)))
            return
        self.summary.setText(self.tr("The offline vault is unavailable: %1").replace("%1", str(exc)))

    def _show(self, loaded: tuple[list[Any], dict[str, Any]]) -> None:
        docs, summary = loaded
        self.docs = docs
        self.unlock_row.setVisible(bool(summary.get("locked")))
        if not docs:
            self.summary.setText(self.tr("No documents yet. Add the continuity plan, runbooks, price lists… "
                                         "and they stay readable when the network is gone."))
        else:
            parts = [self.tr("%n document(s)", "", summary["documents"])]
            if summary["stale"]:
                parts.append(self.tr("%n stale", "", summary["stale"]))
            if summary["missing"]:
                parts.append(self.tr("%n without a copy", "", summary["missing"]))
            if summary["refused"]:
                parts.append(self.tr("%n refresh(es) refused", "", summary["refused"]))
            if not (summary["stale"] or summary["missing"]):
                parts.append(self.tr("all fresh"))
            self.summary.setText(" · ".join(parts))
        selected = self.selected_id()
        self.table.setRowCount(0)
        for d in docs:
            state = d.freshness.state if d.freshness else "missing"
            shape, colour = BADGES.get(state, ("?", "#555555"))
            label = {"fresh": self.tr("Fresh"), "stale": self.tr("Stale"), "missing": self.tr("No copy")}[state]
            note = "; ".join(dict.fromkeys(filter(None, [d.last_message, d.search_note])))
            if d.pending:
                note = (note + "; " if note else "") + self.tr("refresh unfinished")
            cells = [d.name, f"{shape} {label}", d.freshness.label if d.freshness else "", format_size(d.size), note]
            row = add_record_row(self.table, d.id, cells)
            self.table.item(row, 0).setToolTip(d.source if not d.source.startswith("http") else _redact(d.source))
            badge = self.table.item(row, 1)
            badge.setForeground(readable(QColor(colour), self.table.palette().color(QPalette.ColorRole.Base)))
            badge.setToolTip(d.freshness.label if d.freshness else "")
            if d.id == selected:
                self.table.selectRow(row)
        if self.selected_id() is None:
            self._select_plan()
        self._update_buttons()

    def _select_plan(self) -> None:
        """Nothing chosen yet: select the document an outage calls for (the continuity plan, a
        runbook), else the first readable one — "Open" works at once."""
        readable = [d for d in self.docs if d.current_version is not None]
        plan = next((d for d in readable if PLAN_WORDS.search(d.name)), None) or (readable[0] if readable else None)
        if plan is None:
            return
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(KEY_ROLE) == plan.id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    def selected_id(self) -> int | None:
        return selected_key(self.table)

    def selected_doc(self) -> Any:
        i = self.selected_id()
        return next((d for d in self.docs if d.id == i), None)

    def _with_selected(self, fn: Any) -> None:
        i = self.selected_id()
        if i is not None:
            fn(i)

    def _update_buttons(self) -> None:
        d = self.selected_doc()
        has = d is not None
        self.open_button.setEnabled(has and d.current_version is not None)
        self.versions_button.setEnabled(has and d.current_version is not None)
        self.sync_one_button.setEnabled(has and not self.syncing)
        self.remove_button.setEnabled(has and d.origin != "config")
        self.accept_button.setEnabled(has and d.last_outcome == "rejected"
                                      and d.last_reason in ("much-smaller", "type-changed"))

    def _context_menu(self, pos: Any) -> None:
        if self.selected_id() is None:
            return
        menu = QMenu(self)
        for b in (self.open_button, self.versions_button, self.sync_one_button, self.accept_button,
                  self.remove_button):
            action = menu.addAction(b.text())
            action.setEnabled(b.isEnabled())
            action.triggered.connect(b.click)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- actions ---------------------------------------------------------------------------------------
    def sync(self, ids: list[int] | None = None) -> None:
        if self.syncing:
            return
        self.syncing = True
        self.refresh_button.set_busy(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        self.progress_label.setText(self.tr("Checking documents…"))
        self._update_buttons()

        def done(report: Any) -> None:
            self._sync_finished()
            refused = [r for r in report.results if r.outcome in ("rejected", "failed")]
            if refused:
                self.progress_label.setVisible(True)
                self.progress_label.setText("\n".join(f"{r.name}: {r.message}" for r in refused[:5]))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._sync_finished()
            self._error(exc)

        self._run(lambda: self.service().sync(ids), on_done=done, on_error=failed)

    def _sync_finished(self) -> None:
        self.syncing = False
        self.refresh_button.set_busy(False)
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self._update_buttons()

    def _on_progress(self, event: Any) -> None:
        if getattr(event, "task", "") != "vault.sync":
            return
        self.progress.setVisible(True)
        self.progress_label.setVisible(True)
        self.progress.setRange(0, max(1, event.total))
        self.progress.setValue(event.done)
        self.progress_label.setText(event.message)
        if event.total and event.done >= event.total and not self.syncing:
            QTimer.singleShot(1500, self._hide_progress_if_idle)

    def _hide_progress_if_idle(self) -> None:
        if not self.syncing:
            self.progress.setVisible(False)
            self.progress_label.setVisible(False)

    def _on_notice(self, event: Any) -> None:
        kind = getattr(event, "kind", "")
        if kind in ("vault.synced", "vault.rejected"):
            self.refresh()

    def open_document(self, doc_id: int, version: int | None = None) -> None:
        # the viewer gets a separate copy, so it cannot change the one kept offline
        self._run(lambda: self.service().copy_for_viewer(doc_id, version), on_done=self._launch,
                  on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Offline documents"), str(exc))

    def show_versions(self, doc_id: int) -> None:
        doc = next((d for d in self.docs if d.id == doc_id), None)
        if doc is None:
            return

        def done(versions: list[Any]) -> None:
            dialog = VersionsDialog(self, doc, versions)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.versions_dialog = dialog
            dialog.open()

        self._run(lambda: self.service().versions(doc_id), on_done=done, on_error=self._show_error)

    def accept(self, doc_id: int) -> None:
        self._run(lambda: self.service().accept_quarantined(doc_id), on_done=lambda _r: self.refresh(),
                  on_error=self._show_error)

    def remove(self, doc_id: int) -> None:
        doc = next((d for d in self.docs if d.id == doc_id), None)
        if doc is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove document"),
                          self.tr("Remove “%1” and all its offline versions?").replace("%1", doc.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._remove_confirmed(doc_id, result))
        self.remove_box = box
        box.open()

    def _remove_confirmed(self, doc_id: int, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.service().remove_document(doc_id), on_done=lambda _r: self.refresh(),
                      on_error=self._show_error)

    def add_dialog(self) -> None:
        dialog = AddDocumentDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add(dialog.values()))
        self.add_dialog_window = dialog
        dialog.open()

    def add(self, values: dict[str, Any]) -> None:
        """Register a source (and its credential) on a worker, then fetch it."""
        if not values.get("source"):
            return

        def work() -> Any:
            from ...vault.credentials import Credential

            cred = None
            if values.get("auth", "none") != "none":
                cred = Credential(values["auth"], values["secret"], username=values.get("user", ""),
                                  header=values.get("header", ""))
            svc = self.service()
            doc = svc.add_document(values["source"], name=values.get("name"),
                                   expected_type=values.get("expected_type", "auto"), credential=cred,
                                   kind="contacts" if values.get("contacts") else "document")
            return doc

        def done(doc: Any) -> None:
            self.refresh()
            self.sync([doc.id])

        self._run(work, on_done=done, on_error=self._show_error)

    def unlock(self) -> None:
        phrase = self.passphrase.text()
        self.passphrase.clear()
        if not phrase:
            return
        self._run(lambda: self.service().unlock(phrase), on_done=lambda _r: self.refresh(),
                  on_error=self._show_error)

    # -- search ------------------------------------------------------------------------------------------
    def run_search(self) -> None:
        query = self.search.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if not query:
            self.stack.setCurrentWidget(self.table)
            return

        def done(hits: list[Any]) -> None:
            if seq != self._search_seq:
                return  # a newer query is on its way
            self.results.clear()
            if not hits:
                item = QListWidgetItem(self.tr("No matches in the offline copies."), self.results)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            for h in hits:
                item = QListWidgetItem(self.results)
                item.setData(Qt.ItemDataRole.UserRole, h.doc_id)
                label = QLabel(f"<b>{html.escape(h.name)}</b><br>{snippet_html(h.snippet)}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAccessibleName(h.name)
                item.setSizeHint(label.sizeHint())
                item.setToolTip(h.name)
                item.setText("")
                self.results.setItemWidget(item, label)
            self.stack.setCurrentWidget(self.results)

        self._run(lambda: self.service().search(query, 30), on_done=done, on_error=self._show_error)

    def _open_result(self, item: QListWidgetItem) -> None:
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        if doc_id is not None:
            self.open_document(int(doc_id))

    # -- tray and outage window ------------------------------------------------------------------------
    @classmethod
    def tray_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        """The documents line and "Refresh documents". Building them starts no work: the line follows
        the vault's own notices (opened by the app at start-up, synced)."""
        status = page_action(ctx, parent, _t("DocumentsPage", "Documents"), "documents")
        refresh = QAction(_t("DocumentsPage", "Refresh documents"), parent)
        refresh.triggered.connect(lambda: ctx.run(lambda: ctx.vault().sync(),
                                                  on_error=lambda exc: log.info("refresh: %s", exc)))

        def update(*_a: Any) -> None:
            def done(summary: dict[str, Any]) -> None:
                n, stale = summary["documents"], summary["stale"] + summary["missing"]
                if stale:
                    status.setText(_t("DocumentsPage", "Documents: %1 of %2 stale").replace("%1", str(stale)).replace("%2", str(n)))
                else:
                    status.setText(_t("DocumentsPage", "Documents: %1 offline, all fresh").replace("%1", str(n)) if n
                                   else _t("DocumentsPage", "Documents…"))
                status.setVisible(True)
                refresh.setData(n)
                sync_refresh()

            ctx.run(lambda: ctx.vault().summary(), on_done=alive(status, done), on_error=lambda _e: None)

        def sync_refresh(*_a: Any) -> None:
            # a refresh during an outage can only fail: offered when the network works
            refresh.setVisible(bool(refresh.data()) and ctx.situation in ("online", "unknown"))

        ctx.bridge.notice.connect(alive(status, lambda e: update() if getattr(e, "kind", "") in VAULT_NOTICES
                                        else None))
        ctx.bridge.stateChanged.connect(alive(refresh, sync_refresh))
        return [status, refresh]

    @classmethod
    def outage_actions(cls, ctx: Any, parent: QObject) -> list[QAction]:
        return [page_action(ctx, parent, _t("DocumentsPage", "Open offline documents"), "documents",
                            _t("DocumentsPage", "Your continuity plan, runbooks and lists, readable without the network"))]


def _redact(url: str) -> str:
    from ...vault.sources import redact_url

    return redact_url(url)
