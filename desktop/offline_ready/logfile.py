"""The app's log file handler (logsetup.py decides when it is installed)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path


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
