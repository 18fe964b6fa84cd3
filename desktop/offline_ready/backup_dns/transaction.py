"""A switch as a transaction: journal → apply → verify through the OS resolver → confirm or revert.

* The privileged half (:mod:`.switcher`) journals the exact state before touching anything.
* Verification resolves real names with getaddrinfo, exactly as applications do; if that fails
  the change is undone at once.
* A verified switch still reverts by itself unless the user confirms within the countdown
  (60 s by default), so a switch that cut the user off from the app cannot stick.
* At start-up :meth:`Transaction.recover` finds a switch left open by a crash, kill or reboot:
  unconfirmed ones are undone, confirmed ones are reported so the app can offer to switch back,
  and sessions past the policy's time limit are ended.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import _
from ..probes.dns import DnsResult, system_lookup
from ..resolver_profiles import validate
from ..resolver_profiles.profiles import Profile
from .journal import JournalError
from .session import Session, SessionStore
from .switcher import HelperSwitcher, LocalSwitcher, SwitchError

log = logging.getLogger(__name__)

SYSTEM_GRACE = 5  # seconds between the app's deadline and the system's

AWAITING = "awaiting-confirmation"
CONFIRMED = "confirmed"
REVERTED = "reverted"
FAILED = "failed"
NOTHING = "nothing"


@dataclass
class Outcome:
    status: str
    message: str
    profile_id: str = ""
    verified: bool = False
    apply_ms: float = 0.0
    verify_ms: float = 0.0
    restore_ms: float = 0.0
    changed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    session: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


Lookup = Callable[[str, float], DnsResult]


def verify_resolution(names: list[str], budget: float, lookup: Lookup = system_lookup) -> tuple[bool, str]:
    """Resolve ``names`` through the OS resolver until one works or ``budget`` seconds pass."""
    deadline = time.monotonic() + budget
    last = _("no names to check")
    while True:
        for name in names:
            remaining = deadline - time.monotonic()
            if remaining <= 0.05:
                return False, last
            res = lookup(name, min(1.0, remaining))
            if res.ok:
                return True, _("{name} resolved to {addresses} in {ms:.0f} ms").format(
                    name=name, addresses=", ".join(res.addresses[:2]), ms=res.ms)
            last = f"{name}: {res.detail or res.status}"
        if time.monotonic() + 0.2 >= deadline:
            return False, last
        time.sleep(0.1)


class Transaction:
    def __init__(self, switcher: LocalSwitcher | HelperSwitcher, store: SessionStore, *,
                 confirm_seconds: int = 60, max_session_hours: int = 0, verify_names: list[str] | None = None,
                 verify_budget: float = 2.5, lookup: Lookup = system_lookup,
                 clock: Callable[[], float] = time.time) -> None:
        self.switcher = switcher
        self.store = store
        self.confirm_seconds = confirm_seconds
        self.max_session_hours = max_session_hours
        self.verify_names = list(verify_names or [])
        self.verify_budget = verify_budget
        self.lookup = lookup
        self.clock = clock
        self._lock = threading.RLock()
        self._confirmed = threading.Event()

    # -- switching ------------------------------------------------------------------------------
    def system_deadline(self) -> int:
        """Seconds after which the system itself undoes an unconfirmed switch: the app's countdown
        (which starts after verification) plus the verification budget and a few seconds' grace,
        so the system's timer is the backstop when the app is gone, never a race with it."""
        lo, hi = validate.CONFIRM_WITHIN
        return max(lo, min(hi, self.confirm_seconds + math.ceil(self.verify_budget) + SYSTEM_GRACE))

    def use(self, profile: Profile, keep_suffixes: list[str] | None = None) -> Outcome:
        with self._lock:
            if not profile.switchable:
                return Outcome(FAILED, _("{name} cannot be switched to").format(name=profile.name), profile.id)
            if not self.store.acquire_owner():
                return Outcome(FAILED, _("another Offline Ready window is switching DNS right now"), profile.id)
            t0 = time.perf_counter()
            try:
                result = self.switcher.apply(profile.id, list(profile.servers), keep_suffixes or [],
                                             confirm_within=self.system_deadline())
            except (SwitchError, JournalError) as exc:
                self.store.release_owner()
                return Outcome(FAILED, str(exc), profile.id)
            apply_ms = (time.perf_counter() - t0) * 1000
            journal = result.get("journal") or {}
            originals = _servers_of(journal.get("snapshot", {}))
            now = self.clock()
            session = Session(
                journal_id=journal.get("id", ""), profile_id=profile.id, profile_name=profile.name,
                applied_at=now, deadline=now + self.confirm_seconds, owner_pid=os.getpid(),
                original_servers=originals, backup_servers=list(profile.servers),
                expires_at=now + self.max_session_hours * 3600 if self.max_session_hours else None,
            )
            self.store.save(session)
            t1 = time.perf_counter()
            ok, detail = verify_resolution(self.verify_names, self.verify_budget, self.lookup)
            verify_ms = (time.perf_counter() - t1) * 1000
            if not ok:
                r0 = time.perf_counter()
                restored = self._restore_locked()
                return Outcome(
                    REVERTED if restored else FAILED,
                    (_("{name} did not work through your system ({detail}); your original settings are back.")
                     if restored else
                     _("{name} did not work through your system ({detail}); restoring the original settings failed — "
                       "run `offline-ready dns restore`.")).format(name=profile.name, detail=detail),
                    profile.id, False, apply_ms, verify_ms, (time.perf_counter() - r0) * 1000,
                    result.get("changed", []), result.get("warnings", []),
                )
            session.verified = True
            session.verify_detail = detail
            session.deadline = self.clock() + self.confirm_seconds
            self.store.save(session)
            self._confirmed.clear()
            return Outcome(AWAITING, _("Now using {name}: {detail}. Keep it? It is undone in {seconds} s unless you confirm.").format(
                name=profile.name, detail=detail, seconds=self.confirm_seconds), profile.id, True, apply_ms, verify_ms,
                           changed=result.get("changed", []), warnings=result.get("warnings", []),
                           session=session.to_dict())

    def confirm(self) -> Outcome:
        """Keep the verified backup settings (called from the dialog, or `dns confirm` elsewhere)."""
        with self._lock:
            session = self.store.load()
            if session is None:
                return Outcome(NOTHING, _("there is no backup DNS switch to confirm"))
            if session.confirmed:
                return Outcome(CONFIRMED, _("{name} is already confirmed").format(name=session.profile_name), session.profile_id, True,
                               session=session.to_dict())
            if not session.verified:
                return Outcome(FAILED, _("the switch has not been verified yet"), session.profile_id)
            if self.clock() > session.deadline:
                return Outcome(FAILED, _("too late: the confirmation time is over and the switch is being undone"),
                               session.profile_id)
            if session.journal_id:  # stop the system's countdown (it would undo the switch without the app)
                try:
                    self.switcher.confirm(session.journal_id)
                except (SwitchError, JournalError) as exc:
                    return Outcome(FAILED, _("could not keep the backup settings: {exc}").format(exc=exc), session.profile_id)
            session.confirmed = True
            session.confirmed_at = self.clock()
            self.store.save(session)
            self._confirmed.set()
            return Outcome(CONFIRMED, _("Keeping {name}. `offline-ready dns restore` switches back.").format(name=session.profile_name),
                           session.profile_id, True, session=session.to_dict())

    def wait_for_confirmation(self, *, poll: float = 0.2, on_tick: Callable[[float], None] | None = None,
                              cancelled: Callable[[], bool] | None = None, stopped: Callable[[], bool] | None = None,
                              journal_id: str = "") -> Outcome:
        """Block until confirmed (here or by another process) or the deadline passes, then revert.
        ``cancelled`` reverts at once; ``stopped`` (the app quitting) just ends the wait and gives up
        ownership: the system's deadline, or the next start's recovery, undoes the switch. With
        ``journal_id`` the wait is for that switch only: a newer one is someone else's to wait for."""
        while True:
            with self._lock:  # use() holds it from taking ownership until its session is saved
                session = self.store.load()
                if session is None or (journal_id and session.journal_id != journal_id):
                    if session is None:
                        self.store.release_owner()
                    return Outcome(NOTHING, _("the switch was undone elsewhere"))
                if session.confirmed:
                    self.store.release_owner()
                    return Outcome(CONFIRMED, _("Keeping {name}.").format(name=session.profile_name), session.profile_id,
                                   True, session=session.to_dict())
                if stopped and stopped():
                    self.store.release_owner()
                    return Outcome(AWAITING, _("Stopped waiting; the switch is undone at its deadline unless confirmed."),
                                   session.profile_id, True, session=session.to_dict())
                left = session.deadline - self.clock()
                if left <= 0 or (cancelled and cancelled()):
                    r0 = time.perf_counter()
                    ok = self._restore_locked()
                    return Outcome(REVERTED if ok else FAILED,
                                   (_("Switched back to your original DNS settings (not confirmed in time).") if left <= 0
                                    else _("Switched back to your original DNS settings (cancelled).")) if ok else
                                   _("Could not switch back; run `offline-ready dns restore`."),
                                   session.profile_id, True, restore_ms=(time.perf_counter() - r0) * 1000)
            if on_tick:
                on_tick(left)
            self._confirmed.wait(min(poll, max(left, 0.01)))

    # -- restoring ------------------------------------------------------------------------------
    def restore(self) -> Outcome:
        with self._lock:
            t0 = time.perf_counter()
            try:
                result = self.switcher.restore()
            except (SwitchError, JournalError) as exc:
                return Outcome(FAILED, str(exc))
            self.store.clear()
            self.store.release_owner()
            ms = (time.perf_counter() - t0) * 1000
            if not result.get("restored"):
                return Outcome(NOTHING, _("nothing to restore: backup DNS is not in use"), restore_ms=ms)
            return Outcome(REVERTED, _("Your original DNS settings are back (note: {note}).").format(note=result["mismatch"])
                           if result.get("mismatch") else _("Your original DNS settings are back."),
                           result.get("profile_id", ""), restore_ms=ms, changed=result.get("adapters", []))

    def _restore_locked(self) -> bool:
        try:
            self.switcher.restore()
        except (SwitchError, JournalError) as exc:
            log.error("restore failed: %s", exc)
            return False
        self.store.clear()
        self.store.release_owner()
        return True

    # -- start-up and housekeeping ---------------------------------------------------------------
    def open_journal(self) -> dict[str, Any] | None:
        entry = self.switcher.journal.open_entry()  # a file read: no commands, no prompt
        return entry.to_dict() if entry else None

    def recover(self) -> Outcome:
        """Deal with a switch left open by a crash, kill or reboot."""
        with self._lock:
            try:
                journal = self.open_journal()
            except JournalError as exc:
                return Outcome(FAILED, str(exc))
            session = self.store.load()
            if journal is None:
                if session is not None:
                    self.store.clear()  # the switch was undone elsewhere
                return Outcome(NOTHING, _("backup DNS is not in use"))
            if session is not None and not session.confirmed and self.store.owner_alive():
                return Outcome(AWAITING, _("a switch is waiting for confirmation in another window"),
                               session.profile_id, session.verified, session=session.to_dict())
            if session is None or not session.confirmed:
                ok = self._restore_locked()
                return Outcome(REVERTED if ok else FAILED,
                               _("An unconfirmed switch to backup DNS was left open (the app was closed or crashed); "
                                 "your original settings are back.") if ok else
                               _("An unconfirmed switch to backup DNS was left open (the app was closed or crashed); "
                                 "restoring it failed."),
                               journal.get("profile_id", ""))
            if session.expires_at and self.clock() >= session.expires_at:
                ok = self._restore_locked()
                return Outcome(REVERTED if ok else FAILED,
                               _("The backup DNS session reached its time limit; your original settings are back.")
                               if ok else _("The backup DNS session reached its time limit; restoring failed."),
                               session.profile_id)
            return Outcome(CONFIRMED, _("Still using {name} since a previous session.").format(name=session.profile_name),
                           session.profile_id, True, session=session.to_dict())

    def check_expiry(self) -> Outcome | None:
        session = self.store.load()
        if session and session.confirmed and session.expires_at and self.clock() >= session.expires_at:
            return self.recover()
        return None


def _servers_of(snapshot: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for a in snapshot.get("adapters", []):
        if a.get("is_vpn") or not a.get("active", True):
            continue
        for fam in ("ipv4", "ipv6"):
            out += [s for s in a.get(fam, {}).get("servers", []) if s not in out]
    return out
