"""``offline-ready docs …`` and ``offline-ready contacts …``.

Exit codes (monitoring-plugin convention, like ``check``): 0 all good; 1 warning (a refresh was
refused or failed, or a copy is stale — the last good copy is still there); 2 critical (a document
has no usable offline copy, or stored files are damaged); 3 bad input, locked vault or internal error.
Secrets are never taken from the command line (it is visible to other users): they are prompted
for, or read from standard input with ``--secret-stdin``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..cli.common import EXIT_CRITICAL, EXIT_OK, EXIT_UNKNOWN, EXIT_WARNING, CliError, load, print_json

DOC_TYPES = ("auto", "pdf", "html", "text", "docx", "xlsx", "pptx", "odt", "ods", "odp", "image", "zip", "json",
             "csv", "vcard")


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    _register_docs(subparsers, parent)
    _register_contacts(subparsers, parent)


# --- parsers ------------------------------------------------------------------------------------------

Command = Callable[[str, Callable, str], argparse.ArgumentParser]


def _command_group(subparsers, parent, name: str, help_: str, description: str) -> Command:
    """Add ``offline-ready NAME`` with required actions; returns ``cmd(action, handler, help)``, which
    adds one action whose handler runs through :func:`_run` (one place maps errors to exit codes)."""
    group = subparsers.add_parser(name, parents=[parent], help=help_, description=description)
    sub = group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)

    def cmd(action: str, fn: Callable, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(action, parents=[parent], help=help_, description=help_)
        p.set_defaults(func=lambda a, fn=fn: _run(fn, a))
        return p

    return cmd


def _register_docs(subparsers, parent) -> None:
    cmd = _command_group(subparsers, parent, "docs", "offline copies of key documents",
                         "Keep verified offline copies of documents (URLs and file paths).")
    p = cmd("add", _docs_add, "add a document source (http(s) URL or file path) and fetch it")
    p.add_argument("source", help="http(s) URL or file path (network shares included)")
    p.add_argument("--name", help="name to show (default: from the file name)")
    p.add_argument("--type", choices=DOC_TYPES, default="auto",
                   help="what the document must be; a download of another type is refused (default: from the URL)")
    p.add_argument("--target-age", type=int, metavar="DAYS", help="flag the copy as stale after DAYS days")
    p.add_argument("--contacts", action="store_true", help="the source is a contact list (vCard or CSV) to import")
    _credential_args(p)
    p.add_argument("--no-sync", action="store_true", help="only register it; fetch on the next sync")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("list", _docs_list, "list documents with their freshness")
    p.add_argument("--stale", action="store_true", help="only documents that are stale or have no copy")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("sync", _docs_sync, "refresh documents from their sources (all, or the ones named)")
    p.add_argument("documents", nargs="*", metavar="DOC", help="document number or name (default: all)")
    p.add_argument("--due", action="store_true", help="only documents the schedule says are due")
    p.add_argument("--force", action="store_true", help="download even if the source says it is unchanged")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    p = cmd("open", _docs_open, "open the offline copy in the system viewer")
    p.add_argument("document", metavar="DOC")
    p.add_argument("--version", type=int, metavar="N", help="1 = newest, 2 = the one before … (see `docs versions`)")
    p.add_argument("--print-path", action="store_true", help="make the viewer copy and print its path only")
    p.add_argument("--save", metavar="PATH", help="save a copy to PATH (a file or a folder) instead of opening")

    p = cmd("versions", _docs_versions, "list the kept versions of a document")
    p.add_argument("document", metavar="DOC")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("search", _docs_search, "full-text search across the offline copies")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("remove", _docs_remove, "remove a document, its versions and its stored credential")
    p.add_argument("document", metavar="DOC")
    p.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")

    p = cmd("refused", _docs_refused, "list refused downloads (login pages, truncated files …)")
    p.add_argument("document", nargs="?", metavar="DOC")
    p.add_argument("--open", type=int, metavar="ID", help="open refused download ID to see what the source sent")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("accept", _docs_accept, "accept a refused download after all (e.g. a genuinely much smaller file)")
    p.add_argument("document", metavar="DOC")
    p.add_argument("--id", type=int, help="which refused download (default: the newest)")

    p = cmd("login", _docs_login, "store a credential for a document's source in the system keyring")
    p.add_argument("document", metavar="DOC")
    _credential_args(p, required=True)

    p = cmd("logout", _docs_logout, "forget the stored credential of a document's source")
    p.add_argument("document", metavar="DOC")

    p = cmd("check", _docs_check, "verify stored files and report freshness (exit 0/1/2)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = cmd("rename", _docs_rename, "change a document's name")
    p.add_argument("document", metavar="DOC")
    p.add_argument("name")


def _credential_args(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--auth", choices=("basic", "bearer", "header"), required=required,
                   help="credential to send: basic (user + password), bearer (token) or header (custom header)")
    p.add_argument("--user", help="user name for basic authentication")
    p.add_argument("--header", help="header name for --auth header (e.g. X-API-Key)")
    p.add_argument("--secret-stdin", action="store_true",
                   help="read the password/token from standard input instead of prompting")


def _register_contacts(subparsers, parent) -> None:
    cmd = _command_group(subparsers, parent, "contacts", "contact lists for an outage",
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


# --- plumbing -------------------------------------------------------------------------------------------

def _run(fn: Callable[[argparse.Namespace, Any], int], args: argparse.Namespace) -> int:
    from .contacts.callsheet import CallSheetError
    from .contacts.importer import ImportFormatError
    from .credentials import CredentialError
    from .crypto import CryptoError, VaultLocked
    from .locking import VaultBusy
    from .service import VaultError, VaultService

    config = load(args)
    service = VaultService(config)
    try:
        if service.locked:
            _unlock_interactively(service)
        # vault.encryption was switched: convert what is stored (if another process holds the vault,
        # it converts on its next sync)
        with contextlib.suppress(VaultBusy):
            service.ensure_encryption_state()
        return fn(args, service)
    except VaultLocked as exc:
        raise CliError(f"{exc} (scripts can set OFFLINE_READY_VAULT_PASSPHRASE)", EXIT_UNKNOWN) from None
    except (VaultError, VaultBusy, CredentialError, ImportFormatError, CallSheetError, CryptoError) as exc:
        raise CliError(str(exc), EXIT_UNKNOWN) from None
    finally:
        service.close()


def _unlock_interactively(service) -> None:
    """Ask for the vault passphrase on a terminal (where no keyring holds the key)."""
    from .crypto import CryptoError, VaultLocked

    if service.passphrase_given:
        service.unlock(service.passphrase_given)  # raises with the real reason (e.g. a wrong passphrase)
        return
    if not (sys.stdin.isatty() and service.needs_passphrase):
        raise VaultLocked("the vault is encrypted with a passphrase and none was given")
    import getpass

    first = not service.keys.has_passphrase_key and not service.encrypted
    for _attempt in range(3):
        pw = getpass.getpass("New vault passphrase: " if first else "Vault passphrase: ")
        if first and getpass.getpass("Repeat it: ") != pw:
            print("offline-ready: the passphrases differ", file=sys.stderr)
            continue
        try:
            service.unlock(pw)
            return
        except CryptoError as exc:
            print(f"offline-ready: {exc}", file=sys.stderr)
    raise VaultLocked("the vault stays locked")


def _read_secret(args: argparse.Namespace, prompt: str) -> str:
    if args.secret_stdin:
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
    elif sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(prompt)
    else:
        raise CliError("no terminal to ask for the secret; pipe it in with --secret-stdin", EXIT_UNKNOWN)
    if not secret:
        raise CliError("the secret is empty", EXIT_UNKNOWN)
    return secret


def _credential(args: argparse.Namespace, service):
    from .credentials import Credential, CredentialError

    if not getattr(args, "auth", None):
        return None
    if not service.creds.available():  # say so before asking for a secret that could not be kept
        raise CredentialError("no system keyring is available, so credentials cannot be stored safely "
                              "(install and unlock a Secret Service keyring such as GNOME Keyring or KWallet)")
    if args.auth == "basic" and not args.user:
        raise CliError("--auth basic needs --user", EXIT_UNKNOWN)
    if args.auth == "header" and not args.header:
        raise CliError("--auth header needs --header NAME", EXIT_UNKNOWN)
    prompt = {"basic": f"Password for {args.user}: ", "bearer": "Token: ", "header": f"Value of {args.header}: "}
    return Credential(args.auth, _read_secret(args, prompt[args.auth]), username=args.user or "",
                      header=args.header or "")


class _Bar:
    """A one-line progress bar on a terminal's stderr; silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.width = 28

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        cols = _term_cols()
        frac = done / total if total else 1.0
        filled = int(self.width * frac)
        bar = "█" * filled + "░" * (self.width - filled)
        text = f"\r{bar} {done}/{total} {message}"
        sys.stderr.write(text[: cols - 1].ljust(cols - 1))
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * (_term_cols() - 1) + "\r")
            sys.stderr.flush()


def _term_cols() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        return 80


def _size(n: int | None) -> str:
    if n is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    widths[-1] = 0
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _bold(text: str) -> str:
    return f"\033[1m{text}\033[0m" if sys.stdout.isatty() else f"[{text}]"


# --- docs -------------------------------------------------------------------------------------------------

def _docs_add(args, service) -> int:
    doc = service.add_document(args.source, name=args.name, expected_type=args.type,
                               target_age_days=args.target_age, credential=_credential(args, service),
                               kind="contacts" if args.contacts else "document")
    code = EXIT_OK
    result = None
    if not args.no_sync:
        report = service.sync([doc.id])
        result = report.results[0] if report.results else None
        code = _sync_exit(service, report, [doc.id])
    doc = service.document(doc.id)
    if args.json:
        print_json({"document": doc.to_dict(), "sync": result.to_dict() if result else None})
    else:
        print(f"Added {doc.id}: {doc.name}")
        if result is not None:
            print(f"  {result.message}")
    return code


def _docs_list(args, service) -> int:
    docs = service.list_documents()
    if args.stale:
        docs = [d for d in docs if d.freshness.stale]
    if args.json:
        print_json([d.to_dict() for d in docs])
        return EXIT_OK
    if not docs:
        print("No documents yet. Add one with: offline-ready docs add URL-OR-PATH")
        return EXIT_OK
    rows = []
    for d in docs:
        note = "; ".join(dict.fromkeys(filter(None, [d.last_message, d.search_note])))
        if d.pending:
            note = (note + "; " if note else "") + "sync unfinished"
        rows.append([str(d.id), d.name, d.freshness.state, d.freshness.label, _size(d.size), note])
    _table(rows, ["ID", "NAME", "STATE", "CHECKED", "SIZE", "NOTE"])
    return EXIT_OK


def _docs_sync(args, service) -> int:
    bar = _Bar(not args.quiet and not args.json)
    refs = args.documents or None
    try:
        report = service.sync(refs, due_only=args.due, force=args.force, on_progress=bar)
    except KeyboardInterrupt:
        bar.close()
        print("Interrupted: the catalogue and current copies are intact; the next sync finishes the job.",
              file=sys.stderr)
        return 130
    bar.close()
    ids = [r.doc_id for r in report.results]
    code = _sync_exit(service, report, ids)
    if args.json:
        out = report.to_dict()
        out["exit_code"] = code
        print_json(out)
        return code
    for r in report.results:
        if r.outcome in ("rejected", "failed"):
            print(f"{r.name}: {r.message}")
        if r.resolved_via:
            print(f"{r.name}: {r.message}, through DNS fallback — {r.resolved_detail}")
    print(f"{report.count('new-version')} new, {report.count('unchanged')} unchanged, "
          f"{report.count('rejected')} refused, {report.count('failed')} failed "
          f"({report.finished_at - report.started_at:.1f} s)")
    return code


def _sync_exit(service, report, ids: list[int]) -> int:
    docs = {d.id: d for d in service.list_documents()}
    if any(docs[i].current_version is None for i in ids if i in docs):
        return EXIT_CRITICAL
    if not report.ok:
        return EXIT_WARNING
    return EXIT_OK


def _docs_open(args, service) -> int:
    if args.save:
        dest = service.save_copy(args.document, Path(args.save), args.version)
        print(dest)
        return EXIT_OK
    path = service.open_document(args.document, args.version, launch=not args.print_path)
    print(path)
    return EXIT_OK


def _docs_versions(args, service) -> int:
    doc = service.document(args.document)
    vs = service.versions(doc.id)
    if args.json:
        print_json([{"number": i, **v.to_dict()} for i, v in enumerate(vs, 1)])
        return EXIT_OK
    from .model import iso

    rows = [[str(i), (iso(v.fetched_at) or "").replace("T", " ")[:16], _size(v.size), v.media_type, v.filename,
             "current" if v.current else ""] for i, v in enumerate(vs, 1)]
    print(f"{doc.name} ({len(vs)} version{'s' if len(vs) != 1 else ''}); open one with: "
          f"offline-ready docs open {doc.id} --version N")
    _table(rows, ["N", "FETCHED", "SIZE", "TYPE", "FILE", ""])
    return EXIT_OK


def _docs_search(args, service) -> int:
    from .service import format_snippet

    hits = service.search(" ".join(args.query), limit=args.limit)
    if args.json:
        out = []
        for h in hits:
            d = h.to_dict()
            d["snippet"] = format_snippet(h.snippet, "", "")
            d["snippet_marked"] = format_snippet(h.snippet, "[", "]")
            out.append(d)
        print_json(out)
        return EXIT_OK
    if not hits:
        print("No matches.")
        return EXIT_WARNING
    for h in hits:
        snippet = format_snippet(h.snippet.replace("\n", " "), "\x01", "\x04")
        snippet = snippet.replace("\x01", "\033[1m" if sys.stdout.isatty() else "[").replace(
            "\x04", "\033[0m" if sys.stdout.isatty() else "]")
        print(f"{h.doc_id}  {h.name}\n    {snippet}")
    return EXIT_OK


def _docs_remove(args, service) -> int:
    doc = service.document(args.document)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("add --yes to remove without a question", EXIT_UNKNOWN)
        answer = input(f"Remove {doc.name!r} and all its offline versions? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            return EXIT_OK
    service.remove_document(doc.id)
    print(f"Removed {doc.name}")
    return EXIT_OK


def _docs_refused(args, service) -> int:
    if args.open is not None:
        path = service.copy_quarantined(args.open)
        print(path)
        return EXIT_OK
    entries = service.quarantined(args.document)
    if args.json:
        print_json([q.to_dict() for q in entries])
        return EXIT_OK
    if not entries:
        print("No refused downloads.")
        return EXIT_OK
    from .model import iso

    names = {d.id: d.name for d in service.list_documents()}
    rows = [[str(q.id), names.get(q.doc_id, "?"), (iso(q.received_at) or "").replace("T", " ")[:16], q.reason,
             "accept with `docs accept`" if q.needs_confirmation else q.message] for q in entries]
    _table(rows, ["ID", "DOCUMENT", "RECEIVED", "REASON", "NOTE"])
    return EXIT_OK


def _docs_accept(args, service) -> int:
    res = service.accept_quarantined(args.document, args.id)
    print(f"{res.name}: {res.message}")
    return EXIT_OK


def _docs_login(args, service) -> int:
    doc = service.set_credential(args.document, _credential(args, service))
    print(f"Stored a {doc.auth} credential for {doc.name} in the system keyring.")
    return EXIT_OK


def _docs_logout(args, service) -> int:
    doc = service.clear_credential(args.document)
    print(f"Forgot the credential of {doc.name}.")
    return EXIT_OK


def _docs_check(args, service) -> int:
    problems = service.check_integrity()
    docs = service.list_documents()
    missing = [d for d in docs if d.freshness.state == "missing"]
    stale = [d for d in docs if d.freshness.state == "stale"]
    # a copy that is still fresh but whose last refresh was refused or failed is not "all fine"
    from .model import OUTCOME_FAILED, OUTCOME_REJECTED

    refused = [d for d in docs if d not in missing and d.last_outcome in (OUTCOME_REJECTED, OUTCOME_FAILED)]
    code = EXIT_CRITICAL if problems or missing else EXIT_WARNING if stale or refused else EXIT_OK
    if args.json:
        print_json({"problems": problems, "missing": [d.id for d in missing], "stale": [d.id for d in stale],
                    "refused": [d.id for d in refused], "documents": len(docs), "exit_code": code})
        return code
    for p in problems:
        print(f"DAMAGED  {p}")
    for d in missing:
        print(f"MISSING  {d.name}: {d.last_message or 'no offline copy yet'}")
    for d in stale:
        print(f"STALE    {d.name}: {d.freshness.label}" + (f" ({d.last_message})" if d.last_message else ""))
    for d in refused:
        if d not in stale:
            print(f"REFUSED  {d.name}: {d.last_message or 'the last refresh did not succeed'}")
    if code == EXIT_OK:
        print(f"All {len(docs)} documents are stored intact and fresh.")
    return code


def _docs_rename(args, service) -> int:
    doc = service.rename_document(args.document, args.name)
    print(f"{doc.id}: {doc.name}")
    return EXIT_OK


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
    _table([_contact_row(c) for c in items], ["ID", "GROUP", "#", "NAME", "ROLE", "PHONE", "E-MAIL"])


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
