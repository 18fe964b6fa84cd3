"""The contact record."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ...valueclass import Fresh, Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PHONE_KINDS = ("mobile", "work", "main", "home", "after-hours", "fax", "pager", "other")


class Phone(Record):
    """A phone number as written, with its E.164 form when its country is known."""

    number: str  # as written in the source
    e164: str | None = None  # normalised (+4930123456), None when the number is not a valid phone number
    kind: str = "other"  # one of PHONE_KINDS
    label: str = ""  # the source's own label ("After hours", "Switchboard" …)
    pref: bool = False
    ext: str = ""
    no_country: bool = False  # written without a country code and no country could be told: kept as written
    shown: str = ""  # what every view, search, export and call sheet shows (+49 30 7654321, or as written)

    @property
    def dial(self) -> str:
        """What to dial / put in a ``tel:`` link."""
        base = self.e164 or re.sub(r"[^\d+*#]", "", self.number)
        return f"{base};ext={self.ext}" if self.ext else base

    @property
    def tel_uri(self) -> str:
        return "tel:" + self.dial

    def display(self) -> str:
        """The one text of this number everywhere: international form when its country is known, else as
        written (with "(no country)" only where a reader could take it for a local number)."""
        base = self.shown or self.number
        return base if not self.ext else f"{base} ext. {self.ext}"


class Email(Record):
    """An e-mail address of a contact."""

    address: str
    kind: str = "other"
    label: str = ""
    pref: bool = False

    @property
    def mailto(self) -> str:
        return "mailto:" + self.address


class Contact(Record):
    """A person or organisation to call during an outage."""

    name: str
    uid: str = Fresh(lambda: _new_uid())
    given: str = ""
    family: str = ""
    org: str = ""
    role: str = ""
    groups: list[str] = Fresh(list)
    phones: list[Phone] = Fresh(list)
    emails: list[Email] = Fresh(list)
    notes: str = ""
    escalation: int | None = None  # 1 = call first
    alternates: list[str] = Fresh(list)  # names (or uids) to call when this one can't be reached
    last_verified: str | None = None  # ISO date someone confirmed the details
    source: str = ""  # the file or URL it was imported from
    id: int | None = None  # catalogue row, when stored

    def to_dict(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict's deep copy dominates the cost of a 10,000-contact import
        return {"name": self.name, "uid": self.uid, "given": self.given, "family": self.family, "org": self.org,
                "role": self.role, "groups": list(self.groups),
                "phones": [{"number": p.number, "e164": p.e164, "kind": p.kind, "label": p.label, "pref": p.pref,
                            "ext": p.ext, "no_country": p.no_country, "shown": p.shown} for p in self.phones],
                "emails": [{"address": e.address, "kind": e.kind, "label": e.label, "pref": e.pref}
                           for e in self.emails],
                "notes": self.notes, "escalation": self.escalation, "alternates": list(self.alternates),
                "last_verified": self.last_verified, "source": self.source, "id": self.id}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Contact:
        # as this version stores them: copied whole (phones and e-mails replaced below), not key by key;
        # keys it does not know (a newer version's) are left out
        fields = dict(d) if _FIELD_SET.issuperset(d) else {k: v for k, v in d.items() if k in _SCALAR_FIELDS}
        fields["phones"] = [Phone.from_fields(p) for p in d.get("phones", ())]
        fields["emails"] = [Email.from_fields(e) for e in d.get("emails", ())]
        return cls.from_fields(fields)

    @property
    def display_name(self) -> str:
        return self.name or self.org or (self.emails[0].address if self.emails else "") or \
            (self.phones[0].number if self.phones else "(no name)")

    @property
    def primary_phone(self) -> Phone | None:
        if not self.phones:
            return None
        return sorted(self.phones, key=lambda p: (not p.pref, PHONE_KINDS.index(p.kind)
                                                  if p.kind in PHONE_KINDS else 99))[0]

    @property
    def group(self) -> str:
        return self.groups[0] if self.groups else ""

    def haystack(self) -> str:
        """Lower-cased, accent-free text a search runs over."""
        parts = [self.name, self.given, self.family, self.org, self.role, " ".join(self.groups), self.notes,
                 " ".join(e.address for e in self.emails), " ".join(p.label for p in self.phones),
                 " ".join(self.alternates)]
        return fold(" ".join(parts))

    def digits(self) -> list[str]:
        """Every digit form of every number: as written, as shown, E.164, each with its extension."""
        out = []
        for p in self.phones:
            forms = {re.sub(r"\D", "", p.number), re.sub(r"\D", "", p.shown)}
            if p.e164:
                forms.add(p.e164.lstrip("+"))
            for f in forms - {""}:
                out.append(f)
                if p.ext:
                    out.append(f + p.ext)
        return out


# the fields from_dict takes as stored (phones and e-mails become objects): worked out once, not per contact
_FIELD_SET = frozenset(Contact._fields)
_SCALAR_FIELDS = _FIELD_SET - {"phones", "emails"}


def _new_uid() -> str:
    import uuid  # uuid pulls in platform and friends: a search never needs a new id

    return str(uuid.uuid4())


_VOIP = re.compile(r"\b(voip|softphone|sip|teams|skype|zoom|webex|3cx|internet phone)\b", re.I)


def reachable_offline(phones: Iterable[Phone]) -> bool:
    """A number that still rings when the office internet line is down: any valid number that is
    not a softphone/VoIP one (by kind, label or a sip: address)."""
    for p in phones:
        if p.kind in ("fax", "voip", "softphone"):
            continue
        if _VOIP.search(p.label or "") or p.number.strip().lower().startswith("sip:"):
            continue
        if p.e164 or len(re.sub(r"\D", "", p.number)) >= 3:
            return True
    return False


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Müller" ~ "muller")."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


QueryTerms = tuple[str | None, list[tuple[str, str]]]


def query_terms(query: str) -> QueryTerms:
    """What :func:`matches` looks for: the digits of a query that is one phone number (else None), and
    each folded word with the digits it also matches in numbers ("" when the word is no number)."""
    wanted = None
    phone = _PHONE_QUERY.fullmatch(query.strip())
    if phone and sum(ch.isdigit() for ch in query) >= 3:
        # a number as any view prints it ("+49 30 7654321", "(905) 555-1234 ext. 12", "0123 4567 (no country)")
        wanted = re.sub(r"\D", "", phone.group(1) + (phone.group(2) or ""))
    terms = []
    for w in fold(query).split():
        d = re.sub(r"\D", "", w)
        terms.append((w, d if d and len(d) >= 2 and len(d) >= len(w.strip("+()-. ")) - 1 else ""))
    return wanted, terms


def matches(contact: Contact, query: str, terms: QueryTerms | None = None) -> bool:
    """Every word of ``query`` appears in the contact; digit groups also match phone numbers."""
    wanted, words = terms or query_terms(query)
    if not words:
        return True
    if wanted is not None and any(wanted in d for d in contact.digits()):
        return True
    hay = contact.haystack()
    digits = None
    for w, d in words:
        if w in hay:
            continue
        if d:
            if digits is None:
                digits = contact.digits()
            if any(d in x for x in digits):
                continue
        return False
    return True


def search_text(contact: Contact) -> str:
    """The text every match of :func:`matches` is found in (folded words, then every digit form): kept
    beside a clear-text record so a search can pick candidates without decoding every contact."""
    return contact.haystack() + "\n" + " ".join(contact.digits())


_PHONE_QUERY = re.compile(r"([+(pPwW]?\d[\d\s()\-./pPwW,;]*?)\s*(?:(?:ext\.?|x|#)\s*(\d{1,7}))?\s*(?:\(no country\))?",
                          re.IGNORECASE)


def sort_key(c: Contact) -> tuple:
    return (fold(c.group) if c.group else "\uffff", c.escalation if c.escalation is not None else 10**6,
            fold(c.display_name))
