"""Phone numbers: E.164 normalisation and the type vocabulary of vCard, Google and Outlook."""

from __future__ import annotations

import locale
import os
import re
from functools import lru_cache

_EXT = re.compile(r"(?:\s*(?:ext\.?|extension|x|#|durchwahl|dw\.?|poste)\s*:?\s*)(\d{1,7})\s*$", re.IGNORECASE)

# Words of labels and TYPE parameters, mapped to our kinds (first match wins, in this order).
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fax", ("fax", "telefax")),
    ("pager", ("pager", "beeper", "piepser")),
    ("after-hours", ("after hours", "after-hours", "afterhours", "out of hours", "out-of-hours", "on call",
                     "on-call", "oncall", "emergency", "24/7", "24x7", "night", "bereitschaft", "notfall",
                     "astreinte", "urgence")),
    ("mobile", ("cell", "mobile", "iphone", "handy", "mobil", "portable", "móvil", "movil", "gsm", "cellular")),
    ("main", ("main", "company", "switchboard", "primary", "zentrale", "haupt", "standard", "reception")),
    ("work", ("work", "business", "office", "geschäftlich", "geschaftlich", "dienstlich", "büro", "buro",
              "bureau", "trabajo", "werk", "assistant", "callback", "radio", "car")),
    ("home", ("home", "privat", "private", "domicile", "particular", "thuis", "casa")),
)


def kind_from_words(*words: str) -> str:
    """Our phone kind from any mix of TYPE values and free labels."""
    text = " ".join(w for w in words if w).casefold()
    text = text.replace("_$!<", " ").replace(">!$_", " ")
    for kind, keys in _KIND_WORDS:
        for key in keys:
            if key in text:
                return kind
    return "other"


def email_kind(*words: str) -> str:
    text = " ".join(w for w in words if w).casefold()
    if any(k in text for k in ("work", "business", "office", "geschäft", "bureau", "trabajo", "werk")):
        return "work"
    if any(k in text for k in ("home", "privat", "personal", "domicile", "particular", "thuis")):
        return "home"
    return "other"


def clean_label(label: str) -> str:
    """Apple's ``_$!<Mobile>!$_`` becomes ``Mobile``; other labels are trimmed."""
    label = label.strip()
    m = re.fullmatch(r"_\$!<(.*)>!\$_", label)
    return (m.group(1) if m else label).strip()[:60]


def default_region() -> str:
    """The region for numbers written without a country code: from LC_ALL/LANG or the locale."""
    for var in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        val = os.environ.get(var, "")
        m = re.match(r"[a-z]{2,3}_([A-Z]{2})", val)
        if m:
            return m.group(1)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    m = re.match(r"[a-z]{2,3}_([A-Z]{2})", loc)
    return m.group(1) if m else "US"


def split_extension(raw: str) -> tuple[str, str]:
    m = _EXT.search(raw)
    if m:
        return raw[: m.start()].strip(), m.group(1)
    return raw.strip(), ""


_INTL = re.compile(r"^\+[1-9][\d \-./]{6,24}$")


def _fast_international(text: str) -> str | None:
    """``+1 202-555-0143`` needs no library: digits after a known country code, 8 to 15 of them."""
    if not _INTL.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if not 8 <= len(digits) <= 15:
        return None
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    for n in (1, 2, 3):
        if int(digits[:n]) in COUNTRY_CODE_TO_REGION_CODE:
            return "+" + digits
    return None


_NATIONAL = re.compile(r"^[\d][\d \-./()]{4,24}$")


@lru_cache(maxsize=512)
def _plan(region: str) -> tuple[int, str, frozenset[int], re.Pattern[str]] | None:
    """(country code, trunk prefix, possible lengths, national number pattern) of a region whose
    numbers need no rewriting rules; None for the others (carrier codes, special prefixes)."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region.upper()) if region else None
    if meta is None or meta.national_prefix_transform_rule is not None:
        return None
    if (meta.national_prefix_for_parsing or None) != (meta.national_prefix or None):
        return None
    lengths = frozenset(meta.general_desc.possible_length or ())
    pattern = meta.general_desc.national_number_pattern
    if not lengths or not pattern:
        return None
    return meta.country_code, meta.national_prefix or "", lengths, re.compile(pattern)


def _fast_national(text: str, region: str) -> str | bool | None:
    """``0171 2345678`` in DE without the library's full parser, where the answer is clear-cut.

    Returns False to mean "ask the library" (anything unusual); the result otherwise equals what
    ``phonenumbers`` gives (a property test checks this).
    """
    if not _NATIONAL.match(text) or text.startswith("00"):
        return False
    plan = _plan(region)
    if plan is None:
        return False
    cc, trunk, lengths, pattern = plan
    digits = re.sub(r"\D", "", text)
    if digits.startswith("00"):  # the library reads a dialling prefix there, punctuation or not
        return False
    national = digits[len(trunk):] if trunk and digits.startswith(trunk) else digits
    # the library's national number is an integer: leading zeros (Italy's) don't count towards 6
    if len(national.lstrip("0")) < 6 or len(national) not in lengths or not pattern.fullmatch(national):
        return False
    return f"+{cc}{national}"


@lru_cache(maxsize=65536)
def to_e164(raw: str, region: str) -> str | None:
    """``+4930123456`` for a valid number; None for extensions, service numbers and non-numbers."""
    import phonenumbers

    text = raw.strip()
    if not text or len(text) > 40:
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < 3:
        return None
    # A leading "00" is left to the library: whether it dials abroad depends on the region.
    fast = _fast_international(text)
    if fast is not None:
        return fast
    nat = _fast_national(text, region)
    if nat is not False:
        return nat  # type: ignore[return-value]
    try:
        num = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    # An internal extension ("4711") or a service number ("112") is not a subscriber number. The length
    # rule is what is_valid_number() would mostly decide here, at half the cost (it matters for
    # 10,000-contact imports); numbers in unknown ranges of a known plan stay usable.
    if len(str(num.national_number)) < 6:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def normalise(raw: str, region: str) -> tuple[str, str | None, str]:
    """``(number as written without extension, e164 or None, extension)``."""
    raw = raw.strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
        m = re.search(r";ext=([0-9]+)", raw, re.IGNORECASE)
        ext = m.group(1) if m else ""
        raw = raw.split(";", 1)[0]
        return raw, to_e164(raw, region), ext
    number, ext = split_extension(raw)
    return number, to_e164(number, region), ext
