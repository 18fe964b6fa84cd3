"""The vault's contacts: importing files or subscribing to lists at a URL, finding, editing and
exporting them (vCard, CSV, an HTML or PDF call sheet)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..i18n import _, os_error
from .contacts.book import ImportSummary
from .contacts.model import Contact
from .documents import DocumentRegistry, normalise_source
from .model import SyncOutcome
from .sources import file_source_path, is_http
from .state import VaultError, VaultState

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .syncing import Syncer

EDITABLE_FIELDS = frozenset({"name", "org", "role", "groups", "notes", "escalation", "alternates", "last_verified"})


class ContactLists:
    """Contacts as people use them: imported, subscribed, looked up, corrected and printed."""

    def __init__(self, state: VaultState, documents: DocumentRegistry, syncer: Callable[[], Syncer]):
        """``syncer`` gives the sync pipeline when a subscription needs it: looking contacts up never loads it."""
        self.state = state
        self.documents = documents
        self.syncer = syncer

    def phone_region(self) -> str:
        from .intake import phone_region

        return phone_region(self.state)

    def _import_regions(self, region: str | None) -> str:
        """The import's own region first, then the setting or the system locale (comma-separated)."""
        return ",".join(r for r in ((region or "").strip().upper(), self.phone_region()) if r)

    def import_contacts(self, source: str, *, group: str | None = None, region: str | None = None,
                        name: str | None = None) -> ImportSummary:
        """Import a vCard/CSV file, or subscribe to a list at a URL (kept fresh like a document)."""
        from ..events import Notice
        from .contacts.importer import ImportFormatError, read_contacts
        from .intake import import_summary_text

        if is_http(source):
            return self._subscribe(source, name)
        path = file_source_path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise VaultError(f"{path}: {os_error(exc)}") from None
        from .contacts.importer import MAX_IMPORT_BYTES

        if size > MAX_IMPORT_BYTES:
            raise ImportFormatError(_("{path}: larger than {size} MB").format(path=path, size=MAX_IMPORT_BYTES >> 20))
        data = path.read_bytes()
        try:
            parsed = read_contacts(data, name_hint=path.name, region=self._import_regions(region),
                                   source=str(path.resolve()))
        except ImportFormatError as exc:
            raise ImportFormatError(f"{path}: {exc}") from None
        if group:
            for c in parsed.contacts:
                if group not in c.groups:
                    c.groups.insert(0, group)
        summary = self.state.contacts.import_contacts(parsed.contacts, source=str(path.resolve()),
                                                      problems=parsed.problems, fmt=parsed.format)
        self.state.publish(Notice(kind="vault.contacts", title=_("Contacts imported"), text=import_summary_text(summary),
                                  data={**summary.to_dict(), "page": "contacts"}))
        return summary

    def _subscribe(self, source: str, name: str | None) -> ImportSummary:
        """A contact list at a URL becomes a document of kind "contacts", synced now and kept fresh."""
        try:
            doc = self.documents.add(source, name=name or _("Contact list"), kind="contacts")
        except VaultError:
            norm, _kind = normalise_source(source)
            doc = next(d for d in self.state.catalogue.documents() if d.source == norm and d.kind == "contacts")
        report = self.syncer().sync([doc.id])
        res = report.results[0] if report.results else None
        if res is None or res.outcome not in (SyncOutcome.NEW, SyncOutcome.UNCHANGED):
            raise VaultError(res.message if res else _("the contact list could not be fetched"))
        summary = ImportSummary(source=doc.source, format="url")
        summary.unchanged = sum(1 for c in self.state.contacts.all() if c.source == doc.source)
        return summary

    def search(self, query: str, group: str | None = None) -> list[Contact]:
        return self.state.contacts.search(query, group)

    def find(self, ref: str | int) -> Contact:
        c = self.state.contacts.get(ref)
        if c is None:
            raise VaultError(_("no contact {ref!r} (or several match; use the number from `contacts list`)").format(ref=ref))
        return c

    def update(self, ref: str | int, **fields: Any) -> Contact:
        c = self.find(ref)
        bad = set(fields) - EDITABLE_FIELDS
        if bad:
            raise VaultError(_("cannot change {fields}").format(fields=", ".join(sorted(bad))))
        for k, v in fields.items():
            setattr(c, k, v)
        return self.state.contacts.save(c)

    def remove(self, refs: Iterable[str | int]) -> int:
        return self.state.contacts.delete(self.find(r).uid for r in refs)

    def export(self, fmt: str, dest: Path | None = None, *, contacts: list[Contact] | None = None,
               title: str | None = None, layout: str = "sheet") -> str | None:
        """``vcard`` / ``csv`` / ``html`` return text (and write ``dest`` if given); ``pdf`` needs ``dest``."""
        from ..atomic import atomic_write_text
        from .contacts import callsheet, csvio, vcard

        items = contacts if contacts is not None else self.search("")
        if fmt == "pdf":
            if dest is None:
                raise VaultError(_("PDF output needs a file name (--output FILE)"))
            callsheet.render_pdf(items, Path(dest), title=title)
            return None
        if fmt == "vcard":
            text = vcard.write_vcards(items)
        elif fmt == "csv":
            text = csvio.write_csv(items)
        elif fmt == "html":
            text = callsheet.render_html(items, title=title, layout=layout)
        else:
            raise VaultError(_("unknown format {fmt!r} (vcard, csv, html or pdf)").format(fmt=fmt))
        if dest is not None:
            atomic_write_text(Path(dest), text)
        return text
