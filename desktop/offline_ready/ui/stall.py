"""Measure how long the GUI thread is unresponsive, with a QTimer heartbeat.

A timer asks to fire every ``interval_ms``; whenever the gap between two ticks exceeds
that, the excess is time the event loop was blocked. The longest such stall is what the
UI benchmark reports (target: ≤ 50 ms during a check and an outage transition). The GUI
thread's own CPU time over each gap is kept too: on a loaded machine a long gap with little
CPU time means the thread was waiting for a core (or the GIL), not busy with our work.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallMeter(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._last_cpu = 0.0
        self.stalls_ms: list[float] = []
        self.max_ms = 0.0
        self.max_cpu_in_max_ms = 0.0  # GUI-thread CPU time during the longest gap
        self.max_busy_ms = 0.0  # the most GUI-thread CPU time spent between two ticks
        self.ticks = 0

    def start(self) -> None:
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def reset(self) -> None:
        self.stalls_ms = []
        self.max_ms = self.max_cpu_in_max_ms = self.max_busy_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()

    def _tick(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()  # this (the GUI) thread's CPU time
        gap = (now - self._last) * 1000.0 - self.interval_ms
        busy = (cpu - self._last_cpu) * 1000.0
        self._last, self._last_cpu = now, cpu
        self.ticks += 1
        self.max_busy_ms = max(self.max_busy_ms, busy)
        if gap > 0:
            if gap > self.max_ms:
                self.max_ms = gap
                self.max_cpu_in_max_ms = busy
            if gap >= 1.0:
                self.stalls_ms.append(gap)

    def snapshot(self) -> dict[str, float]:
        s = sorted(self.stalls_ms)
        p95 = s[int(0.95 * (len(s) - 1))] if s else 0.0
        return {"max_ms": round(self.max_ms, 2), "p95_ms": round(p95, 2), "ticks": self.ticks,
                "stalls_over_1ms": len(s), "cpu_in_max_ms": round(self.max_cpu_in_max_ms, 2),
                "max_busy_ms": round(self.max_busy_ms, 2)}
