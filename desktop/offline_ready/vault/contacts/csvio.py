"""Contact CSV files: Google, Outlook, Thunderbird, iCloud and Apple Contacts exports in, a
Google-compatible CSV out.

Exports differ by product, version and UI language, so columns are recognised by name through
an alias table (English, German, French, Spanish, Dutch Outlook headers; Google's old
"Given Name / Phone 1 - Type" and new "First Name / Phone 1 - Label" layouts; Thunderbird's
"Primary Email / Mobile Number"), then by the words of the header ("Phone : iPhone",
"Email (work)"). Every column that holds data and is not imported is named in the problems. Encodings:
UTF-8 (with or without BOM), UTF-16 (Outlook's "Unicode" export, usually tab-separated) and
cp1252 (Outlook's default on Western Windows). Delimiter: comma, semicolon or tab.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable

from ...csvsafe import defuse_cell
from ...i18n import _, ngettext
from .. import textdecode
from .model import Contact, Email, Phone
from .phones import clean_label, email_kind, kind_from_words, normalise, region_from_country, settle_numbers

MAX_ROWS = 200_000
MAX_FIELD = 1 << 20
MAX_PROBLEMS = 100


class CsvFormatError(ValueError):
    """The file is not a contacts CSV we can read."""


def _key(header: str) -> str:
    h = unicodedata.normalize("NFKC", header).strip().strip("\ufeff").casefold()
    return re.sub(r"[\s_]+", " ", h)


# canonical field -> header aliases (already folded by _key)
_SINGLE: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "display name", "display", "fullname", "contact name", "nom complet", "anzeigename",
             "nombre completo", "volledige naam"),
    "given": ("first name", "given name", "vorname", "prénom", "prenom", "nombre", "voornaam"),
    "additional": ("middle name", "additional name", "weitere vornamen", "deuxième prénom", "segundo nombre",
                   "tweede voornaam"),
    "family": ("last name", "family name", "surname", "nachname", "nom", "apellidos", "achternaam"),
    "prefix": ("name prefix", "title", "anrede", "civilité", "tratamiento", "aanhef"),
    "suffix": ("name suffix", "suffix", "namenszusatz", "suffixe", "sufijo", "achtervoegsel"),
    "org": ("company", "organization name", "organisation name", "company name", "organization 1 - name", "organisation", "organization",
            "firma", "société", "societe", "compañía", "compania", "organización", "organizacion", "bedrijf",
            "unternehmen"),
    "department": ("department", "organization department", "organization 1 - department", "abteilung",
                   "service", "departamento", "afdeling"),
    "role": ("job title", "organization title", "organization 1 - title", "role", "position", "titre",
             "fonction", "puesto", "cargo", "functie"),
    "notes": ("notes", "note", "notizen", "notas", "notities", "commentaires"),
    "groups": ("group membership", "labels", "categories", "group", "groups", "kategorien", "catégories",
               "categorias", "categorías", "categorieën", "categorieen"),
    "escalation": ("escalation order", "escalation", "eskalation", "call order"),
    "alternates": ("alternates", "alternate", "vertretung", "suppléant"),
    "last_verified": ("last verified", "verified", "zuletzt geprüft"),
    "uid": ("uid", "id"),
}
# address countries: they tell the country of numbers written without one
_COUNTRY_COLUMNS = ("home country", "work country", "business country", "business country/region",
                    "home country/region", "other country", "other country/region", "country", "country/region",
                    "address 1 - country", "address 2 - country", "land", "land geschäftlich", "land privat",
                    "pays", "país", "home address country", "work address country")

# fixed single-phone columns (Outlook and generic) -> kind
_PHONE_COLUMNS: dict[str, str] = {}
for _kind, _names in {
    "work": ("business phone", "business phone 2", "work phone", "telefon geschäftlich", "telefon geschäftlich 2",
             "téléphone bureau", "téléphone bureau 2", "teléfono del trabajo", "teléfono del trabajo 2",
             "telefoon op werk", "telefoon op werk 2", "assistant's phone", "callback", "car phone",
             "radio phone", "phone", "telephone", "telefon", "téléphone"),
    "mobile": ("mobile phone", "mobile", "mobile number", "cell phone", "cell", "mobiltelefon", "iphone", "handy", "tél. mobile",
               "téléphone mobile", "teléfono móvil", "teléfono movil", "mobiele telefoon", "mobiel"),
    "home": ("home phone", "home phone 2", "telefon privat", "telefon privat 2", "téléphone domicile",
             "téléphone domicile 2", "teléfono particular", "teléfono particular 2", "telefoon thuis",
             "telefoon thuis 2"),
    "main": ("primary phone", "company main phone", "haupttelefon", "telefon firma", "téléphone principal",
             "teléfono principal", "hoofdtelefoon"),
    "fax": ("business fax", "home fax", "other fax", "fax number", "work fax", "fax geschäftlich", "fax privat", "weiteres fax",
            "télécopie bureau", "fax del trabajo", "fax op werk", "fax"),
    "pager": ("pager", "pager number", "piepser", "récepteur de radiomessagerie", "localizador"),
    "other": ("other phone", "weiteres telefon", "autre téléphone", "otro teléfono", "andere telefoon",
              "isdn", "tty/tdd phone", "telex"),
    "after-hours": ("after hours phone", "after-hours phone", "emergency phone", "on-call phone"),
}.items():
    for _n in _names:
        _PHONE_COLUMNS[_n] = _kind

_EMAIL_COLUMNS = ("e-mail address", "email address", "e-mail", "email", "primary email", "secondary email",
                  "home email", "work email", "other email", "e-mail 2 address", "e-mail 3 address",
                  "e-mail-adresse", "e-mail 2: adresse", "e-mail 3: adresse", "adresse de messagerie",
                  "adresse de messagerie 2", "adresse de messagerie 3", "dirección de correo electrónico",
                  "dirección de correo electrónico 2", "dirección de correo electrónico 3", "e-mailadres",
                  "e-mailadres 2", "e-mailadres 3", "email 2", "email 3", "e-mail 2", "e-mail 3")

_NUMBERED = re.compile(r"^(phone|e-mail|email|website|address) (\d+) - (label|type|value)$")
# "Phone : iPhone", "Phone (work)", "Email - home", "Telephone: Mobile" (iCloud / Apple Contacts exporters)
_WORDED = re.compile(r"^(phone|telephone|tel|e-mail|email|mail)\s*[:(\-–]\s*([^)]*?)\s*\)?\s*(\d*)$")


def decode_csv(data: bytes) -> str:
    encoding = textdecode.detect(data)
    if encoding is None:
        raise CsvFormatError(_("the file holds binary data, not CSV text"))
    return textdecode.decode(data, encoding)


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _Columns:
    """Where each field lives in a header row."""

    def __init__(self, headers: list[str]):
        self.single: dict[str, int] = {}
        self.phones: list[tuple[int, str]] = []  # (column, kind) for fixed phone columns
        self.emails: list[int] = []
        self.numbered: dict[tuple[str, int], dict[str, int]] = {}
        self.worded: list[tuple[int, str, str]] = []  # (column, "phone"|"email", label) for "Phone : iPhone"
        self.countries: list[int] = []
        self.headers = headers
        used: set[int] = set()
        for i, h in enumerate(headers):
            k = _key(h)
            if not k:
                continue
            used.add(i)
            m = _NUMBERED.match(k)
            if m:
                what = "email" if m.group(1) in ("e-mail", "email") else m.group(1)
                part = "label" if m.group(3) in ("label", "type") else "value"
                self.numbered.setdefault((what, int(m.group(2))), {})[part] = i
                continue
            if k in _PHONE_COLUMNS:
                self.phones.append((i, _PHONE_COLUMNS[k]))
                continue
            if k in _EMAIL_COLUMNS:
                self.emails.append(i)
                continue
            if k in _COUNTRY_COLUMNS:
                self.countries.append(i)
                continue
            field = next((f for f, aliases in _SINGLE.items() if k in aliases and f not in self.single), None)
            if field is not None:
                self.single[field] = i
                continue
            w = _WORDED.match(k)
            if w:
                what = "email" if "mail" in w.group(1) else "phone"
                self.worded.append((i, what, clean_label(w.group(2))))
                continue
            used.discard(i)
        self.ignored = [i for i in range(len(headers)) if i not in used and headers[i].strip()]

    def usable(self) -> bool:
        has_name = any(f in self.single for f in ("name", "given", "family", "org"))
        has_reach = bool(self.phones or self.emails or self.worded or
                         any(w in ("phone", "email") for w, _ in self.numbered))
        return has_name or has_reach


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell(row: list[str], i: int | None) -> str:
    if i is None or i >= len(row):
        return ""
    value = row[i]
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)  # control characters are never part of a name or number
    return value.strip()


def _multi(value: str) -> list[str]:
    """Google joins several values of one field with ' ::: '."""
    return [v.strip() for v in value.split(":::") if v.strip()]


def parse_csv(data: bytes | str, *, region: str = "", source: str = "") -> tuple[list[Contact], list[str]]:
    """Read a contacts CSV; returns ``(contacts, problems)``. Raises CsvFormatError for a non-contacts file."""
    text = decode_csv(data) if isinstance(data, bytes) else data
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delim = _delimiter(first)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    problems: list[str] = []
    contacts: list[Contact] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        try:
            headers = next(reader)
        except StopIteration:
            raise CsvFormatError(_("the file is empty")) from None
        except csv.Error as exc:
            raise CsvFormatError(_("the header row cannot be read ({error})").format(error=exc)) from None
        cols = _Columns(headers)
        if not cols.usable():
            among = ", ".join(repr(h) for h in headers[:6]) + ("…" if len(headers) > 6 else "")
            raise CsvFormatError(_("this does not look like a contacts export: no name, phone or e-mail columns "
                                   "among {columns}").format(columns=among))
        rowno = 1
        with_data: set[int] = set()
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                _add(problems, _("row {row}: unreadable ({error}); skipped").format(row=rowno + 1, error=exc))
                rowno += 1
                continue
            rowno += 1
            if rowno > MAX_ROWS + 1:
                _add(problems, _("more than {n} rows; the rest is ignored").format(n=MAX_ROWS))
                break
            if not any(cell.strip() for cell in row):
                continue
            with_data.update(i for i in cols.ignored if i < len(row) and row[i].strip())
            c = _row_contact(row, cols, region, source)
            if c is None:
                _add(problems, _("row {row}: no name, phone number or e-mail address; skipped").format(row=rowno))
                continue
            contacts.append(c)
    finally:
        csv.field_size_limit(old_limit)
    lost = [cols.headers[i].strip() for i in cols.ignored if i in with_data]
    if lost:
        empty = len(cols.ignored) - len(lost)
        names = ", ".join(lost)
        problems.insert(0, ngettext("columns not imported: {names} (and {n} empty column)",
                                    "columns not imported: {names} (and {n} empty columns)", empty).format(
            names=names, n=empty) if empty else _("columns not imported: {names}").format(names=names))
    return contacts, problems


def _add(problems: list[str], msg: str) -> None:
    if len(problems) < MAX_PROBLEMS:
        problems.append(msg)


def _row_contact(row: list[str], cols: _Columns, region: str, source: str) -> Contact | None:
    g = lambda f: _cell(row, cols.single.get(f))  # noqa: E731
    given, additional, family = g("given"), g("additional"), g("family")
    name = g("name") or " ".join(x for x in (g("prefix"), given, additional, family, g("suffix")) if x)
    org = g("org")
    dept = g("department")
    if org and dept:
        org = f"{org}, {dept}"
    c = Contact(name=name[:300], given=given, family=family, org=org or dept, role=g("role"), notes=g("notes"),
                source=source)
    for grp in _multi(g("groups").replace(";", ":::")):
        system = grp.startswith("*")  # Google's own "* myContacts", "* starred"
        grp = grp.lstrip("* ").strip()
        if system and grp.casefold() in ("mycontacts", "starred", "my contacts"):
            continue
        if grp and grp not in c.groups:
            c.groups.append(grp)
    esc = g("escalation")
    if esc.isdigit():
        c.escalation = max(1, min(999, int(esc)))
    c.alternates = [a.strip() for a in re.split(r"[;\n]|:::", g("alternates")) if a.strip()]
    lv = g("last_verified")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", lv):
        c.last_verified = lv
    uid = g("uid")
    if uid:
        c.uid = uid[:200]

    for i, kind in cols.phones:
        for raw in _multi(_cell(row, i)):
            _add_phone(c, raw, kind, "")
    for (what, _n), parts in sorted(cols.numbered.items(), key=lambda kv: kv[0][1]):
        value = _cell(row, parts.get("value"))
        label = _cell(row, parts.get("label"))
        if not value:
            continue
        pref = label.startswith("*")
        label = clean_label(label.lstrip("* "))
        if what == "phone":
            for raw in _multi(value):
                _add_phone(c, raw, kind_from_words(label) if label else "other", label, pref)
        elif what == "email":
            for addr in _multi(value):
                if "@" in addr:
                    c.emails.append(Email(address=addr, kind=email_kind(label), label=label, pref=pref))
    for i, what, label in cols.worded:
        for value in _multi(_cell(row, i)):
            if what == "phone":
                _add_phone(c, value, kind_from_words(label), label)
            elif "@" in value and all(e.address.casefold() != value.casefold() for e in c.emails):
                c.emails.append(Email(address=value, kind=email_kind(label), label=label))
    for i in cols.emails:
        header = _key(cols.headers[i])
        for addr in _multi(_cell(row, i)):
            if "@" in addr and all(e.address.casefold() != addr.casefold() for e in c.emails):
                kind = email_kind(header) if email_kind(header) != "other" else "work" if not c.emails else "other"
                c.emails.append(Email(address=addr, kind=kind))
    countries = [code for code in (region_from_country(_cell(row, i)) for i in cols.countries) if code]
    settle_numbers(c.phones, card_regions=countries, region=region)
    if not c.name and not c.org and not c.phones and not c.emails:
        return None
    if not c.name:
        c.name = c.org
    return c


def _add_phone(c: Contact, raw: str, kind: str, label: str, pref: bool = False) -> None:
    """One entry per number and kind: a number listed as mobile, work and fax stays three entries."""
    number, ext = normalise(raw)
    if not number:
        return
    for p in c.phones:
        if p.number == number and p.ext == ext and p.kind == kind:
            return
    c.phones.append(Phone(number=number, kind=kind, label=label, pref=pref, ext=ext))


# --- writing ------------------------------------------------------------------------------------------

_KIND_LABEL = {"mobile": "Mobile", "work": "Work", "home": "Home", "main": "Main", "fax": "Work Fax",
               "pager": "Pager", "after-hours": "After hours", "other": "Other"}


def write_csv(contacts: Iterable[Contact]) -> str:
    """A CSV that Google Contacts imports (and that this module reads back losslessly)."""
    items = list(contacts)
    n_phone = max([len(c.phones) for c in items] + [1])
    n_mail = max([len(c.emails) for c in items] + [1])
    headers = ["Name", "Given Name", "Family Name", "Organization 1 - Name", "Organization 1 - Title",
               "Group Membership", "Notes"]
    for i in range(1, n_phone + 1):
        headers += [f"Phone {i} - Type", f"Phone {i} - Value"]
    for i in range(1, n_mail + 1):
        headers += [f"E-mail {i} - Type", f"E-mail {i} - Value"]
    headers += ["Escalation Order", "Alternates", "Last Verified", "UID"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(headers)
    for c in items:
        row = [c.name, c.given, c.family, c.org, c.role, " ::: ".join(c.groups), c.notes]
        for i in range(n_phone):
            if i < len(c.phones):
                p = c.phones[i]
                label = p.label or _KIND_LABEL.get(p.kind, "Other")
                row += [("* " if p.pref else "") + label, p.display()]
            else:
                row += ["", ""]
        for i in range(n_mail):
            if i < len(c.emails):
                e = c.emails[i]
                row += [("* " if e.pref else "") + (e.label or e.kind.capitalize()), e.address]
            else:
                row += ["", ""]
        row += ["" if c.escalation is None else str(c.escalation), "; ".join(c.alternates), c.last_verified or "",
                c.uid]
        w.writerow([_defuse(x) for x in row])
    return out.getvalue()


_NUMBER_CELL = re.compile(r"[+\-][\d\s().\-/]*(?: ext\. \d{1,7})?")  # a phone number, extension included


def _defuse(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection); numbers stay."""
    return defuse_cell(value, _NUMBER_CELL)
