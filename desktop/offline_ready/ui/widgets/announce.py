"""State changes told to assistive technology, not only drawn.

A screen reader does not watch a label repaint. When what the user is in changes, the
widget that says it gets the new text as its accessible description (AT-SPI's
``object:property-change:accessible-description``), an Alert (what Windows and macOS read out)
and an announcement (``object:announcement``, what Orca reads out on Linux).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> bool:
    """Set ``text`` as the widget's accessible description and raise an alert if it changed;
    returns whether it changed."""
    if widget.accessibleDescription() == text:
        return False
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    return True
