"""Load when shown, never while built (Vorta's rule: no work from a constructor or a menu builder).

A window, page or dialog that reads data mixes this in before its Qt class and defines ``load()``:
the first time it is shown (or, with ``RELOAD_ON_SHOW``, every time), ``load()`` submits its work.
Building one therefore costs no thread, no disk and no network, and one never shown never reads.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LoadOnShow:
    """Mixin for QWidget subclasses: ``load()`` runs on the first (or every) non-spontaneous show."""

    RELOAD_ON_SHOW = False  # pages reload each time they come to the front; dialogs read once
    _shown_before = False

    def load(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        # spontaneous: the window system showing it again (un-minimised), not the app opening it
        if event.spontaneous() or (self._shown_before and not self.RELOAD_ON_SHOW):
            return
        self._shown_before = True
        self.load()
