"""Getting stored files back out: versions, refused downloads, copies for a viewer or a folder,
and accepting a refused download after all."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from . import verify
from .documents import DocumentRegistry
from .fetch import FetchResult
from .indexing import TextIndexer
from .intake import Intake
from .model import Document, QuarantineEntry, SyncOutcome, SyncResult, Version
from .names import safe_filename, with_extension
from .sealing import Sealing
from .sniff import EXTENSIONS
from .state import VaultError, VaultState, sha256_file
from .syncing import current_sha
from .upkeep import Upkeep


class Copies:
    """Versions and refused downloads of a document, and plain copies of them."""

    def __init__(self, state: VaultState, sealing: Sealing, documents: DocumentRegistry, intake: Intake,
                 indexer: TextIndexer, upkeep: Upkeep):
        self.state = state
        self.sealing = sealing
        self.documents = documents
        self.intake = intake
        self.indexer = indexer
        self.upkeep = upkeep

    def versions(self, ref: str | int) -> list[Version]:
        return self.state.catalogue.versions(self.documents.find(ref).id)

    def quarantined(self, ref: str | int | None = None) -> list[QuarantineEntry]:
        return self.state.catalogue.quarantine(None if ref is None else self.documents.find(ref).id)

    def _pick_version(self, doc: Document, version: int | None) -> Version:
        catalogue = self.state.catalogue
        if version is None:
            if doc.current_version is None:
                raise VaultError(_("{name!r} has no offline copy yet ({why})").format(name=doc.name, why=doc.last_message)
                                 if doc.last_message else _("{name!r} has no offline copy yet").format(name=doc.name))
            v = catalogue.version(doc.current_version)
        else:
            vs = catalogue.versions(doc.id)
            # users count versions 1 = newest; catalogue ids are also accepted
            v = vs[version - 1] if 1 <= version <= len(vs) else next((x for x in vs if x.id == version), None)
        if v is None:
            raise VaultError(_("{name!r} has no version {version}").format(name=doc.name, version=version))
        return v

    def for_viewer(self, ref: str | int, version: int | None = None) -> Path:
        """A separate, read-only copy with the original name, for the system viewer."""
        from .opener import make_copy

        v = self._pick_version(self.documents.find(ref), version)
        key = self.sealing.read_key(v.encrypted)
        return make_copy(self.state.blobs.iter_plain(v.blob, key), Path(self.state.paths.cache_dir), v.filename)

    def save(self, ref: str | int, dest: Path, version: int | None = None) -> Path:
        """Write a version to ``dest`` (a folder: the original name inside it)."""
        from ..atomic import atomic_write_bytes

        v = self._pick_version(self.documents.find(ref), version)
        dest = Path(dest)
        if dest.is_dir():
            dest = dest / safe_filename(v.filename)
        atomic_write_bytes(dest, self.state.blobs.read_plain(v.blob, self.sealing.read_key(v.encrypted)))
        return dest

    def quarantined_copy(self, qid: int) -> Path:
        """A copy of a refused download, to look at what the source sent."""
        from .opener import make_copy

        row = self.state.catalogue.quarantine_row(qid)
        if row is None:
            raise VaultError(_("no refused download {qid}").format(qid=qid))
        key = self.sealing.read_key(bool(row["encrypted"]))
        ext = EXTENSIONS.get(row["media_type"], ".bin")
        name = with_extension(safe_filename(row["filename"] or f"refused-{qid}"), ext)
        return make_copy(self.state.quarantine_store.iter_plain(row["path"], key), Path(self.state.paths.cache_dir), name)

    def accept_quarantined(self, ref: str | int, qid: int | None = None) -> SyncResult:
        """Take a refused download after all (only for refusals a person may overrule)."""
        st = self.state
        doc = self.documents.find(ref)
        entries = [q for q in st.catalogue.quarantine(doc.id) if qid is None or q.id == qid]
        if not entries:
            raise VaultError(_("no refused download of {name!r} to accept").format(name=doc.name))
        q = entries[0]
        if not q.needs_confirmation:
            raise VaultError(_("this download was refused because {reason}; it cannot be accepted").format(
                reason=verify.headline(q.reason)))
        row = st.catalogue.quarantine_row(q.id)
        with st.writing(timeout=30):
            tmp = st.blobs.temp_path(f"accept{doc.id}")
            st.quarantine_store.copy_plain(q.path, self.sealing.read_key(q.encrypted), tmp)
            fake = FetchResult(status=200, path=tmp, received=tmp.stat().st_size, declared_length=None,
                               sha256=sha256_file(tmp), head=tmp.read_bytes()[:65536], etag=row["etag"],
                               last_modified=row["last_modified"], filename=row["filename"])
            try:
                out = self.intake.judge(doc, fake, st.catalogue.current_facts(doc.id), current_sha(st, doc),
                                        self.sealing.write_key(), confirmed=True)
            finally:
                tmp.unlink(missing_ok=True)
            if out.outcome == SyncOutcome.REJECTED and out.quarantine_path:
                st.quarantine_store.delete(out.quarantine_path)
                raise VaultError(_("still refused: {reason} ({detail})").format(reason=verify.headline(out.reason), detail=out.detail))
            res = self.intake.commit(out)
            st.quarantine_store.delete(q.path)
            st.catalogue.delete_quarantine([q.id])
            if res.outcome == SyncOutcome.NEW:
                self.upkeep.apply_retention([doc.id])
        self.indexer.index_pending()
        return res
