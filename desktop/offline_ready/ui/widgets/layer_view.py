"""Evidence laid out by layer: link → LAN → internet → sign-in check → DNS → each service.

A tree: one row per layer (a shaped status icon + a word, so colour is never the only
cue), its measurements as child rows. Keyboard- and screen-reader-friendly by being a
plain QTreeWidget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...diagnosis.model import Verdict
from ..icons import IconProvider
from ..models.status import FAIL, STATUS_ICON, WARN, evidence_line, layer_rows, status_word
from ..palette import status_colour


class LayerView(QTreeWidget):
    def __init__(self, icons: IconProvider, parent: QWidget | None = None):
        super().__init__(parent)
        self.icons = icons
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Layer"), self.tr("State"), self.tr("What was measured")])
        self.setAccessibleName(self.tr("Diagnosis by layer"))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rows = []
        icons.changed.connect(self._recolour)

    def set_verdict(self, verdict: Verdict | None) -> None:
        rows = layer_rows(verdict) if verdict is not None else []
        if [r.key for r in rows] == [r.key for r in self.rows] and rows:
            self._update_in_place(rows)  # the usual case: same layers, new measurements
        else:
            self._rebuild(rows)
        self.rows = rows

    def _rebuild(self, rows) -> None:
        expanded = {self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                    for i in range(self.topLevelItemCount()) if self.topLevelItem(i).isExpanded()}
        self.clear()
        for row in rows:
            item = QTreeWidgetItem()
            item.setData(0, Qt.ItemDataRole.UserRole, row.key)
            self.addTopLevelItem(item)
            self._fill(item, row, None)
            if row.key in expanded or (row.status in (FAIL, WARN) and row.evidence):
                item.setExpanded(True)

    def _update_in_place(self, rows) -> None:
        for i, row in enumerate(rows):
            item = self.topLevelItem(i)
            old = self.rows[i]
            self._fill(item, row, old)
            if row.status != old.status and row.status in (FAIL, WARN) and row.evidence:
                item.setExpanded(True)

    def _fill(self, item: QTreeWidgetItem, row, old) -> None:
        """Set only what changed: unchanged cells are not repainted."""
        word = status_word(row.status)
        for col, text in ((0, row.title), (1, word), (2, row.summary)):
            if item.text(col) != text:
                item.setText(col, text)
        if old is None or old.status != row.status:
            item.setIcon(0, self.icons.tray_icon(STATUS_ICON[row.status]))
            self._colour(item, row.status)
        item.setToolTip(2, row.summary)
        # screen readers: the whole row in one sentence
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.title}: {word}. {row.summary}")
        lines = [evidence_line(e) for e in row.evidence]
        if item.childCount() != len(lines):
            item.takeChildren()
            for line in lines:
                child = QTreeWidgetItem(["", "", line])
                child.setToolTip(2, line)
                item.addChild(child)
        else:
            for j, line in enumerate(lines):
                child = item.child(j)
                if child.text(2) != line:
                    child.setText(2, line)
                    child.setToolTip(2, line)

    def _colour(self, item: QTreeWidgetItem, status: str) -> None:
        """The status word in its colour, at AA contrast on this palette (grey rows: plain text)."""
        colour = status_colour(status, self.palette())
        item.setForeground(1, QBrush(colour) if colour is not None else QBrush())

    def _recolour(self) -> None:
        for i, row in enumerate(self.rows):
            self.topLevelItem(i).setIcon(0, self.icons.tray_icon(STATUS_ICON[row.status]))
            self._colour(self.topLevelItem(i), row.status)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark while running
            self._recolour()
        super().changeEvent(event)
