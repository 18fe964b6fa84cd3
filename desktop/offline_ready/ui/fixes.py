"""The one action that fixes what the user is in — offered first everywhere.

The tray menu's first entry after the verdict, the outage window's default (and focused)
button and the notification's action button all come from here, so they always agree:
"Use backup DNS" in a resolver outage, "Open the sign-in page" behind a captive portal,
"Switch back to my DNS settings" while running on backup DNS.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from .models.status import ON_BACKUP

log = logging.getLogger(__name__)

USE_BACKUP, RESTORE, OPEN_PORTAL = "use-backup-dns", "restore-dns", "open-portal"
_FIXES = {
    "dns-outage": (USE_BACKUP, QT_TRANSLATE_NOOP("Fixes", "Use backup DNS")),
    "captive-portal": (OPEN_PORTAL, QT_TRANSLATE_NOOP("Fixes", "Open the sign-in page")),
    ON_BACKUP: (RESTORE, QT_TRANSLATE_NOOP("Fixes", "Switch back to my DNS settings")),
}
_HINTS = {
    USE_BACKUP: QT_TRANSLATE_NOOP("Fixes", "Switch to a tested backup resolver; your own settings come back with "
                                           "one click"),
    OPEN_PORTAL: QT_TRANSLATE_NOOP("Fixes", "Open this network's sign-in page in your browser"),
    RESTORE: QT_TRANSLATE_NOOP("Fixes", "Go back to your own DNS settings now"),
}


def fix_for(ctx: Any, situation: str | None = None) -> tuple[str, str] | None:
    """(key, translated label) of the action that fixes the situation, if one can run here."""
    sit = situation or ctx.situation
    entry = _FIXES.get(sit)
    if entry is None:
        return None
    key, label = entry
    if key == USE_BACKUP and not (ctx.config.backup_dns.enabled and ctx.config.backup_dns.allow_switch):
        return None
    if key == OPEN_PORTAL:
        v = ctx.shown_verdict
        if v is None or not v.portal_url:
            return None
    return key, QCoreApplication.translate("Fixes", label)


def show_fix(button: Any, fix: tuple[str, str] | None) -> None:
    """A push button that offers the fix (status page, outage window): shown only when there is one."""
    button.setVisible(fix is not None)
    if fix is not None:
        button.setProperty("fix", fix[0])
        button.setText(fix[1])
        button.setToolTip(fix_hint(fix[0]))
        button.setAccessibleName(fix[1])


def fix_hint(key: str) -> str:
    return QCoreApplication.translate("Fixes", _HINTS[key]) if key in _HINTS else ""


def run_fix(ctx: Any, key: str, parent: Any = None) -> None:
    """Do it: switch (with the countdown dialog), switch back, or open the sign-in page."""
    if key == USE_BACKUP:
        from .pages.backup_dns import start_switch

        start_switch(ctx, parent=parent)
    elif key == RESTORE:
        from .pages.backup_dns import restore_dns

        restore_dns(ctx)
    elif key == OPEN_PORTAL:
        v = ctx.shown_verdict
        url = v.portal_url if v is not None else None
        if url and not QDesktopServices.openUrl(QUrl(url)):
            ctx.notify(QCoreApplication.translate("Fixes", "The sign-in page could not be opened"),
                       QCoreApplication.translate("Fixes", "No web browser answered. Open a browser and go to "
                                                           "{url}").format(url=url), page_id="status")
    else:
        log.warning("unknown fix %r", key)
