"""The Documents page's dialogs: adding a source (with its credential) and a document's versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def format_size(n: int | None) -> str:
    if n is None:
        return "—"
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


class AddDocumentDialog(QDialog):
    """Source, name, expected type, and an optional credential (kept in the keyring only)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a document"))
        form = QFormLayout(self)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("https://intranet/plan.pdf or a file on a share"))
        self.source.setAccessibleName(self.tr("Source address or file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(browse)
        source_label = QLabel(self.tr("&Source:"), self)  # a label with a buddy: the & is a mnemonic, not text
        source_label.setBuddy(self.source)
        form.addRow(source_label, row)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("from the file name"))
        self.name.setAccessibleName(self.tr("Document name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.kind = QComboBox(self)
        for value, label in (("auto", self.tr("Whatever the address says")), ("pdf", "PDF"),
                             ("html", self.tr("Web page")), ("docx", "Word"), ("xlsx", "Excel"),
                             ("text", self.tr("Text")), ("csv", "CSV")):
            self.kind.addItem(label, value)
        self.kind.setAccessibleName(self.tr("Expected type"))
        form.addRow(self.tr("&Type:"), self.kind)
        self.contacts = QCheckBox(self.tr("This is a contact list (vCard or CSV) to import"), self)
        form.addRow("", self.contacts)
        self.auth = QComboBox(self)
        for value, label in (("none", self.tr("None")), ("basic", self.tr("User name and password")),
                             ("bearer", self.tr("Token (Bearer)")), ("header", self.tr("Custom header"))):
            self.auth.addItem(label, value)
        self.auth.setAccessibleName(self.tr("Sign-in method"))
        form.addRow(self.tr("Sign-&in:"), self.auth)
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        form.addRow(self.tr("&User:"), self.user)
        self.header = QLineEdit(self)
        self.header.setPlaceholderText("X-API-Key")
        self.header.setAccessibleName(self.tr("Header name"))
        form.addRow(self.tr("&Header:"), self.header)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password or token"))
        form.addRow(self.tr("&Password / token:"), self.secret)
        note = QLabel(self.tr("Credentials are stored in the system keyring, never in files."), self)
        note.setWordWrap(True)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.auth.currentIndexChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a document"))
        if path:
            self.source.setText(path)

    def _update(self) -> None:
        auth = self.auth.currentData()
        self.user.setEnabled(auth == "basic")
        self.header.setEnabled(auth == "header")
        self.secret.setEnabled(auth != "none")

    def values(self) -> dict[str, Any]:
        return {"source": self.source.text().strip(), "name": self.name.text().strip() or None,
                "expected_type": self.kind.currentData(), "contacts": self.contacts.isChecked(),
                "auth": self.auth.currentData(), "user": self.user.text(), "header": self.header.text().strip(),
                "secret": self.secret.text()}


class VersionsDialog(QDialog):
    def __init__(self, page: Any, doc: Any, versions: list[Any]):
        super().__init__(page)
        self.page = page
        self.doc = doc
        self.setWindowTitle(self.tr("Versions of %1").replace("%1", doc.name))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Kept versions"))
        from ...vault.verify import day_label

        for n, v in enumerate(versions, 1):
            text = f"{day_label(v.fetched_at)} · {format_size(v.size)} · {v.filename}"
            if v.current:
                text += " · " + self.tr("current")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, n)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self._open())
        layout.addWidget(buttons)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.page.open_document(self.doc.id, item.data(Qt.ItemDataRole.UserRole))
