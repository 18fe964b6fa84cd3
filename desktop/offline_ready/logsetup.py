"""Logging into a size-rotated file in the platform's log folder (and stderr with --verbose)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .paths import app_paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return app_paths().log_dir / "offline-ready.log"


class LogFile(logging.Handler):
    """The size-rotated log file, opened at the first record it gets.

    A command that logs nothing (a search, ``--help``) then never loads the rotating-file machinery
    (``logging.handlers`` brings sockets, pickle and queues with it) nor touches the log folder. Where
    the file cannot be written (a read-only home), records go to stderr instead and the app goes on."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called with this handler's lock held
        if self.target is None:
            try:
                from logging.handlers import RotatingFileHandler

                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.target = RotatingFileHandler(self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            except OSError:
                self.target = logging.StreamHandler(sys.stderr)
            self.target.setFormatter(self.formatter)
        self.target.emit(record)

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def setup_logging(level: str = "info", *, verbose: bool = False, console: bool = False) -> None:
    root = logging.getLogger("offline_ready")
    if getattr(root, "_offline_ready_setup", False):
        return
    root.setLevel(logging.DEBUG if verbose else getattr(logging, level.upper(), logging.INFO))
    handler = LogFile(log_file())
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if console:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(h)
    root._offline_ready_setup = True  # type: ignore[attr-defined]
