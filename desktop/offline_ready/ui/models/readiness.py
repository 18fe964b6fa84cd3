"""Readiness for the UI: computing it off the GUI thread, and its words in the user's language.

The core's items carry stable ids; titles, reasons, fix labels and status words are translated
here (the core's English ``detail`` is shown as the finding, like the verdict's advice).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ITEM_TITLES = {
    "documents": QT_TRANSLATE_NOOP("Readiness", "Documents are fresh and verified"),
    "contacts": QT_TRANSLATE_NOOP("Readiness", "Someone to call in every escalation group"),
    "backup_dns": QT_TRANSLATE_NOOP("Readiness", "Backup DNS tested and working"),
    "fallbacks": QT_TRANSLATE_NOOP("Readiness", "Every watched service has an offline fallback"),
    "notifications": QT_TRANSLATE_NOOP("Readiness", "Warnings reach you"),
    "autostart": QT_TRANSLATE_NOOP("Readiness", "Starts at login"),
    "encryption": QT_TRANSLATE_NOOP("Readiness", "Vault encrypted as required"),
    "drill": QT_TRANSLATE_NOOP("Readiness", "Outage drill done recently"),
}
ITEM_WHY = {
    "documents": QT_TRANSLATE_NOOP("Readiness", "During an outage you only have the copies on this computer; "
                                                "an old price list or plan misleads."),
    "contacts": QT_TRANSLATE_NOOP("Readiness", "When the internet is down you need a number that still rings: "
                                               "a mobile or a landline."),
    "backup_dns": QT_TRANSLATE_NOOP("Readiness", "A resolver outage is the commonest big outage; a backup only "
                                                 "helps if it was seen working."),
    "fallbacks": QT_TRANSLATE_NOOP("Readiness", "When a service is down, people need the document or the person "
                                                "that replaces it."),
    "notifications": QT_TRANSLATE_NOOP("Readiness", "A warning nobody sees is no warning: desktops block or hide "
                                                    "notifications silently."),
    "autostart": QT_TRANSLATE_NOOP("Readiness", "An app that is not running warns nobody."),
    "encryption": QT_TRANSLATE_NOOP("Readiness", "Your organisation requires offline copies to be unreadable if "
                                                 "this computer is lost."),
    "drill": QT_TRANSLATE_NOOP("Readiness", "A rehearsal finds the missing number or the unreadable plan before "
                                            "a real outage does."),
}
FIX_LABELS = {
    "sync-documents": QT_TRANSLATE_NOOP("Readiness", "Refresh documents now"),
    "open-documents": QT_TRANSLATE_NOOP("Readiness", "Open documents"),
    "add-document": QT_TRANSLATE_NOOP("Readiness", "Add a document"),
    "open-contacts": QT_TRANSLATE_NOOP("Readiness", "Open contacts"),
    "dns-benchmark": QT_TRANSLATE_NOOP("Readiness", "Test backup DNS now"),
    "edit-services": QT_TRANSLATE_NOOP("Readiness", "Link fallbacks"),
    "test-notification": QT_TRANSLATE_NOOP("Readiness", "Send a test notification"),
    "open-settings": QT_TRANSLATE_NOOP("Readiness", "Turn warnings on"),
    "enable-autostart": QT_TRANSLATE_NOOP("Readiness", "Start at login"),
    "enable-encryption": QT_TRANSLATE_NOOP("Readiness", "Encrypt the vault"),
    "run-drill": QT_TRANSLATE_NOOP("Readiness", "Start a drill"),
    "open-doctor": QT_TRANSLATE_NOOP("Readiness", "How to fix"),
}
STATUS_WORDS = {
    "ok": QT_TRANSLATE_NOOP("Readiness", "ready"),
    "gap": QT_TRANSLATE_NOOP("Readiness", "gap"),
    "critical": QT_TRANSLATE_NOOP("Readiness", "critical gap"),
    "unverified": QT_TRANSLATE_NOOP("Readiness", "not verified"),
    "n/a": QT_TRANSLATE_NOOP("Readiness", "not required"),
}
# shape as well as colour (colour-blind users), as the tray icon does
STATUS_MARKS = {"ok": ("✓", "#2e7d32"), "gap": ("!", "#a65c00"), "critical": ("✗", "#c62828"),
                "unverified": ("?", "#5f6368"), "n/a": ("–", "#5f6368")}
SCENARIO_TITLES = {
    "dns-outage": QT_TRANSLATE_NOOP("Readiness", "Your DNS resolver stops answering"),
    "no-internet": QT_TRANSLATE_NOOP("Readiness", "The internet line goes down"),
    "captive-portal": QT_TRANSLATE_NOOP("Readiness", "A network asks you to sign in"),
    "provider-dns": QT_TRANSLATE_NOOP("Readiness", "One provider's DNS goes down"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Readiness", text)


def title(item: Any) -> str:
    return tr(ITEM_TITLES[item.id]) if item.id in ITEM_TITLES else item.title


def why(item: Any) -> str:
    return tr(ITEM_WHY[item.id]) if item.id in ITEM_WHY else item.why


def fix_label(item: Any) -> str:
    return tr(FIX_LABELS[item.fix]) if item.fix in FIX_LABELS else item.fix_label


def status_word(status: str) -> str:
    return tr(STATUS_WORDS.get(status, status))


def summary(result: Any) -> str:
    """"Score 72 of 100: 1 critical gap, 2 gaps" with real plural rules."""
    crit = sum(1 for i in result.items if i.status == "critical")
    gaps = sum(1 for i in result.items if i.status in ("gap", "unverified"))
    if not crit and not gaps:
        return QCoreApplication.translate("Readiness", "Ready: every check passed.")
    parts = []
    if crit:
        parts.append(QCoreApplication.translate("Readiness", "%n critical gap(s)", "", crit))
    if gaps:
        parts.append(QCoreApplication.translate("Readiness", "%n other gap(s)", "", gaps))
    return ", ".join(parts)


def compute(ctx: Any) -> Any:
    """Gather and evaluate (worker thread: reads the vault, the history and settings)."""
    from ...autostart import for_platform
    from ...readiness import evaluate
    from ...readiness.gather import gather, notification_server

    return evaluate(gather(ctx.config, vault=ctx.vault(), autostart=for_platform().is_enabled,
                           notifications=notification_server))


def read_status_pages(ctx: Any, verdict: dict[str, Any], state: str) -> list[Any]:
    """Worker thread: the pages of the services this problem concerns (all of them in an outage)."""
    from ...statuspage.fetch import read_for_verdict

    return read_for_verdict(ctx.config, verdict, state, ctx.paths.cache_dir)
