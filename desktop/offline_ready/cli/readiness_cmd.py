"""``offline-ready readiness``: the readiness checklist and score; exit 0 ready, 1 gaps, 2 critical gaps."""

from __future__ import annotations

import argparse
import sys

MARKS = {"ok": "✓", "gap": "!", "critical": "✗", "unverified": "?", "n/a": "-"}


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("readiness", parents=[parent], help="how ready this desk is for an outage",
                       description="Score out of 100 and a checklist. Exit 0 ready, 1 gaps, 2 critical gaps, "
                       "3 unknown (bad config).")
    p.add_argument("--json", action="store_true", help="print the checklist as JSON")
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
    out = [f"Readiness: {result.score}/100"]
    for item in result.items:
        out.append(f"  {MARKS.get(item.status, '?')} {item.title}: {item.detail}")
        if item.status not in ("ok", "n/a"):
            out.append(f"      why: {item.why}")
            if item.fix_command:
                out.append(f"      fix: {item.fix_command}")
    sys.stdout.write("\n".join(out) + "\n")
    return result.exit_code
