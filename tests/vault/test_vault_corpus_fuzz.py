"""Hypothesis on mutated real exports (``corpus/``).

Two kinds of mutation:

* harmless rewrites a conforming reader must not notice -- CR CR LF line ends, folding at any octet
  (also inside a UTF-8 character), a group name before every line: the contacts must stay exactly the
  same;
* damage -- flipped, dropped, inserted or duplicated bytes and lines, lost line breaks, a cut: the
  importer may refuse the file with a clear reason, never crash or hang, and every number it stores as
  E.164 must still be one the text it kept says (its own country code, or valid in that country).
"""

from __future__ import annotations

import re
import time

import phonenumbers
import pytest
from corpus_check import CORPUS, load_truth
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_ready.vault.contacts.importer import ImportFormatError, read_contacts
from offline_ready.vault.contacts.phones import national_e164, own_country_e164, region_of

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TRUTH = load_truth()
VCARDS = sorted(name for name in TRUTH if name.endswith(".vcf"))
ALL = sorted(TRUTH)


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def _read(name: str, data: bytes):
    return read_contacts(data, name_hint=name, region=TRUTH[name]["region"])


def _summary(parsed) -> list[tuple]:
    return [(c.name, c.org, c.role, tuple(c.groups), tuple((p.number, p.e164, p.no_country, p.kind, p.ext)
                                                           for p in c.phones),
             tuple(e.address for e in c.emails)) for c in parsed.contacts]


def _is_utf8_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.startswith((b"\xff\xfe", b"\xfe\xff"))


_GROUPED = re.compile(rb"^[A-Za-z0-9_-]+\.[A-Za-z]")


def _refold(data: bytes, width: int) -> bytes:
    """Fold every physical line at ``width`` octets (RFC 6350 §3.2), wherever that falls."""
    out = []
    for line in re.split(rb"\r\n|\n", data):
        pieces = [line[:width]] + [line[i:i + width - 1] for i in range(width, len(line), width - 1)]
        out.append(b"\r\n ".join(pieces))
    return b"\r\n".join(out)


@FUZZ
@given(st.sampled_from(VCARDS), st.sampled_from(["crcrlf", "refold", "group"]), st.integers(20, 90))
def test_harmless_rewrites_change_nothing(name, how, width):
    data = (CORPUS / name).read_bytes()
    if not _is_utf8_text(data) or b"QUOTED-PRINTABLE" in data.upper() or b"\n " in data or b"\n\t" in data:
        return  # refolding or re-grouping only applies to plain, unfolded UTF-8 files
    original = _read(name, data)
    before = _summary(original)
    bom = data[:3] if data.startswith(b"\xef\xbb\xbf") else b""
    body = data[len(bom):]
    if how == "crcrlf":
        changed = re.sub(rb"\r?\n", b"\r\r\n", body)
    elif how == "refold":
        changed = _refold(body, width)
    else:
        changed = b"\r\n".join(b"g1." + ln if ln.strip() and not _GROUPED.match(ln) else ln
                                for ln in re.split(rb"\r\n|\n", body))
    after = _read(name, bom + changed)
    assert _summary(after) == before
    if how == "crcrlf":  # no spurious warnings, no doubled line numbers
        assert after.problems == original.problems


def _damage(data: bytes, ops: list[tuple[str, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, pos, n in ops:
        if not buf:
            break
        i = pos % len(buf)
        if op == "flip":
            buf[i] ^= 1 << (n % 8)
        elif op == "drop":
            del buf[i:i + n]
        elif op == "insert":
            buf[i:i] = bytes([n % 256]) * (1 + n % 5)
        elif op == "dup":
            buf[i:i] = buf[i:i + n * 8]
        elif op == "glue":  # a lost line break, as in Android 4.4 exports
            j = buf.find(b"\n", i)
            if j >= 0:
                del buf[j - (1 if j and buf[j - 1] == 13 else 0):j + 1]
        elif op == "cut":
            del buf[i:]
    return bytes(buf)


def _consistent(p) -> bool:
    """An E.164 the number as kept supports: its own code, or valid read in that number's country."""
    if p.e164 is None:
        return True
    if not phonenumbers.is_valid_number(phonenumbers.parse(p.e164, None)):
        return False
    return own_country_e164(p.number) == p.e164 or national_e164(p.number, [region_of(p.e164)]) == p.e164


OPS = st.lists(st.tuples(st.sampled_from(["flip", "drop", "insert", "dup", "glue", "cut"]),
                         st.integers(0, 1 << 20), st.integers(1, 64)), min_size=1, max_size=8)


@FUZZ
@given(st.sampled_from(ALL), OPS)
def test_damaged_real_files_never_crash_or_invent_numbers(name, ops):
    data = _damage((CORPUS / name).read_bytes(), ops)
    started = time.monotonic()
    try:
        parsed = _read(name, data)
    except ImportFormatError as exc:
        assert str(exc)
        return
    assert time.monotonic() - started < 5
    for c in parsed.contacts:
        assert c.name or c.org or c.phones or c.emails
        for p in c.phones:
            assert _consistent(p), (c.name, p)
            assert not (p.e164 and p.no_country)
