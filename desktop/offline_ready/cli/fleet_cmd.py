"""``offline-ready fleet``: what this desk reports to the organisation, and its sign-in secret."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _, ngettext


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("fleet", parents=[parent], help=_("reporting to your organisation: status, preview, sign-in"),
                       description=_("Fleet reporting sends this desk's connection state, watched services and "
                       "incidents to the metrics and log engines your IT department runs (when the fleet settings "
                       "turn it on). These commands show exactly what is sent and manage its sign-in secret."))
    fs = p.add_subparsers(dest="fleet_command", metavar="ACTION", required=True)
    status = fs.add_parser("status", parents=[parent], help=_("where reports go, when they were last sent, what waits"))
    status.add_argument("--json", action="store_true", help=_("machine-readable output"))
    status.set_defaults(func=run_status)
    preview = fs.add_parser("preview", parents=[parent], help=_("exactly what is sent: labels, last sample, next items"))
    preview.add_argument("--json", action="store_true", help=_("machine-readable output"))
    preview.add_argument("--limit", type=int, default=5, metavar="N", help=_("waiting items shown per channel (5)"))
    preview.set_defaults(func=run_preview)
    login = fs.add_parser("login", parents=[parent], help=_("store the engines' token or password in the keyring"),
                          description=_("Reads the token (fleet.auth = bearer) or the password of fleet.username "
                          "(fleet.auth = basic) from standard input, or asks for it, and keeps it in the system "
                          "keyring."))
    login.set_defaults(func=run_login)
    logout = fs.add_parser("logout", parents=[parent], help=_("remove the stored secret from the keyring"))
    logout.set_defaults(func=run_logout)


def _reporter(args: argparse.Namespace):
    from ..fleet.reporter import FleetReporter
    from .common import load

    return FleetReporter(load(args))


def run_status(args: argparse.Namespace) -> int:
    from .common import print_json

    rep = _reporter(args)
    rep.open()
    try:
        st = rep.status()
    finally:
        rep.stop(timeout=0)
    if args.json:
        print_json(st)
        return 0
    if not st["enabled"]:
        print(_("Reporting to your organisation: off"))
    else:
        print(_("Reporting to your organisation: {where}").format(where=", ".join(st["destinations"]) or _("nowhere")))
        print(_("Last sent: {when}").format(when=st["last_sent"] or _("never")))
    print(ngettext("Waiting to be sent: {n} item, {kb:.1f} KB", "Waiting to be sent: {n} items, {kb:.1f} KB",
                   st["queued"]).format(n=st["queued"], kb=st.get("queued_bytes", 0) / 1024))
    if st["quarantined"]:
        print(ngettext("Refused by the engine and set aside: {n} item", "Refused by the engine and set aside: {n} items",
                       st["quarantined"]).format(n=st["quarantined"]))
    return 0


def run_preview(args: argparse.Namespace) -> int:
    from ..fleet.reporter import preview, preview_lines
    from .common import print_json

    rep = _reporter(args)
    try:
        data = preview(rep, max(0, args.limit))
    finally:
        rep.stop(timeout=0)
    if args.json:
        print_json(data)
        return 0
    print("\n".join(preview_lines(data)))
    return 0


def _options(args: argparse.Namespace):
    from ..fleet.options import FleetOptions
    from .common import load

    return FleetOptions.from_config(load(args))


def run_login(args: argparse.Namespace) -> int:
    import getpass

    from ..fleet.options import FleetCredentialError, save_secret
    from .common import CliError

    options = _options(args)
    if options.auth == "none":
        raise CliError(_("fleet.auth is none: the engines take no sign-in (set it to bearer or basic first)"))
    if options.auth == "basic" and not options.username:
        raise CliError(_("fleet.auth is basic but fleet.username is empty"))
    prompt = _("Token: ") if options.auth == "bearer" else _("Password for {user}: ").format(user=options.username)
    secret = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    try:
        save_secret(options, secret)
    except FleetCredentialError as exc:
        raise CliError(str(exc)) from None
    except Exception as exc:  # keyring backends raise their own kinds
        raise CliError(_("the keyring refused to store the secret ({error})").format(error=exc)) from None
    print(_("Stored in the system keyring."))
    return 0


def run_logout(args: argparse.Namespace) -> int:
    from ..fleet.options import forget_secret

    print(_("Removed from the system keyring.") if forget_secret(_options(args)) else _("Nothing was stored."))
    return 0
