"""The one way the vault reads bytes of unknown encoding as text: the file-type sniffer, the CSV
and vCard readers and text extraction all decide the encoding here, with the same rules.

In order: a byte-order mark; UTF-16 without one (its NUL bytes fall on one side); UTF-8; else a
legacy code page, guessed by charset-normalizer. The guess is Windows-1252 unless the text reads
clearly as Cyrillic, Greek, Hebrew, Arabic, Japanese, Chinese or Korean: a wrong Western guess only garbles accents, a
wrong non-Latin one garbles every letter, so the detector must be sure. Bytes with NULs that are
not UTF-16 are not text.
"""

from __future__ import annotations

BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
SAMPLE = 4096  # bytes looked at for UTF-16's NULs
UTF16_NULS = 0.1  # UTF-16 without a BOM: over this share of one side's bytes are NUL, and none of the other's
DETECT_BYTES = 65536  # bytes charset-normalizer reads
FALLBACK = "cp1252"
NON_LATIN = ("cp1251", "cp1253", "cp1255", "cp1256", "koi8_r", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr")
SURE = 0.2  # charset-normalizer's coherence a non-Latin guess needs


def bom(data: bytes) -> tuple[str, int] | None:
    """``(encoding, length of the mark)`` when ``data`` starts with a byte-order mark."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def utf16_by_nuls(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 text without a BOM, else None: the high byte of every ASCII
    character (letters, digits, spaces, punctuation) is NUL, so NULs fall on one side only."""
    sample = data[:SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    side = len(sample) // 2
    if odd > side * UTF16_NULS and even == 0:
        return "utf-16-le"
    if even > side * UTF16_NULS and odd == 0:
        return "utf-16-be"
    return None


def is_utf8(data: bytes, *, cut: bool = False) -> bool:
    """Whether ``data`` is UTF-8; with ``cut``, a multi-byte character cut off at the end is allowed
    (``data`` is the head of a longer file)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return cut and exc.start >= len(data) - 3
    return True


def legacy_charset(data: bytes) -> str:
    """The 8-bit code page of text that is not UTF-8 and declares none (old Outlook, Windows Mobile)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:DETECT_BYTES], cp_isolation=[FALLBACK, "cp1250", *NON_LATIN]).best()
    except Exception:  # detection is a nicety; never a reason to refuse a file
        return FALLBACK
    if best is not None and best.encoding in NON_LATIN and best.coherence >= SURE:
        return best.encoding
    return FALLBACK


def detect(data: bytes, *, cut: bool = False) -> str | None:
    """The encoding of ``data``, or None when the bytes are not text. ``cut``: see :func:`is_utf8`."""
    marked = bom(data)
    if marked is not None:
        return marked[0]
    if b"\x00" in data[:SAMPLE]:
        return utf16_by_nuls(data)
    if is_utf8(data, cut=cut):
        return "utf-8"
    return legacy_charset(data)


def decode(data: bytes, encoding: str) -> str:
    """``data`` as text in ``encoding`` (as :func:`detect` named it), without its byte-order mark."""
    marked = bom(data)
    if marked is not None and marked[0] == encoding:
        data = data[marked[1]:]
    return data.decode(encoding, errors="replace")


def to_text(data: bytes) -> str:
    """Bytes of unknown encoding as text, whatever they hold (bytes that are not text read as
    :data:`FALLBACK`, so nothing raises)."""
    return decode(data, detect(data) or FALLBACK)
