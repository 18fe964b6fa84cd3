"""What the windows and the tray know of a feature page: its class, id, icon and sidebar title.

Kept apart from :mod:`.pages`, which imports the page modules themselves: the windows a page opens can
then name a page without importing every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Sidebar titles until a page is built (its own ``title`` wins afterwards).
PAGE_TITLES = {
    "documents": QT_TRANSLATE_NOOP("Pages", "Documents"),
    "contacts": QT_TRANSLATE_NOOP("Pages", "Contacts"),
    "backup_dns": QT_TRANSLATE_NOOP("Pages", "Backup DNS"),
    "readiness": QT_TRANSLATE_NOOP("Pages", "Readiness"),
}


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    cls: Any  # the Page class (a QWidget subclass)
    icon_name: str


def page_title(spec: PageSpec) -> str:
    title = getattr(spec.cls, "title", None)
    if isinstance(title, str) and title:
        return title
    if spec.page_id in PAGE_TITLES:
        return QCoreApplication.translate("Pages", PAGE_TITLES[spec.page_id])
    return spec.page_id.replace("_", " ").capitalize()
