"""``offline-ready monitor``: watch until stopped, one line per confirmed state change."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from ..i18n import _


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "monitor", parents=[parent], help=_("watch the connection and print each state change"),
        description=_("Watch the connection until stopped. The first line is the initial verdict, then one line "
        "per confirmed change (hysteresis keeps single lost packets from raising an outage). Incidents are "
        "recorded in the history."),
    )
    p.add_argument("--json", action="store_true", help=_("one JSON object per line"))
    p.add_argument("--no-history", action="store_true", help=_("do not record incidents"))
    p.set_defaults(func=run)


def change_record(event, cadence: dict | None = None) -> dict:
    """One output line; ``cadence``: the traffic budget's current plan (which checks run rarer)."""
    v = event.verdict
    return {
        "time": v.checked_at.isoformat(timespec="seconds"),
        "state": event.state,
        "previous": event.previous,
        "services": [{"name": s.name, "state": str(s.state), "cause": str(s.cause) if s.cause else None}
                     for s in v.services],
        "summary": v.advice.headline,
        "hijacking": v.hijacking,
        "portal_url": v.portal_url,
        "incident_id": event.incident_id,
        "on_backup_dns": bool(getattr(event, "on_backup", False)),
        "cadence": cadence,
    }


def run(args: argparse.Namespace) -> int:
    from ..events import EventBus, StateChanged
    from ..fleet.reporter import FleetReporter
    from ..history import HistoryStore
    from ..monitor import Monitor
    from ..monitor.traffic import cadence_path, describe_plan
    from ..paths import app_paths
    from .common import load, print_json
    from .render import STATE_WORDS

    config = load(args)
    bus = EventBus()
    history = None if args.no_history else HistoryStore(app_paths().history_db, config.history.retention_days)
    done = threading.Event()

    def on_event(ev) -> None:
        if not isinstance(ev, StateChanged):
            return
        rec = change_record(ev, monitor.traffic.to_dict())
        if args.json:
            print_json(rec, line=True)
        else:
            down = [s["name"] for s in rec["services"] if s["state"] == "down"]
            extra = " — " + _("down: {names}").format(names=", ".join(down)) if down else ""
            if rec["on_backup_dns"]:
                extra += " — " + _("on backup DNS (your own DNS settings are not in use)")
            state = _(STATE_WORDS[rec["state"]]) if rec["state"] in STATE_WORDS else rec["state"]
            notes = "".join(f"    {line}\n" for line in describe_plan(rec["cadence"]))
            sys.stdout.write(f"{rec['time']}  {state:<14} "
                             f"{rec['summary']}{extra}\n{notes}")
            sys.stdout.flush()

    def read_status_pages(ev) -> None:
        # in the background, once per confirmed problem: the incident's report can then say what
        # the provider's status page said at the time (the monitor never waits for it)
        if isinstance(ev, StateChanged) and ev.verdict is not None and \
                (ev.state not in ("online", "unknown") or ev.verdict.services_down):
            from ..statuspage.fetch import read_for_verdict

            threading.Thread(target=read_for_verdict, args=(config, ev.verdict.to_dict(), ev.state,
                                                             app_paths().cache_dir),
                             name="status-pages", daemon=True).start()

    bus.subscribe(on_event)
    if not args.no_history:
        bus.subscribe(read_status_pages)
    monitor = Monitor(config, bus, history, cadence_file=cadence_path())
    fleet = FleetReporter(config, bus)

    def reload(*_: object) -> None:
        fresh = config.reload()
        monitor.apply_config(fresh)
        fleet.apply_config(fresh)

    def stop(*_: object) -> None:
        done.set()
        monitor.stop(timeout=0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, reload)
    fleet.start()  # first: it takes the monitor's first verdict
    monitor.start()
    while not done.wait(0.5):
        pass
    monitor.stop()
    fleet.stop()
    if history:
        history.close()
    return 0
