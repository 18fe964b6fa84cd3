"""What a user can read in a window, and which of it bypassed translation (the pseudo-locale's marks
are missing). Shared by the pseudo-locale scan of every window (``pseudo_scan.py``, on a real display)
and its test.

With the ``x-pseudo`` language, every message the catalogues hold comes back between ⟦ ⟧; what is
left outside the marks must be data (``support.pseudo.bypasses``). Data the user or the network
supplies here (the sample services, the built-in resolver profiles, file formats' product names, the
seeded contacts and documents) is the short, explicit allowance below.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from offline_ready.resolver_profiles.profiles import BUILTIN_PROFILES
from support.pseudo import bypasses

# Data, not words: the sample observations' service names, the resolver profiles, file formats'
# product names, an example header name, and what the scan seeds into the vault.
SEEDED = ("Acme ISP", "Ops desk", "Night line", "Helpdesk", "runbook.txt", "price-list.pdf", "Runbook",
          "Price list", "Vendors")
# Settings' default values are data the user edits: the probe targets with the answer each one must
# give, and the contact groups called first.
DEFAULTS = ("Microsoft Connect Test", "Success", "success", "IT helpdesk")
DATA = ("Shop", "Forum", *(w for p in BUILTIN_PROFILES.values() for w in (p.id, p.name)),
        "Word", "Excel", "X-API-Key", *SEEDED, *DEFAULTS)


def plain(text: str) -> str:
    """Rich text as a reader sees it (``&&`` is a literal ampersand in a button)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text or "")).replace("&&", "&")


def model_texts(model: QAbstractItemModel | None) -> list[str]:
    """Header and cell texts (display and tool tip) of a table, list or tree, three levels deep."""
    if model is None:
        return []
    columns = max(1, model.columnCount() if not isinstance(model, QAbstractListModel) else 1)
    out = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
           for c in range(columns)]

    def walk(parent: QModelIndex, depth: int = 0) -> None:
        for r in range(min(model.rowCount(parent), 200)):
            for c in range(columns if not parent.isValid() else 1):
                index = model.index(r, c, parent)
                out.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
                out.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
            if depth < 3:
                walk(model.index(r, 0, parent), depth + 1)

    walk(QModelIndex())
    return out


def menu_texts(menu: QMenu | None, depth: int = 0) -> list[str]:
    """A menu's items, their tool tips and their submenus' items."""
    if menu is None or depth > 3:
        return []
    out = [menu.title()]
    for action in menu.actions():
        out += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
        out += menu_texts(action.menu(), depth + 1)
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in ``root`` and its children."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        found.append((name + " tooltip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
            if isinstance(w, QAbstractButton) and getattr(w, "menu", None) and w.menu() is not None:
                found += [(name + " menu", t) for t in menu_texts(w.menu())]
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((name + " placeholder", w.placeholderText()))
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            found.append((name, w.toPlainText()))
        elif isinstance(w, QComboBox):
            found += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            found += [(name, t) for t in model_texts(w.model())]
        elif isinstance(w, QMenu):
            found += [(name, t) for t in menu_texts(w)]
    return [(where, t) for where, t in found if t]


def untranslated_texts(texts: list[tuple[str, str]], allowed: tuple[str, ...] = ()) -> list[str]:
    """``where: text`` of each text with words that bypassed translation (addresses go first, so an
    allowed word inside one, "success" in ``…/success.txt``, leaves no stray part of it)."""
    return [f"{where}: {text!r}" for where, text in texts
            if bypasses(URL.sub(" ", plain(text)), (*DATA, *allowed))]


URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+")


def untranslated(root: QWidget, allowed: tuple[str, ...] = ()) -> list[str]:
    return untranslated_texts(visible_texts(root), allowed)


def notification_texts(call: dict[str, Any]) -> list[tuple[str, str]]:
    """Summary, body and action labels of one recorded org.freedesktop.Notifications.Notify call."""
    args = call["args"]
    actions = list(args[5]) if len(args) > 5 else []
    labels = [actions[i + 1] for i in range(0, len(actions) - 1, 2)]
    return [("summary", args[3]), ("body", args[4]), *(("action", a) for a in labels)]
