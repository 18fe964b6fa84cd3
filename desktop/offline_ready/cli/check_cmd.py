"""``offline-ready check``: one diagnosis, exit code by the monitoring-plugin convention."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[parent], help=_("diagnose the connection once"),
                       description=_("Diagnose the connection once. Exit 0 online, 1 warning, 2 critical, 3 unknown."))
    p.add_argument("--json", action="store_true", help=_("print the verdict as JSON"))
    p.add_argument("--evidence", action="store_true", help=_("list every probe's result"))
    p.add_argument("--status-pages", action="store_true",
                   help=_("also read every watched service's status page (by default only for services that are down)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..diagnosis.engine import diagnose
    from .common import load, print_json
    from .render import render_verdict

    config = load(args)
    verdict = diagnose(config)
    data = verdict.to_dict()
    if not args.json:  # the verdict first: a slow status page never holds it back
        sys.stdout.write(render_verdict(verdict, verbose=args.evidence) + "\n")
        sys.stdout.flush()
    pages = _status_pages(config, data["services"], on_demand=args.status_pages)
    if args.json:
        from ..monitor.traffic import read_cadence

        data["status_pages"] = [p.to_dict() for p in pages]
        # how the watching app paces its checks: which ones the traffic budget made rarer, and why
        data["monitor_cadence"] = read_cadence()
        print_json(data)
    elif pages:
        from ..statuspage import describe

        down = {s["name"] for s in data["services"] if s["state"] == "down"}
        sys.stdout.write(_("Status pages:") + "\n" + "".join(f"  {describe(p, service_down=p.service in down)}\n"
                                                     for p in pages))
    return verdict.severity


def _status_pages(config, services: list[dict], *, on_demand: bool) -> list:
    from ..paths import app_paths
    from ..statuspage.describe import services_to_ask
    from ..statuspage.fetch import read_all

    ask = services_to_ask(services, config.services, on_demand=on_demand)
    if not ask:
        return []
    return read_all(config, ask, cache_dir=(getattr(config, "paths", None) or app_paths()).cache_dir)
