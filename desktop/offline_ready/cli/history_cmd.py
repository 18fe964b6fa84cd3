"""``offline-ready history``: past incidents as a table, JSON or CSV (e.g. to show the ISP)."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from datetime import UTC, datetime, timedelta

from ..i18n import _
from .common import CliError


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("history", parents=[parent], help=_("list past incidents and drills; report on one"),
                       description=_("List past incidents (and, apart from them, drills), or write the report of "
                       "one incident for your ISP or IT: history report ID --format text|html|pdf."))
    p.add_argument("action", nargs="?", choices=["report"], help=_("report: the report of incident ID"))
    p.add_argument("id", nargs="?", type=int, help=_("the incident's id (see history --json)"))
    p.add_argument("--format", choices=["text", "html", "pdf"], default="text", help=_("report format"))
    p.add_argument("-o", "--output", metavar="FILE", help=_("write the report to FILE (a PDF needs it, or a pipe)"))
    p.add_argument("--since", default="30d",
                   help=_("how far back: a duration such as 24h, 7d, 90d, or a date (YYYY-MM-DD); default 30d"))
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(func=run)


def parse_since(text: str, now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    m = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        return now - timedelta(**{{"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[unit]: n})
    try:
        dt = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CliError(_("{option}: {text!r} is neither a duration like 7d / 24h nor a date like 2026-03-01").format(
            option="--since", text=text)) from None
    return dt if dt.tzinfo else dt.replace(tzinfo=datetime.now().astimezone().tzinfo)


def run(args: argparse.Namespace) -> int:
    from ..history import HistoryStore
    from ..paths import app_paths
    from ..report.render import duration_text as _fmt_duration
    from .common import load, print_json

    config = load(args)
    if args.action == "report":
        return _report(config, args)
    since = parse_since(args.since)
    store = HistoryStore(app_paths().history_db, config.history.retention_days)
    incidents = store.incidents(since=since)
    store.close()
    drills = _drills(since)
    if args.json:
        print_json({"since": since.isoformat(timespec="seconds"), "incidents": [i.to_dict() for i in incidents],
                    "drills": [d.to_dict() for d in drills]})
        return 0
    if args.csv:
        from ..csvsafe import defuse_row

        w = csv.writer(sys.stdout)
        w.writerow(["start", "end", "duration_s", "state", "services_down", "summary", "evidence"])
        for i in incidents:
            d = i.to_dict()
            failed = "; ".join(f"{e['probe']} {e['target']}: {e['detail']}" for e in i.evidence if not e.get("ok"))
            w.writerow(defuse_row([d["start"], d["end"] or "", d["duration_s"], d["state"],
                                   " ".join(s["name"] for s in i.services), d["summary"], failed]))
        return 0
    if not incidents:
        sys.stdout.write(_("No incidents since {time}.").format(time=f"{since.astimezone():%Y-%m-%d %H:%M}") + "\n")
    for i in incidents:
        start = i.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        dur = _fmt_duration(i.duration_s or 0) + (" (" + _("ongoing") + ")" if i.ended_at is None else "")
        sys.stdout.write(f"#{i.id:<4} {start}  {dur:<18} {i.state:<15} {i.summary}\n")
    if drills:
        sys.stdout.write("\n" + _("Drills (rehearsals, not outages):") + "\n")
        for d in drills:
            start = d.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            missing = " — " + _("missing: {items}").format(items="; ".join(d.missing)) if d.missing else ""
            sys.stdout.write(f"      {start}  {_fmt_duration(d.duration_s):<18} {d.scenario:<15} "
                             f"{d.outcome}{missing}\n")
    return 0


def _drills(since: datetime) -> list:
    from ..drill.store import DrillStore
    from ..paths import app_paths

    path = app_paths().history_db
    if not path.exists():
        return []
    store = DrillStore(path)
    try:
        return store.drills(since=since)
    finally:
        store.close()


def _report(config, args: argparse.Namespace) -> int:
    from ..report import report_for_incident
    from ..report.render import RENDERERS

    if args.id is None:
        raise CliError(_("history report: give the incident's id (see {command})").format(
            command="offline-ready history"))
    try:
        rep = report_for_incident(config, args.id)
    except LookupError as exc:
        raise CliError(str(exc)) from None
    data = RENDERERS[args.format](rep)
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    if args.output:
        from pathlib import Path

        from ..atomic import atomic_write_bytes

        atomic_write_bytes(Path(args.output), raw)
        sys.stderr.write(_("Report written to {file}").format(file=args.output) + "\n")
    elif isinstance(data, bytes) and sys.stdout.isatty():
        raise CliError(_("a PDF goes to a file: add {option} (or pipe the output)").format(option="-o report.pdf"))
    else:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
    return 0
