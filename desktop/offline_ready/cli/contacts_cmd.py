"""``offline-ready contacts …``: the contact lists people need during an outage (exit codes: see vault_common)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import EXIT_OK, EXIT_UNKNOWN, EXIT_WARNING, CliError, print_json
from .vault_common import command_group, table


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = command_group(subparsers, parent, "contacts", "contact lists for an outage",
                         "Import, search and export the contacts you need offline.")
    p = cmd("import", _contacts_import, "import a vCard or CSV file, or subscribe to a list at a URL")
    p.add_argument("source", help="file (.vcf, Google/Outlook .csv) or http(s) URL of a published list")
    p.add_argument("--group", help="put every imported contact in this group (e.g. \"IT helpdesk\")")
    p.add_argument("--region", help="two-letter country for numbers without a country code (e.g. DE)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("list", _contacts_list, "list contacts by group and escalation order")
    p.add_argument("--group")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("search", _contacts_search, "find contacts by name, organisation, role, group or number")
    p.add_argument("query", nargs="+")
    p.add_argument("--group")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("export", _contacts_export, "export as vCard 4.0, CSV, or a printable call sheet (HTML/PDF)")
    p.add_argument("--format", choices=("vcard", "csv", "html", "pdf"), default="vcard")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--group", help="only this group")
    p.add_argument("--title", default="Call sheet", help="title of the call sheet")
    p.add_argument("--wallet", action="store_true", help="call sheet as wallet-size cards (HTML)")

    p = cmd("set", _contacts_set, "set escalation order, group, alternates or the verified date")
    p.add_argument("contact", metavar="CONTACT", help="number, name or UID")
    p.add_argument("--escalation", type=int, metavar="N", help="1 = call first; 0 clears it")
    p.add_argument("--group", action="append", metavar="GROUP", help="replace the groups (repeatable)")
    p.add_argument("--alternate", action="append", metavar="NAME", help="who to call instead (repeatable)")
    p.add_argument("--verified", metavar="DATE", help="date the details were confirmed (YYYY-MM-DD or 'today')")
    p.add_argument("--notes")

    p = cmd("remove", _contacts_remove, "remove contacts")
    p.add_argument("contacts", nargs="+", metavar="CONTACT")


# --- contacts -------------------------------------------------------------------------------------------

def _contact_row(c) -> list[str]:
    p = c.primary_phone
    return [str(c.id), c.group or "-", "" if c.escalation is None else str(c.escalation), c.display_name,
            c.role or c.org or "", _phone_text(p) if p else "", c.emails[0].address if c.emails else ""]


def _phone_text(p) -> str:
    return p.display() + (" (no country)" if p.no_country else "")


def _print_contacts(items, as_json: bool) -> None:
    if as_json:
        print_json([c.to_dict() for c in items])
        return
    if not items:
        print("No contacts.")
        return
    table([_contact_row(c) for c in items], ["ID", "GROUP", "#", "NAME", "ROLE", "PHONE", "E-MAIL"])


def _contacts_import(args, service) -> int:
    summary = service.import_contacts(args.source, group=args.group, region=args.region)
    if args.json:
        print_json(summary.to_dict())
    else:
        print(f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged"
              + (f", {summary.removed} removed" if summary.removed else ""))
        for p in summary.problems[:20]:
            print(f"  {args.source}: {p}", file=sys.stderr)
        if summary.no_country:
            n = len(summary.no_country)
            print(f"  {n} number{'s' if n != 1 else ''} marked \"no country\": written without a country code, and "
                  "no country is known from the card, --region or the system locale; kept exactly as written:",
                  file=sys.stderr)
            for line in summary.no_country[:20]:
                print(f"    {line}", file=sys.stderr)
    return EXIT_WARNING if summary.problems or summary.no_country else EXIT_OK


def _contacts_list(args, service) -> int:
    _print_contacts(service.list_contacts(args.group), args.json)
    return EXIT_OK


def _contacts_search(args, service) -> int:
    items = service.search_contacts(" ".join(args.query), args.group)
    _print_contacts(items, args.json)
    return EXIT_OK if items else EXIT_WARNING


def _contacts_export(args, service) -> int:
    items = service.list_contacts(args.group)
    if args.format == "pdf" and not args.output:
        raise CliError("--format pdf needs --output FILE", EXIT_UNKNOWN)
    text = service.export_contacts(args.format, Path(args.output) if args.output else None, contacts=items,
                                   title=args.title, layout="wallet" if args.wallet else "sheet")
    if args.output:
        print(f"Wrote {len(items)} contacts to {args.output}", file=sys.stderr)
    elif text is not None:
        sys.stdout.write(text)
    return EXIT_OK


def _contacts_set(args, service) -> int:
    import datetime as dt

    fields: dict[str, Any] = {}
    if args.escalation is not None:
        fields["escalation"] = args.escalation or None
    if args.group:
        fields["groups"] = [g for g in args.group if g.strip()]
    if args.alternate:
        fields["alternates"] = [a for a in args.alternate if a.strip()]
    if args.notes is not None:
        fields["notes"] = args.notes
    if args.verified:
        value = dt.date.today().isoformat() if args.verified == "today" else args.verified
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise CliError(f"--verified {args.verified!r}: use YYYY-MM-DD or 'today'", EXIT_UNKNOWN) from None
        fields["last_verified"] = value
    if not fields:
        raise CliError("nothing to change (see --help)", EXIT_UNKNOWN)
    c = service.update_contact(args.contact, **fields)
    print(f"{c.id}: {c.display_name} updated")
    return EXIT_OK


def _contacts_remove(args, service) -> int:
    n = service.remove_contacts(args.contacts)
    print(f"Removed {n} contact{'s' if n != 1 else ''}")
    return EXIT_OK
