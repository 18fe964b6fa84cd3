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
    """The country of the system locale; "" when the locale names none (``C.UTF-8``, ``POSIX``): no
    country is ever assumed. The first of LC_ALL, LC_TELEPHONE and LANG that is set decides (POSIX
    precedence); only when none is set is the C library asked."""
    for var in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        val = os.environ.get(var, "")
        if val:
            m = re.match(r"[a-z]{2,3}_([A-Z]{2})", val)
            return m.group(1) if m else ""
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    m = re.match(r"[a-z]{2,3}_([A-Z]{2})", loc)
    return m.group(1) if m else ""


def split_extension(raw: str) -> tuple[str, str]:
    m = _EXT.search(raw)
    if m:
        return raw[: m.start()].strip(), m.group(1)
    return raw.strip(), ""


_INTL_FAST = re.compile(r"^\+[1-9][\d \-./]{6,24}$")
_NATIONAL_FAST = re.compile(r"^\d[\d \-./()]{4,24}$")


@lru_cache(maxsize=512)
def _plan(region: str) -> tuple[int, str, re.Pattern[str]] | None:
    """(country code, trunk prefix, national number pattern) of a region whose numbers need no rewriting
    rules to be read; None for the others (carrier codes, special prefixes), which the library reads."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region.upper()) if region else None
    if meta is None or meta.national_prefix_transform_rule is not None:
        return None
    if (meta.national_prefix_for_parsing or None) != (meta.national_prefix or None):
        return None
    pattern = meta.general_desc.national_number_pattern
    return (meta.country_code, meta.national_prefix or "", re.compile(pattern)) if pattern else None


def _fast_parse(text: str, region: str):
    """What ``phonenumbers.parse`` gives for the clear-cut forms (``+49 30 1234567``, ``030 1234567`` in
    DE) at a tenth of its cost (it matters for 10,000-contact imports); None: ask the library. A
    property test holds the two to the same answers; validity is always the library's."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneNumber

    if text.startswith("+"):
        if not _INTL_FAST.match(text):
            return None
        digits = re.sub(r"\D", "", text)
        cc = next((int(digits[:n]) for n in (1, 2, 3) if int(digits[:n]) in COUNTRY_CODE_TO_REGION_CODE), None)
        if cc is None:
            return None
        nsn = digits[len(str(cc)):]
        plan = _plan(COUNTRY_CODE_TO_REGION_CODE[cc][0])
        # a trunk prefix after the country code ("+49 030 …") or a leading zero: the library's rules
        if plan is None or not nsn or nsn[0] == "0" or (plan[1] and nsn.startswith(plan[1])):
            return None
        return PhoneNumber(country_code=cc, national_number=int(nsn))
    if not region or not _NATIONAL_FAST.match(text):
        return None
    plan = _plan(region)
    if plan is None:
        return None
    cc, trunk, pattern = plan
    digits = re.sub(r"\D", "", text)
    if digits.startswith("00"):  # a dialling prefix, maybe: the library's rules
        return None
    national = digits[len(trunk):] if trunk and digits.startswith(trunk) else digits
    if not national or national[0] == "0" or not pattern.fullmatch(national) or len(national) < 2:
        return None
    return PhoneNumber(country_code=cc, national_number=int(national))


@lru_cache(maxsize=65536)
def _parse_valid(text: str, region: str) -> tuple[str, str, str] | None:
    """``(E.164, its country, international text)`` when ``text`` read in ``region`` (or with its own
    country code) is a valid number; one parse per distinct number and region."""
    import phonenumbers

    num = _fast_parse(text, region)
    if num is None:
        try:
            num = phonenumbers.parse(text, region or None)
        except phonenumbers.NumberParseException:
            return None
    if not phonenumbers.is_valid_number(num):
        return None
    # the country's main region reads national numbers of the whole plan (+1: US for a Canadian number
    # too: validity is decided by the number, not by the region it was read in)
    return (f"+{num.country_code}{phonenumbers.national_significant_number(num)}",  # = format E164
            phonenumbers.region_code_for_country_code(num.country_code),
            phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _international_form(text: str) -> str | None:
    """``+49 30 1234`` as is; ``00 49 30 1234`` / ``0049…`` (the dialling prefix of most of the world) as
    ``+49…``; None for a number written without its country."""
    t = text.lstrip()
    if t.startswith("+"):
        return t
    digits = re.sub(r"[\s\-./()]", "", t)
    if digits.startswith("00") and not digits.startswith("000"):
        return "+" + digits[2:]
    return None


def digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _own_country(number: str) -> tuple[str, str, str] | None:
    text = number.strip()
    if not text or len(text) > 40 or digit_count(text) < 6:
        return None
    intl = _international_form(text)
    return _parse_valid(intl, "") if intl else None


def _national(number: str, regions: list[str]) -> tuple[str, str, str] | None:
    text = number.strip()
    if not text or len(text) > 40 or digit_count(text) < 6 or _international_form(text):
        return None
    for region in regions:
        found = _parse_valid(text, region) if region else None
        if found:
            return found
    return None


def own_country_e164(number: str) -> str | None:
    """E.164 of a number that carries its own country code and is valid there."""
    found = _own_country(number)
    return found[0] if found else None


def national_e164(number: str, regions: list[str]) -> str | None:
    """E.164 of a number written without a country code, from the first of ``regions`` where it is valid."""
    found = _national(number, regions)
    return found[0] if found else None


def region_of(e164: str) -> str:
    found = _parse_valid(e164, "")
    return found[1] if found else ""


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from phonenumbers import SUPPORTED_REGIONS
    from phonenumbers.geodata.locale import LOCALE_DATA

    out: dict[str, str] = {}
    for code, names in LOCALE_DATA.items():
        if code not in SUPPORTED_REGIONS:
            continue
        for name in names.values():
            if name and not name.startswith("*"):
                out.setdefault(name.casefold(), code)
    for alias, code in (("usa", "US"), ("u.s.a.", "US"), ("u.s.", "US"), ("united states of america", "US"),
                        ("america", "US"), ("uk", "GB"), ("great britain", "GB"), ("england", "GB"),
                        ("scotland", "GB"), ("wales", "GB"), ("brd", "DE"), ("deutschland", "DE")):
        out.setdefault(alias, code)
    return out


def region_from_country(country: str) -> str:
    """The region code of an address's country (``Germany``, ``Deutschland``, ``DE``, ``USA``); "" if unknown."""
    text = country.strip().strip(".").casefold()
    if not text:
        return ""
    from phonenumbers import SUPPORTED_REGIONS

    if len(text) == 2 and text.upper() in SUPPORTED_REGIONS:
        return text.upper()
    return _country_names().get(text, "")


def settle_numbers(phones: list, *, card_regions: list[str], region: str) -> None:
    """Give each phone its E.164 form by the one rule of this app, in place.

    A number is stored as E.164 only when it is valid in a country known from the number itself, from
    the card (the countries of its other numbers, then of its addresses), from the import's region, or
    from the system locale, in that order (``region`` holds the last two, comma-separated). Otherwise it keeps exactly what was written and, when it
    looks like a subscriber number, is marked "no country" -- never a guessed one.
    """
    regions: list[str] = []
    found: list[tuple[str, str, str] | None] = []
    for p in phones:
        own = _own_country(p.number)
        found.append(own)
        if own and own[1] not in regions:
            regions.append(own[1])
    for r in [*card_regions, *region.split(",")]:
        r = r.strip().upper()
        if r and r not in regions:
            regions.append(r)
    for p, own in zip(phones, found, strict=True):
        hit = own or _national(p.number, regions)
        p.e164, p.shown = (hit[0], hit[2]) if hit else (None, p.number)
        p.no_country = hit is None and digit_count(p.number) >= 6 and _international_form(p.number) is None


def to_e164(raw: str, region: str) -> str | None:
    """E.164 of one number read on its own: with its country code, or valid in ``region``."""
    number, _ext = split_extension(raw.strip())
    return own_country_e164(number) or national_e164(number, [region] if region else [])


def normalise(raw: str) -> tuple[str, str]:
    """``(number as written without extension, extension)``; the country is settled per card."""
    raw = raw.strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
        m = re.search(r";ext=([0-9]+)", raw, re.IGNORECASE)
        ext = m.group(1) if m else ""
        return raw.split(";", 1)[0], ext
    return split_extension(raw)
