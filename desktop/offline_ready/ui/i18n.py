"""Translations: Qt's .qm files from ``resources/translations`` (made with pyside6-lupdate/lrelease),
and the core's gettext catalogue in the same language (:mod:`offline_ready.i18n`).

The English catalogue is always loaded first: it holds every message, with the plural forms
("1 minute", "2 minutes") of the source strings, which use Qt's ``%n`` convention. The pseudo-locale
(``x-pseudo``) marks every translated string, in the windows as in the core's text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n as core_i18n
from ..paths import resources_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


class PseudoTranslator(QTranslator):
    """Every message of the app's catalogue, in its English form (plurals from ``english``), marked and
    accented. A message the catalogue lacks (never extracted, so no language can translate it) stays
    unmarked: the pseudo-locale shows it as the bypass it is. Qt's own words (standard buttons, the
    wizard's Back/Next) are marked when Qt's catalogue (``qt_reference``, the German one Qt ships)
    translates them."""

    def __init__(self, english: QTranslator | None, parent=None, qt_reference: QTranslator | None = None) -> None:
        super().__init__(parent)
        self._english = english
        self._qt = qt_reference

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": an empty string would be taken as the translation and blank the text
        if not context or (context.startswith("Q") and context[1:2].isupper()):
            # Qt's own strings (QDialogButtonBox, QWizard…) come from Qt's catalogue
            known = self._qt is not None and self._qt.translate(context, source, disambiguation, n)
            return core_i18n.pseudo(source) if known else None
        if self._english is None:
            return core_i18n.pseudo(source)
        english = self._english.translate(context, source, disambiguation, n)
        return core_i18n.pseudo(english) if english else None

    def isEmpty(self) -> bool:
        return False


def install_translators(language: str = "") -> list[str]:
    """Load the app's and Qt's catalogues for ``language`` (empty = the system's), and the core's. Returns what
    loaded."""
    core = core_i18n.set_language(language)
    app = QCoreApplication.instance()
    if app is None:
        return []
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded: list[str] = []
    folder = str(translations_dir())
    base = QTranslator(app)
    if base.load("offline_ready_en", folder):
        app.installTranslator(base)
        _installed.append(base)
        loaded.append("offline_ready_en")
    if core == core_i18n.PSEUDO:
        qt_reference = QTranslator(app)
        found = qt_reference.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        pseudo = PseudoTranslator(base if loaded else None, app, qt_reference if found else None)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        loaded.append(core_i18n.PSEUDO)
        log.debug("translations loaded: %s", loaded)
        return loaded
    locale = QLocale(language) if language else QLocale.system()
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
