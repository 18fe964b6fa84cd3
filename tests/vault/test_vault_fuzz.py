"""Hypothesis fuzzing of everything that reads untrusted bytes: it may refuse, it must never crash or hang."""

from __future__ import annotations

import contextlib
import io
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_ready.vault import retention
from offline_ready.vault.contacts import csvio, vcard
from offline_ready.vault.contacts.importer import ImportFormatError, read_contacts
from offline_ready.vault.crypto import VaultKey
from offline_ready.vault.names import filename_from_disposition, safe_filename
from offline_ready.vault.search import SearchIndex, build_match
from offline_ready.vault.sniff import decode_head, detect_stand_in, sniff_bytes
from offline_ready.vault.textextract import html_to_text

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VCARD_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "FN:Ann", "N:Lee;Ann;;;",
    "TEL;CELL:+1 202 555 0100", "TEL;TYPE=work,voice;PREF=1:tel:+44-20-7946-0958;ext=5", "item1.TEL:123",
    "item1.X-ABLabel:_$!<Mobile>!$_", "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen =",
    "NOTE;ENCODING=QUOTED-PRINTABLE:=", "EMAIL;TYPE=INTERNET:a@b.c", "CATEGORIES:a\\,b,c", " folded",
    "\tfolded", "ORG:a;b;c", "X-OFFLINE-READY-ESCALATION:x", "PHOTO;ENCODING=b:AAAA", ":", ";;;", "=",
    'TEL;TYPE="a:b";X=":":5', "FN;CHARSET=nonexistent-charset:x", "BEGIN:VCARD", "AGENT:BEGIN:VCARD",
])


@FUZZ
@given(st.lists(st.one_of(VCARD_LINES, st.text(max_size=40)), max_size=40),
       st.sampled_from(["\r\n", "\n", "\r"]), st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_vcard_parser_never_crashes(lines, eol, encoding):
    data = eol.join(lines).encode(encoding, errors="replace")
    contacts, _problems = vcard.parse_vcards(data, region="US")
    for c in contacts:
        assert c.name or c.org or c.phones or c.emails
        text = vcard.write_vcards([c])  # whatever was read can be written …
        again, _ = vcard.parse_vcards(text.encode(), region="US")  # … and read back
        assert len(again) == 1


@FUZZ
@given(st.binary(max_size=3000))
def test_vcard_and_csv_on_random_bytes(data):
    vcard.parse_vcards(data)
    with contextlib.suppress(csvio.CsvFormatError):
        csvio.parse_csv(data)
    with contextlib.suppress(ImportFormatError):
        read_contacts(data, name_hint="x.vcf")


CSV_CELLS = st.one_of(st.sampled_from(["Name", "Given Name", "Phone 1 - Value", "Phone 1 - Type", "E-mail Address",
                                       "Mobile Phone", "Categories", "Group Membership", "* myContacts ::: x",
                                       "+1 202 555 0100 ::: 0171 2345678", '"', '""', "\n", ";", "\t", "=cmd()"]),
                      st.text(max_size=20))


@FUZZ
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=8), min_size=1, max_size=12),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_csv_parser_never_crashes(rows, sep, encoding):
    text = "\r\n".join(sep.join(r) for r in rows)
    try:
        contacts, _ = csvio.parse_csv(text.encode(encoding, errors="replace"), region="DE")
    except csvio.CsvFormatError:
        return
    back, _ = csvio.parse_csv(csvio.write_csv(contacts).encode(), region="DE") if contacts else ([], [])
    assert len(back) == len(contacts)


@FUZZ
@given(st.binary(max_size=2000))
def test_sniff_total(data):
    s = sniff_bytes(data)
    assert s.family and s.extension.startswith(".")
    decode_head(data)


HTML_BITS = st.sampled_from(["<html>", "<head>", "<title>", "</title>", "<script>", "</script>", "<style>",
                             "<!--", "-->", "<input type=password>", "<form action=/login>", "<div>", "</div>",
                             "<p>", "&amp;", "&#x110000;", "&#99999999;", "<![CDATA[", "<!DOCTYPE", "<", ">",
                             "\x00", "<svg><script>", "just a moment...", "<a href='", "'"])


@FUZZ
@given(st.lists(st.one_of(HTML_BITS, st.text(max_size=30)), max_size=200))
def test_html_text_and_login_detection_never_crash(parts):
    html = "".join(parts)
    text = html_to_text(html)
    assert isinstance(text, str)
    detect_stand_in(html, "https://x/login")


def test_hostile_html_is_linear():
    for hostile in ("<div>" * 300_000, "<" * 1_000_000, "<!--" + "-" * 1_000_000, "<a " + "b=c " * 200_000,
                    "&#" + "9" * 100_000, "<script>" + "x" * 2_000_000):
        started = time.monotonic()
        html_to_text(hostile)
        detect_stand_in(hostile)
        assert time.monotonic() - started < 10, hostile[:20]


@FUZZ
@given(st.text(max_size=300))
def test_filenames_are_always_safe(name):
    safe = safe_filename(name)
    assert safe and "/" not in safe and "\\" not in safe and safe not in (".", "..")
    assert not any(ord(c) < 32 for c in safe) and len(safe) <= 120
    filename_from_disposition(f'attachment; filename="{name}"')
    filename_from_disposition(name)


@FUZZ
@given(st.text(max_size=100))
def test_any_typed_query_is_a_valid_fts_query(query):
    index = _index()
    build_match(query)
    index.search(query)  # never raises


_IDX: list[SearchIndex] = []


def _index() -> SearchIndex:
    if not _IDX:
        idx = SearchIndex(None)
        idx.upsert(1, 1, "Plan", "Call the helpdesk: AB-1234, then the ISP's NOC")
        _IDX.append(idx)
    return _IDX[0]


@FUZZ
@given(st.binary(max_size=3 * (1 << 20) // 100), st.binary(min_size=32, max_size=32))
def test_encryption_roundtrip_and_tamper_detection(data, raw_key):
    key = VaultKey(raw_key)
    out = io.BytesIO()
    key.encrypt_stream(io.BytesIO(data), out)
    sealed = out.getvalue()
    assert b"".join(key.decrypt_stream(io.BytesIO(sealed))) == data
    if len(sealed) > 12:
        tampered = bytearray(sealed)
        tampered[-1] ^= 1
        try:
            b"".join(key.decrypt_stream(io.BytesIO(bytes(tampered))))
            raise AssertionError("tampering went unnoticed")
        except Exception as exc:
            assert "cannot be decrypted" in str(exc)


def test_encryption_detects_cut_and_reordered_chunks():
    key = VaultKey(bytes(32))
    data = bytes(range(256)) * 10000  # > 2 chunks
    out = io.BytesIO()
    key.encrypt_stream(io.BytesIO(data), out)
    sealed = out.getvalue()
    chunk = (1 << 20) + 16
    header = sealed[:11]
    c1, c2, c3 = sealed[11:11 + chunk], sealed[11 + chunk:11 + 2 * chunk], sealed[11 + 2 * chunk:]
    for bad in (header + c1 + c2, header + c2 + c1 + c3, header + c1 + c3):
        try:
            b"".join(key.decrypt_stream(io.BytesIO(bad)))
            raise AssertionError("accepted a cut or reordered file")
        except Exception as exc:
            assert "cannot be decrypted" in str(exc)


@FUZZ
@given(st.lists(st.floats(min_value=0, max_value=400 * 86400), max_size=60), st.integers(1, 20))
def test_retention_invariants(ages, n):
    now = 500 * 86400.0
    vs = [retention.Ver(i + 1, now - a) for i, a in enumerate(ages)]
    current = vs[len(vs) // 2].id if vs else None
    for scheme in ("keep-n", "staggered"):
        gone = retention.select_deletions(scheme, vs, now=now, keep=n, max_age_days=365, current_id=current)
        kept = {v.id for v in vs} - gone
        assert gone <= {v.id for v in vs}
        if vs:
            assert current in kept
        if scheme == "keep-n":
            assert len(kept) == min(n, len(vs))


@FUZZ
@given(st.sampled_from(["DE", "US", "FR", "IT", "NL", "ES", "AT", "CH", "IN", "MX", "GB", "BR", "AU", ""]),
       st.text(alphabet="0123456789 -/()", min_size=3, max_size=18), st.sampled_from(["", "+", "00"]))
def test_a_stored_number_is_always_a_valid_one(region, body, prefix):
    """Never a wrong number: E.164 only for a number valid where it is read, else nothing."""
    import phonenumbers

    from offline_ready.vault.contacts.phones import to_e164

    text = (prefix + body.strip().lstrip("0+ -/()")) if prefix else body.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return
    ours = to_e164(text, region)
    if ours is None:
        return
    assert phonenumbers.is_valid_number(phonenumbers.parse(ours, None))
    if prefix == "+":
        assert ours == phonenumbers.format_number(phonenumbers.parse(text, None), phonenumbers.PhoneNumberFormat.E164)
    elif not prefix and not "".join(ch for ch in text if ch.isdigit()).startswith("00"):
        assert region  # no country is ever assumed
        assert ours == phonenumbers.format_number(phonenumbers.parse(text, region),
                                                  phonenumbers.PhoneNumberFormat.E164)


@FUZZ
@given(st.sampled_from(["DE", "US", "FR", "IT", "NL", "ES", "AT", "CH", "IN", "MX", "GB", "BR", "AU", "RU", "HU",
                        "JP", "SE", "PL", "AR"]),
       st.text(alphabet="0123456789 -/()", min_size=6, max_size=18), st.booleans())
def test_fast_number_reading_agrees_with_phonenumbers(region, body, international):
    """The shortcut for clear-cut numbers reads exactly what the library reads (or leaves it to it)."""
    import phonenumbers

    from offline_ready.vault.contacts.phones import _fast_parse

    text = ("+" + body.strip().lstrip("0+ -/()")) if international else body.strip()
    if sum(ch.isdigit() for ch in text) < 6:
        return
    fast = _fast_parse(text, region)
    if fast is None:
        return
    lib = phonenumbers.parse(text, region)
    assert (fast.country_code, fast.national_number) == (lib.country_code, lib.national_number)
    assert not lib.italian_leading_zero
