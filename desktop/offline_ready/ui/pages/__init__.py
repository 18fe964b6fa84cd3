"""Feature pages of the main window, discovered from a fixed list.

Each module defines ``Page(ctx, parent=None)``, a QWidget subclass with ``page_id``,
``title``, ``icon_name`` and the optional classmethods ``tray_actions(ctx, parent)`` and
``outage_actions(ctx, parent)`` (see ``ui/README.md``). Modules that are not installed
are skipped, so the app starts with whichever features are present.
"""

from __future__ import annotations

import importlib
import logging

from ..pagespec import PageSpec

log = logging.getLogger(__name__)

# (page_id, module) in the order they appear after the built-in Status, History and Settings pages.
PAGE_MODULES: tuple[tuple[str, str], ...] = (
    ("documents", "offline_ready.ui.pages.documents"),
    ("contacts", "offline_ready.ui.pages.contacts"),
    ("backup_dns", "offline_ready.ui.pages.backup_dns"),
    ("readiness", "offline_ready.ui.pages.readiness"),
)


def discover_pages(modules: tuple[tuple[str, str], ...] = PAGE_MODULES) -> list[PageSpec]:
    """Import the feature page modules that exist; a broken one is logged and skipped."""
    found: list[PageSpec] = []
    for page_id, name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            log.exception("page %s cannot be imported; skipping it", name)
            continue
        except Exception:
            log.exception("page %s cannot be imported; skipping it", name)
            continue
        cls = getattr(module, "Page", None)
        if cls is None:
            log.error("page module %s defines no Page class; skipping it", name)
            continue
        found.append(PageSpec(getattr(cls, "page_id", page_id), cls, getattr(cls, "icon_name", page_id)))
    return found
