""""What is sent to your organisation": the exact labels, last sample and waiting items of fleet reporting,
as ``offline-ready fleet preview`` shows them. Read on a worker (the spool is an SQLite file)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..pages.feature_page import alive
from ..widgets.load_on_show import LoadOnShow


def read_preview(config: Any, reporter: Any) -> list[str]:
    """The preview as lines, from the running reporter or, when reporting is off, a reporter opened just
    to read (it sends nothing)."""
    from ...fleet.reporter import FleetReporter, preview, preview_lines

    if reporter is not None and reporter.spool is not None:
        return preview_lines(preview(reporter))
    temporary = FleetReporter(config)
    try:
        return preview_lines(preview(temporary))
    finally:
        temporary.stop(timeout=0)


class FleetPreviewDialog(LoadOnShow, QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fleet-preview")
        self.setWindowTitle(self.tr("What is sent to your organisation"))
        intro = QLabel(self.tr("Exactly what this computer sends to your organisation's monitoring: the labels on "
                               "every item, the last sample taken and the next items waiting. Never your name, "
                               "this computer's name, network names, hardware or IP addresses, location, "
                               "documents or contacts."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("fleet-preview-text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(self.tr("Reading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def load(self) -> None:  # once, when first shown (LoadOnShow)
        self.ctx.run(read_preview, self.ctx.config, self.ctx.fleet, on_done=alive(self.text, self._shown),
                     on_error=alive(self.text, self._failed))

    def _failed(self, error: BaseException) -> None:
        self.text.setPlainText(self.tr("Could not be read: {error}").format(error=error))

    def _shown(self, lines: list[str]) -> None:
        self.text.setPlainText("\n".join(lines))
