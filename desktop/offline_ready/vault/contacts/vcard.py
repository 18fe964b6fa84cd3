"""vCard reading (2.1, 3.0, 4.0) and writing (4.0, RFC 6350).

What real exports contain, and this reader handles:

* 2.1 (Android, Outlook, old phones): bare parameters (``TEL;WORK;VOICE:``), ``ENCODING=QUOTED-PRINTABLE``
  with soft line breaks (a line ending in ``=`` continues on the next), ``CHARSET=ISO-8859-1`` and other
  charsets per property (so one file may mix encodings: the text is read as bytes and each value decoded
  with its own charset);
* 3.0: ``TYPE=work,voice``, ``TYPE=pref``; 4.0: ``PREF=1``, ``VALUE=uri`` with ``tel:`` numbers;
* folded lines (CRLF or LF followed by a space or tab), escaped ``\\n \\, \\;``;
* Apple's grouped properties: ``item1.TEL`` with ``item1.X-ABLabel:_$!<Mobile>!$_`` or a custom label;
* UTF-16 files (Outlook), a UTF-8 BOM, CR-only line ends.

Malformed input never raises: bad lines are skipped and reported in the problems list (with line
numbers), and everything readable is kept. Sizes are bounded.
"""

from __future__ import annotations

import contextlib
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...i18n import _
from .. import textdecode
from .model import Contact, Email, Phone
from .phones import clean_label, email_kind, kind_from_words, normalise, region_from_country, settle_numbers

MAX_CARDS = 200_000
MAX_PROPS_PER_CARD = 2000
MAX_LOGICAL_LINE = 1 << 20
MAX_PROBLEMS = 100
_NAME = re.compile(r"^(?:([A-Za-z0-9_-]{1,64})\.)?([A-Za-z0-9_-]{1,64})$")
# A property glued to the end of the previous line (Android 4.4 drops the line break before "TEL;CELL:").
_GLUED = re.compile(r"(?<=[^\s:=])(?=(?:TEL|EMAIL)(?:;(?:CELL|HOME|WORK|VOICE|FAX|PREF|MSG|PAGER|CAR|ISDN|VIDEO"
                    r"|INTERNET|X-[A-Z-]+|TYPE=[A-Za-z,\"]+))+:)")
_X = "X-OFFLINE-READY-"


@dataclass(slots=True)
class _Prop:
    group: str
    name: str
    params: dict[str, list[str]]
    raw: str  # latin-1 "byte text" of the value
    line: int


@dataclass
class _Card:
    line: int
    props: list[_Prop] = field(default_factory=list)
    version: str = "3.0"


def to_byte_text(data: bytes | str) -> tuple[str, str]:
    """The input as a latin-1 string (one char per byte) and the default charset of its values."""
    if isinstance(data, str):
        return data.encode("utf-8", errors="replace").decode("latin-1"), "utf-8"
    marked = textdecode.bom(data)
    wide = marked[0] if marked and marked[0] != "utf-8" else textdecode.utf16_by_nuls(data)
    if wide:
        data = textdecode.decode(data, wide).encode("utf-8")
    elif marked:
        data = data[marked[1]:]
    data = data.replace(b"\r\r\n", b"\r\n")  # iOS: CR CR LF line ends
    try:
        # RFC 6350 §3.2: unfold first, then decode -- a fold may split a multi-byte UTF-8 character
        re.sub(rb"\r?\n[ \t]|=\r?\n", b"", data).decode("utf-8")
        charset = "utf-8"
    except UnicodeDecodeError:
        charset = textdecode.legacy_charset(data)
    return data.decode("latin-1"), charset


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    out, cur, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _colon_index(line: str) -> int:
    i = line.find(":")
    if i < 0 or '"' not in line[:i]:
        return i
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return i
    return -1


_QP = re.compile("QUOTED-PRINTABLE", re.IGNORECASE)
_B64 = re.compile(r";\s*(?:ENCODING=)?(?:BASE64|B)\s*[;:]", re.IGNORECASE)
_B64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")
_PROP_START = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?[A-Za-z][A-Za-z0-9_-]*[;:]")


def _logical_lines(text: str) -> Iterable[tuple[int, str]]:
    """Unfold; join quoted-printable soft breaks. Yields (first physical line number, logical line)."""
    lines = re.split(r"\r\n|\n|\r", text)
    cur: list[str] = []
    start = 0
    cur_len = 0
    qp = b64 = blank = False
    for no, line in enumerate(lines, 1):
        first = line[:1]
        soft = qp and bool(cur) and cur[-1].endswith("=")
        if soft and blank and _PROP_START.match(line):
            cur[-1] = cur[-1][:-1]  # "=" then a blank line then a property: the "=" ended the value (Android)
            soft = False
        blank = False
        if cur and (first == " " or first == "\t") and not soft:
            piece = line[1:]
        elif soft:
            if not line:
                blank = True  # a blank line inside a soft break: what follows decides (see above)
                continue
            cur[-1] = cur[-1][:-1]  # a soft line break: the "=" goes, the next line continues the value
            piece = line
        elif cur and cur[-1].endswith("\\") and line and not _PROP_START.match(line):
            cur[-1] = cur[-1][:-1] + "\\n"  # vCard 2.1 writers that end a line of a value with "\"
            piece = line
        elif cur and b64 and _B64_LINE.match(line):
            continue  # vCard 2.1 base64 runs on unindented until a blank line; binary is not kept anyway
        else:
            if cur:
                yield start, "".join(cur) if len(cur) > 1 else cur[0]
            cur, start, cur_len = [], no, 0
            piece = line
            colon = _colon_index(line)
            m = _QP.search(line)
            qp = bool(m) and 0 < m.start() < colon
            m = _B64.search(line)
            b64 = bool(m) and 0 < m.start() < colon
        if cur_len + len(piece) <= MAX_LOGICAL_LINE:
            cur.append(piece)
            cur_len += len(piece)
    if cur:
        yield start, "".join(cur)


_NO_PARAMS: dict[str, list[str]] = {}


def _parse_line(line: str, no: int) -> _Prop | None:
    i = _colon_index(line)
    if i <= 0:
        return None
    head, value = line[:i], line[i + 1:]
    if ";" not in head:  # the common case: no parameters
        m = _NAME.match(head.strip())
        if not m:
            return None
        return _Prop((m.group(1) or "").lower(), m.group(2).upper(), _NO_PARAMS, value, no)
    parts = _split_unquoted(head, ";")
    m = _NAME.match(parts[0].strip())
    if not m:
        return None
    params: dict[str, list[str]] = {}
    for p in parts[1:]:
        p = p.strip()
        if not p:
            continue
        eq = p.find("=")
        if eq >= 0:
            k = p[:eq].strip().upper()
            v = p[eq + 1:]
            quoted_or_list = '"' in v or "," in v
            vals = [x.strip().strip('"') for x in _split_unquoted(v, ",")] if quoted_or_list else [v.strip()]
        else:  # vCard 2.1 bare parameter
            up = p.upper()
            if up in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                k, vals = "ENCODING", [up]
            else:
                k, vals = "TYPE", [p]
        lst = params.get(k)
        if lst is None:
            params[k] = [v for v in vals if v]
        else:
            lst.extend(v for v in vals if v)
    return _Prop((m.group(1) or "").lower(), m.group(2).upper(), params, value, no)


def _decode(prop: _Prop, default_charset: str) -> str | None:
    params = prop.params
    if "ENCODING" not in params and "CHARSET" not in params and default_charset == "utf-8":
        try:
            text = prop.raw.encode("latin-1").decode("utf-8")  # the whole file is UTF-8: so is this
        except UnicodeDecodeError:
            text = prop.raw.encode("latin-1").decode("cp1252", errors="replace")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROL.sub("", text) if _CONTROL.search(text) else text
    enc = (params.get("ENCODING") or [""])[0].upper()
    if enc in ("BASE64", "B"):
        return None  # binary (photos, keys): not needed offline
    raw = prop.raw.encode("latin-1", errors="replace")
    if enc == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(raw)
    charset = (prop.params.get("CHARSET") or [default_charset])[0]
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


_ESC = re.compile(r"\\(.)", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESC.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _split_escaped(text: str, sep: str) -> list[str]:
    if "\\" not in text:
        return text.split(sep)
    out, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep:
            out.append(unescape("".join(cur)))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append(unescape("".join(cur)))
    return out


def _types(prop: _Prop) -> list[str]:
    out: list[str] = []
    for v in prop.params.get("TYPE", []):
        out.extend(x.strip().lower() for x in v.split(",") if x.strip())
    return out


def _pref(prop: _Prop, types: list[str]) -> bool:
    if "pref" in types:
        return True
    p = prop.params.get("PREF")
    if p:
        try:
            return int(p[0]) <= 1
        except ValueError:
            return True
    return False


def parse_vcards(data: bytes | str, *, region: str = "", source: str = "") -> tuple[list[Contact], list[str]]:
    """Read every card; returns ``(contacts, problems)``. Never raises on bad input."""
    text, charset = to_byte_text(data)
    problems: list[str] = []

    def problem(msg: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(msg)
        elif len(problems) == MAX_PROBLEMS:
            problems.append(_("… more problems not shown"))

    cards: list[_Card] = []
    card: _Card | None = None
    depth = 0
    for no, line in _unglued(_logical_lines(text), problem):
        head = line[:12].strip().upper()
        if "." in head[:9] and (".BEGIN:" in line[:80].upper() or ".END:" in line[:80].upper()):
            dot = line.find(".")  # RFC 2426 §4: a group name may prefix any line, BEGIN and END included
            if _NAME.match(line[:dot].strip()):
                line = line[dot + 1:]
                head = line[:12].strip().upper()
        if not head and not line.strip():
            continue
        upper = line.strip().upper() if head.startswith(("BEGIN:", "END:")) else head
        if upper == "BEGIN:VCARD":
            if card is not None:
                depth += 1  # an embedded card (2.1 AGENT): skip its content
                continue
            if len(cards) >= MAX_CARDS:
                problem(_("line {line}: more than {n} cards; the rest is ignored").format(line=no, n=MAX_CARDS))
                break
            card = _Card(no)
            continue
        if upper == "END:VCARD":
            if depth:
                depth -= 1
                continue
            if card is None:
                problem(_("line {line}: END:VCARD without BEGIN:VCARD").format(line=no))
                continue
            cards.append(card)
            card = None
            continue
        if card is None:
            if upper:
                problem(_("line {line}: text outside a card ignored").format(line=no))
            continue
        if depth:
            continue
        prop = _parse_line(line, no)
        if prop is None:
            problem(_("line {line}: not a vCard property ({text}); ignored").format(line=no, text=_show(line)))
            continue
        if prop.name == "VERSION":
            card.version = prop.raw.strip()
            continue
        if len(card.props) < MAX_PROPS_PER_CARD:
            card.props.append(prop)
    if card is not None:
        problem(_("line {line}: the last card has no END:VCARD; read what it has").format(line=card.line))
        cards.append(card)

    contacts: list[Contact] = []
    for c in cards:
        contact = _build(c, charset, region, source)
        if contact is None:
            problem(_("line {line}: a card without a name, phone number or e-mail address; skipped").format(
                line=c.line))
            continue
        contacts.append(contact)
    return contacts, problems


def _unglued(lines: Iterable[tuple[int, str]], problem) -> Iterable[tuple[int, str]]:
    """Split a property glued to the end of the previous line back off, and say so."""
    for no, line in lines:
        if "TEL;" not in line and "EMAIL;" not in line:
            yield no, line
            continue
        colon = _colon_index(line)
        cuts = [m.start() for m in _GLUED.finditer(line) if m.start() > colon > 0]
        if not cuts or _QP.search(line[:max(colon, 0)]):
            yield no, line
            continue
        start = 0
        for cut in cuts:
            yield no, line[start:cut]
            problem(_("line {line}: a line break was missing before {text}; read as two lines").format(
                line=no, text=_show(line[cut:cut + 9])))
            start = cut
        yield no, line[start:]


def _show(line: str) -> str:
    s = line.encode("latin-1", errors="replace").decode("utf-8", errors="replace")
    s = "".join(ch if ch.isprintable() else "?" for ch in s)
    return repr(s[:40] + ("…" if len(s) > 40 else ""))


def _build(card: _Card, charset: str, region: str, source: str) -> Contact | None:
    labels: dict[str, str] = {}
    for p in card.props:
        if p.group and p.name == "X-ABLABEL":
            labels[p.group] = clean_label(_decode(p, charset) or "")
    c = Contact(name="", source=source)
    uid = None
    titles: list[str] = []
    roles: list[str] = []
    countries: list[str] = []
    n_parts: list[str] | None = None
    for p in card.props:
        n = p.name
        if n in ("PHOTO", "LOGO", "SOUND", "KEY", "X-ABLABEL"):
            continue
        value = _decode(p, charset)
        if value is None:
            continue
        value = value.strip()
        if n == "FN":
            c.name = unescape(value)
        elif n == "N":
            comps = _split_escaped(value, ";") + [""] * 5
            c.family, c.given = comps[0].strip(), comps[1].strip()
            n_parts = [x.strip() for x in comps[:5]]
        elif n == "ORG":
            if not c.org:  # the first organisation is the card's own; later ones are history
                c.org = ", ".join(x.strip() for x in _split_escaped(value, ";") if x.strip())
        elif n == "ROLE":
            roles.append(unescape(value).strip())
        elif n == "TITLE":
            titles.append(unescape(value).strip())
        elif n == "ADR":
            comps = _split_escaped(value, ";")
            if len(comps) >= 7:
                code = region_from_country(comps[6])
                if code and code not in countries:
                    countries.append(code)
        elif n == "TEL":
            types = _types(p)
            label = labels.get(p.group, "")
            number, ext = normalise(unescape(value))
            if not number and not ext:
                continue
            kind = kind_from_words(label, *types) if (label or types) else "other"
            if kind == "other" and "voice" in types:
                kind = "work" if "work" in types else "other"
            c.phones.append(Phone(number=number, kind=kind, label=label, pref=_pref(p, types), ext=ext))
        elif n == "EMAIL":
            types = _types(p)
            addr = unescape(value).strip()
            if addr.lower().startswith("mailto:"):
                addr = addr[7:]
            if "@" not in addr or len(addr) > 320:
                continue
            label = labels.get(p.group, "")
            c.emails.append(Email(address=addr, kind=email_kind(label, *types), label=label, pref=_pref(p, types)))
        elif n == "NOTE":
            note = unescape(value)
            c.notes = f"{c.notes}\n{note}" if c.notes else note
        elif n == "CATEGORIES":
            for g in _split_escaped(value, ","):
                g = g.strip()
                if g and g not in c.groups:
                    c.groups.append(g)
        elif n == "UID":
            uid = value
        elif n == _X + "ESCALATION":
            with contextlib.suppress(ValueError):
                c.escalation = max(1, min(999, int(value)))
        elif n == _X + "ALTERNATE":
            alt = unescape(value).strip()
            if alt:
                c.alternates.append(alt)
        elif n == _X + "VERIFIED" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
            c.last_verified = value[:10]
    # Outlook and Lotus Notes write both a job title and a role: keep both
    c.role = " / ".join(dict.fromkeys(x for x in (titles[:1] + roles[:1]) if x))
    settle_numbers(c.phones, card_regions=countries, region=region)
    if not c.name and n_parts:
        family, given, additional, prefix, suffix = n_parts
        c.name = " ".join(x for x in (prefix, given, additional, family, suffix) if x)
    if not c.name and not c.org and not c.phones and not c.emails:
        return None
    if not c.name.strip() and c.org:
        c.name = c.org  # a company card: its name is the organisation
    if uid:
        c.uid = uid[:200]
    c.name = c.name[:300]
    return c


# --- writing --------------------------------------------------------------------------------------------

_TEL_TYPES = {"mobile": "cell", "work": "work,voice", "home": "home,voice", "main": "voice", "fax": "fax",
              "pager": "pager", "after-hours": "voice", "other": "voice"}
_DEFAULT_LABELS = {"after-hours": "After hours", "main": "Main"}


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "").replace(",", "\\,")
            .replace(";", "\\;"))


def fold_line(line: str) -> str:
    """Fold at 75 octets (RFC 6350 §3.2) without splitting a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out: list[str] = []
    limit = 75
    cur = bytearray()
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = bytearray()
            limit = 74  # continuation lines start with a space
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def write_vcard(c: Contact) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:{escape(c.uid)}", f"FN:{escape(c.display_name)}",
             f"N:{escape(c.family)};{escape(c.given)};;;"]
    if c.org:
        lines.append(f"ORG:{escape(c.org)}")
    if c.role:
        lines.append(f"TITLE:{escape(c.role)}")
    if c.groups:
        lines.append("CATEGORIES:" + ",".join(escape(g) for g in c.groups))
    item = 0
    for p in c.phones:
        types = _TEL_TYPES.get(p.kind, "voice")
        params = f";TYPE={types}" if "," not in types else f';TYPE="{types}"'
        if p.pref:
            params += ";PREF=1"
        label = p.label or _DEFAULT_LABELS.get(p.kind, "")
        group = ""
        if label:
            item += 1
            group = f"item{item}."
        if p.e164:
            value = "tel:" + p.e164 + (f";ext={p.ext}" if p.ext else "")
            lines.append(f"{group}TEL;VALUE=uri{params}:{value}")
        else:
            lines.append(f"{group}TEL;VALUE=text{params}:{escape(p.display())}")
        if label:
            lines.append(f"{group}X-ABLabel:{escape(label)}")
    for e in c.emails:
        params = f";TYPE={e.kind}" if e.kind in ("work", "home") else ""
        if e.pref:
            params += ";PREF=1"
        lines.append(f"EMAIL{params}:{e.address}")
    if c.notes:
        lines.append(f"NOTE:{escape(c.notes)}")
    if c.escalation is not None:
        lines.append(f"{_X}ESCALATION:{c.escalation}")
    for a in c.alternates:
        lines.append(f"{_X}ALTERNATE:{escape(a)}")
    if c.last_verified:
        lines.append(f"{_X}VERIFIED:{c.last_verified}")
    lines.append("END:VCARD")
    return "".join(fold_line(ln) + "\r\n" for ln in lines)


def write_vcards(contacts: Iterable[Contact]) -> str:
    return "".join(write_vcard(c) for c in contacts)
