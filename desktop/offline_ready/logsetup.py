"""Logging into a size-rotated file in the platform's log folder (and stderr with --verbose)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from .paths import app_paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return app_paths().log_dir / "offline-ready.log"


def setup_logging(level: str = "info", *, verbose: bool = False, console: bool = False) -> None:
    root = logging.getLogger("offline_ready")
    if getattr(root, "_offline_ready_setup", False):
        return
    root.setLevel(logging.DEBUG if verbose else getattr(logging, level.upper(), logging.INFO))
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    except OSError:  # read-only home: keep working, log to stderr only
        console = True
    if console:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(h)
    root._offline_ready_setup = True  # type: ignore[attr-defined]
