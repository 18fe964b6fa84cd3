"""``offline-ready drill``: an outage rehearsal in the terminal; changes nothing on the system."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _

# the ids of drill.scenarios.SCENARIOS, spelled out so building the parser imports no core module
SCENARIO_IDS = ("dns-outage", "no-internet", "captive-portal", "provider-dns")


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("drill", parents=[parent], help=_("rehearse an outage (changes nothing)"),
                       description=_("Shows what the app would say in the outage, then asks you to find the "
                       "continuity plan, who to call and (for a DNS outage) a backup DNS profile. Each step is "
                       "timed and recorded in history as a drill. Exit 0 all found, 1 something was missing."))
    p.add_argument("--scenario", required=True, choices=SCENARIO_IDS)
    p.add_argument("--service", help=_("for provider-dns: the watched service whose provider fails"))
    p.add_argument("--json", action="store_true", help=_("print the recorded drill as JSON at the end"))
    p.set_defaults(func=run)


def _ask(step, inp, out) -> str | None:
    out.write(f"\n== {step.title} ==\n{step.prompt}\n")
    if not step.options:
        out.write("  " + _("Nothing to choose from: {missing}.").format(missing=step.missing) + "\n")
    for n, o in enumerate(step.options, 1):
        flag = "" if o.good else "  (" + _("not usable offline") + ")"
        out.write(f"  {n}. {o.label}" + (f" — {o.detail}" if o.detail else "") + flag + "\n")
    out.write(_("Your choice (number, or Enter if you could not find it): "))
    out.flush()
    line = inp.readline()
    try:
        n = int(line.strip())
    except ValueError:
        return None
    return step.options[n - 1].id if 1 <= n <= len(step.options) else None


def run(args: argparse.Namespace) -> int:
    from ..drill.prepare import save_record, session_for
    from ..vault.service import VaultService
    from .common import CliError, load, print_json
    from .render import render_verdict

    config = load(args)
    out = sys.stderr if args.json else sys.stdout
    vault = VaultService(config).open()
    session = None
    try:
        try:
            session = session_for(config, args.scenario, args.service, vault)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        out.write("*** " + _("DRILL — nothing is broken; this is a rehearsal") + " ***\n\n")
        out.write(render_verdict(session.verdict) + "\n")
        for step in session.steps:
            session.start_step(step.id)
            choice = _ask(step, sys.stdin, out)
            done = session.answer(step.id, choice)
            if done.outcome == "done":
                out.write(f"  ✓ {done.choice} ({done.seconds:.0f} s)\n")
            else:
                out.write("  ✗ " + _("missing: {items}").format(items=done.missing) + "\n")
    except KeyboardInterrupt:
        if session is not None:
            save_record(config, session.finish(aborted=True))
        raise
    finally:
        vault.close()
    record = session.finish()
    save_record(config, record)
    if args.json:
        print_json(record.to_dict())
    else:
        out.write("\n" + _("Drill recorded in history ({outcome}, {seconds:.0f} s).").format(
            outcome=record.outcome, seconds=record.duration_s) + "\n")
        for m in record.missing:
            out.write("  " + _("To fix before a real outage: {item}").format(item=m) + "\n")
    return 0 if record.outcome == "completed" else 1
