"""Dialogs opened from pages, the tray or the outage window.

A dialog takes ``(ctx: AppContext, ..., parent=None)`` and never blocks the GUI thread
on core work (use ``ctx.run``). See ``ui/README.md``.
"""
