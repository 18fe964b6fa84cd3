"""The catalogue of kept documents: finding, adding, renaming and removing them, their credentials,
and keeping the documents the settings declare (``vault.documents``) in the catalogue."""

from __future__ import annotations

import contextlib
import time

from ..i18n import _
from ..logsetup import logger
from . import freshness
from .credentials import Credential, CredentialError
from .locking import VaultBusy
from .model import ORIGIN_CONFIG, ORIGIN_USER, Document
from .sources import file_source_path, is_http, redact_url
from .state import VaultError, VaultState
from .upkeep import Upkeep

log = logger(__name__)  # not logging.getLogger: a search loads logging only if it logs


class DocumentRegistry:
    """Documents as the catalogue holds them, each with its freshness."""

    def __init__(self, state: VaultState, upkeep: Upkeep):
        self.state = state
        self.upkeep = upkeep

    def with_freshness(self, docs: list[Document], now: float | None = None) -> list[Document]:
        now = now or time.time()
        for d in docs:
            d.freshness = freshness.assess(d.current_version is not None, d.verified_at,
                                           self.state.target_days(d.target_age_days), now)
        return docs

    def list(self, *, kind: str | None = None) -> list[Document]:
        catalogue = self.state.catalogue
        docs = catalogue.documents("d.kind=?", (kind,)) if kind else catalogue.documents()
        return self.with_freshness(docs)

    def find(self, ref: str | int) -> Document:
        """By id, exact name, or a unique prefix of the name (case-insensitive)."""
        docs = self.state.catalogue.documents()
        text = str(ref).strip()
        if text.isdigit():
            for d in docs:
                if d.id == int(text):
                    return self.with_freshness([d])[0]
        low = text.casefold()
        exact = [d for d in docs if d.name.casefold() == low or d.source == text]
        if len(exact) == 1:
            return self.with_freshness(exact)[0]
        prefix = [d for d in docs if d.name.casefold().startswith(low)]
        if len(prefix) == 1:
            return self.with_freshness(prefix)[0]
        if len(exact) > 1 or len(prefix) > 1:
            raise VaultError(_("{ref!r} matches several documents: {matches}; use the number").format(
                ref=ref, matches=", ".join(f"{d.id} ({d.name})" for d in (exact or prefix)[:5])))
        raise VaultError(_("no document {ref!r} in the vault (see `offline-ready docs list`)").format(ref=ref))

    def add(self, source: str, *, name: str | None = None, expected_type: str = "auto",
            target_age_days: int | None = None, credential: Credential | None = None,
            kind: str = "document", origin: str = ORIGIN_USER) -> Document:
        """Register a source. URL user info (``https://user:pass@…``) moves into the keyring."""
        source, url_cred = normalise_source(source)
        credential = credential or url_cred
        if kind not in ("document", "contacts"):
            raise VaultError(_("unknown kind {kind!r}").format(kind=kind))
        from ..config.sections.vault import DOCUMENT_TYPES

        if expected_type not in DOCUMENT_TYPES:
            raise VaultError(_("unknown type {kind!r} (one of {kinds})").format(kind=expected_type, kinds=", ".join(DOCUMENT_TYPES)))
        if expected_type == "auto" and kind == "document":
            from .sniff import expected_from_name  # file-type rules load when a document is added

            expected_type = expected_from_name(source)
        catalogue = self.state.catalogue
        existing = catalogue.query("SELECT id, name FROM documents WHERE source=? AND kind=?", (source, kind))
        if existing:
            raise VaultError(_("{source} is already in the vault as {id} ({name})").format(
                source=redact_url(source) if is_http(source) else source, id=existing[0]["id"], name=existing[0]["name"]))
        if credential is not None:
            self.state.creds.set(source, credential)
        from .names import display_name_from_source

        name = (name or display_name_from_source(source)).strip()[:120] or _("Document")
        doc_id = catalogue.add_document(name=name, source=source, kind=kind, expected_type=expected_type,
                                  origin=origin, auth=credential.kind if credential else "none",
                                  target_age_days=target_age_days)
        return self.find(doc_id)

    def rename(self, ref: str | int, name: str) -> Document:
        doc = self.find(ref)
        name = name.strip()[:120]
        if not name:
            raise VaultError(_("the name must not be empty"))
        self.state.catalogue.update_document(doc.id, name=name)
        with self.state.lock:
            if self.state.search is not None:
                self.state.search.rename(doc.id, name)
        return self.find(doc.id)

    def remove(self, ref: str | int, *, force_config: bool = False, lock_timeout: float = 30.0) -> Document:
        doc = self.find(ref)
        if doc.origin == ORIGIN_CONFIG and not force_config:
            raise VaultError(_("{name!r} is declared in the settings (vault.documents); remove it there").format(name=doc.name))
        st = self.state
        with st.writing(timeout=lock_timeout):
            for q in st.catalogue.quarantine(doc.id):
                st.quarantine_store.delete(q.path)
            blobs = [v.blob for v in st.catalogue.versions(doc.id)]
            st.blobs.unsettle()  # killed before the files go: they are orphans for the next recovery
            st.catalogue.remove_document(doc.id)
            with contextlib.suppress(CredentialError):
                st.creds.delete(doc.source)
            if doc.kind == "contacts":
                stale = [c.uid for c in st.contacts.all() if c.source == doc.source]
                st.contacts.delete(stale)
            st.catalogue.delete_orphan_texts()
            self.upkeep.gc_blobs(only=blobs)
        with st.lock:
            if st.search is not None:
                st.search.remove([doc.id])
        return doc

    def reconcile_config(self) -> None:
        """Make the catalogue hold exactly the documents ``vault.documents`` declares (origin "config")."""
        declared = self.state.settings.documents
        wanted: dict[tuple[str, str], dict] = {}
        for entry in declared:
            try:
                source, url_cred = normalise_source(entry["source"])
            except VaultError as exc:
                log.warning("vault.documents entry %r ignored: %s", entry.get("name"), exc)
                continue
            if url_cred is not None:  # a password in a settings file: refused, never copied anywhere
                log.warning("vault.documents entry %r ignored: its address holds a user name or password; "
                            "keep credentials in the system keyring (offline-ready docs login)", entry.get("name"))
                continue
            wanted[(source, "contacts" if entry.get("contacts") else "document")] = entry
        catalogue = self.state.catalogue
        # ids only: full records are read just for the declared documents (every command runs this)
        rows = catalogue.query("SELECT id, name, source, kind, origin FROM documents")
        ids = {(r["source"], r["kind"]): r["id"] for r in rows}
        for (source, kind), entry in wanted.items():
            d = catalogue.document(ids[(source, kind)]) if (source, kind) in ids else None
            etype = entry.get("type", "auto")
            if etype == "auto" and kind == "document":
                from .sniff import expected_from_name

                etype = expected_from_name(source)
            if d is None:
                catalogue.add_document(name=entry["name"], source=source, kind=kind, expected_type=etype,
                                 origin=ORIGIN_CONFIG, target_age_days=entry.get("target_age_days"))
            elif (d.origin, d.name, d.expected_type, d.target_age_days) != (
                    ORIGIN_CONFIG, entry["name"], etype, entry.get("target_age_days")):
                catalogue.update_document(d.id, origin=ORIGIN_CONFIG, name=entry["name"], expected_type=etype,
                                    target_age_days=entry.get("target_age_days"))
        for r in rows:
            if r["origin"] == ORIGIN_CONFIG and (r["source"], r["kind"]) not in wanted:
                try:
                    self.remove(r["id"], force_config=True, lock_timeout=0)
                except VaultBusy:
                    log.info("document %s left the settings; removing it later", r["name"])

    def set_credential(self, ref: str | int, credential: Credential) -> Document:
        doc = self.find(ref)
        self.state.creds.set(doc.source, credential)
        self.state.catalogue.update_document(doc.id, auth=credential.kind)
        return self.find(doc.id)

    def clear_credential(self, ref: str | int) -> Document:
        doc = self.find(ref)
        self.state.creds.delete(doc.source)
        self.state.catalogue.update_document(doc.id, auth="none")
        return self.find(doc.id)


def normalise_source(source: str) -> tuple[str, Credential | None]:
    """A source as the catalogue keeps it, and the credential its URL carried (if any)."""
    source = source.strip()
    if not source:
        raise VaultError(_("the source is empty"))
    if any(ch in source for ch in "\r\n\x00"):
        raise VaultError(_("the source contains control characters"))
    if is_http(source):
        from urllib.parse import unquote, urlsplit, urlunsplit

        from ..config.kinds import Url

        p = urlsplit(source)
        cred = None
        if p.username or p.password:
            cred = Credential("basic", unquote(p.password or ""), username=unquote(p.username or ""))
            host = p.hostname or ""
            if p.port:
                host += f":{p.port}"
            source = urlunsplit((p.scheme, host, p.path, p.query, ""))
        try:
            Url().check(source)
        except ValueError as exc:
            raise VaultError(str(exc)) from None
        return source, cred
    if "://" in source and not source.lower().startswith("file://"):
        raise VaultError(_("{source!r}: only http(s) URLs and file paths can be kept offline").format(source=source))
    path = file_source_path(source)
    if not path.is_absolute():
        path = path.resolve()
    return str(path), None
