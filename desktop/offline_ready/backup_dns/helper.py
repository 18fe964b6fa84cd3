"""The privileged DNS helper: three fixed verbs, strictly validated arguments, JSON out.

    dns-helper snapshot
    dns-helper apply PROFILE [--confirm-within SECONDS] [--server ADDRESS]... [--keep-suffix DOMAIN]...
    dns-helper confirm SWITCH-ID
    dns-helper restore
    dns-helper revert-due SWITCH-ID    (the system's countdown: undo that switch at its deadline)

Started by polkit (``pkexec``), the macOS admin prompt or an elevated (UAC) process. It never
builds a shell command; every address, domain and profile id is checked before use, built-in
profiles use their own built-in servers, and the journal lives in a folder only administrators
can write.

It trusts nothing from its caller: the environment is emptied before anything else runs (a
launcher that keeps it, such as ``sudo -E``, cannot move a path or inject a program), the files
it writes are fixed system paths, and managed policy is read and enforced here, not only in the
app. Exit codes: 0 done, 1 failed, 2 invalid input or refused by policy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ..config import ConfigError
from ..resolver_profiles import validate
from . import policy, revert_timer
from .backends import BackendError, Unsupported
from .journal import JournalError
from .switcher import LocalSwitcher, SwitchError, resolve_servers, wait_and_revert

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
MAX_ARG = 256
SAFE_ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C.UTF-8"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        _emit({"ok": False, "error": f"invalid arguments: {message}"})
        raise SystemExit(EXIT_INVALID)


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, default=str) + "\n")
    sys.stdout.flush()


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="dns-helper", description="Offline Ready's privileged DNS helper", allow_abbrev=False)
    sub = p.add_subparsers(dest="verb", required=True)
    sub.add_parser("snapshot", help="print the current DNS settings and any open journal")
    a = sub.add_parser("apply", help="save the current settings, then switch to PROFILE")
    a.add_argument("profile")
    a.add_argument("--confirm-within")
    a.add_argument("--server", action="append", default=[])
    a.add_argument("--keep-suffix", action="append", default=[])
    c = sub.add_parser("confirm", help="keep the switch: the system's countdown leaves it alone")
    c.add_argument("switch_id")
    sub.add_parser("restore", help="put back exactly what the journal saved")
    r = sub.add_parser("revert-due", help="wait for the switch's deadline and undo it unless confirmed")
    r.add_argument("switch_id")
    return p


def scrub_environment() -> int | None:
    """Empty the environment, keeping only fixed values; return the calling user's uid.

    The uid pkexec reports is kept for the journal's record only; nothing is decided by it."""
    uid = os.environ.get("PKEXEC_UID") or os.environ.get("SUDO_UID") or ""
    os.environ.clear()
    os.environ.update(SAFE_ENV)
    return int(uid) if uid.isdigit() else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    by_uid = scrub_environment()
    if any(len(a) > MAX_ARG or "\x00" in a for a in argv):
        _emit({"ok": False, "error": "invalid arguments: an argument is too long or contains a NUL"})
        return EXIT_INVALID
    args = build_parser().parse_args(argv)
    switcher = LocalSwitcher()
    try:
        if args.verb == "snapshot":
            _emit({"ok": True, **switcher.status()})
        elif args.verb == "apply":
            profile = validate.profile_id(args.profile)
            servers = resolve_servers(profile, args.server)
            suffixes = validate.domain_list(args.keep_suffix)
            within = None if args.confirm_within is None else validate.confirm_within(args.confirm_within)
            policy.check_switch(policy.load_managed(), profile, servers)
            _emit({"ok": True, **switcher.apply(profile, servers, suffixes, by_uid=by_uid, confirm_within=within)})
        elif args.verb == "confirm":
            _emit({"ok": True, **switcher.confirm(validate.journal_id(args.switch_id))})
        elif args.verb == "revert-due":
            switch_id = validate.journal_id(args.switch_id)
            try:
                what = wait_and_revert(switch_id, switcher)
            finally:
                revert_timer.disarm(switch_id)
            _emit({"ok": what != "failed", "outcome": what})
            return EXIT_OK if what != "failed" else EXIT_FAILED
        else:
            _emit({"ok": True, **switcher.restore()})
    except validate.InvalidInput as exc:
        _emit({"ok": False, "error": f"invalid input: {exc}"})
        return EXIT_INVALID
    except ConfigError as exc:
        _emit({"ok": False, "error": f"the managed policy cannot be read: {exc}"})
        return EXIT_INVALID
    except (SwitchError, JournalError, BackendError, Unsupported, OSError) as exc:
        _emit({"ok": False, "error": str(exc)})
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
