"""What real contact exports and documents did wrong, one case each: numbers, dropped data, refused files."""

from __future__ import annotations

import io
import json

import pytest
import vault_samples as S

from offline_ready.cli.main import main
from offline_ready.vault import verify
from offline_ready.vault.contacts import callsheet, csvio, vcard
from offline_ready.vault.contacts.importer import read_contacts
from offline_ready.vault.contacts.model import matches
from offline_ready.vault.contacts.phones import default_region
from offline_ready.vault.search import SearchIndex
from offline_ready.vault.sniff import sniff_bytes


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def card(*lines: str, version: str = "3.0") -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n").encode()


def numbers(c) -> list[tuple[str, str | None, bool]]:
    return [(p.number, p.e164, p.no_country) for p in c.phones]


# --- 1. wrong numbers -----------------------------------------------------------------------------------

def test_country_comes_from_the_card_never_from_a_guess():
    (c,), _ = vcard.parse_vcards(card("FN:Lab", "TEL;TYPE=work:+49 351 1234567", "TEL;TYPE=cell:030 7654321"))
    assert numbers(c) == [("+49 351 1234567", "+493511234567", False), ("030 7654321", "+49307654321", False)]
    (c,), _ = vcard.parse_vcards(card("FN:Depot", "ADR;TYPE=work:;;Hauptstr. 1;Dresden;;01067;Deutschland",
                                      "TEL:0351 223344"))
    assert numbers(c) == [("0351 223344", "+49351223344", False)]
    (c,), _ = vcard.parse_vcards(card("FN:Nobody", "TEL:(111) 111-1111", "TEL:0351 223344"))
    assert numbers(c) == [("(111) 111-1111", None, True), ("0351 223344", None, True)]  # kept as written
    assert c.phones[0].display() == "(111) 111-1111" and c.phones[0].dial == "1111111111"


def test_card_then_import_region_then_locale(monkeypatch):
    data = card("FN:Ops", "TEL:+44 20 7946 0000", "TEL:020 7946 0958", "TEL:030 7654321")
    (c,), _ = vcard.parse_vcards(data, region="DE")
    # the card's own country (GB) comes first; the import's region (DE) reads what GB cannot
    assert numbers(c)[1:] == [("020 7946 0958", "+442079460958", False), ("030 7654321", "+49307654321", False)]
    (c,), _ = vcard.parse_vcards(card("FN:Help", "TEL:(202) 555-0143"), region="")
    assert numbers(c) == [("(202) 555-0143", None, True)]
    (c,), _ = vcard.parse_vcards(card("FN:Help", "TEL:(202) 555-0143"), region="FR,US")  # --region, locale
    assert numbers(c) == [("(202) 555-0143", "+12025550143", False)]
    assert default_region() == ""  # C.UTF-8 names no country: none is assumed
    monkeypatch.setenv("LC_ALL", "de_AT.UTF-8")
    assert default_region() == "AT"


def test_import_summary_says_which_numbers_have_no_country(tmp_path, app_home, vault_config, capsys):
    f = tmp_path / "team.vcf"
    f.write_bytes(card("FN:Ann Lee", "TEL;TYPE=cell:0171 2345678", "TEL;TYPE=work:+1 202 555 0143"))
    f.write_bytes(f.read_bytes() + card("FN:Bo Chan", "TEL:0171 2345678"))
    code = main(["contacts", "import", str(f)])
    out, err = capsys.readouterr()
    assert code == 1 and "2 added" in out
    # Ann's card tells US (from her +1 number), where 0171 2345678 is no number: no country either
    assert '2 numbers marked "no country"' in err and "Bo Chan: 0171 2345678" in err
    code = main(["contacts", "list"])
    out, _ = capsys.readouterr()
    assert "Ann Lee        0171 2345678 (no country)" in out  # her first number: the mobile
    # every number exactly as listed is found by search
    for printed in ("0171 2345678 (no country)", "+1 202-555-0143", "+1 (202) 555-0143", "2025550143"):
        code = main(["contacts", "search", printed, "--json"])
        out, _ = capsys.readouterr()
        assert code == 0 and json.loads(out), printed


def test_every_view_shows_the_same_number():
    (c,), _ = vcard.parse_vcards(card("FN:Desk", "TEL;TYPE=work:+49 (0)30 7654321 ext. 12"))
    (d,), _ = vcard.parse_vcards(card("FN:Depot", "TEL:0351 223344"))
    work, other = c.phones[0], d.phones[0]
    assert work.display() == "+49 30 7654321 ext. 12" and work.dial == "+49307654321;ext=12"
    assert callsheet.pretty_number(work) == work.display()
    assert callsheet.pretty_number(other) == "0351 223344 (no country)"
    html = callsheet.render_html([c, d], title="Sheet")
    assert "+49 30 7654321 ext. 12" in html and "0351 223344 (no country)" in html
    for text in (csvio.write_csv([c, d]), vcard.write_vcards([c, d])):
        again = read_contacts(text.encode(), name_hint="export").contacts
        assert [(p.display(), p.e164, p.no_country) for x in again for p in x.phones] == [
            (work.display(), work.e164, False), (other.display(), None, True)]
    for printed in (work.display(), "030 7654321", "+49307654321"):
        assert matches(c, printed), printed
    assert matches(d, "0351 223344 (no country)")


# --- 2. data silently dropped ---------------------------------------------------------------------------

def test_android_glued_tel_keeps_the_number_and_says_so():
    cs, problems = vcard.parse_vcards(card("N:Doe;John;;;TEL;CELL:+49 171 2345678", "FN:John Doe",
                                           version="2.1"))
    assert cs[0].name == "John Doe" and cs[0].family == "Doe" and cs[0].given == "John"
    assert numbers(cs[0]) == [("+49 171 2345678", "+491712345678", False)]
    assert problems and "line break was missing before 'TEL;CELL:'" in problems[0]


THUNDERBIRD = (b"First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,"
               b"Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home City,Home Country,Job Title,"
               b"Department,Organization,Birth Year,Notes\r\n"
               b"Ann,Lee,Ann Lee,annie,ann@isp.example,ann.lee@home.example,,+49 30 1234567,,030 7654322,"
               b"0171 2345678,0172 3456789,Hauptstr. 1,Berlin,Germany,Support lead,NOC,ISP GmbH,1980,\r\n")


def test_thunderbird_csv_columns_and_the_list_of_columns_not_imported():
    (c,), problems = csvio.parse_csv(THUNDERBIRD)
    assert (c.name, c.org, c.role) == ("Ann Lee", "ISP GmbH, NOC", "Support lead")
    assert [e.address for e in c.emails] == ["ann@isp.example", "ann.lee@home.example"]
    assert [(p.kind, p.e164) for p in c.phones] == [("work", "+49301234567"), ("fax", "+49307654322"),
                                                    ("pager", "+491712345678"), ("mobile", "+491723456789")]
    assert problems == ["columns not imported: Nickname, Home Address, Home City, Birth Year "
                        "(and 1 empty column)"]


def test_icloud_and_apple_contacts_csv_columns():
    data = ("First name,Last name,Organization,Job title,Phone : mobile,Phone : iPhone,Phone (work fax),"
            "Email : work\nBo,Chan,Vendor Ltd,Engineer,+44 7700 900123,+44 20 7946 0958,+44 20 7946 0959,"
            "bo@vendor.example\n")
    (c,), problems = csvio.parse_csv(data)
    assert (c.name, c.org, c.role) == ("Bo Chan", "Vendor Ltd", "Engineer")
    assert [(p.kind, p.e164) for p in c.phones] == [("mobile", None), ("mobile", "+442079460958"),
                                                    ("fax", "+442079460959")]
    assert [(e.address, e.kind) for e in c.emails] == [("bo@vendor.example", "work")] and problems == []


def test_title_and_role_both_kept_first_organisation_wins_and_org_only_card_named():
    (c,), _ = vcard.parse_vcards(card("FN:Jo", "ORG:Acme;IT", "ORG:Old Employer", "TITLE:Network engineer",
                                      "ROLE:On-call escalation"))
    assert c.org == "Acme, IT" and c.role == "Network engineer / On-call escalation"
    (c,), _ = vcard.parse_vcards(card("N:;;;;", "FN:", "ORG:City Water Utility", "TEL:+1 202 555 0100"))
    assert c.name == "City Water Utility" and c.display_name == "City Water Utility"


def test_csv_round_trip_keeps_one_number_of_several_kinds_and_the_groups():
    (c,), _ = vcard.parse_vcards(card("FN:Help Desk", "CATEGORIES:IT helpdesk,My Contacts",
                                      "TEL;TYPE=cell:+1 202 555 0100", "TEL;TYPE=work:+1 202 555 0100",
                                      "TEL;TYPE=fax:+1 202 555 0100"))
    (again,), _ = csvio.parse_csv(csvio.write_csv([c]))
    assert [p.kind for p in again.phones] == ["mobile", "work", "fax"]
    assert again.groups == ["IT helpdesk", "My Contacts"]
    google = b"Name,Group Membership,Phone 1 - Value\nAnn,* myContacts ::: Vendors,+1 202 555 0100\n"
    assert csvio.parse_csv(google)[0][0].groups == ["Vendors"]  # Google's own system group is not a group


# --- 3. files refused that are valid -------------------------------------------------------------------

def test_group_on_begin_and_end_lines():
    data = b"a.BEGIN:VCARD\r\na.VERSION:3.0\r\na.FN:Ann\r\na.TEL:+1 202 555 0100\r\na.END:VCARD\r\n"
    parsed = read_contacts(data, name_hint="x.vcf")
    assert [c.name for c in parsed.contacts] == ["Ann"] and parsed.problems == []


def test_a_fold_inside_a_utf8_character_is_unfolded_before_decoding():
    line = "NOTE:" + "ä" * 40
    raw = line.encode("utf-8")
    cut = 36 + 1  # octet 37 is in the middle of an "ä"
    folded = raw[:cut] + b"\r\n " + raw[cut:]
    data = b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:J\xc3\xbcrgen\r\n" + folded + b"\r\nEND:VCARD\r\n"
    (c,), problems = vcard.parse_vcards(data)
    assert c.name == "Jürgen" and c.notes == "ä" * 40 and problems == []


def test_cr_cr_lf_line_ends_give_no_warnings():
    data = card("FN:Ann", "NOTE:long", " note", "TEL:+1 202 555 0100").replace(b"\r\n", b"\r\r\n")
    (c,), problems = vcard.parse_vcards(data)
    assert problems == [] and c.notes == "longnote" and c.phones[0].e164 == "+12025550100"


# --- 4. documents -------------------------------------------------------------------------------------

def test_markdown_with_a_badge_is_not_json():
    assert sniff_bytes(b"[![Build](https://ci.example/badge.svg)](https://ci.example)\n# Runbook\n").family == "text"
    assert sniff_bytes(b'[{"a": 1}]').family == "json" and sniff_bytes(b'{"a": 1}').family == "json"


def test_ligatures_are_found_by_plain_letters(tmp_path):
    index = SearchIndex(tmp_path / "search.sqlite3")
    index.upsert(1, 1, "Plan", "Restart the \ufb01rewall, then the o\ufb03ce router")
    assert [h.doc_id for h in index.search("firewall")] == [1]
    assert [h.doc_id for h in index.search("office")] == [1]
    assert [h.doc_id for h in index.search("\ufb01rewall")] == [1]
    index.close()


def test_cut_short_is_said_once():
    text = verify.explain(verify.Reason.TRUNCATED, "the download was cut short (5 of 10 bytes)", None)
    assert text.count("cut short") == 1 and "5 of 10 bytes" in text


def test_password_protected_pdf_is_kept_and_says_it_is_not_searchable(service, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(S.pdf("Secret escalation list"))).pages:
        writer.add_page(page)
    writer.encrypt("s3cret")
    src = tmp_path / "escalation.pdf"
    with open(src, "wb") as fh:
        writer.write(fh)
    service.add_document(str(src))
    res = service.sync().results[0]
    assert res.outcome == "new-version" and "password-protected: stored but not searchable" in res.message
    doc = service.list_documents()[0]
    assert doc.last_message == "password-protected: stored but not searchable"
    assert service.copy_for_viewer(doc.id).read_bytes() == src.read_bytes()
