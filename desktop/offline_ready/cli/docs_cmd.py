"""``offline-ready docs …``: verified offline copies of key documents (exit codes: see vault_common)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import N_, _, ngettext
from .common import EXIT_CRITICAL, EXIT_OK, EXIT_UNKNOWN, EXIT_WARNING, CliError, print_json
from .vault_common import ProgressBar, command_group, credential, credential_args, size_text, table

FRESHNESS_WORDS = {"fresh": N_("fresh"), "stale": N_("stale"), "missing": N_("missing")}
DOC_TYPES = ("auto", "pdf", "html", "text", "docx", "xlsx", "pptx", "odt", "ods", "odp", "image", "zip", "json",
             "csv", "vcard")


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = command_group(subparsers, parent, "docs", _("offline copies of key documents"),
                         _("Keep verified offline copies of documents (URLs and file paths)."))
    p = cmd("add", _docs_add, _("add a document source (http(s) URL or file path) and fetch it"))
    p.add_argument("source", help=_("http(s) URL or file path (network shares included)"))
    p.add_argument("--name", help=_("name to show (default: from the file name)"))
    p.add_argument("--type", choices=DOC_TYPES, default="auto",
                   help=_("what the document must be; a download of another type is refused (default: from the URL)"))
    p.add_argument("--target-age", type=int, metavar="DAYS", help=_("flag the copy as stale after DAYS days"))
    p.add_argument("--contacts", action="store_true", help=_("the source is a contact list (vCard or CSV) to import"))
    credential_args(p)
    p.add_argument("--no-sync", action="store_true", help=_("only register it; fetch on the next sync"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("list", _docs_list, _("list documents with their freshness"))
    p.add_argument("--stale", action="store_true", help=_("only documents that are stale or have no copy"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("sync", _docs_sync, _("refresh documents from their sources (all, or the ones named)"))
    p.add_argument("documents", nargs="*", metavar="DOC", help=_("document number or name (default: all)"))
    p.add_argument("--due", action="store_true", help=_("only documents the schedule says are due"))
    p.add_argument("--force", action="store_true", help=_("download even if the source says it is unchanged"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.add_argument("-q", "--quiet", action="store_true", help=_("no progress bar"))

    p = cmd("open", _docs_open, _("open the offline copy in the system viewer"))
    p.add_argument("document", metavar="DOC")
    p.add_argument("--version", type=int, metavar="N", help=_("1 = newest, 2 = the one before … (see `docs versions`)"))
    p.add_argument("--print-path", action="store_true", help=_("make the viewer copy and print its path only"))
    p.add_argument("--save", metavar="PATH", help=_("save a copy to PATH (a file or a folder) instead of opening"))

    p = cmd("versions", _docs_versions, _("list the kept versions of a document"))
    p.add_argument("document", metavar="DOC")
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("search", _docs_search, _("full-text search across the offline copies"))
    p.set_defaults(defer_logging=True)  # logs only through logsetup.logger: see cli/main.py
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("remove", _docs_remove, _("remove a document, its versions and its stored credential"))
    p.add_argument("document", metavar="DOC")
    p.add_argument("-y", "--yes", action="store_true", help=_("do not ask for confirmation"))

    p = cmd("refused", _docs_refused, _("list refused downloads (login pages, truncated files …)"))
    p.add_argument("document", nargs="?", metavar="DOC")
    p.add_argument("--open", type=int, metavar="ID", help=_("open refused download ID to see what the source sent"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("accept", _docs_accept, _("accept a refused download after all (e.g. a genuinely much smaller file)"))
    p.add_argument("document", metavar="DOC")
    p.add_argument("--id", type=int, help=_("which refused download (default: the newest)"))

    p = cmd("login", _docs_login, _("store a credential for a document's source in the system keyring"))
    p.add_argument("document", metavar="DOC")
    credential_args(p, required=True)

    p = cmd("logout", _docs_logout, _("forget the stored credential of a document's source"))
    p.add_argument("document", metavar="DOC")

    p = cmd("check", _docs_check, _("verify stored files and report freshness (exit 0/1/2)"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = cmd("rename", _docs_rename, _("change a document's name"))
    p.add_argument("document", metavar="DOC")
    p.add_argument("name")


# --- docs -------------------------------------------------------------------------------------------------

def _docs_add(args, service) -> int:
    doc = service.add_document(args.source, name=args.name, expected_type=args.type,
                               target_age_days=args.target_age, credential=credential(args, service),
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
        print(_("Added {id}: {name}").format(id=doc.id, name=doc.name))
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
        print(_("No documents yet. Add one with: {command}").format(command="offline-ready docs add URL-OR-PATH"))
        return EXIT_OK
    rows = []
    for d in docs:
        note = "; ".join(dict.fromkeys(filter(None, [d.last_message, d.search_note])))
        if d.pending:
            note = (note + "; " if note else "") + _("sync unfinished")
        rows.append([str(d.id), d.name, _(FRESHNESS_WORDS.get(d.freshness.state, d.freshness.state)),
                     d.freshness.label, size_text(d.size), note])
    table(rows, [_("ID"), _("NAME"), _("STATE"), _("CHECKED"), _("SIZE"), _("NOTE")])
    return EXIT_OK


def _docs_sync(args, service) -> int:
    bar = ProgressBar(not args.quiet and not args.json)
    refs = args.documents or None
    try:
        report = service.sync(refs, due_only=args.due, force=args.force, on_progress=bar)
    except KeyboardInterrupt:
        bar.close()
        print(_("Interrupted: the catalogue and current copies are intact; the next sync finishes the job."),
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
            print(_("{name}: {message}, through DNS fallback — {detail}").format(
                name=r.name, message=r.message, detail=r.resolved_detail))
    print(_("{new} new, {unchanged} unchanged, {refused} refused, {failed} failed ({seconds:.1f} s)").format(
        new=report.count("new-version"), unchanged=report.count("unchanged"), refused=report.count("rejected"),
        failed=report.count("failed"), seconds=report.finished_at - report.started_at))
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
    from ..vault.model import iso

    rows = [[str(i), (iso(v.fetched_at) or "").replace("T", " ")[:16], size_text(v.size), v.media_type, v.filename,
             _("current") if v.current else ""] for i, v in enumerate(vs, 1)]
    print(ngettext("{name} ({n} version); open one with: {command}", "{name} ({n} versions); open one with: {command}",
                   len(vs)).format(name=doc.name, n=len(vs), command=f"offline-ready docs open {doc.id} --version N"))
    table(rows, ["N", _("FETCHED"), _("SIZE"), _("TYPE"), _("FILE"), ""])
    return EXIT_OK


def _docs_search(args, service) -> int:
    from ..vault.indexing import format_snippet

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
        print(_("No matches."))
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
            raise CliError(_("add --yes to remove without a question"), EXIT_UNKNOWN)
        answer = input(_("Remove {name!r} and all its offline versions? [y/N] ").format(name=doc.name))
        if answer.strip().lower() not in ("y", "yes"):
            return EXIT_OK
    service.remove_document(doc.id)
    print(_("Removed {name}").format(name=doc.name))
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
        print(_("No refused downloads."))
        return EXIT_OK
    from ..vault.model import iso

    names = {d.id: d.name for d in service.list_documents()}
    rows = [[str(q.id), names.get(q.doc_id, "?"), (iso(q.received_at) or "").replace("T", " ")[:16], q.reason,
             _("accept with {command}").format(command="`docs accept`") if q.needs_confirmation else q.message]
            for q in entries]
    table(rows, [_("ID"), _("DOCUMENT"), _("RECEIVED"), _("REASON"), _("NOTE")])
    return EXIT_OK


def _docs_accept(args, service) -> int:
    res = service.accept_quarantined(args.document, args.id)
    print(f"{res.name}: {res.message}")
    return EXIT_OK


def _docs_login(args, service) -> int:
    doc = service.set_credential(args.document, credential(args, service))
    print(_("Stored a {kind} credential for {name} in the system keyring.").format(kind=doc.auth, name=doc.name))
    return EXIT_OK


def _docs_logout(args, service) -> int:
    doc = service.clear_credential(args.document)
    print(_("Forgot the credential of {name}.").format(name=doc.name))
    return EXIT_OK


def _docs_check(args, service) -> int:
    problems = service.check_integrity()
    docs = service.list_documents()
    missing = [d for d in docs if d.freshness.state == "missing"]
    stale = [d for d in docs if d.freshness.state == "stale"]
    # a copy that is still fresh but whose last refresh was refused or failed is not "all fine"
    from ..vault.model import SyncOutcome

    refused = [d for d in docs if d not in missing and d.last_outcome in (SyncOutcome.REJECTED, SyncOutcome.FAILED)]
    code = EXIT_CRITICAL if problems or missing else EXIT_WARNING if stale or refused else EXIT_OK
    if args.json:
        print_json({"problems": problems, "missing": [d.id for d in missing], "stale": [d.id for d in stale],
                    "refused": [d.id for d in refused], "documents": len(docs), "exit_code": code})
        return code
    damaged, missing_word, stale_word, refused_word = _("DAMAGED"), _("MISSING"), _("STALE"), _("REFUSED")
    for p in problems:
        print(f"{damaged:<8} {p}")
    for d in missing:
        why = d.last_message or _("no offline copy yet")
        print(f"{missing_word:<8} {d.name}: {why}")
    for d in stale:
        print(f"{stale_word:<8} {d.name}: {d.freshness.label}" + (f" ({d.last_message})" if d.last_message else ""))
    for d in refused:
        if d not in stale:
            why = d.last_message or _("the last refresh did not succeed")
            print(f"{refused_word:<8} {d.name}: {why}")
    if code == EXIT_OK:
        print(ngettext("All {n} documents are stored intact and fresh.", "All {n} documents are stored intact and fresh.",
                       len(docs)).format(n=len(docs)))
    return code


def _docs_rename(args, service) -> int:
    doc = service.rename_document(args.document, args.name)
    print(f"{doc.id}: {doc.name}")
    return EXIT_OK
