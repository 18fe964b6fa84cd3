"""The user-side record of a switch: deadline, verified, confirmed, expiry, and who owns it.

The privileged journal holds what to restore; this file holds what the user agreed to. The
process that switched holds an OS file lock on ``session.lock`` until the switch is confirmed or
undone, so a later start can tell an abandoned switch (its owner was killed) from one whose
countdown is still running.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..storeversion import FORMAT_KEY, load_json_store, unchanged
from .journal import try_lock

log = logging.getLogger(__name__)


@dataclass
class Session:
    journal_id: str
    profile_id: str
    profile_name: str
    applied_at: float
    deadline: float
    verified: bool = False
    confirmed: bool = False
    confirmed_at: float | None = None
    expires_at: float | None = None
    owner_pid: int = 0
    original_servers: list[str] = field(default_factory=list)
    backup_servers: list[str] = field(default_factory=list)
    verify_detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


SESSION_FORMAT = 1  # session.json's layout (see storeversion)


class SessionStore:
    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self.path = self.dir / "session.json"
        self.lock_path = self.dir / "session.lock"
        self._lock_fd: int | None = None

    def load(self) -> Session | None:
        try:
            d = load_json_store(self.path, SESSION_FORMAT, {0: unchanged})  # 0: 0.1.0, no format field
            return Session(**{k: v for k, v in d.items() if k in Session.__dataclass_fields__})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return None

    def save(self, session: Session) -> None:
        atomic_write_text(self.path, json.dumps({FORMAT_KEY: SESSION_FORMAT, **session.to_dict()}, indent=2), mode=0o600)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    # -- owner lock -----------------------------------------------------------------------------
    def acquire_owner(self) -> bool:
        """Take the owner lock (non-blocking). False when another live process holds it."""
        if self._lock_fd is not None:
            return True
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if not try_lock(fd):
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def release_owner(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing drops the lock
            self._lock_fd = None

    def owner_alive(self) -> bool:
        """Whether some other process holds the owner lock right now."""
        if self._lock_fd is not None:
            return False
        if self.acquire_owner():
            self.release_owner()
            return False
        return True
