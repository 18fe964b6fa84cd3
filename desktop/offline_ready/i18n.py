"""Translations for the Qt-free core: gettext, with the catalogues shipped inside the package.

As in Electrum's ``i18n``: ``_()`` translates now, in the language chosen at start-up by the CLI
or the tray app (``set_language``: the ``ui.language`` setting, else the system's locale);
``N_()`` marks text defined at import time (tables, settings titles) for the catalogue, and the
code that shows it calls ``_()`` then; ``ngettext`` applies the catalogue's own plural rule, so
"1 address" / "4 addresses" in English and every form German or Polish needs.

The catalogues are ``resources/locale/<lang>/LC_MESSAGES/offline_ready.mo``, found through
:func:`paths.resources_dir` (``importlib.resources`` once installed); they are made from the
``.po`` files by ``resources/translations/update.py``. ``x-pseudo`` is the pseudo-locale: every
translated message comes back marked and accented, so text that bypasses translation stands out.
"""

from __future__ import annotations

import errno
import functools
import gettext as _gettext
import os
import re
from pathlib import Path

from .paths import resources_dir

DOMAIN = "offline_ready"
PSEUDO = "x-pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def locale_dir() -> Path:
    return resources_dir() / "locale"


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Languages with a core catalogue, besides English (the source language)."""
    folder = locale_dir()
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file())) \
        if folder.is_dir() else ()


def speaks(language: str) -> bool:
    """Whether choosing ``language`` ("de", "de_AT", "de-CH", "en", the pseudo-locale) changes what the
    app says: English, or a language (or a regional variant of one) with a catalogue."""
    wanted = language.replace("-", "_")
    return language == PSEUDO or wanted.split("_")[0] == "en" or any(
        lang in (wanted, wanted.split("_")[0]) for lang in available_languages())


def in_language(language: str, message: str) -> str:
    """``message`` in ``language`` rather than the current one: for files that carry every language at
    once, like a desktop entry's ``Comment[de]``."""
    found = _gettext.find(DOMAIN, str(locale_dir()), languages=[language])
    if not found:
        return message
    with open(found, "rb") as fp:
        return _gettext.GNUTranslations(fp).gettext(message)


def system_languages() -> list[str]:
    """The user's languages from the environment, as gettext reads them (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return [v.split(".")[0].split("@")[0] for v in value.split(":") if v and v not in ("C", "POSIX")]
    return []


def set_language(language: str = "") -> str:
    """Use ``language`` ("de", "de_AT", "x-pseudo"; empty = the system's) from now on. Returns the
    language whose catalogue is in use ("en" when none matched: the source text is English)."""
    global _translations, _language
    wanted = [language if language == PSEUDO else language.replace("-", "_")] if language else system_languages()
    if PSEUDO in wanted[:1]:
        _translations, _language = PseudoTranslations(), PSEUDO
        return _language
    found = _gettext.find(DOMAIN, str(locale_dir()), languages=wanted or ["en"], all=False) if wanted else None
    if found:
        with open(found, "rb") as fp:
            _translations = _gettext.GNUTranslations(fp)
        _language = Path(found).parent.parent.name
    else:
        _translations, _language = _gettext.NullTranslations(), "en"
    return _language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """``message`` in the current language (the empty string stays empty: gettext maps it to the header)."""
    return _translations.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n`` under the current language's plural rule."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (text built at import time)."""
    return message


# The operating system's errors a file or folder meets, in the user's words: Python gives the C
# library's English text (``strerror``) whatever the language.
_OS_ERRORS = {
    errno.ENOENT: N_("no such file or folder"), errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"), errno.EISDIR: N_("is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"), errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"), errno.EEXIST: N_("already exists"),
    errno.ENAMETOOLONG: N_("the name is too long"), errno.ELOOP: N_("too many symbolic links"),
    errno.EIO: N_("input/output error"),
}


def newer_store(found: int, known: int) -> str:
    """Why a file or database written by a newer version is left alone (``storeversion.NewerStoreError``)."""
    return _("written by a newer Offline Ready (format {found}; this version reads up to {known}); "
             "it was left untouched — update Offline Ready to use it").format(found=found, known=known)


def os_error(exc: OSError) -> str:
    """``exc`` in the current language: our words for the usual file errors, else the OS's own text."""
    words = _OS_ERRORS.get(exc.errno or -1)
    return _(words) if words else (exc.strerror or str(exc) or type(exc).__name__)


# Placeholders and markup that a translation must keep as they are.
_KEEP = re.compile(r"\b[A-Z][A-Z0-9_]+\b|\{[^{}]*\}|%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[a-z]|%[sdifgrxn%]|%\d+|<[^>]+>|&\w+;|https?://\S+")
_ACCENTS = str.maketrans("AEIOUYaeiouycnsz", "ÀÉÎÖÜÝàéîöüýçñšž")


def pseudo(text: str) -> str:
    """The pseudo-locale's form of ``text``: accented letters between ⟦ ⟧, placeholders untouched."""
    if not text:
        return text
    out, pos = [], 0
    for m in _KEEP.finditer(text):
        out += [text[pos:m.start()].translate(_ACCENTS), m.group(0)]
        pos = m.end()
    out.append(text[pos:].translate(_ACCENTS))
    return PSEUDO_OPEN + "".join(out) + PSEUDO_CLOSE


class PseudoTranslations(_gettext.NullTranslations):
    """Every message marked, in English plural forms: shows what reaches the screen untranslated."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)
