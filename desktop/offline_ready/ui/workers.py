"""Background work for the GUI: run a callable on a QThreadPool, get its result back on the GUI thread.

Vorta and maestral idiom: every call into the core that may touch the network, a
database or the disk goes through here, so the GUI thread never waits on I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals cross back from the worker thread as queued calls."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background task failed: %s", exc, exc_info=exc)


class Task(QRunnable):
    """One call of ``fn(*args, **kwargs)`` on a pool thread."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay,
                 finished: Callable[[Task], None]):
        super().__init__()
        self.setAutoDelete(False)  # the Runner keeps it until the relay has delivered
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self.relay = relay
        self._finished = finished

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Runner(QObject):
    """Keeps running tasks alive until their results reach the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Task:
        relay = _Relay(on_done, on_error)
        task = Task(fn, args, kwargs, relay, self._forget)
        self._live.add(task)
        relay.done.connect(lambda _r, t=task: self._forget(t))
        relay.failed.connect(lambda _e, t=task: self._forget(t))
        self.pool.start(task)
        return task

    def _forget(self, task: Task) -> None:
        self._live.discard(task)

    @property
    def pending(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every queued task (shutdown and tests only: this blocks)."""
        return self.pool.waitForDone(msecs)
