"""Contacts: vCard 2.1/3.0/4.0, Google and Outlook CSV in their encodings, merging, exports, call sheets."""

from __future__ import annotations

import pytest
import vault_samples as S

from offline_ready.vault.contacts import callsheet, csvio, vcard
from offline_ready.vault.contacts.importer import ImportFormatError, read_contacts
from offline_ready.vault.contacts.merge import Matcher, merge
from offline_ready.vault.contacts.model import Contact, Phone, matches


def one(contacts, name):
    hits = [c for c in contacts if c.name == name]
    assert len(hits) == 1, [c.name for c in contacts]
    return hits[0]


def test_vcard_21_quoted_printable_and_charsets():
    cs, problems = vcard.parse_vcards(S.VCARD_21, region="DE")
    assert problems == []
    c = one(cs, "Jürgen Müller (Bereitschaft)")
    assert (c.family, c.given) == ("Müller", "Jürgen")
    assert c.org == "Netz AG, Leitstelle" and c.role == "Diensthabender"
    assert [(p.e164, p.kind, p.pref) for p in c.phones] == [("+49301234567", "work", False),
                                                             ("+491712345678", "mobile", True)]
    assert c.emails[0].address == "juergen@netz.example"
    assert c.notes == "Nachts nur im Notfall\n24/7 Leitstelle"


def test_vcard_30_apple_groups_and_labels():
    cs, problems = vcard.parse_vcards(S.VCARD_30_APPLE, region="US")
    assert problems == []
    c = cs[0]
    assert c.uid == "6B29FC40-CA47-1067-B31D-00DD010662DA"
    assert c.groups == ["ISP", "Vendors"]
    after, main = c.phones
    assert (after.e164, after.kind, after.label, after.pref) == ("+12025550143", "after-hours", "After hours", True)
    assert (main.e164, main.ext, main.kind, main.label) == ("+12025550100", "42", "main", "Main")
    assert c.emails[0].pref and c.emails[0].label == "Work"
    assert c.notes == "Ticket portal down? Call, then e-mail.\nAsk for tier 2."


def test_vcard_40_uri_numbers_pref_and_folding():
    cs, problems = vcard.parse_vcards(S.VCARD_40, region="GB")
    assert problems == []
    c = cs[0]
    assert c.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert [(p.e164, p.ext, p.kind, p.pref) for p in c.phones] == [
        ("+442079460958", "5", "work", True), (None, "", "mobile", False)]
    # 07700 900123 is in Ofcom's range for drama: not a valid number, so it is kept exactly as written
    assert (c.phones[1].display(), c.phones[1].no_country) == ("+44-7700-900123", False)
    assert c.notes.endswith("longer than seventy-five octets.")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_vcard_file_encodings(encoding):
    text = S.VCARD_40.decode().replace("Bob Ng", "Zoë Ng")
    cs, _ = vcard.parse_vcards(text.encode(encoding), region="GB")
    assert cs[0].name == "Zoë Ng"


def test_vcard_cr_only_lines_and_lowercase():
    data = b"begin:vcard\rversion:3.0\rfn:Cr Only\rtel;type=cell:+1 202 555 0111\rend:vcard\r"
    cs, _ = vcard.parse_vcards(data, region="US")
    assert cs[0].name == "Cr Only" and cs[0].phones[0].kind == "mobile"


def test_vcard_malformed_input_is_reported_not_fatal():
    data = (b"garbage before\nBEGIN:VCARD\nVERSION:3.0\nFN:Ok One\nthis line has no colon\n;;;:\n"
            b"TEL:+1 202 555 0100\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nNOTE:nothing else\n"
            b"END:VCARD\nBEGIN:VCARD\nFN:Unterminated\nTEL:12345\n")
    cs, problems = vcard.parse_vcards(data, region="US")
    assert [c.name for c in cs] == ["Ok One", "Unterminated"]
    text = "\n".join(problems)
    assert "line 1: text outside a card" in text
    assert "line 5: not a vCard property" in text
    assert "without a name, phone number or e-mail" in text
    assert "no END:VCARD" in text


def test_vcard_write_roundtrip_and_folding():
    c = Contact(name="Ünïcödé " + "x" * 100, given="Ü", family="Y", org="A;B,C", role="NOC",
                groups=["IT helpdesk", "a,b"], notes="line1\nline2; with, punctuation \\ backslash",
                phones=[Phone("+49 30 1234567", "+49301234567", "after-hours", "After hours", True),
                        Phone("4711", None, "work", "", False, "")],
                escalation=2, alternates=["Dan Smith"], last_verified="2025-03-03")
    text = vcard.write_vcards([c])
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    back, problems = vcard.parse_vcards(text.encode(), region="DE")
    assert problems == []
    b = back[0]
    for f in ("name", "given", "family", "org", "role", "groups", "notes", "escalation", "alternates",
              "last_verified", "uid"):
        assert getattr(b, f) == getattr(c, f), f
    assert [(p.e164, p.kind, p.label, p.pref) for p in b.phones] == [
        ("+49301234567", "after-hours", "After hours", True), (None, "work", "", False)]


def test_google_csv_old_and_new_layouts():
    cs, problems = csvio.parse_csv(S.GOOGLE_CSV.encode(), region="US")
    assert problems == []
    carla = one(cs, "Carla Díaz")
    assert carla.groups == ["IT helpdesk"]
    assert [p.e164 for p in carla.phones] == ["+34612345678", "+34699999999", "+34911234567"]
    assert carla.emails[0].pref and carla.org == "Corp" and carla.role == "Helpdesk lead"
    dan = one(cs, "Dan Smith")
    assert dan.phones[0].kind == "after-hours" and dan.groups == []
    cs, _ = csvio.parse_csv(S.GOOGLE_CSV_NEW.encode(), region="DE")
    eve = cs[0]
    assert (eve.name, eve.org, eve.role, eve.groups, eve.notes) == ("Eve Adams", "Fibre ISP", "NOC", ["ISP"],
                                                                    "24/7 NOC")


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8", "utf-8-sig", "utf-16"])
def test_outlook_csv_encodings(encoding):
    cs, problems = csvio.parse_csv(S.OUTLOOK_CSV.encode(encoding), region="DE")
    assert problems == []
    f = cs[0]
    assert f.name == "Mr. Frank Müller"
    assert f.org == "Lieferant GmbH, Vertrieb" and f.role == "Key account"
    assert [(p.kind, p.e164) for p in f.phones] == [("work", "+4940111222"), ("mobile", "+491723334444"),
                                                    ("fax", "+4940111223")]
    assert f.groups == ["Vendors", "Suppliers"]


def test_outlook_csv_german_headers_semicolons_utf16_tabs():
    cs, _ = csvio.parse_csv(S.OUTLOOK_CSV_DE.encode("cp1252"), region="DE")
    g = cs[0]
    assert (g.name, g.org, g.role, g.groups) == ("Greta Schön", "Stadtwerke", "Störungsstelle", ["Versorger"])
    assert [p.kind for p in g.phones] == ["work", "mobile"]
    tabbed = S.OUTLOOK_CSV_DE.replace(";", "\t").encode("utf-16")
    assert csvio.parse_csv(tabbed, region="DE")[0][0].name == "Greta Schön"


def test_csv_that_is_not_contacts():
    with pytest.raises(csvio.CsvFormatError, match="does not look like a contacts export"):
        csvio.parse_csv(b"date,amount\n2025-01-01,3\n")
    with pytest.raises(ImportFormatError, match="web page"):
        read_contacts(S.LOGIN_PAGE)
    with pytest.raises(ImportFormatError, match="PDF or Office"):
        read_contacts(S.pdf())
    with pytest.raises(ImportFormatError, match="empty"):
        read_contacts(b"   \n")


def test_csv_bad_rows_reported():
    data = b"Name,Mobile Phone\nA,+1 202 555 0100\n,\n,,\nB,\n"
    cs, _problems = csvio.parse_csv(data, region="US")
    assert [c.name for c in cs] == ["A", "B"]


def test_csv_export_roundtrip_and_formula_defusing():
    c = Contact(name="=HYPERLINK(evil)", org="Org", role="r", groups=["IT helpdesk", "ISP"],
                phones=[Phone("+1 202 555 0100", "+12025550100", "mobile", "", True),
                        Phone("+1 202 555 0101", "+12025550101", "after-hours", "Night line")],
                escalation=1, alternates=["B", "C"], last_verified="2025-01-02", notes="n")
    text = csvio.write_csv([c])
    assert "'=HYPERLINK(evil)" in text
    back, _ = csvio.parse_csv(text.encode(), region="US")
    b = back[0]
    assert b.uid == c.uid and b.groups == c.groups and b.escalation == 1 and b.alternates == ["B", "C"]
    assert [(p.e164, p.kind, p.pref) for p in b.phones] == [("+12025550100", "mobile", True),
                                                             ("+12025550101", "after-hours", False)]


def test_merge_same_source_replaces_numbers_other_source_unites():
    old = Contact(name="Ann Lee", org="ISP", source="a.vcf", escalation=1,
                  phones=[Phone("1", "+12025550100", "work"), Phone("2", "+12025550199", "mobile")])
    new = Contact(name="Ann Lee", org="ISP", source="a.vcf", phones=[Phone("1", "+12025550100", "main")])
    m = merge(old, new)
    assert [p.e164 for p in m.phones] == ["+12025550100"] and m.escalation == 1 and m.uid == old.uid
    other = Contact(name="Ann Lee", source="b.csv", phones=[Phone("3", "+12025550111", "home")])
    m2 = merge(old, other)
    assert [p.e164 for p in m2.phones] == ["+12025550100", "+12025550199", "+12025550111"]


def test_matcher_rules():
    a = Contact(name="Ann Lee", org="ISP Inc")
    b = Contact(name="Ann Lee", org="Other Corp")
    n = Contact(name="", emails=[], phones=[Phone("x", "+12025550100")])
    m = Matcher([a, b, n])
    assert m.find(Contact(name="ann  LEE", org="isp inc")) is a
    assert m.find(Contact(name="Ann Lee")) is None  # two Ann Lees: ambiguous without the organisation
    assert m.find(Contact(name="", phones=[Phone("y", "+12025550100")])) is n
    assert m.find(Contact(name="x", uid=a.uid)) is a


def test_search_matches_words_accents_and_digits():
    c = Contact(name="Jürgen Müller", org="Netz AG", groups=["ISP"],
                phones=[Phone("+49 30 1234567", "+49301234567")])
    assert matches(c, "jurgen netz")
    assert matches(c, "1234567")
    assert matches(c, "+49 30 123")
    assert not matches(c, "jürgen vendor")


def test_call_sheet_html_and_pdf(tmp_path):
    cs, _ = vcard.parse_vcards(S.VCARD_30_APPLE + S.VCARD_40, region="US")
    cs[0].escalation = 1
    cs.append(Contact(name="<script>alert(1)</script>", groups=["IT helpdesk"],
                      phones=[Phone("+1 202 555 0100", "+12025550100", "mobile")]))
    html = callsheet.render_html(cs, title="Acme call sheet")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="tel:+12025550143"' in html and "@media print" in html
    assert html.index(">ISP<") < html.index("IT helpdesk") < html.index("Vendors")
    wallet = callsheet.render_html(cs, layout="wallet")
    assert 'class="card"' in wallet
    pdf = tmp_path / "sheet.pdf"
    callsheet.render_pdf(cs, pdf, title="Acme call sheet")
    from pypdf import PdfReader

    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Acme call sheet" in text and "Ann Lee" in text and "+1 202-555-0143" in text
