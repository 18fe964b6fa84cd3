"""``offline-ready readiness``: the readiness checklist and score; exit 0 ready, 1 gaps, 2 critical gaps."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _

MARKS = {"ok": "✓", "gap": "!", "critical": "✗", "unverified": "?", "n/a": "-"}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("readiness", parents=[parent], help=_("how ready this desk is for an outage"),
                       description=_("Score out of 100 and a checklist. Exit 0 ready, 1 gaps, 2 critical gaps, "
                       "3 unknown (bad config)."))
    p.add_argument("--json", action="store_true", help=_("print the checklist as JSON"))
    p.set_defaults(func=run)


def autostart_probe():
    """The platform's start-at-login check (Qt-free code that lives with the tray app)."""
    from ..autostart import for_platform

    return for_platform().is_enabled


def run(args: argparse.Namespace) -> int:
    from ..readiness import evaluate
    from ..readiness.gather import gather, notification_server
    from .common import load, print_json

    config = load(args)
    result = evaluate(gather(config, autostart=autostart_probe(), notifications=notification_server))
    if args.json:
        print_json(result.to_dict())
        return result.exit_code
    out = [_("Readiness: {score}/100").format(score=result.score)]
    for item in result.items:
        out.append(f"  {MARKS.get(item.status, '?')} {item.title}: {item.detail}")
        if item.status not in ("ok", "n/a"):
            out.append("      " + _("why: {reason}").format(reason=item.why))
            if item.fix_command:
                out.append("      " + _("fix: {command}").format(command=item.fix_command))
    sys.stdout.write("\n".join(out) + "\n")
    return result.exit_code
