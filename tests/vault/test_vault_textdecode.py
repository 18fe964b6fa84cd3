"""The one text decoder the sniffer, the CSV and vCard readers and text extraction share."""

from __future__ import annotations

import pytest

from offline_ready.vault import sniff, textdecode
from offline_ready.vault.contacts import csvio, vcard

GREEK = "Γειά σου κόσμε, δοκιμή. Η γρήγορη καφέ αλεπού πηδάει πάνω από το τεμπέλικο σκυλί."
HEBREW = "שלום עולם בדיקה של קידוד טקסט בעברית עם משפט ארוך יותר"
RUSSIAN = "Привет, мир! Это проверка кодировки текста."
ELF = b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(256)) * 4  # NULs on both sides: not UTF-16
JAPANESE = "日本語のテキストです。東京都の電話番号"
GERMAN = "Grüße aus Köln, schöne Straße"


@pytest.mark.parametrize(("text", "encoding", "detected"), [
    (GERMAN, "utf-8", "utf-8"),
    (GERMAN, "utf-8-sig", "utf-8"),
    (GERMAN, "utf-16", "utf-16-le"),  # Python writes the little-endian BOM
    (GERMAN, "utf-16-le", "utf-16-le"),  # no BOM: the NULs of the ASCII letters tell
    (GERMAN, "utf-16-be", "utf-16-be"),
    (RUSSIAN, "utf-16-le", "utf-16-le"),  # Cyrillic letters are not NUL-padded; spaces and commas are
    (GERMAN, "cp1252", "cp1252"),
    (RUSSIAN, "cp1251", "cp1251"),
    (RUSSIAN, "koi8_r", "koi8_r"),
    (GREEK, "cp1253", "cp1253"),
    (HEBREW, "cp1255", "cp1255"),
    (JAPANESE, "shift_jis", "shift_jis"),
    ("Zażółć gęślą jaźń, Łódź", "cp1250", "cp1252"),  # a Latin guess is never risked: accents only
])
def test_detect_and_decode(text, encoding, detected):
    data = (text * 3).encode(encoding)
    assert textdecode.detect(data) == detected
    if detected != "cp1252" or encoding == "cp1252":
        assert textdecode.to_text(data) == text * 3


def test_binary_is_not_text_and_a_cut_head_is():
    assert textdecode.detect(ELF) is None
    head = "Straß".encode()[:-1]  # the first bytes of a longer file, ending inside "ß"
    assert textdecode.detect(head, cut=True) == "utf-8"
    assert textdecode.detect(head) == "cp1252"  # a whole file that ends so is not UTF-8


def test_every_reader_decodes_the_same_way():
    data = ("Name,Phone\n" + (RUSSIAN.replace(",", "") + ",+7 495 123-45-67\n") * 3).encode("cp1251")
    text, encoding = sniff.decode_head(data)
    assert encoding == "cp1251" and text == csvio.decode_csv(data) == textdecode.to_text(data)
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:{RUSSIAN}\r\nEND:VCARD\r\n".encode("cp1251")
    assert vcard.parse_vcards(card)[0][0].name == RUSSIAN
    with pytest.raises(csvio.CsvFormatError, match="binary"):
        csvio.decode_csv(ELF)
