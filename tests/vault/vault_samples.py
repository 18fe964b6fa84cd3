"""Real documents of every supported type, made with the same libraries people's tools use."""

from __future__ import annotations

import io
import zipfile

LOGIN_PAGE = b"""<!DOCTYPE html><html><head><title>Sign in - Contoso Intranet</title></head>
<body><form method="post" action="/sso/login"><input name="user"><input type="password" name="pw">
<button>Sign in</button></form></body></html>"""

CHALLENGE_PAGE = b"""<!DOCTYPE html><html><head><title>Just a moment...</title></head>
<body><div id="challenge-platform">Checking your browser before accessing the site.</div>
<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>"""


def pdf(text: str = "Business continuity plan", pages: int = 1, pad: int = 0) -> bytes:
    """A real PDF with ``text`` on each page (ReportLab); ``pad`` adds about that many bytes of filler text."""
    import os

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0)
    for i in range(pages):
        c.drawString(72, 720, f"{text} page {i + 1}")
        c.showPage()
    lines = pad // 110
    c.setFont("Helvetica", 4)
    for n in range(lines):
        if n % 150 == 0 and n:
            c.showPage()
            c.setFont("Helvetica", 4)
        c.drawString(20, 800 - (n % 150) * 5, os.urandom(50).hex())
    if lines:
        c.showPage()
    c.save()
    return buf.getvalue()


def docx(text: str = "Supplier price list") -> bytes:
    import docx as _docx

    d = _docx.Document()
    d.add_heading("Price list", 1)
    d.add_paragraph(text)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Widget"
    t.rows[0].cells[1].text = "12.50 EUR"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def xlsx(text: str = "Escalation matrix") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matrix"
    ws.append(["Level", "Who", "Note"])
    ws.append([1, "Helpdesk", text])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pptx(text: str = "Outage drill slides") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("ppt/presentation.xml", '<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.'
                   'openxmlformats.org/presentationml/2006/main"/>')
        z.writestr("ppt/slides/slide1.xml",
                   '<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/'
                   'main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree>'
                   f"<p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>"
                   "</p:spTree></p:cSld></p:sld>")
    return buf.getvalue()


def odt(text: str = "Evacuation procedure") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
                   'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                   f"<office:body><office:text><text:p>{text}</text:p></office:text></office:body>"
                   "</office:document-content>")
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def html(text: str = "Router restart runbook") -> bytes:
    return (f"<!DOCTYPE html><html><head><title>Runbook</title><script>var x='ignored';</script></head>"
            f"<body><h1>Runbook</h1><p>{text}</p></body></html>").encode()


VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xfcller;J\xfcrgen\r\n"
    "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BCller (Bereit=\r\nschaft)\r\n"
    "ORG:Netz AG;Leitstelle\r\nTITLE:Diensthabender\r\n"
    "TEL;WORK;VOICE:+49 30 1234567\r\nTEL;CELL;PREF:0171 2345678\r\n"
    "EMAIL;INTERNET:juergen@netz.example\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Nachts nur im Notfall=0D=0A24/7 Leitstelle\r\nEND:VCARD\r\n"
).encode("latin-1")

VCARD_30_APPLE = (
    b"BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//macOS 14.0//EN\nN:Lee;Ann;;;\nFN:Ann Lee\n"
    b"ORG:ISP Inc;Support\nitem1.TEL;type=pref:+1 (202) 555-0143\nitem1.X-ABLabel:After hours\n"
    b"item2.TEL;type=WORK;type=VOICE:+1 202 555 0100 ext 42\nitem2.X-ABLabel:_$!<Main>!$_\n"
    b"item3.EMAIL;type=INTERNET;type=pref:ann.lee@isp.example\nitem3.X-ABLabel:_$!<Work>!$_\n"
    b"CATEGORIES:ISP,Vendors\nNOTE:Ticket portal down? Call\\, then e-mail.\\nAsk for tier 2.\n"
    b"UID:6B29FC40-CA47-1067-B31D-00DD010662DA\nEND:VCARD\n"
)

VCARD_40 = (
    b"BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\nFN:Bob Ng\r\n"
    b"N:Ng;Bob;;;\r\nTEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+44-20-7946-0958;ext=5\r\n"
    b"TEL;VALUE=uri;TYPE=cell:tel:+44-7700-900123\r\nEMAIL;TYPE=work:bob@vendor.example\r\n"
    b"CATEGORIES:Vendors\r\nNOTE:A very long note that will certainly need folding because it is longer than"
    b"\r\n  seventy-five octets.\r\nEND:VCARD\r\n"
)

GOOGLE_CSV = (
    "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
    "Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name,Organization 1 - Title\r\n"
    "Carla Díaz,Carla,Díaz,* myContacts ::: IT helpdesk,* Work,carla@corp.example,Mobile,"
    "+34 612 34 56 78 ::: +34 699 99 99 99,Work,+34 91 123 45 67,Corp,Helpdesk lead\r\n"
    "Dan Smith,Dan,Smith,* myContacts,Home,dan@home.example,After hours,+1 202-555-0177,,,,\r\n"
)

GOOGLE_CSV_NEW = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Notes\r\n"
    "Eve,,Adams,Fibre ISP,NOC,ISP ::: * myContacts,Work,noc@fibre.example,Work,+49 89 9876543,24/7 NOC\r\n"
)

OUTLOOK_CSV = (
    '"First Name","Middle Name","Last Name","Title","Company","Department","Job Title","Business Phone",'
    '"Business Phone 2","Mobile Phone","Home Phone","Business Fax","E-mail Address","E-mail 2 Address",'
    '"Notes","Categories"\r\n'
    '"Frank","","Müller","Mr.","Lieferant GmbH","Vertrieb","Key account","+49 40 111222","","0172 3334444","",'
    '"+49 40 111223","frank@lieferant.example","","Bevorzugt mobil","Vendors;Suppliers"\r\n'
)

OUTLOOK_CSV_DE = (
    "Vorname;Nachname;Firma;Position;Telefon geschäftlich;Mobiltelefon;E-Mail-Adresse;Notizen;Kategorien\r\n"
    "Greta;Schön;Stadtwerke;Störungsstelle;+49 211 555000;0151 2223334;stoerung@stadtwerke.example;"
    "Rund um die Uhr;Versorger\r\n"
)
