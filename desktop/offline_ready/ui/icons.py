"""SVG icons that follow the panel's colour scheme as it changes.

Every icon exists as ``NAME-on-light.svg`` (for light panels and windows) and
``NAME-on-dark.svg`` (for dark ones). QIcon renders SVG at any size, so the tray and
the windows stay crisp on HiDPI screens.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from ..paths import resources_dir

log = logging.getLogger(__name__)

TRAY_KEYS = ("online", "degraded", "service-down", "outage", "portal", "unknown", "checking")


def icons_dir() -> Path:
    return resources_dir() / "icons"


def system_is_dark() -> bool:
    """Whether the desktop uses a dark colour scheme (Qt 6.5+ hint, else the palette's lightness)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window: QColor = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


class IconProvider(QObject):
    """Themed icons; emits ``changed`` when the colour scheme (or the user's choice) flips."""

    changed = Signal()

    def __init__(self, style: str = "auto", parent: QObject | None = None):
        super().__init__(parent)
        self._style = style
        self._cache: dict[tuple[str, bool], QIcon] = {}
        self._dark = self._compute_dark()
        if QGuiApplication.instance() is not None:
            QGuiApplication.styleHints().colorSchemeChanged.connect(self._refresh)

    @property
    def dark(self) -> bool:
        """True when icons should be drawn for a dark background."""
        return self._dark

    def set_style(self, style: str) -> None:
        """"auto" follows the system; "light" = light icons for a dark panel; "dark" = dark icons."""
        self._style = style
        self._refresh()

    def _compute_dark(self) -> bool:
        if self._style == "light":
            return True
        if self._style == "dark":
            return False
        return system_is_dark()

    def _refresh(self, *_args) -> None:
        dark = self._compute_dark()
        if dark != self._dark:
            self._dark = dark
            log.debug("icon theme now %s", "dark" if dark else "light")
            self.changed.emit()

    def path(self, name: str, dark: bool | None = None) -> Path:
        dark = self._dark if dark is None else dark
        folder = icons_dir()
        p = folder / f"{name}-{'on-dark' if dark else 'on-light'}.svg"
        if p.is_file():
            return p
        return folder / f"{name}.svg"

    def icon(self, name: str, dark: bool | None = None) -> QIcon:
        dark = self._dark if dark is None else dark
        key = (name, dark)
        icon = self._cache.get(key)
        if icon is None:
            p = self.path(name, dark)
            if not p.is_file():
                log.warning("icon %s is missing", p)
            icon = QIcon(str(p))
            self._cache[key] = icon
        return icon

    def tray_icon(self, key: str) -> QIcon:
        return self.icon(f"tray-{key}")

    def app_icon(self) -> QIcon:
        return QIcon(str(icons_dir() / "offline-ready.svg"))
