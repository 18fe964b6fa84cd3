"""``offline-ready contacts …``: the contact lists people need during an outage (exit codes: see vault_common)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import _, ngettext
from .common import EXIT_OK, EXIT_UNKNOWN, EXIT_WARNING, CliError, print_json
from .vault_common import command_group, table

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = command_group(subparsers, parent, "contacts", _("contact lists for an outage"),
                         _("Import, search and export the contacts you need offline."))
    p = cmd("import", _contacts_import, _("import a vCard or CSV file, or subscribe to a list at a URL"))
    p.add_argument("source", help=_("file (.vcf, Google/Outlook .csv) or http(s) URL of a published list"))
    p.add_argument("--group", help=_("put every imported contact in this group (e.g. \"IT helpdesk\")"))
    p.add_argument("--region", help=_("two-letter country for numbers without a country code (e.g. DE)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("list", _contacts_list, _("list contacts by group and escalation order"))
    p.add_argument("--group")
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("search", _contacts_search, _("find contacts by name, organisation, role, group or number"))
    p.set_defaults(defer_logging=True)  # logs only through logsetup.logger: see cli/main.py
    p.add_argument("query", nargs="+")
    p.add_argument("--group")
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("export", _contacts_export, _("export as vCard 4.0, CSV, or a printable call sheet (HTML/PDF)"))
    p.add_argument("--format", choices=("vcard", "csv", "html", "pdf"), default="vcard")
    p.add_argument("-o", "--output", metavar="FILE", help=_("write to FILE (default: standard output)"))
    p.add_argument("--group", help=_("only this group"))
    p.add_argument("--title", default=None, help=_("title of the call sheet (default: \"Call sheet\" in your language)"))
    p.add_argument("--wallet", action="store_true", help=_("call sheet as wallet-size cards (HTML)"))

    p = cmd("set", _contacts_set, _("set escalation order, group, alternates or the verified date"))
    p.add_argument("contact", metavar="CONTACT", help=_("number, name or UID"))
    p.add_argument("--escalation", type=int, metavar="N", help=_("1 = call first; 0 clears it"))
    p.add_argument("--group", action="append", metavar="GROUP", help=_("replace the groups (repeatable)"))
    p.add_argument("--alternate", action="append", metavar="NAME", help=_("who to call instead (repeatable)"))
    p.add_argument("--verified", metavar="DATE", help=_("date the details were confirmed (YYYY-MM-DD or 'today')"))
    p.add_argument("--notes")

    p = cmd("remove", _contacts_remove, _("remove contacts"))
    p.add_argument("contacts", nargs="+", metavar="CONTACT")


# --- contacts -------------------------------------------------------------------------------------------

def _contact_row(c) -> list[str]:
    p = c.primary_phone
    return [str(c.id), c.group or "-", "" if c.escalation is None else str(c.escalation), c.display_name,
            c.role or c.org or "", _phone_text(p) if p else "", c.emails[0].address if c.emails else ""]


def _phone_text(p) -> str:
    return p.display() + (" (" + _("no country") + ")" if p.no_country else "")


def _print_contacts(items, as_json: bool) -> None:
    if as_json:
        print_json([c.to_dict() for c in items])
        return
    if not items:
        print(_("No contacts."))
        return
    table([_contact_row(c) for c in items],
          [_("ID"), _("GROUP"), "#", _("NAME"), _("ROLE"), _("PHONE"), _("E-MAIL")])


def _contacts_import(args, service) -> int:
    summary = service.import_contacts(args.source, group=args.group, region=args.region)
    if args.json:
        print_json(summary.to_dict())
    else:
        counts = _("{added} added, {updated} updated, {unchanged} unchanged").format(
            added=summary.added, updated=summary.updated, unchanged=summary.unchanged)
        print(_("{counts}, {removed} removed").format(counts=counts, removed=summary.removed) if summary.removed
              else counts)
        for p in summary.problems[:20]:
            print(f"  {args.source}: {p}", file=sys.stderr)
        if summary.no_country:
            n = len(summary.no_country)
            print("  " + ngettext("{n} number marked \"no country\": written without a country code, and no country is "
                                  "known from the card, --region or the system locale; kept exactly as written:",
                                  "{n} numbers marked \"no country\": written without a country code, and no country "
                                  "is known from the card, --region or the system locale; kept exactly as written:",
                                  n).format(n=n), file=sys.stderr)
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
        raise CliError(_("{option} needs {needed}").format(option="--format pdf", needed="--output FILE"), EXIT_UNKNOWN)
    text = service.export_contacts(args.format, Path(args.output) if args.output else None, contacts=items,
                                   title=args.title, layout="wallet" if args.wallet else "sheet")
    if args.output:
        print(ngettext("Wrote {n} contact to {file}", "Wrote {n} contacts to {file}", len(items)).format(
            n=len(items), file=args.output), file=sys.stderr)
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
            raise CliError(_("{option}: use YYYY-MM-DD or 'today'").format(option=f"--verified {args.verified!r}"),
                           EXIT_UNKNOWN) from None
        fields["last_verified"] = value
    if not fields:
        raise CliError(_("nothing to change (see --help)"), EXIT_UNKNOWN)
    c = service.update_contact(args.contact, **fields)
    print(_("{id}: {name} updated").format(id=c.id, name=c.display_name))
    return EXIT_OK


def _contacts_remove(args, service) -> int:
    n = service.remove_contacts(args.contacts)
    print(ngettext("Removed {n} contact", "Removed {n} contacts", n).format(n=n))
    return EXIT_OK
