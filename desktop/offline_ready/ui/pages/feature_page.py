"""What the feature pages (documents, contacts, backup DNS) have in common: a reload each time the
page is shown, worker calls that cannot reach a closed page, and the tray and outage-window actions
that open a page. Each feature's service is a typed attribute of the app context (``ctx.vault()``,
``ctx.backup_dns()``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QWidget

from ..widgets.load_on_show import LoadOnShow


def alive(owner: QObject, fn: Callable[..., Any] | None) -> Callable[..., None] | None:
    """Wrap a worker callback so it does nothing once ``owner`` is gone (the page was closed while
    its work ran); ``None`` stays ``None``."""
    if fn is None:
        return None
    from shiboken6 import isValid

    def call(*args: Any) -> None:
        if isValid(owner):
            fn(*args)

    return call


def open_local_file(path: Any, parent: QWidget | None = None) -> bool:
    """Hand a file to the system's viewer (a browser for HTML, the PDF viewer …). When nothing
    opens it (no viewer for the type installed), say so and offer "Show in folder" — never fail
    silently in the middle of an outage."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    explain_open_failure(Path(str(path)), parent)
    return False


def explain_open_failure(path: Path, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    kind = path.suffix.lstrip(".").upper() or QCoreApplication.translate("FeaturePage", "this kind of")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("FeaturePage", "The file could not be opened"),
                      QCoreApplication.translate("FeaturePage", "No program on this computer opens {kind} files. "
                                                 "The copy is saved here:\n{path}").format(kind=kind, path=path),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("open-failed")
    show = box.addButton(QCoreApplication.translate("FeaturePage", "Show in &folder"), QMessageBox.ButtonRole.ActionRole)

    def reveal() -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(str(path))  # last resort: the path, ready to paste
            box.setText(box.text() + "\n\n" + QCoreApplication.translate(
                "FeaturePage", "No file manager answered either; the path is on the clipboard."))

    show.clicked.disconnect()  # keep the box open: its text may change
    show.clicked.connect(reveal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def page_action(ctx: Any, parent: QObject, text: str, page_id: str, tooltip: str = "") -> QAction:
    """A tray or outage-window action that shows ``page_id`` in the main window, with its icon."""
    action = QAction(text, parent)
    action.setIcon(ctx.icon(page_id))
    if tooltip:
        action.setToolTip(tooltip)
    action.triggered.connect(lambda: ctx.show_page(page_id))
    return action


class FeaturePage(LoadOnShow, QWidget):
    """Base of the feature pages; subclasses set ``page_id``, ``icon_name``, ``title`` and ``refresh``.
    Nothing is read while a page is built: it reloads each time it is shown."""

    page_id = ""
    icon_name = ""
    RELOAD_ON_SHOW = True

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """The page comes to the front: show current data."""
        self.refresh()

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[..., Any] | None = None,
             on_error: Callable[[BaseException], Any] | None = None) -> None:
        """``ctx.run`` whose callbacks are dropped if this page was closed meanwhile."""
        self.ctx.run(fn, *args, on_done=alive(self, on_done), on_error=alive(self, on_error))

    def _launch(self, path: Any) -> None:
        """Open a file the page produced (an offline copy, a call sheet) in the system viewer."""
        open_local_file(path, self)
