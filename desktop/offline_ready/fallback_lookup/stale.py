"""Last-known-good addresses (serve-stale, RFC 8767): what the watched services and documents resolved to when
DNS last worked, persisted atomically so they survive a restart during an outage."""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write_text
from ..storeversion import load_json_store

log = logging.getLogger(__name__)

MAX_ENTRIES = 1000
SAVE_EVERY = 30.0  # seconds between writes when only timestamps changed
FORMAT = 1  # the file's "version" (see storeversion)


@dataclass
class Remembered:
    addresses: list[str]
    at: float  # when they were last confirmed by a live answer
    source: str


class StaleStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._data: dict[str, Remembered] | None = None
        self._last_save = 0.0

    def _load(self) -> dict[str, Remembered]:
        if self._data is None:
            data: dict[str, Remembered] = {}
            try:
                raw = load_json_store(self.path, FORMAT, {}, key="version")  # 0.1.0 wrote version 1
                for name, d in raw.get("hosts", {}).items():
                    data[name] = Remembered(list(d["addresses"]), float(d["at"]), str(d.get("source", "")))
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.warning("ignoring unreadable %s: %s", self.path, exc)
            self._data = data
        return self._data

    def get(self, name: str) -> Remembered | None:
        with self._lock:
            return self._load().get(name.lower().rstrip("."))

    def remember(self, name: str, addresses: list[str], source: str, now: float | None = None) -> None:
        if not addresses:
            return
        now = time.time() if now is None else now
        key = name.lower().rstrip(".")
        with self._lock:
            data = self._load()
            old = data.get(key)
            changed = old is None or old.addresses != addresses
            data[key] = Remembered(list(addresses), now, source)
            if len(data) > MAX_ENTRIES:
                for k, _ in sorted(data.items(), key=lambda kv: kv[1].at)[: len(data) - MAX_ENTRIES]:
                    del data[k]
            if changed or now - self._last_save > SAVE_EVERY:
                self._save_locked(now)

    def _save_locked(self, now: float) -> None:
        assert self._data is not None
        doc = {"version": FORMAT, "hosts": {k: {"addresses": v.addresses, "at": round(v.at, 1), "source": v.source}
                                       for k, v in self._data.items()}}
        try:
            atomic_write_text(self.path, json.dumps(doc, indent=1), mode=0o600)
            self._last_save = now
        except OSError as exc:
            log.warning("could not save %s: %s", self.path, exc)

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._load())
