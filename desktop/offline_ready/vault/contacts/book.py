"""The stored address book: contacts in the vault catalogue, one JSON record each (sealed when the
vault is encrypted). Imports are one transaction, so a kill mid-import leaves the book as it was
and running the import again finishes the job, without duplicates."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable

from ... import faults
from ...valueclass import Fresh, Record, as_dict
from .. import records
from ..catalogue import Catalogue
from ..crypto import VaultKey
from .model import Contact, fold, matches, query_terms, search_text, sort_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class ImportSummary(Record):
    """What one import did: counts, problems and numbers kept without a country."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    problems: list[str] = Fresh(list)
    format: str = ""
    source: str = ""
    no_country: list[str] = Fresh(list)  # "Name: number" kept as written, country unknown

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)


class ContactBook:
    def __init__(self, catalogue: Catalogue, key_getter):
        """``key_getter()`` returns the vault key (None when the vault is not encrypted)."""
        self.catalogue = catalogue
        self._key_getter = key_getter
        self._lock = threading.RLock()
        self._cache: list[Contact] | None = None

    def _key(self) -> VaultKey | None:
        return self._key_getter()

    def _encode(self, c: Contact, key: VaultKey | None) -> bytes:
        d = c.to_dict()
        d.pop("id", None)
        return records.encode(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), key,
                                "contact:" + c.uid)

    def invalidate(self) -> None:
        with self._lock:
            self._cache = None

    def _decode_rows(self, rows: Iterable[Any], key: VaultKey | None) -> list[Contact]:
        out = []
        for r in rows:
            # decoded to text first: json.loads on bytes sniffs their encoding, per record
            c = Contact.from_dict(json.loads(records.decode(bytes(r["data"]), key, "contact:" + r["uid"]).decode()))
            c.id = r["id"]
            out.append(c)
        out.sort(key=sort_key)
        return out

    def all(self) -> list[Contact]:
        with self._lock:
            if self._cache is None:
                self._cache = self._decode_rows(self.catalogue.contact_rows(), self._key())
            return list(self._cache)

    def groups(self) -> list[str]:
        seen: dict[str, str] = {}
        for c in self.all():
            for g in c.groups:
                seen.setdefault(fold(g), g)
        return sorted(seen.values(), key=fold)

    def search(self, query: str = "", group: str | None = None) -> list[Contact]:
        """Contacts matching every word of ``query`` (and in ``group``). Without contacts in memory, SQLite
        picks the candidates from the search text kept beside clear-text records, and only those are
        decoded; a record without current search text (encrypted, or written by an older version) is
        always a candidate, and gets its search text then (in a clear-text vault) so the next search can
        pass it over. Every candidate is then checked exactly as in memory."""
        g = fold(group) if group else None
        terms = query_terms(query)
        with self._lock:
            if self._cache is not None or not terms[1]:
                items = self.all()
            else:
                key = self._key()
                rows = self._candidates(terms)
                items = self._decode_rows(rows, key)
                self._index_unindexed(rows, items, key)
        return [c for c in items if (g is None or any(fold(x) == g for x in c.groups)) and matches(c, query, terms)]

    def _candidates(self, terms: Any) -> list[Any]:
        wanted, words = terms
        clauses, params = [], []
        for word, digits in words:
            clauses.append("(instr(s.text, ?) > 0" + (" OR instr(s.text, ?) > 0)" if digits else ")"))
            params += [word, digits] if digits else [word]
        cond = " AND ".join(clauses)
        if wanted is not None:
            cond = f"instr(s.text, ?) > 0 OR ({cond})"
            params.insert(0, wanted)
        return self.catalogue.query(
            "SELECT c.id, c.uid, c.data, c.updated_at, s.uid IS NULL AS unindexed FROM contacts c"
            " LEFT JOIN contact_search s"
            f" ON s.uid = c.uid AND s.stamp = c.updated_at WHERE s.uid IS NULL OR {cond} ORDER BY c.id", params)

    def _index_unindexed(self, rows: list[Any], items: list[Contact], key: VaultKey | None) -> None:
        """Search text for records written without it (by an older version): once, never when encrypted.
        Stamped with the record's own time, so a record rewritten meanwhile does not take it."""
        stamps = {r["uid"]: r["updated_at"] for r in rows if r["unindexed"]}
        if key is not None or not stamps:
            return
        with self.catalogue.transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO contact_search(uid, stamp, text) VALUES (?, ?, ?)",
                             [(c.uid, stamps[c.uid], search_text(c)) for c in items if c.uid in stamps])

    @staticmethod
    def _index(conn: Any, contacts: Iterable[Contact], key: VaultKey | None, stamp: float) -> None:
        """Keep the search text of ``contacts`` (just written with ``stamp``); none for an encrypted vault."""
        if key is None:
            conn.executemany("INSERT OR REPLACE INTO contact_search(uid, stamp, text) VALUES (?, ?, ?)",
                             [(c.uid, stamp, search_text(c)) for c in contacts])
        else:
            conn.executemany("DELETE FROM contact_search WHERE uid=?", [(c.uid,) for c in contacts])

    def get(self, ref: str | int) -> Contact | None:
        """By row id, UID, or a name (exact, then unique prefix, case- and accent-insensitive)."""
        items = self.all()
        text = str(ref).strip()
        if text.isdigit():
            for c in items:
                if c.id == int(text):
                    return c
        for c in items:
            if c.uid == text:
                return c
        f = fold(text)
        exact = [c for c in items if fold(c.display_name) == f]
        if len(exact) == 1:
            return exact[0]
        pref = [c for c in items if fold(c.display_name).startswith(f)]
        return pref[0] if len(pref) == 1 else None

    def import_contacts(self, incoming: Iterable[Contact], *, source: str, prune_source: bool = False,
                        problems: list[str] | None = None, fmt: str = "") -> ImportSummary:
        """Add or merge ``incoming``; with ``prune_source`` remove stored contacts of ``source`` it lacks."""
        from .merge import Matcher, merge, same_content  # importing only: a search never merges

        summary = ImportSummary(problems=list(problems or []), format=fmt, source=source)
        incoming = list(incoming)
        summary.no_country = [f"{c.display_name}: {p.display()}" for c in incoming for p in c.phones if p.no_country]
        key = self._key()
        with self._lock:
            existing = self.all()
            matcher = Matcher(existing)
            writes: dict[str, Contact] = {}  # uid -> contact to write
            status: dict[str, str] = {}  # uid -> "new" | "existing", for every contact this import touched
            for c in incoming:
                c.source = source
                hit = matcher.find(c)
                if hit is None:
                    matcher.add(c)
                    writes[c.uid] = c
                    status[c.uid] = "new"
                    continue
                status.setdefault(hit.uid, "existing")
                # a second entry for the same person within this import adds to the first; a re-import
                # of the same source replaces its numbers
                merged = merge(hit, c, replace_reach=False if hit.uid in writes else None)
                if same_content(hit, merged):
                    continue
                matcher.remove(hit)
                matcher.add(merged)
                writes[hit.uid] = merged
            removed = []
            if prune_source:
                removed = [c for c in existing if c.source == source and c.uid not in status]
            now = time.time()
            faults.point("contacts.import.before-write")
            with self.catalogue.transaction() as conn:
                for n, (uid, c) in enumerate(writes.items()):
                    if n == len(writes) // 2:
                        faults.point("contacts.import.mid-write")  # half the rows written, not committed
                    data = self._encode(c, key)
                    conn.execute(
                        "INSERT INTO contacts(uid, data, source, updated_at) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT(uid) DO UPDATE SET data=excluded.data, source=excluded.source,"
                        " updated_at=excluded.updated_at", (uid, data, source, now))
                self._index(conn, writes.values(), key, now)
                conn.executemany("DELETE FROM contacts WHERE uid=?", [(c.uid,) for c in removed])
                conn.executemany("DELETE FROM contact_search WHERE uid=?", [(c.uid,) for c in removed])
            summary.added = sum(1 for st in status.values() if st == "new")
            summary.updated = sum(1 for uid, st in status.items() if st == "existing" and uid in writes)
            summary.unchanged = sum(1 for uid, st in status.items() if st == "existing" and uid not in writes)
            summary.removed = len(removed)
            self._cache = None
        return summary

    def save(self, contact: Contact) -> Contact:
        """Write one contact (new or changed)."""
        key = self._key()
        now = time.time()
        with self._lock, self.catalogue.transaction() as conn:
            conn.execute(
                "INSERT INTO contacts(uid, data, source, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(uid) DO UPDATE SET data=excluded.data, source=excluded.source,"
                " updated_at=excluded.updated_at",
                (contact.uid, self._encode(contact, key), contact.source, now))
            self._index(conn, [contact], key, now)
            self._cache = None
        return self.get(contact.uid) or contact

    def delete(self, uids: Iterable[str]) -> int:
        uids = list(uids)
        with self._lock, self.catalogue.transaction() as conn:
            conn.executemany("DELETE FROM contacts WHERE uid=?", [(u,) for u in uids])
            conn.executemany("DELETE FROM contact_search WHERE uid=?", [(u,) for u in uids])
            self._cache = None
        return len(uids)

    def reencode(self, old_key: VaultKey | None, new_key: VaultKey | None) -> None:
        """Rewrite every record under a new key (encryption switched on or off)."""
        with self._lock:
            rows = self.catalogue.contact_rows()
            with self.catalogue.transaction() as conn:
                if new_key is not None:  # no search text in clear beside encrypted records
                    conn.execute("DELETE FROM contact_search")
                for r in rows:
                    plain = records.decode(bytes(r["data"]), old_key, "contact:" + r["uid"])
                    conn.execute("UPDATE contacts SET data=? WHERE id=?",
                                 (records.encode(plain, new_key, "contact:" + r["uid"]), r["id"]))
                    if new_key is None:
                        self._index(conn, [Contact.from_dict(json.loads(plain.decode()))], None, r["updated_at"])
            self._cache = None
