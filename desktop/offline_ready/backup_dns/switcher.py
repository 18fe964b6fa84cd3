"""The privileged half of a switch: snapshot, apply a profile, restore — and nothing else.

:class:`LocalSwitcher` does it in this process (the helper uses it, and so does the app when it
already has the rights). :class:`HelperSwitcher` asks the platform's authorisation (polkit,
the macOS admin prompt, UAC) to run the helper with one fixed verb and validated arguments.
Both return plain dicts so the two are interchangeable.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..i18n import _
from ..paths import program_data_dir
from ..resolver_profiles import validate
from ..resolver_profiles.profiles import BUILTIN_PROFILES
from . import revert_timer
from .backends import Backend, BackendError, Unsupported, backend_by_name, detect_backend
from .backends.base import ApplyPlan, Snapshot, split_by_family
from .journal import APPLIED, RESTORE_FAILED, Journal, JournalError

log = logging.getLogger(__name__)

POLL = 0.5  # how often a waiting revert re-reads the journal (a confirm or restore ends it early)

HELPER_PATHS = ("/usr/libexec/offline-ready/dns-helper", "/usr/lib/offline-ready/dns-helper")


class SwitchError(RuntimeError):
    """A switch or restore could not be done; the message is for the user."""


def _utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def system_journal_dir() -> Path:
    """Where the journal lives: a fixed system folder only administrators can write (so nobody can
    plant a 'restore' for the privileged helper). No environment variable moves it."""
    if sys.platform == "win32":
        return program_data_dir() / "OfflineReady" / "dns-journal"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/OfflineReady/dns-journal")
    return Path("/var/lib/offline-ready/dns-journal")


def is_privileged() -> bool:
    if sys.platform == "win32":
        try:
            import ctypes

            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except Exception:
            return False
    return os.geteuid() == 0


def resolve_servers(profile_id: str, servers: list[str]) -> list[str]:
    """Built-in profiles carry their own servers (given ones must match); others must give them."""
    profile_id = validate.profile_id(profile_id)
    servers = validate.server_list(servers)
    builtin = BUILTIN_PROFILES.get(profile_id)
    if builtin is not None:
        if servers and set(servers) != set(builtin.servers):
            raise validate.InvalidInput(_("the servers given do not match the built-in profile {profile_id!r}").format(profile_id=profile_id))
        return list(builtin.servers)
    if not servers:
        raise validate.InvalidInput(_("profile {profile_id!r} needs its server addresses").format(profile_id=profile_id))
    return servers


class LocalSwitcher:
    def __init__(self, backend: Backend | None = None, journal_dir: Path | None = None) -> None:
        self._backend = backend
        self.journal = Journal(journal_dir or system_journal_dir())

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            self._backend = detect_backend()
        return self._backend

    def _backend_for(self, name: str) -> Backend:
        if self._backend is not None and self._backend.name == name:
            return self._backend
        return backend_by_name(name)

    def status(self) -> dict[str, Any]:
        entry = self.journal.open_entry()
        out: dict[str, Any] = {"journal": entry.to_dict() if entry else None}
        try:
            out["backend"] = self.backend.name
            out["current"] = self.backend.snapshot().to_dict()
        except (Unsupported, BackendError) as exc:
            out["backend"] = None
            out["error"] = str(exc)
        return out

    def apply(self, profile_id: str, servers: list[str], keep_suffixes: list[str] | None = None, *,
              by_uid: int | None = None, confirm_within: int | None = None) -> dict[str, Any]:
        """Journal, then switch. With ``confirm_within`` the system itself undoes the switch after that
        many seconds unless :meth:`confirm` is called first (the app need not be alive)."""
        servers = resolve_servers(profile_id, servers)
        suffixes = validate.domain_list(keep_suffixes or [])
        if confirm_within is not None:
            confirm_within = validate.confirm_within(confirm_within)
        with self.journal.locked():
            result = self._apply_locked(profile_id, servers, suffixes, by_uid)
            if confirm_within is not None:
                entry = self.journal.open_entry()
                assert entry is not None
                self.journal.update(entry, revert_at=time.time() + confirm_within)
                try:
                    how = revert_timer.arm(entry.id, confirm_within)
                except (OSError, subprocess.SubprocessError) as exc:
                    how = ""
                    result["warnings"].append(_("the automatic switch back could not be scheduled ({problem}); "
                                                "it happens when Offline Ready next runs").format(problem=exc))
                self.journal.update(entry, revert_by=how)
                result["journal"] = entry.to_dict()
            return result

    def confirm(self, journal_id: str) -> dict[str, Any]:
        """Keep the switch: the system's countdown then leaves it alone."""
        journal_id = validate.journal_id(journal_id)
        with self.journal.locked():
            entry = self.journal.open_entry()
            if entry is None or entry.id != journal_id:
                raise SwitchError(_("there is no such switch to confirm (it was already undone)"))
            if entry.confirmed:
                return {"confirmed": True, "journal": entry.to_dict()}
            if entry.revert_at and time.time() >= entry.revert_at:
                raise SwitchError(_("too late: the confirmation time is over and the switch is being undone"))
            self.journal.update(entry, confirmed=True, confirmed_at=_utcnow())
            return {"confirmed": True, "journal": entry.to_dict()}

    def _apply_locked(self, profile_id: str, servers: list[str], suffixes: list[str],
                      by_uid: int | None) -> dict[str, Any]:
        self.journal.refuse_if_open()  # before touching the backend: a second switch changes nothing
        try:
            backend = self.backend
            backend.check_available()
            snap = backend.snapshot()
        except (Unsupported, BackendError, OSError) as exc:
            raise SwitchError(_("cannot change the DNS settings here: {problem}").format(problem=exc)) from None
        if not snap.targets:
            raise SwitchError(_("no active network adapter to switch (VPN adapters are left alone)"))
        v4, v6 = split_by_family(servers)
        plan = ApplyPlan(profile_id=profile_id, ipv4=v4, ipv6=v6, keep_suffixes=suffixes)
        entry = self.journal.begin(snap, plan, by_uid=os.getuid() if by_uid is None and hasattr(os, "getuid")
                                   else by_uid)
        try:
            changed = backend.apply(snap, plan)
        except (BackendError, OSError, validate.InvalidInput) as exc:
            try:
                backend.restore(snap)
                self.journal.close(entry, f"apply failed: {exc}")
            except (BackendError, OSError) as exc2:
                self.journal.update(entry, state=RESTORE_FAILED, error=f"{exc}; restore: {exc2}")
            raise SwitchError(_("could not switch to {profile_id}: {problem}").format(profile_id=profile_id, problem=exc)) from None
        warnings = []
        if suffixes and not backend.supports_split_dns:
            warnings.append(_("{backend} cannot send chosen domains to other servers: names under {suffixes} now go "
                              "to the backup resolvers too").format(backend=backend.name, suffixes=", ".join(suffixes)))
        self.journal.update(entry, state=APPLIED, changed=changed)
        return {"journal": entry.to_dict(), "changed": changed, "warnings": warnings}

    def restore(self, *, expect_id: str | None = None, outcome: str = "restored") -> dict[str, Any]:
        """Put back what the journal saved. ``expect_id``: only that switch, and only if unconfirmed
        (the system's countdown must not undo a switch the user kept or a newer one)."""
        with self.journal.locked():
            return self._restore_locked(expect_id, outcome)

    def _restore_locked(self, expect_id: str | None, outcome: str) -> dict[str, Any]:
        entry = self.journal.open_entry()
        if entry is None:
            return {"restored": False, "message": _("nothing to restore: backup DNS is not in use")}
        if expect_id is not None and (entry.id != expect_id or entry.confirmed):
            return {"restored": False, "message": _("that switch was confirmed or has ended")}
        backend = self._backend_for(entry.backend)
        snap = entry.snap
        if backend.name == "resolv.conf":
            path = str(getattr(backend, "path", ""))
            if any(a.name != path for a in snap.adapters):
                raise SwitchError(_("the journal names {saved}, not {path}; refusing to write there").format(
                    saved=snap.adapters[0].name, path=path))
        try:
            adapters = backend.restore(snap)
        except (BackendError, OSError, validate.InvalidInput) as exc:
            self.journal.update(entry, state=RESTORE_FAILED, error=str(exc))
            raise SwitchError(_("could not restore the original DNS settings: {problem} "
                                "(the journal is kept; try again)").format(problem=exc)) from None
        mismatch = self._check(backend, snap)
        self.journal.close(entry, outcome + (f" (differs: {mismatch})" if mismatch else ""))
        return {"restored": True, "adapters": adapters, "profile_id": entry.profile_id,
                "journal_id": entry.id, "mismatch": mismatch}

    @staticmethod
    def _check(backend: Backend, saved: Snapshot) -> str:
        """Compare the restored state with the journal (servers per adapter and family)."""
        try:
            now = backend.snapshot()
        except (BackendError, Unsupported, OSError):
            return ""
        diffs = []
        for a in saved.targets:
            b = now.adapter(a.name)
            if b is None:
                continue
            for fam in ("ipv4", "ipv6"):
                if a.family(fam).servers != b.family(fam).servers:
                    diffs.append(f"{a.name} {fam}: {b.family(fam).servers} instead of {a.family(fam).servers}")
        return "; ".join(diffs)


class HelperSwitcher:
    """Runs the helper through the platform's authorisation with a fixed verb."""

    def __init__(self, launcher: list[str] | None = None, timeout: float = 120.0) -> None:
        self.launcher = launcher if launcher is not None else default_launcher()
        self.timeout = timeout
        self.journal = Journal(system_journal_dir())

    def _call(self, *args: str) -> dict[str, Any]:
        argv = [*self.launcher, *args]
        try:
            cp = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout, check=False)
        except FileNotFoundError:
            raise SwitchError(_("the DNS helper could not be started ({program} is missing)").format(program=argv[0])) from None
        except subprocess.TimeoutExpired:
            raise SwitchError(_("the DNS helper did not answer in time (was the password prompt dismissed?)")) from None
        if cp.returncode in (126, 127) and "pkexec" in argv[0]:
            raise SwitchError(_("not authorised to change the DNS settings"))
        try:
            data = json.loads(cp.stdout or "{}")
        except ValueError:
            data = {}
        if cp.returncode != 0:
            raise SwitchError(data.get("error") or (cp.stderr.strip().splitlines() or [_("the DNS helper failed")])[-1])
        return data

    def status(self) -> dict[str, Any]:
        """The journal (world-readable) and the current settings: reading needs no password prompt."""
        out: dict[str, Any] = {"journal": None, "backend": None}
        try:
            entry = self.journal.open_entry()
            out["journal"] = entry.to_dict() if entry else None
        except JournalError as exc:
            out["error"] = str(exc)
        try:
            backend = detect_backend()
            out["backend"] = backend.name
            out["current"] = backend.snapshot().to_dict()
        except (Unsupported, BackendError, OSError) as exc:
            out.setdefault("error", str(exc))
        return out

    def apply(self, profile_id: str, servers: list[str], keep_suffixes: list[str] | None = None, *,
              confirm_within: int | None = None) -> dict[str, Any]:
        args = ["apply", validate.profile_id(profile_id)]
        if confirm_within is not None:
            args += ["--confirm-within", str(validate.confirm_within(confirm_within))]
        for s in validate.server_list(servers):
            if profile_id not in BUILTIN_PROFILES:  # built-ins carry their own servers (and keep the
                args += ["--server", s]              # command line short for the group polkit rule)
        for d in validate.domain_list(keep_suffixes or []):
            args += ["--keep-suffix", d]
        return self._call(*args)

    def confirm(self, journal_id: str) -> dict[str, Any]:
        return self._call("confirm", validate.journal_id(journal_id))

    def restore(self) -> dict[str, Any]:
        return self._call("restore")


def default_launcher() -> list[str]:
    """How to start the helper with administrator rights on this platform."""
    if sys.platform.startswith("linux"):
        helper = next((p for p in HELPER_PATHS if Path(p).exists()), None)
        if helper and shutil.which("pkexec"):
            return ["pkexec", helper]
        return [sys.executable, "-I", "-m", "offline_ready.backup_dns.helper"]
    if sys.platform == "darwin":
        # AppleScript quotes every argument itself ("quoted form of"): no shell text is built here.
        script = ('on run argv\n set cmd to ""\n repeat with a in argv\n set cmd to cmd & quoted form of a & " "\n'
                  ' end repeat\n do shell script cmd with administrator privileges\nend run')
        return ["/usr/bin/osascript", "-e", script, sys.executable, "-I", "-m", "offline_ready.backup_dns.helper"]
    return [sys.executable, "-I", "-m", "offline_ready.backup_dns.helper"]  # Windows: see docs (UAC manifest)


def make_switcher(*, force_helper: bool = False) -> LocalSwitcher | HelperSwitcher:
    if not force_helper and is_privileged():
        return LocalSwitcher()
    return HelperSwitcher()


def wait_and_revert(journal_id: str, switcher: LocalSwitcher, *, clock=time.time, sleep=time.sleep) -> str:
    """Wait until the journal's deadline, then undo the switch unless it was confirmed or ended.

    Returns what happened: ``reverted``, ``confirmed``, ``gone`` (restored or replaced) or ``failed``."""
    journal = switcher.journal
    while True:
        entry = journal.open_entry()
        if entry is None or entry.id != journal_id:
            return "gone"
        if entry.confirmed:
            return "confirmed"
        left = float(entry.revert_at or 0) - clock()
        if not entry.revert_at:
            return "gone"
        if left > 0:
            sleep(min(POLL, left))
            continue
        try:
            result = switcher.restore(expect_id=journal_id, outcome="reverted: not confirmed in time")
        except SwitchError as exc:
            log.error("the automatic switch back failed: %s", exc)
            return "failed"
        return "reverted" if result.get("restored") else "gone"
