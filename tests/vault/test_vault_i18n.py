"""The vault's words in the reader's language: why a refresh failed, what an import skipped, the call
sheet's headings — German with German plurals, and in the pseudo-locale not one word that bypassed
translation (names, numbers, files and addresses are data and stay as they are)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from offline_ready import i18n
from offline_ready.vault import verify
from offline_ready.vault.contacts import callsheet, csvio, vcard
from offline_ready.vault.contacts.book import ImportSummary
from offline_ready.vault.contacts.importer import ImportFormatError, read_contacts
from offline_ready.vault.contacts.model import Contact, Phone
from offline_ready.vault.fetch import Fetcher, FetchRequest
from offline_ready.vault.intake import import_summary_text
from offline_ready.vault.isolate import inspect_isolated
from offline_ready.vault.sniff import Sniffed
from support.pseudo import bypasses

# A vCard export with the faults real exporters make: text outside a card, a stray END, a card with
# nothing to call, a property line without a colon, and a last card cut off before its END.
BROKEN_VCARD = (b"junk before the first card\r\nEND:VCARD\r\n"
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ops desk\r\nTEL;TYPE=WORK:+49 30 1234567\r\nthis is no property\r\n"
                b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing to call\r\nEND:VCARD\r\n"
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Night line\r\nTEL:+49 30 7654321\r\n")
# A Google-style CSV with a column the app does not import, an empty column and a row with nothing in it.
CSV_WITH_LEFTOVERS = (b"Name,Phone 1 - Value,Birthday,Website,Spare\r\n"
                      b"Ops desk,+49 30 1234567,1970-01-01,,\r\n"
                      b",,1980-02-02,,\r\n")
DATA = ("Ops desk", "Night line", "Birthday", "Website", "Spare", "Acme", "VCARD", "END", "BEGIN", "BEGIN:VCARD", "END:VCARD",
        "Offline", "Ready")


def _contacts() -> list[Contact]:
    return [Contact(name="Acme ISP", groups=["ISP"], escalation=1, last_verified="2026-05-01",
                    phones=[Phone("+49 30 1234567", "+49301234567", "work", pref=True),
                            Phone("+49 171 2345678", "+491712345678", "after-hours")],
                    alternates=["Night line"]),
            Contact(name="Ops desk", phones=[Phone("030 7654321", "+49307654321", "mobile")])]


def _problems() -> list[str]:
    _cards, vcard_problems = vcard.parse_vcards(BROKEN_VCARD, region="DE")
    _rows, csv_problems = csvio.parse_csv(CSV_WITH_LEFTOVERS, region="DE")
    return vcard_problems + csv_problems


def _refusals() -> list[str]:
    """Why a refresh was refused or failed: the decisions' own words."""
    policy, pdf = verify.Policy(expected_type="pdf"), Sniffed("pdf")
    cases = [verify.Candidate(503, 0, None, pdf),
             verify.Candidate(200, 10, 100, pdf),
             verify.Candidate(200, 0, None, Sniffed("empty")),
             verify.Candidate(200, 900, None, Sniffed("html"), html_head="<form><input type=password></form>"),
             verify.Candidate(200, 900, None, Sniffed("docx")),
             verify.Candidate(200, 90, None, pdf)]
    previous = verify.Previous("pdf", 1000)
    return [verify.assess(c, previous, policy).detail for c in cases]


def _not_contacts() -> list[str]:
    out = []
    for data, name in ((b"<!DOCTYPE html><html></html>", "x.html"), (b"%PDF-1.7\n", "x.pdf"), (b"  ", "x.csv"),
                       (b"Colour,Size\r\nred,9\r\n", "x.csv")):
        with pytest.raises(ImportFormatError) as exc:
            read_contacts(data, name_hint=name)
        out.append(str(exc.value))
    return out


def test_parser_problems_and_refusals_in_german() -> None:
    assert i18n.set_language("de") == "de"
    problems = _problems()
    assert "Zeile 1: Text außerhalb einer Karte ignoriert" in problems
    assert any(p.startswith("Zeile 2: END:VCARD ohne BEGIN:VCARD") for p in problems)
    assert any("keine vCard-Eigenschaft" in p for p in problems)
    assert any("der letzten Karte fehlt END:VCARD" in p for p in problems)
    assert "nicht importierte Spalten: Birthday (und 2 leere Spalten)" in problems
    assert "Zeile 3: kein Name, keine Telefonnummer und keine E-Mail-Adresse; übersprungen" in problems
    refusals = _refusals()
    assert refusals[0] == "der Server antwortete mit HTTP 503"
    assert refusals[1].startswith("der Download wurde abgeschnitten (10 von 100 Bytes)")
    assert refusals[4] == "ein Word-Dokument erhalten statt ein PDF"
    assert refusals[5].startswith("die neue Version hat 9% der Größe der aktuellen")
    assert "das ist eine Webseite oder ein XML-Dokument, keine Kontaktliste" in _not_contacts()
    march = datetime(2024, 3, 3, 12, tzinfo=UTC).timestamp()
    assert verify.day_label(march, now=march) == "3. März"  # how the versions list names a copy
    assert verify.day_label(march, now=march + 400 * 86400) == "3. März 2024"


def test_import_summary_counts_with_german_plurals() -> None:
    i18n.set_language("de")
    one = ImportSummary(source="x.vcf", format="vcard", added=1, problems=["a"])
    many = ImportSummary(source="x.vcf", format="vcard", added=3, problems=["a", "b"])
    assert import_summary_text(one).endswith("; 1 Problem")
    assert import_summary_text(many).endswith("; 2 Probleme")


def test_call_sheet_in_german(tmp_path: Path) -> None:
    i18n.set_language("de")
    page = callsheet.render_html(_contacts(), today=date(2026, 6, 1))
    assert '<html lang="de">' in page and "<title>Anrufliste</title>" in page
    assert "<th>Wer</th><th>Anrufen</th><th>E-Mail</th><th>Falls nicht erreichbar</th>" in page
    assert "Gedruckt am 2026-06-01 aus Offline Ready · 2 Kontakte." in page
    assert "geprüft am 2026-05-01" in page and "außerhalb der Geschäftszeiten" in page
    assert ">Weitere Kontakte<" in page  # the contact without a group
    one = callsheet.render_html(_contacts()[:1], today=date(2026, 6, 1))
    assert "· 1 Kontakt." in one
    pdf = tmp_path / "sheet.pdf"
    callsheet.render_pdf(_contacts(), pdf, today=date(2026, 6, 1))
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Anrufliste" in text and "Wer" in text and "dann: Night line" in text


def test_text_reader_child_answers_in_the_readers_language(tmp_path: Path) -> None:
    """The parse check runs in a separate, limited process: its reasons come back in German too."""
    i18n.set_language("de")
    broken = tmp_path / "list.json"
    broken.write_text('{"contacts": [')
    assert inspect_isolated(broken, "json").reason.startswith("sie ist kein gültiges JSON")


def test_refresh_failures_in_german(tmp_path: Path) -> None:
    i18n.set_language("de")
    fetcher = Fetcher()
    missing = fetcher.fetch(FetchRequest(source=(tmp_path / "gone.pdf").as_uri(), dest=tmp_path / "out", retries=0))
    assert missing.detail.endswith("; ist die Freigabe verbunden?")
    folder = fetcher.fetch(FetchRequest(source=tmp_path.as_uri(), dest=tmp_path / "out", retries=0))
    assert folder.detail.endswith(" ist keine Datei")


def test_pseudo_locale_leaves_no_vault_text_untranslated(tmp_path: Path) -> None:
    i18n.set_language(i18n.PSEUDO)
    texts = [*_problems(), *_refusals(), *_not_contacts(),
             import_summary_text(ImportSummary(source="x", format="csv", added=2, updated=1, removed=1,
                                               problems=["x"], no_country=["y"]))]
    page = callsheet.render_html(_contacts(), today=date(2026, 6, 1))
    wallet = callsheet.render_html(_contacts(), layout="wallet", today=date(2026, 6, 1))
    for html in (page, wallet):
        body = html.split("</style>", 1)[1]
        texts += [t for t in re.split(r"<[^>]+>", body) if t.strip()]
    broken = tmp_path / "list.json"
    broken.write_text("[1,")
    texts.append(inspect_isolated(broken, "json").reason or "")
    texts.append(Fetcher().fetch(FetchRequest(source=(tmp_path / "gone").as_uri(), dest=tmp_path / "o",
                                              retries=0)).detail)
    bad = [t for t in texts if bypasses(t, DATA)]
    assert not bad, bad
    assert i18n.pseudo("Who") in page and i18n.pseudo("Call sheet") in page and i18n.pseudo("Other contacts") in wallet
