"""Translations: Qt's .qm files from ``resources/translations`` (made with pyside6-lupdate/lrelease).

The English catalogue is always loaded first: it holds the plural forms ("1 minute",
"2 minutes") of the source strings, which use Qt's ``%n`` convention.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def install_translators(language: str = "") -> list[str]:
    """Load the app's and Qt's catalogues for ``language`` (empty = the system's). Returns what loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded: list[str] = []
    folder = str(translations_dir())
    locale = QLocale(language) if language else QLocale.system()
    base = QTranslator(app)
    if base.load("offline_ready_en", folder):
        app.installTranslator(base)
        _installed.append(base)
        loaded.append("offline_ready_en")
    if locale.language() != QLocale.Language.English:
        mine = QTranslator(app)
        if mine.load(locale, "offline_ready", "_", folder):
            app.installTranslator(mine)
            _installed.append(mine)
            loaded.append(mine.filePath())
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
            loaded.append(qt.filePath())
    log.debug("translations loaded: %s", loaded)
    return loaded
