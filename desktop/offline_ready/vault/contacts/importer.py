"""Contacts from bytes of unknown format: vCard or CSV, detected from the content."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...i18n import _
from .model import Contact

MAX_IMPORT_BYTES = 100 << 20


class ImportFormatError(ValueError):
    """Neither a vCard nor a contacts CSV (the message says what it is instead)."""


@dataclass
class ParsedContacts:
    contacts: list[Contact]
    problems: list[str] = field(default_factory=list)
    format: str = ""  # "vcard" or "csv"


def detect_format(data: bytes, name_hint: str = "") -> str:
    from .csvio import CsvFormatError, decode_csv  # the readers load when a file is read, not at start-up

    head = data[:4096]
    try:
        text = decode_csv(head) if head else ""
    except CsvFormatError:
        text = ""
    stripped = text.lstrip("\ufeff \t\r\n").upper()
    if stripped.startswith("BEGIN:VCARD"):
        return "vcard"
    if name_hint.lower().endswith((".vcf", ".vcard")) and "BEGIN:VCARD" in text.upper():
        return "vcard"
    if stripped.startswith(("<!DOCTYPE", "<HTML", "<?XML", "<")):
        raise ImportFormatError(_("this is a web page or XML document, not a contact list"))
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFormatError(_("this is a PDF or Office file, not a contact list (export it as vCard or CSV)"))
    return "csv"


def read_contacts(data: bytes, *, name_hint: str = "", region: str = "", source: str = "") -> ParsedContacts:
    """Parse a contact file. Raises ImportFormatError with a plain reason when it is not one."""
    from .csvio import CsvFormatError, parse_csv
    from .vcard import parse_vcards

    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(_("the file is larger than {size} MB").format(size=MAX_IMPORT_BYTES >> 20))
    if not data.strip():
        raise ImportFormatError(_("the file is empty"))
    fmt = detect_format(data, name_hint)
    if fmt == "vcard":
        contacts, problems = parse_vcards(data, region=region, source=source)
        if not contacts:
            raise ImportFormatError(_("no readable contact in this vCard file ({problem})").format(problem=problems[0])
                                    if problems else _("no readable contact in this vCard file"))
        return ParsedContacts(contacts, problems, "vcard")
    try:
        contacts, problems = parse_csv(data, region=region, source=source)
    except CsvFormatError as exc:
        raise ImportFormatError(str(exc)) from None
    if not contacts:
        raise ImportFormatError(_("no readable contact in this CSV file ({problem})").format(problem=problems[0])
                                if problems else _("no readable contact in this CSV file"))
    return ParsedContacts(contacts, problems, "csv")
