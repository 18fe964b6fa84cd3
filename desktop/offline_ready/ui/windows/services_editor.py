"""Watched services in Settings: a table with Add, Edit, Remove and Test, and the edit dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...config.sections.probes import SERVICE
from ..context import AppContext
from ..models.status import cause_text
from ..palette import error_text_css, ok_text_css


def check_service(url: str, expect_status: int | None, timeout: float) -> tuple[bool, str, float]:
    """One real check of a service, the way the engine does it (blocking: run on a worker)."""
    from ...probes.http import fetch, judge_service

    result = fetch(url, timeout)
    verdict, reason = judge_service(result, expect_status)
    return verdict == "up", (reason if verdict == "up" else f"{cause_text(verdict) or verdict}: {reason}"), result.ms


class ServiceDialog(QDialog):
    """Add or edit one watched service, with a Test button."""

    def __init__(self, ctx: AppContext, entry: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Edit service") if entry else self.tr("Add a service"))
        self.setObjectName("service-dialog")
        entry = entry or {}
        # fields this dialog has no editor for (set in the file or by policy) survive an edit
        self._kept = {k: v for k, v in entry.items() if k not in (
            "name", "url", "expect_status", "enabled", "status_page", "status_feed", "fallback")}
        self.name = QLineEdit(entry.get("name", ""), self)
        self.name.setObjectName("service-name")
        self.name.setPlaceholderText(self.tr("e.g. Shop, Mail, Accounting"))
        self.url = QLineEdit(entry.get("url", ""), self)
        self.url.setObjectName("service-url")
        self.url.setPlaceholderText("https://shop.example.com/")
        self.expect = QSpinBox(self)
        self.expect.setObjectName("service-expect")
        self.expect.setRange(0, 599)
        self.expect.setSpecialValueText(self.tr("any 2xx or 3xx"))
        self.expect.setValue(int(entry.get("expect_status") or 0))
        self.status_page = QLineEdit(entry.get("status_page", ""), self)
        self.status_page.setObjectName("service-status-page")
        self.status_page.setPlaceholderText("https://status.example.com")
        self.status_feed = QLineEdit(entry.get("status_feed", ""), self)
        self.status_feed.setObjectName("service-status-feed")
        self.status_feed.setPlaceholderText(self.tr("RSS or Atom incident feed (optional)"))
        self.fallback = QLineEdit(", ".join(entry.get("fallback", [])), self)
        self.fallback.setObjectName("service-fallback")
        self.fallback.setPlaceholderText(self.tr("documents or contacts to use when it is down, comma-separated"))
        self.enabled = QCheckBox(self.tr("&Watch this service"), self)
        self.enabled.setChecked(bool(entry.get("enabled", True)))
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("service-test")
        self.test_button.clicked.connect(self._test)
        self.result = QLabel(self)
        self.result.setObjectName("service-test-result")
        self.result.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(error_text_css(self.palette()))
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Expected status:"), self.expect)
        form.addRow(self.tr("Status &page:"), self.status_page)
        form.addRow(self.tr("Status &feed:"), self.status_feed)
        form.addRow(self.tr("Offline &fallback:"), self.fallback)
        form.addRow("", self.enabled)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for w, name in ((self.name, self.tr("Service name")), (self.url, self.tr("Service address")),
                        (self.expect, self.tr("Expected HTTP status")),
                        (self.status_page, self.tr("Provider's status page")),
                        (self.status_feed, self.tr("Provider's incident feed")),
                        (self.fallback, self.tr("Offline fallback"))):
            w.setAccessibleName(name)
        self.resize(520, self.sizeHint().height())

    def entry(self) -> dict[str, Any]:
        e: dict[str, Any] = {**self._kept, "name": self.name.text().strip(), "url": self.url.text().strip(),
                             "enabled": self.enabled.isChecked()}
        if self.expect.value():
            e["expect_status"] = self.expect.value()
        for key, edit in (("status_page", self.status_page), ("status_feed", self.status_feed)):
            if edit.text().strip():
                e[key] = edit.text().strip()
        fallback = [f.strip() for f in self.fallback.text().split(",") if f.strip()]
        if fallback:
            e["fallback"] = fallback
        return e

    def _validated(self) -> dict[str, Any] | None:
        try:
            entry = SERVICE.check(self.entry())
        except ValueError as exc:
            self.error.setText(str(exc))
            return None
        self.error.setText("")
        return entry

    def _test(self) -> None:
        entry = self._validated()
        if entry is None:
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Testing…"))
        timeout = self.ctx.config.probes.timeout
        self.ctx.run(check_service, entry["url"], entry.get("expect_status"), timeout,
                     on_done=self._tested, on_error=self._test_failed)

    def _tested(self, outcome: tuple[bool, str, float]) -> None:
        ok, text, ms = outcome
        self.test_button.setEnabled(True)
        mark = "✓" if ok else "✗"
        self.result.setText(f"{mark} {text} ({ms:.0f} ms)")
        self.result.setStyleSheet(ok_text_css(self.palette()) if ok else error_text_css(self.palette()))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(f"✗ {exc}")

    def _accept(self) -> None:
        if self._validated() is not None:
            self.accept()


class ServicesEditor(QWidget):
    """The ``services`` setting as a table."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[dict[str, Any]] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("setting-services")
        self.table.setAccessibleName(self.tr("Watched services"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address"), self.tr("Last test")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("services-add")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("services-edit")
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("services-remove")
        self.remove_button.clicked.connect(self.remove)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("services-test")
        self.test_button.clicked.connect(self.test)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self._locked = False
        self._sync_buttons()

    def set_value(self, entries: list[dict[str, Any]]) -> None:
        self.entries = [dict(e) for e in entries or []]
        self._fill()

    def value(self) -> list[dict[str, Any]]:
        return [dict(e) for e in self.entries]

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._sync_buttons()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            name = QTableWidgetItem(e.get("name", ""))
            if not e.get("enabled", True):
                name.setText(name.text() + " " + self.tr("(not watched)"))
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(e.get("url", "")))
            self.table.setItem(r, 2, QTableWidgetItem(""))
        self._sync_buttons()

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _sync_buttons(self) -> None:
        has = self._row() >= 0
        self.add_button.setEnabled(not self._locked)
        self.edit_button.setEnabled(has and not self._locked)
        self.remove_button.setEnabled(has and not self._locked)
        self.test_button.setEnabled(has)

    def add(self) -> None:
        dlg = ServiceDialog(self.ctx, None, self)
        dlg.accepted.connect(lambda: self._added(dlg))
        dlg.open()

    def _added(self, dlg: ServiceDialog) -> None:
        self.entries.append(dlg.entry())
        self._fill()
        self.table.selectRow(len(self.entries) - 1)
        self.changed.emit()

    def edit(self) -> None:
        r = self._row()
        if r < 0 or self._locked:
            return
        dlg = ServiceDialog(self.ctx, self.entries[r], self)
        dlg.accepted.connect(lambda: self._edited(r, dlg))
        dlg.open()

    def _edited(self, r: int, dlg: ServiceDialog) -> None:
        self.entries[r] = dlg.entry()
        self._fill()
        self.table.selectRow(r)
        self.changed.emit()

    def remove(self) -> None:
        r = self._row()
        if r < 0:
            return
        del self.entries[r]
        self._fill()
        self.changed.emit()

    def test(self) -> None:
        r = self._row()
        if r < 0:
            return
        e = self.entries[r]
        item = self.table.item(r, 2)
        item.setText(self.tr("Testing…"))
        timeout = self.ctx.config.probes.timeout
        self.test_button.setEnabled(False)

        def done(outcome, item=item) -> None:
            ok, text, ms = outcome
            item.setText(f"{'✓' if ok else '✗'} {text} ({ms:.0f} ms)")
            item.setToolTip(text)
            self._sync_buttons()

        def failed(exc, item=item) -> None:
            item.setText(f"✗ {exc}")
            self._sync_buttons()

        self.ctx.run(check_service, e["url"], e.get("expect_status"), timeout, on_done=done, on_error=failed)
