"""The read-only record lists of the feature pages (backup DNS profiles, documents, contacts).

Every cell carries its record's key (``UserRole``), so a selection maps back to the record
whatever the row order; one row is selected at a time and the cells are not editable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole


def record_table(parent: QWidget, headers: list[str], stretch_column: int, accessible_name: str) -> QTableWidget:
    """A table with one column per header, sized to its contents but for ``stretch_column``."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.setAccessibleName(accessible_name)
    return table


def add_record_row(table: QTableWidget, key: Any, cells: list[str]) -> int:
    """Append a row of ``cells`` tagged with ``key``; returns the row's index."""
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setData(KEY_ROLE, key)
        table.setItem(row, col, item)
    return row


def selected_key(table: QTableWidget) -> Any:
    """The key of the selected row, or None when nothing is selected."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(KEY_ROLE) if item else None
