"""``offline-ready doctor``: what this desktop lacks for the app to work fully, with the fix for each."""

from __future__ import annotations

import argparse
import sys

from ..i18n import N_, _

EPILOG = N_("""exit status: 0 everything is in place; 1 something is missing and the app works with less
(no tray icon, notifications, saved passwords, DNS switching or start at login); 2 the app cannot
work here as set up (no desktop session for the tray app, a data folder it cannot write, a policy
file that does not parse).""")

MARKS = {"ok": N_("ok"), "missing": N_("MISSING"), "problem": N_("PROBLEM")}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("doctor", parents=[parent], help=_("what this desktop lacks for the app to work fully, and the fix"),
                       description=_("Check the desktop session, tray host, notifications, keyring, DNS helper, start "
                       "at login, data folders and policy files."), epilog=_(EPILOG),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.set_defaults(func=doctor_cmd)


def doctor_cmd(args: argparse.Namespace) -> int:
    from ..autostart import for_platform
    from ..config import load_config
    from ..doctor import run_doctor
    from .common import print_json, use_language

    config = load_config(getattr(args, "config", None), tolerant=True)  # a broken file is one of the findings
    use_language(config)
    report = run_doctor(config, config.paths, autostart_enabled=for_platform().is_enabled)
    if args.json:
        print_json(report.to_dict())
        return report.exit_code
    width = max(len(f.name) for f in report.findings)
    for f in report.findings:
        mark = _(MARKS[f.status])
        sys.stdout.write(f"{mark:<8} {f.name:<{width}}  {f.detail}\n")
        if f.fix:
            sys.stdout.write(f"{'':<8} {'':<{width}}  " + _("fix: {command}").format(command=f.fix) + "\n")
    sys.stdout.write("\n" + _("Everything is in place.") + "\n" if report.exit_code == 0 else "")
    return report.exit_code
