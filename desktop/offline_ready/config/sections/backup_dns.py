"""Settings of the backup dns feature."""

from __future__ import annotations

from ..setting import Setting

SETTINGS: list[Setting] = []
