"""``offline-ready dns status|benchmark|use PROFILE|restore|confirm``.

Exit codes: 0 done / healthy; 1 warning (on backup DNS, a lossy or hijacking resolver, a switch
undone because it was not confirmed in time, nothing to confirm); 2 critical (the system's
resolvers do not answer; a switch failed verification and was undone; a restore failed);
3 bad input, configuration or policy.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from datetime import datetime
from typing import Any

from ..i18n import _, ngettext
from .common import EXIT_CRITICAL, EXIT_OK, EXIT_UNKNOWN, EXIT_WARNING, CliError, load, print_json


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("dns", help=_("backup DNS: test resolvers, switch safely, switch back"),
                              description=_("Backup DNS: test resolvers, switch to a backup when your resolver "
                              "fails, and put your own settings back exactly."))
    sub = p.add_subparsers(dest="dns_command", metavar="ACTION", required=True)

    s = sub.add_parser("status", parents=[parent], help=_("backend, current servers, profiles and last test"))
    s.add_argument("--json", action="store_true", help=_("machine-readable output"))
    s.set_defaults(func=cmd_status)

    b = sub.add_parser("benchmark", parents=[parent],
                       help=_("test your resolvers and the backups over UDP, TCP and DNS-over-HTTPS"))
    b.add_argument("--json", action="store_true")
    b.add_argument("--queries", type=int, metavar="N", help=_("queries per resolver and transport"))
    b.add_argument("--timeout", type=float, metavar="SECONDS", help=_("per-query timeout"))
    b.add_argument("--profile", action="append", metavar="ID", help=_("test only this profile (repeatable)"))
    b.add_argument("--no-doh", action="store_true", help=_("skip DNS-over-HTTPS"))
    b.add_argument("--dnssec", action="store_true", help=_("also check DNSSEC validation"))
    b.set_defaults(func=cmd_benchmark)

    u = sub.add_parser("use", parents=[parent], help=_("switch the system to a backup profile (undone unless confirmed)"))
    u.add_argument("profile", nargs="?", help=_("profile id (default: the preferred or best tested one)"))
    u.add_argument("--json", action="store_true", help=_("JSON lines: the verified switch, then the final outcome"))
    u.add_argument("--yes", action="store_true", help=_("keep the switch as soon as it is verified"))
    u.set_defaults(func=cmd_use)

    r = sub.add_parser("restore", parents=[parent], help=_("put back exactly the settings saved before the switch"))
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_restore)

    c = sub.add_parser("confirm", parents=[parent], help=_("keep a verified switch waiting for confirmation"))
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_confirm)


def _service(args: argparse.Namespace):
    from ..backup_dns.service import BackupDnsService

    return BackupDnsService(load(args))


def _say(args: argparse.Namespace, text: str) -> None:
    if not getattr(args, "json", False):
        print(text, flush=True)


def switch_state(journal: dict, session: dict, now: float | None = None) -> str:
    """What will really happen to an open switch, from the root-owned journal (the app may be gone)."""
    if journal.get("confirmed") or session.get("confirmed"):
        return _("confirmed")
    now = time.time() if now is None else now
    revert_at = float(journal.get("revert_at") or 0)
    restore = "`offline-ready dns restore`"
    if not revert_at or not journal.get("revert_by"):
        return _("NOT confirmed, and nothing will undo it by itself: it is undone when Offline Ready next starts, "
                 "or now with {command}").format(command=restore)
    at = datetime.fromtimestamp(revert_at).strftime("%H:%M:%S")
    if now < revert_at:
        return _("NOT confirmed: the system switches back at {time} (in {seconds:.0f} s), even if the app is "
                 "closed").format(time=at, seconds=revert_at - now)
    if now < revert_at + 10:
        return _("NOT confirmed: the system is switching back now (deadline {time})").format(time=at)
    return _("NOT confirmed, and the automatic switch back due at {time} did not happen: run {command}").format(
        time=at, command=restore)


def cmd_status(args: argparse.Namespace) -> int:
    svc = _service(args)
    st = svc.status()
    if args.json:
        print_json(st)
    else:
        print(_("Backend: {name}").format(name=st["backend"] or _("none"))
              + (f" ({st['backend_error']})" if st.get("backend_error") else ""))
        print(_("System resolvers: {servers}").format(servers=", ".join(st["system_resolvers"]) or _("none found")))
        if st["on_backup"]:
            j = st["journal"] or {}
            print(_("Backup DNS in use: {profile} since {time}, {state}.").format(
                profile=j.get("profile_id"), time=j.get("applied_at") or j.get("created_at"),
                state=switch_state(j, st.get("session") or {})))
            print("  " + _("{command} puts your original settings back.").format(command="`offline-ready dns restore`"))
        else:
            print(_("Backup DNS: not in use."))
        last = st["last_test"]
        print(_("Last test: {time}").format(time=last["at"] or _("never")) + (f" ({last['kind']})" if last["at"] else ""))
        for p in st["profiles"]:
            mark = _("tested OK") if p["verified"] else (_("not tested") if not p["last_result"] else _("NOT working"))
            servers = ", ".join(p["servers"][:2]) or "—"
            print(f"  {p['id']:<12} {p['name']:<32} {servers:<34} {mark}")
        for line in last["conclusions"]:
            print(f"  • {line}")
    return EXIT_WARNING if st["on_backup"] else EXIT_OK


def cmd_benchmark(args: argparse.Namespace) -> int:
    svc = _service(args)
    if args.queries is not None and not 1 <= args.queries <= 200:
        raise CliError(_("{option} must be between {low} and {high}").format(option="--queries", low=1, high=200),
                       EXIT_UNKNOWN)
    if args.timeout is not None and not 0.1 <= args.timeout <= 10:
        raise CliError(_("{option} must be between {low} and {high} seconds").format(option="--timeout", low=0.1,
                                                                                    high=10), EXIT_UNKNOWN)
    if args.profile:
        known = {p.id for p in svc.profiles()}
        bad = [p for p in args.profile if p not in known]
        if bad:
            raise CliError(_("unknown profile {name!r} (known: {known})").format(
                name=bad[0], known=", ".join(sorted(known))), EXIT_UNKNOWN)
    report = svc.benchmark(profile_ids=args.profile, queries=args.queries, timeout=args.timeout,
                           doh=False if args.no_doh else None, dnssec=True if args.dnssec else None)
    data = report.to_dict()
    if args.json:
        print_json(data)
    else:
        resolver, proto, loss, notes_word = _("Resolver"), _("Proto"), _("loss"), _("notes")
        print(f"{resolver:<36} {proto:<5} {'p50':>7} {'p95':>7} {loss:>6}  {notes_word}")
        for r in data["results"]:
            for i, t in enumerate(r["transports"]):
                notes = []
                if i == 0 and r["hijacks_nxdomain"]:
                    notes.append(_("NXDOMAIN hijacking"))
                if i == 0 and r["dnssec"] is not None:
                    notes.append(_("DNSSEC ok") if r["dnssec"] else _("no DNSSEC"))
                p50 = "—" if t["p50_ms"] is None else f"{t['p50_ms']:.0f}ms"
                p95 = "—" if t["p95_ms"] is None else f"{t['p95_ms']:.0f}ms"
                label = (r["label"] if i == 0 else "")[:36]
                print(f"{label:<36} {t['transport']:<5} {p50:>7} {p95:>7} {t['loss_pct']:>5.0f}%  {', '.join(notes)}")
        print()
        for line in data["conclusions"]:
            print(f"• {line}")
        n = len(data["results"])
        print("(" + ngettext("{n} resolver in {seconds:.1f} s", "{n} resolvers in {seconds:.1f} s", n).format(
            n=n, seconds=data["duration_ms"] / 1000) + ")")
    system = [r for r in report.results if r.role in ("system", "original")]
    if system and all((r.udp is None or r.udp.answered == 0) for r in system):
        return EXIT_CRITICAL
    if any(r.hijacks_nxdomain or (r.udp and r.udp.loss_pct >= 5) for r in system):
        return EXIT_WARNING
    return EXIT_OK


def cmd_use(args: argparse.Namespace) -> int:
    from ..backup_dns.service import SwitchNotAllowed
    from ..backup_dns.transaction import AWAITING, CONFIRMED, REVERTED
    from ..resolver_profiles import profiles as prof

    svc = _service(args)
    try:
        outcome = svc.use(args.profile)
    except (prof.ProfileError, SwitchNotAllowed) as exc:
        raise CliError(str(exc), EXIT_UNKNOWN) from None
    _report(args, outcome, line=True)
    if not args.json:
        for w in outcome.warnings:
            print(_("Note: {warning}").format(warning=w))
    if outcome.status != AWAITING:
        return EXIT_CRITICAL
    if args.yes:
        final = svc.confirm()
        svc.store.release_owner()
    else:
        if sys.stdin and sys.stdin.isatty() and not args.json:
            threading.Thread(target=_ask, args=(svc,), daemon=True).start()
        else:
            _say(args, _("Waiting for {command}…").format(command="`offline-ready dns confirm`"))
        final = svc.wait_for_confirmation()
    _report(args, final, line=True)
    if final.status == CONFIRMED:
        return EXIT_OK
    return EXIT_WARNING if final.status == REVERTED else EXIT_CRITICAL


def _report(args: argparse.Namespace, outcome: Any, *, line: bool = False) -> None:
    """A switch outcome for the user or a script: its message, or its JSON (``line``: one object per
    line, as ``dns use`` prints two of them, the switch and then its confirmation)."""
    if args.json:
        print_json(outcome.to_dict(), line=line)
    else:
        print(outcome.message, flush=True)


def _ask(svc: Any) -> None:
    try:
        answer = input(_("Keep these settings? [y/N] "))
    except (EOFError, OSError):
        return
    if answer.strip().lower() in ("y", "yes"):
        svc.confirm()
    else:
        session = svc.store.load()
        if session is not None:
            session.deadline = 0  # revert now
            svc.store.save(session)


def cmd_restore(args: argparse.Namespace) -> int:
    from ..backup_dns.transaction import NOTHING, REVERTED

    outcome = _service(args).restore()
    _report(args, outcome)
    return EXIT_OK if outcome.status in (REVERTED, NOTHING) else EXIT_CRITICAL


def cmd_confirm(args: argparse.Namespace) -> int:
    from ..backup_dns.transaction import CONFIRMED

    outcome = _service(args).confirm()
    _report(args, outcome)
    return EXIT_OK if outcome.status == CONFIRMED else EXIT_WARNING
