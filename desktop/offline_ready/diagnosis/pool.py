"""The threads a diagnosis runs its probes on: made on first use, ended by whoever owns the process's
long-lived work (the tray app at quit), and made anew if a diagnosis runs after that."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

MAX_PROBE_THREADS = 48  # one diagnosis probes about 30 targets at once; a slow one must not queue the rest


class ProbePool:
    def __init__(self, max_workers: int = MAX_PROBE_THREADS, name: str = "probe") -> None:
        self.max_workers = max_workers
        self.name = name
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix=self.name)
            return self._pool.submit(fn, *args, **kwargs)

    def close(self) -> None:
        """Cancel what has not started and wait for the running probes (each is bounded by its timeout)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


PROBES = ProbePool()
