"""A printable call sheet: who to call, in which order, on which number — for the wall or a wallet.

HTML with print CSS (opens in any browser, prints on A4 or Letter), and PDF drawn with ReportLab
(BSD licence). Contacts are grouped (IT helpdesk, ISP, vendors …) and ordered by escalation.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ...i18n import N_, _, current_language, ngettext
from .model import Contact, Phone, fold, sort_key

_KIND_TEXT = {"mobile": N_("mobile"), "work": N_("work"), "main": N_("main"), "home": N_("home"),
              "after-hours": N_("after hours"), "fax": N_("fax"), "pager": N_("pager")}

_CSS = """
:root { color-scheme: light; }
body { font: 11pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 16px; color: #111; }
h1 { font-size: 18pt; margin: 0 0 2px; }
.meta { color: #555; font-size: 9pt; margin-bottom: 12px; }
h2 { font-size: 13pt; margin: 16px 0 4px; border-bottom: 2px solid #333; padding-bottom: 2px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 8.5pt; text-transform: uppercase; color: #555; padding: 2px 6px; }
td { vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #ccc; }
td.order { width: 2.2em; font-weight: bold; font-size: 13pt; text-align: center; }
.name { font-weight: bold; }
.role { color: #444; font-size: 9.5pt; }
.num a { font: bold 12.5pt "DejaVu Sans Mono", Consolas, monospace; color: #000; text-decoration: none; }
.kind { color: #555; font-size: 8.5pt; margin-left: 4px; }
.pref { font-size: 8pt; border: 1px solid #555; border-radius: 3px; padding: 0 2px; margin-left: 4px; }
.mail a { color: #0645ad; }
.alt, .verified, .notes { font-size: 9pt; color: #444; }
.wallet { display: flex; flex-wrap: wrap; gap: 4mm; }
.card { width: 85.6mm; height: 54mm; box-sizing: border-box; border: 1px dashed #777; padding: 2.5mm 3mm;
        overflow: hidden; font-size: 7.5pt; page-break-inside: avoid; break-inside: avoid; }
.card h3 { font-size: 8.5pt; margin: 0 0 1mm; }
.card .num a { font-size: 8.5pt; }
.card td { padding: 0.6mm 1mm; }
@media print {
  @page { size: A4; margin: 12mm; }
  body { margin: 0; }
  a { color: #000 !important; }
  tr, .card { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
  .noprint { display: none; }
}
"""


def grouped(contacts: Iterable[Contact]) -> list[tuple[str, list[Contact]]]:
    groups: dict[str, list[Contact]] = {}
    names: dict[str, str] = {}
    other = _("Other contacts")
    for c in contacts:
        g = c.group or other
        k = fold(g)
        names.setdefault(k, g)
        groups.setdefault(k, []).append(c)
    order = sorted(groups, key=lambda k: (k == fold(other), k))
    return [(names[k], sorted(groups[k], key=sort_key)) for k in order]


def pretty_number(p: Phone) -> str:
    """The number exactly as every other view shows it; one without a known country says so."""
    return p.display() + (" " + _("(no country)") if p.no_country else "")


def kind_text(p: Phone) -> str:
    """The number's own label, else its kind in the reader's language ("mobile", "after hours")."""
    return p.label or (_(_KIND_TEXT[p.kind]) if p.kind in _KIND_TEXT else "")


def _heading(title: str | None) -> str:
    return title or _("Call sheet")


def _printed(today: date, count: int | None = None) -> str:
    """The line under the title: when it was printed, and a reminder that numbers go stale."""
    when = _("Printed {date} from Offline Ready.").format(date=today.isoformat())
    if count is not None:
        when = ngettext("Printed {date} from Offline Ready · {n} contact.",
                        "Printed {date} from Offline Ready · {n} contacts.", count).format(date=today.isoformat(),
                                                                                           n=count)
    return when + " " + _("Check numbers when the sheet is older than a few months.")


def _phones_html(c: Contact) -> str:
    out, first = [], _("first")
    for p in sorted(c.phones, key=lambda p: (not p.pref, p.kind == "fax")):
        kind = kind_text(p)
        link = f'<a href="{html.escape(p.tel_uri)}">{html.escape(pretty_number(p))}</a>'
        extra = f'<span class="kind">{html.escape(kind)}</span>' if kind else ""
        pref = f'<span class="pref">{html.escape(first)}</span>' if p.pref and len(c.phones) > 1 else ""
        out.append(f'<div class="num">{link}{extra}{pref}</div>')
    return "".join(out)


def render_html(contacts: Iterable[Contact], *, title: str | None = None, layout: str = "sheet",
                today: date | None = None) -> str:
    """The call sheet as one self-contained HTML page, in the reader's language. ``layout``: "sheet" (A4)
    or "wallet" (cards)."""
    today = today or date.today()
    groups = grouped(contacts)
    esc = html.escape
    title = _heading(title)
    lang = esc(current_language().replace("_", "-"))
    parts = [f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<style>{_CSS}</style></head><body>",
             f"<h1>{esc(title)}</h1>",
             f'<div class="meta">{esc(_printed(today, sum(len(cs) for _g, cs in groups)))}</div>']
    if layout == "wallet":
        parts.append('<div class="wallet">')
        for gname, cs in groups:
            for start in range(0, len(cs), 6):
                chunk = cs[start:start + 6]
                parts.append(f'<div class="card"><h3>{esc(gname)}</h3><table>')
                for c in chunk:
                    p = c.primary_phone
                    num = (f'<a href="{esc(p.tel_uri)}">{esc(pretty_number(p))}</a>' if p else "")
                    order = f"{c.escalation}. " if c.escalation is not None else ""
                    parts.append(f'<tr><td>{esc(order)}<span class="name">{esc(c.display_name)}</span></td>'
                                 f'<td class="num">{num}</td></tr>')
                parts.append("</table></div>")
        parts.append("</div>")
    else:
        for gname, cs in groups:
            heads = "".join(f"<th>{esc(h)}</th>" for h in ("#", _("Who"), _("Call"), _("E-mail"), _("If not reached")))
            parts.append(f"<h2>{esc(gname)}</h2><table><thead><tr>{heads}</tr></thead><tbody>")
            for c in cs:
                order = "" if c.escalation is None else str(c.escalation)
                who = f'<div class="name">{esc(c.display_name)}</div>'
                sub = ", ".join(x for x in (c.role, c.org if c.org != c.display_name else "") if x)
                if sub:
                    who += f'<div class="role">{esc(sub)}</div>'
                if c.notes:
                    who += f'<div class="notes">{esc(c.notes[:300])}</div>'
                if c.last_verified:
                    verified = _("verified {date}").format(date=c.last_verified)
                    who += f'<div class="verified">{esc(verified)}</div>'
                mails = "".join(f'<div class="mail"><a href="{esc(e.mailto)}">{esc(e.address)}</a></div>'
                                for e in c.emails[:3])
                alts = esc(", ".join(c.alternates))
                parts.append(f'<tr><td class="order">{esc(order)}</td><td>{who}</td><td>{_phones_html(c)}</td>'
                             f'<td>{mails}</td><td class="alt">{alts}</td></tr>')
            parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


class CallSheetError(Exception):
    pass


def _font() -> tuple[str, str]:
    """A Unicode TrueType font for the PDF (DejaVu where installed), else the built-in Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
        ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
    ]
    for regular, bold in candidates:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                if "OR-Sans" not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont("OR-Sans", regular))
                    pdfmetrics.registerFont(TTFont("OR-Sans-Bold", bold))
                return "OR-Sans", "OR-Sans-Bold"
            except Exception:
                continue
    return "Helvetica", "Helvetica-Bold"


def render_pdf(contacts: Iterable[Contact], dest: Path, *, title: str | None = None,
               today: date | None = None) -> None:
    """Write the call sheet as an A4 PDF to ``dest``."""
    try:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    except ImportError:
        raise CallSheetError(_("PDF output needs the 'reportlab' package; use --format html instead")) from None
    today = today or date.today()
    title = _heading(title)
    regular, bold = _font()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    name_st = ParagraphStyle("name", parent=base, fontName=bold)
    num_st = ParagraphStyle("num", parent=base, fontName=bold, fontSize=11, leading=14)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=17, leading=21)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=3)
    e = html.escape
    story = [Paragraph(e(title), h1),
             Paragraph(e(_printed(today)), small), Spacer(1, 4 * mm)]
    for gname, cs in grouped(contacts):
        story.append(Paragraph(e(gname), h2))
        rows = [[Paragraph("#", small), Paragraph(e(_("Who")), small), Paragraph(e(_("Call")), small),
                 Paragraph(e(_("E-mail / if not reached")), small)]]
        for c in cs:
            who = [Paragraph(e(c.display_name), name_st)]
            sub = ", ".join(x for x in (c.role, c.org if c.org != c.display_name else "") if x)
            if sub:
                who.append(Paragraph(e(sub), small))
            if c.last_verified:
                who.append(Paragraph(e(_("verified {date}").format(date=c.last_verified)), small))
            nums = []
            for p in sorted(c.phones, key=lambda p: (not p.pref, p.kind == "fax")):
                kind = kind_text(p)
                nums.append(Paragraph(f'<link href="{e(p.tel_uri)}">{e(pretty_number(p))}</link>'
                                      + (f' <font size="7.5" name="{regular}">{e(kind)}</font>' if kind else ""),
                                      num_st))
            other = [Paragraph(e(m.address), small) for m in c.emails[:3]]
            if c.alternates:
                other.append(Paragraph(e(_("then: {names}").format(names=", ".join(c.alternates))), small))
            rows.append([Paragraph("" if c.escalation is None else str(c.escalation), name_st), who, nums or "",
                         other or ""])
        t = Table(rows, colWidths=[10 * mm, 62 * mm, 58 * mm, 56 * mm], repeatRows=1)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(t)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title=title, author="Offline Ready")
    doc.build(story)
    tmp.replace(dest)
