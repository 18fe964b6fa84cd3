"""The incident report for the ISP or IT: preview, Copy, Save (text, HTML, PDF), E-mail to…

Built off the GUI thread from history (the verdict that opened the incident), the status pages
read around its time and this desk's network facts; credentials never enter it (see
``offline_ready.report.redact``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...diagnosis.model import State
from ..pages.feature_page import alive
from ..widgets.load_on_show import LoadOnShow


def load_report(ctx: Any, incident_id: int | None) -> tuple[Any, Any]:
    """(report, e-mail recipient or None); worker thread. ``None``: the incident in progress, else the last."""
    from ...history.store import HistoryStore
    from ...report import report_for_incident
    from ...report.mailto import pick_recipient

    if incident_id is None:
        incident_id = getattr(ctx, "incident_id", None)
    if incident_id is None:
        store = HistoryStore(ctx.paths.history_db)
        try:
            incidents = store.incidents()
        finally:
            store.close()
        if not incidents:
            raise LookupError("There is no incident in history yet.")
        incident_id = incidents[-1].id
    report = report_for_incident(ctx.config, int(incident_id))
    recipient = None
    try:
        vault = ctx.vault()
        if not vault.locked:
            prefer = "isp" if report.state in (State.NO_INTERNET, State.DNS_OUTAGE) else "it"
            recipient = pick_recipient(vault.list_contacts(), list(ctx.config.readiness.escalation_groups),
                                       prefer=prefer)
    except Exception:  # no vault: the report still works, only "E-mail to…" has no address
        recipient = None
    return report, recipient


def save_report(report: Any, path: str) -> str:
    from ...atomic import atomic_write_bytes
    from ...report.render import RENDERERS

    fmt = {".pdf": "pdf", ".html": "html", ".htm": "html"}.get(Path(path).suffix.lower(), "text")
    data = RENDERERS[fmt](report)
    atomic_write_bytes(Path(path), data if isinstance(data, bytes) else data.encode("utf-8"), mode=0o600)
    return path


class ReportDialog(LoadOnShow, QDialog):
    def __init__(self, ctx: Any, incident_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Any = None
        self.recipient: Any = None
        self.setObjectName("report-dialog")
        self.setWindowTitle(self.tr("Report for your ISP or IT"))
        self.status = QLabel(self.tr("Preparing the report…"), self)
        self.status.setObjectName("report-status")
        self.status.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("report-preview")
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("report-copy")
        self.copy_button.setToolTip(self.tr("Copy the report as text, to paste into a ticket or a chat"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(ctx.icon("export"), self.tr("&Save…"), self)
        self.save_button.setObjectName("report-save")
        self.save_button.clicked.connect(self.save_dialog)
        self.mail_button = QPushButton(self.tr("&E-mail to…"), self)
        self.mail_button.setObjectName("report-mail")
        self.mail_button.clicked.connect(self.email)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        for b in (self.copy_button, self.save_button, self.mail_button):
            b.setEnabled(False)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.save_button, self.mail_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self.incident_id = incident_id

    def load(self) -> None:  # once, when first shown (LoadOnShow)
        self.ctx.run(load_report, self.ctx, self.incident_id, on_done=alive(self, self._loaded),
                     on_error=alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The report could not be made: {error}").format(error=exc))

    def _loaded(self, result: tuple[Any, Any]) -> None:
        from ...report.render import to_html

        self.report, self.recipient = result
        self.preview.setHtml(to_html(self.report))
        self.status.setText(self.tr("What failed, when, for how long and the evidence by layer; no passwords, "
                                    "tokens or document contents."))
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.mail_button.setEnabled(self.recipient is not None)
        if self.recipient is not None:
            self.mail_button.setText(self.tr("&E-mail to {name}…").format(name=self.recipient.display_name))
        else:
            self.mail_button.setToolTip(self.tr("Add an e-mail address to a contact in your ISP or IT helpdesk "
                                                "group to send the report from here"))

    def text(self) -> str:
        from ...report.render import to_text

        return to_text(self.report) if self.report is not None else ""

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied: paste it into an e-mail, a ticket or a chat."))

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / "outage-report.pdf"),
            self.tr("PDF (*.pdf);;Web page (*.html);;Text (*.txt)"))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        self.ctx.run(save_report, self.report, path,
                     on_done=alive(self, lambda p: self.status.setText(self.tr("Saved to {path}").format(path=p))),
                     on_error=alive(self, self._failed))

    def mailto(self) -> str:
        from ...report import mailto_url

        email = self.recipient.emails[0].address
        return mailto_url(email, self.report.subject(), self.text())

    def email(self) -> None:
        if self.report is None or self.recipient is None:
            return
        if not QDesktopServices.openUrl(QUrl(self.mailto())):
            self.status.setText(self.tr("No e-mail program answered. Use Copy or Save and send it another way."))


def open_report(ctx: Any, incident_id: int | None, parent: QWidget | None = None) -> None:
    """The report dialog for an incident (None: the one in progress, else the latest)."""
    dialog = ReportDialog(ctx, incident_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
