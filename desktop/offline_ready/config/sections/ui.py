"""Settings of the ui feature."""

from __future__ import annotations

from ..setting import Setting

SETTINGS: list[Setting] = []
