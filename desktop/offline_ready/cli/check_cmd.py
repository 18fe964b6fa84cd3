"""``offline-ready check``: one diagnosis, exit code by the monitoring-plugin convention."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[parent], help="diagnose the connection once",
                       description="Diagnose the connection once. Exit 0 online, 1 warning, 2 critical, 3 unknown.")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.add_argument("--evidence", action="store_true", help="list every probe's result")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..diagnosis.engine import diagnose
    from .common import load, print_json
    from .render import render_verdict

    config = load(args)
    verdict = diagnose(config)
    if args.json:
        print_json(verdict.to_dict())
    else:
        sys.stdout.write(render_verdict(verdict, verbose=args.evidence) + "\n")
    return verdict.severity
