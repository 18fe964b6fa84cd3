"""Taking in one received file: sniff, parse-check and assess it, then record the outcome.

:meth:`Intake.judge` runs on a sync worker (it may seal a blob or quarantine the file);
:meth:`Intake.commit` records the outcome in the catalogue under the write lock, and is the only
place a sync changes the catalogue.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import faults
from ..events import Notice
from ..i18n import _, ngettext
from . import verify
from .contacts.book import ImportSummary
from .contacts.importer import ImportFormatError, read_contacts
from .crypto import VaultKey
from .fetch import FetchResult
from .indexing import TextIndexer
from .model import (
    Document,
    SyncOutcome,
    SyncResult,
)
from .names import safe_filename, with_extension
from .sealing import Sealing
from .sniff import Sniffed, decode_head, sniff_file
from .state import VaultState, sha256_file
from .upkeep import Upkeep

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What became of one document's download, before it is recorded."""

    doc: Document
    outcome: str
    reason: str | None = None
    detail: str = ""
    fetch: FetchResult | None = None
    address: str | None = None
    sha256: str | None = None
    sniffed: Sniffed | None = None
    filename: str = ""
    stand_in_like: bool = False
    quarantine_path: str | None = None
    needs_confirmation: bool = False
    encrypted: bool = False
    text: str | None = None  # read while checking (None: not yet; the indexer will)
    text_error: str | None = None  # why it has no searchable text


class Intake:
    """Judges received files and records what became of them."""

    def __init__(self, state: VaultState, sealing: Sealing, indexer: TextIndexer, upkeep: Upkeep):
        self.state = state
        self.sealing = sealing
        self.indexer = indexer
        self.upkeep = upkeep

    def judge(self, doc: Document, res: FetchResult, facts, cur_sha: str | None, key: VaultKey | None,
              confirmed: bool = False) -> Outcome:
        """Sniff, parse-check and assess a received file; ingest or quarantine it."""
        from .isolate import Inspection, inspect_isolated

        assert res.path is not None
        st = self.state
        sniffed = sniff_file(res.path)
        html_head = None
        if sniffed.family == "html":
            html_head, _charset = decode_head(res.head or res.path.read_bytes()[:65536])
        complete = res.declared_length is None or res.received == res.declared_length
        if complete and cur_sha and res.sha256 == cur_sha and not confirmed:
            return Outcome(doc, SyncOutcome.UNCHANGED, fetch=res, sha256=res.sha256)  # checked when it came
        parse_error = None
        seen = Inspection()
        if complete and res.received > 0:
            if doc.kind == "contacts":
                parse_error = _contacts_parse_error(res.path, sniffed)
            else:  # one limited process checks the file and, while it has it, reads its text for search
                seen = inspect_isolated(res.path, sniffed.family, with_text=True, limits=st.limits(),
                                        cancel=None if confirmed else st.cancel)
                parse_error = seen.reason
        previous = verify.Previous(facts[0], facts[1], facts[2]) if facts else None
        expected = doc.expected_type if doc.kind == "document" else "auto"
        decision = verify.assess(
            verify.Candidate(status=res.status, received=res.received, declared_length=res.declared_length,
                             sniffed=sniffed, html_head=html_head, final_url=res.final_url,
                             parse_error=parse_error, redirected_to_login=res.redirected_to_login),
            previous,
            verify.Policy(expected_type=expected, shrink_threshold=st.settings.shrink_threshold,
                          confirmed=confirmed))
        filename = with_extension(safe_filename(res.filename or "", fallback=safe_filename(doc.name)),
                                  sniffed.extension)
        if decision.accepted:
            if cur_sha and res.sha256 == cur_sha:
                return Outcome(doc, SyncOutcome.UNCHANGED, fetch=res, sha256=res.sha256)
            from .sniff import detect_stand_in

            stand_in_like = bool(html_head and detect_stand_in(html_head, ""))
            faults.point("vault.download.before-seal")
            address = st.blobs.ingest(res.path, res.sha256 or sha256_file(res.path), key)
            faults.point("vault.sync.blob-stored")  # stored, not yet recorded: an orphan if killed here
            return Outcome(doc, SyncOutcome.NEW, fetch=res, address=address, sha256=res.sha256, sniffed=sniffed,
                           filename=filename, stand_in_like=stand_in_like, encrypted=key is not None,
                           text=seen.text, text_error=seen.text_error)
        if decision.verdict == verify.Judgement.FAIL:
            return Outcome(doc, SyncOutcome.FAILED, decision.reason, decision.detail, fetch=res)
        qpath = st.quarantine_store.put(res.path, doc.id, sniffed.extension, key)
        log.warning("refused a download of %s: %s (%s)", doc.name, decision.reason, decision.detail)
        return Outcome(doc, SyncOutcome.REJECTED, decision.reason, decision.detail, fetch=res, sniffed=sniffed,
                       sha256=res.sha256, filename=filename, quarantine_path=qpath.name,
                       needs_confirmation=decision.needs_confirmation, encrypted=key is not None)

    def commit(self, out: Outcome) -> SyncResult:
        """Record one outcome (coordinating thread, write lock held)."""
        catalogue = self.state.catalogue
        doc = catalogue.document(out.doc.id)
        now = time.time()
        res = out.fetch
        if doc is None:  # removed while it was being fetched
            if out.address:
                self.upkeep.gc_blobs(only=[out.address])
            return SyncResult(out.doc.id, out.doc.name, SyncOutcome.SKIPPED, message=_("removed during the sync"))
        result = SyncResult(doc.id, doc.name, out.outcome, out.reason, bytes_received=res.received if res else 0)
        via = None  # said with the copy (documents page, `docs list`) when DNS fallback found the server
        if res is not None and res.resolved is not None and res.resolved.fallback:
            result.resolved_via, result.resolved_detail = res.resolved.source, res.resolved.describe()
            via = _("refreshed through DNS fallback: {detail}").format(detail=result.resolved_detail)
        if out.outcome == SyncOutcome.UNCHANGED:
            fields: dict[str, Any] = {"verified_at": now, "checked_at": now, "last_outcome": SyncOutcome.UNCHANGED,
                                      "last_reason": None, "last_message": via, "pending": 0}
            if res is not None and (res.etag or res.last_modified):
                fields["etag"] = res.etag
                fields["last_modified"] = res.last_modified
            catalogue.update_document(doc.id, **fields)
            result.message = _("unchanged")
        elif out.outcome == SyncOutcome.NEW:
            self._record_new(doc, out, result, now, via)
        elif out.outcome == SyncOutcome.REJECTED:
            message = verify.explain(out.reason, out.detail, doc.fetched_at)
            catalogue.add_quarantine(
                doc.id, reason=out.reason or "", message=message, received_at=now, size=res.received if res else 0,
                media_type=out.sniffed.family if out.sniffed else "binary", path=out.quarantine_path or "",
                sha256=out.sha256, filename=out.filename, etag=res.etag if res else None,
                last_modified=res.last_modified if res else None, needs_confirmation=out.needs_confirmation,
                encrypted=out.encrypted,
                doc_updates={"checked_at": now, "last_outcome": SyncOutcome.REJECTED, "last_reason": out.reason,
                             "last_message": message, "pending": 0})
            result.message = message
            self.state.publish(Notice(kind="vault.rejected", title=_("{name}: refresh refused").format(name=doc.name), text=message,
                                      data={"doc_id": doc.id, "reason": out.reason, "detail": out.detail,
                                            "needs_confirmation": out.needs_confirmation, "page": "documents"}))
        elif out.outcome == SyncOutcome.FAILED:
            message = verify.explain(out.reason, out.detail, doc.fetched_at)
            catalogue.update_document(doc.id, checked_at=now, last_outcome=SyncOutcome.FAILED, last_reason=out.reason,
                                last_message=message, pending=0)
            result.message = message
        else:
            result.message = out.detail or _("skipped")
        return result

    def _record_new(self, doc: Document, out: Outcome, result: SyncResult, now: float, via: str | None) -> None:
        from .textextract import PASSWORD_NOTE

        res = out.fetch
        assert out.address and out.sniffed and res
        catalogue = self.state.catalogue
        vid = catalogue.add_version(
            doc.id, blob=out.address, sha256=out.sha256, size=res.received, media_type=out.sniffed.family,
            filename=out.filename, fetched_at=now, etag=res.etag, last_modified=res.last_modified,
            stand_in_like=out.stand_in_like, make_current=True, encrypted=out.encrypted,
            doc_updates={"verified_at": now, "checked_at": now, "etag": res.etag,
                         "last_modified": res.last_modified, "last_outcome": SyncOutcome.NEW, "last_reason": None,
                         "last_message": via, "pending": 0})
        faults.point("vault.sync.version-recorded")  # current now; its text not yet indexed
        result.version_id = vid
        result.message = ngettext("new version ({n:,} byte)", "new version ({n:,} bytes)", res.received).format(
            n=res.received)
        v = catalogue.version(vid)
        if v is not None and out.text_error:
            note = self.indexer.unsearchable(doc, v, out.text_error)
            result.message += f"; {note}"
            if out.text_error == PASSWORD_NOTE:  # said where refresh outcomes are said, too
                catalogue.update_document(doc.id, last_message=note)
        elif v is not None and out.text is not None:
            self.indexer.store_text(doc, v, out.text)
        if doc.kind == "contacts":
            self._import_contacts_doc(doc, vid)

    def _import_contacts_doc(self, doc: Document, version_id: int) -> None:
        st = self.state
        v = st.catalogue.version(version_id)
        if v is None:
            return
        data = st.blobs.read_plain(v.blob, self.sealing.read_key(v.encrypted))
        try:
            parsed = read_contacts(data, name_hint=v.filename, region=phone_region(st), source=doc.source)
        except ImportFormatError as exc:  # the acceptance check parsed it; this should not happen
            log.error("contact list %s could not be imported: %s", doc.name, exc)
            return
        summary = st.contacts.import_contacts(parsed.contacts, source=doc.source, prune_source=True,
                                              problems=parsed.problems, fmt=parsed.format)
        st.publish(Notice(kind="vault.contacts", title=_("Contacts from {name} updated").format(name=doc.name),
                          text=import_summary_text(summary), data={"doc_id": doc.id, **summary.to_dict()}))


def phone_region(state: VaultState) -> str:
    """The region phone numbers without a country code belong to: the setting, else the system's."""
    from .contacts.phones import default_region

    return state.settings.phone_region.upper() or default_region()


def import_summary_text(s: ImportSummary) -> str:
    text = _("{added} added, {updated} updated, {unchanged} unchanged").format(
        added=s.added, updated=s.updated, unchanged=s.unchanged)
    if s.removed:
        text = _("{counts}, {removed} removed").format(counts=text, removed=s.removed)
    if s.problems:
        text += "; " + ngettext("{n} problem", "{n} problems", len(s.problems)).format(n=len(s.problems))
    if s.no_country:
        n = len(s.no_country)
        text += "; " + ngettext("{n} number without a known country kept as written",
                                "{n} numbers without a known country kept as written", n).format(n=n)
    return text


def _contacts_parse_error(path: Path, sniffed: Sniffed) -> str | None:
    if sniffed.family not in ("vcard", "csv", "text"):
        return _("a contact list must be a vCard or CSV file, not {kind}").format(kind=verify.family_name(sniffed.family))
    try:
        read_contacts(path.read_bytes(), name_hint=path.name)
    except ImportFormatError as exc:
        return str(exc)
    return None
