"""The "Managed by your organization" mark shown next to settings locked by admin policy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..icons import IconProvider


class LockBadge(QWidget):
    def __init__(self, icons: IconProvider, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.icon("lock").pixmap(16, 16))
        self.icon.setAccessibleName(self.tr("Locked"))
        self.text = QLabel(self.tr("Managed by your organization"), self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setToolTip(self.tr("Your administrator set this value in a policy file; it cannot be changed here."))
        self.setAccessibleName(self.tr("Managed by your organization"))
