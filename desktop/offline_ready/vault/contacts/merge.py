"""Recognise the same person across imports, and merge instead of doubling. Pure.

Matching, strongest first: the same vCard UID; the same name at the same organisation; the same
name where one side has no organisation; for nameless entries, a shared e-mail or number.

Merging: what the import says wins for names, organisation, role and notes; groups are united.
When the import comes from the *same source* as the stored contact (re-importing a list), the
source is the authority on phones and e-mails, so numbers removed there go here too. From a
different source they are united. Local-only facts (escalation order, alternates, "last
verified") are kept unless the import states them.
"""

from __future__ import annotations

from .model import Contact, Phone, fold


def name_key(c: Contact) -> str:
    return fold(c.name or f"{c.given} {c.family}")


class Matcher:
    """An index over stored contacts for :meth:`find`."""

    def __init__(self, contacts: list[Contact]):
        self.by_uid: dict[str, Contact] = {}
        self.by_name_org: dict[tuple[str, str], Contact] = {}
        self.by_name: dict[str, list[Contact]] = {}
        self.by_reach: dict[str, Contact] = {}
        for c in contacts:
            self.add(c)

    def add(self, c: Contact) -> None:
        self.by_uid[c.uid] = c
        n = name_key(c)
        if n:
            self.by_name_org[(n, fold(c.org))] = c
            self.by_name.setdefault(n, []).append(c)
        else:
            for k in _reach_keys(c):
                self.by_reach.setdefault(k, c)

    def remove(self, c: Contact) -> None:
        self.by_uid.pop(c.uid, None)
        n = name_key(c)
        if n:
            self.by_name_org.pop((n, fold(c.org)), None)
            lst = self.by_name.get(n, [])
            if c in lst:
                lst.remove(c)
        for k in _reach_keys(c):
            if self.by_reach.get(k) is c:
                del self.by_reach[k]

    def find(self, c: Contact) -> Contact | None:
        hit = self.by_uid.get(c.uid)
        if hit is not None:
            return hit
        n = name_key(c)
        if n:
            hit = self.by_name_org.get((n, fold(c.org)))
            if hit is not None:
                return hit
            same = self.by_name.get(n, [])
            if len(same) == 1 and (not same[0].org or not c.org):
                return same[0]
            return None
        for k in _reach_keys(c):
            hit = self.by_reach.get(k)
            if hit is not None:
                return hit
        return None


def _reach_keys(c: Contact) -> list[str]:
    keys = [f"mail:{e.address.casefold()}" for e in c.emails]
    keys += [f"tel:{p.e164}" for p in c.phones if p.e164]
    return keys


def _same_phone(a: Phone, b: Phone) -> bool:
    if a.e164 and b.e164:
        return a.e164 == b.e164 and a.ext == b.ext
    return "".join(ch for ch in a.number if ch.isdigit()) == "".join(ch for ch in b.number if ch.isdigit()) \
        and a.ext == b.ext


def merge(existing: Contact, incoming: Contact, replace_reach: bool | None = None) -> Contact:
    """The stored contact updated with what the import says.

    ``replace_reach``: take phones and e-mails from ``incoming`` alone (default: when both come from
    the same source); otherwise unite them.
    """
    same_source = (bool(existing.source) and existing.source == incoming.source) if replace_reach is None \
        else replace_reach
    out = existing.replace(groups=list(existing.groups), alternates=list(existing.alternates))
    for f in ("name", "given", "family", "org", "role", "notes"):
        val = getattr(incoming, f)
        if val:
            setattr(out, f, val)
    out.groups = list(dict.fromkeys([*existing.groups, *incoming.groups]))
    # Phone and Email records are never changed in place, so the lists may share them.
    if same_source:
        phones = []
        for p in incoming.phones:
            if not p.label:
                old = next((q for q in existing.phones if _same_phone(p, q)), None)
                if old is not None and old.label:
                    p = p.replace(label=old.label)
            phones.append(p)
        out.phones = phones
        out.emails = list(incoming.emails)
    else:
        phones = list(existing.phones)
        for p in incoming.phones:
            idx = next((i for i, q in enumerate(phones) if _same_phone(p, q)), None)
            if idx is None:
                phones.append(p)
            else:
                q = phones[idx]
                known = q if q.e164 or not p.e164 else p  # the entry whose country is known decides the text
                phones[idx] = q.replace(kind=p.kind if p.kind != "other" else q.kind, label=p.label or q.label,
                                      pref=p.pref or q.pref, e164=known.e164, shown=known.shown,
                                      no_country=known.no_country)
        out.phones = phones
        emails = list(existing.emails)
        for e in incoming.emails:
            if all(x.address.casefold() != e.address.casefold() for x in emails):
                emails.append(e)
        out.emails = emails
    if incoming.escalation is not None:
        out.escalation = incoming.escalation
    if incoming.alternates:
        out.alternates = list(incoming.alternates)
    if incoming.last_verified:
        out.last_verified = incoming.last_verified
    out.source = incoming.source or existing.source
    out.id = existing.id
    out.uid = existing.uid
    return out


def same_content(a: Contact, b: Contact) -> bool:
    da, db = a.to_dict(), b.to_dict()
    da.pop("id", None)
    db.pop("id", None)
    return da == db
