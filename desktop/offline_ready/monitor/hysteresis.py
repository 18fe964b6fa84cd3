"""Hysteresis: when an observed condition becomes the confirmed one. Pure, no clock, no I/O.

A change from healthy to a problem needs ``confirm_rounds`` consecutive problem rounds
(any problem: a flapping mix of two problem states still confirms), back to healthy
needs ``recover_rounds`` good rounds, and losing the link needs only two rounds, since
the OS reports it first-hand. A failed heartbeat counts as a round of its own. Running on
backup DNS is a condition of its own and still a problem (the user's own setup is not
working); switching to or from backup DNS is the user's own act, known first-hand, so the
condition after it needs one round.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..diagnosis.model import ServiceState, State, Verdict


@dataclass(frozen=True)
class Condition:
    state: State
    down: tuple[str, ...] = ()
    hijacking: bool = False
    backup: bool = False  # the system runs on backup DNS

    @property
    def problem(self) -> bool:
        return self.state not in (State.ONLINE, State.UNKNOWN) or bool(self.down) or self.hijacking or self.backup

    @classmethod
    def of(cls, v: Verdict, backup: bool = False) -> Condition:
        return cls(v.state, tuple(sorted(s.name for s in v.services if s.state is ServiceState.DOWN)), v.hijacking,
                   backup)


UNKNOWN = Condition(State.UNKNOWN)


@dataclass
class Hysteresis:
    confirm_rounds: int = 3
    recover_rounds: int = 2
    link_rounds: int = 2
    confirmed: Condition = UNKNOWN
    pending: Condition | None = None
    streak: int = 0
    _seen: Counter = field(default_factory=Counter)

    def needed(self, cond: Condition) -> int:
        if cond.backup != self.confirmed.backup:
            return 1
        if not cond.problem:
            return self.recover_rounds
        if cond.state is State.NO_NETWORK:
            return min(self.link_rounds, self.confirm_rounds)
        return self.confirm_rounds

    def observe(self, cond: Condition, prior_failures: int = 0) -> bool:
        """Feed one round's condition; True when the confirmed condition changed."""
        if self.confirmed == UNKNOWN:  # the very first verdict is reported as it is
            self.confirmed = cond
            self._reset()
            return True
        if cond == self.confirmed:
            self._reset()
            return False
        flips = cond.problem != self.confirmed.problem
        same_track = self.pending is not None and (
            (flips and cond.problem == self.pending.problem) or cond == self.pending
        )
        if same_track:
            self.streak += 1
        else:
            self._reset()
            self.streak = 1 + (prior_failures if cond.problem and not self.confirmed.problem else 0)
        self.pending = cond
        self._seen[cond] += 1
        if self.streak >= self.needed(cond):
            # confirm the condition seen most often in the streak (ties: the latest)
            best = max(self._seen.items(), key=lambda kv: (kv[1], kv[0] == cond))[0] if flips else cond
            self.confirmed = best
            self._reset()
            return True
        return False

    def _reset(self) -> None:
        self.pending = None
        self.streak = 0
        self._seen = Counter()
