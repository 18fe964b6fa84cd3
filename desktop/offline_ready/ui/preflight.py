"""The tray app's start-up refusal: one clear, translated sentence instead of Qt's abort.

Runs before any QApplication exists (Qt answers a missing display or an unloadable platform
plugin with ``abort()``), so the words come from a translator loaded by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from ..gui_session import MISSING_LIBRARY, NO_PLUGIN, NO_SESSION, UNREACHABLE, GuiProblem
from .i18n import translations_dir

EXIT_NO_DESKTOP = 4  # the tray app cannot start here (documented in the README)

_TEXTS = {
    NO_SESSION: QT_TRANSLATE_NOOP(
        "Startup", "no graphical desktop session; use `offline-ready monitor` for a headless watch"),
    MISSING_LIBRARY: QT_TRANSLATE_NOOP(
        "Startup", "the desktop app cannot start: Qt's {platform} display plugin needs the system library "
        "{library}, which is missing or broken; on Debian or Ubuntu install it with "
        "`sudo apt install {package}`"),
    UNREACHABLE: QT_TRANSLATE_NOOP(
        "Startup", "the desktop app cannot reach the graphical display {display}; is the desktop session still "
        "running? Use `offline-ready monitor` for a headless watch"),
    NO_PLUGIN: QT_TRANSLATE_NOOP(
        "Startup", "this installation lacks Qt's {platform} display plugin; reinstall Offline Ready"),
}


def translate_early(context: str, text: str, language: str = "") -> str:
    """``text`` in the system's (or ``language``'s) words, without a QCoreApplication."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() != QLocale.Language.English:
        translator = QTranslator()
        if translator.load(locale, "offline_ready", "_", str(translations_dir())):
            return translator.translate(context, text) or text
    return text


def refusal(problem: GuiProblem, language: str = "") -> str:
    """The sentence that tells why the tray app cannot start and what to do."""
    text = translate_early("Startup", _TEXTS[problem.kind], language)
    return text.format(platform=problem.platform, library=problem.library, package=problem.package or "?",
                       display=problem.display)
