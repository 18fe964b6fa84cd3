"""A report as text to paste, a self-contained HTML page (no external resources) and a PDF."""

from __future__ import annotations

import html
import io
from datetime import datetime

from ..diagnosis.codes import code_word
from ..i18n import N_, PSEUDO, _, current_language
from .build import Report


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if dt else "—"


def duration_text(seconds: float) -> str:
    s = int(seconds)
    if s < 60:
        return _("{s} s").format(s=s)
    if s < 3600:
        return _("{m} min {s} s").format(m=s // 60, s=s % 60)
    return _("{h} h {m} min").format(h=s // 3600, m=(s % 3600) // 60)


def _overview(rep: Report) -> list[tuple[str, str]]:
    duration = duration_text(rep.duration_s)
    return [(_("What failed"), rep.summary), (_("State"), code_word(rep.state)), (_("Started"), _when(rep.started_at)),
            (_("Ended"), _when(rep.ended_at) if rep.ended_at else _("still ongoing")),
            (_("Duration"), _("{duration} so far").format(duration=duration) if rep.ongoing else duration)]


NETWORK_HEADING = N_("This computer's network")


def _generated(rep: Report) -> str:
    return _("Generated {time} by Offline Ready.").format(time=_when(rep.generated_at))


def to_text(rep: Report) -> str:
    out = [rep.title, "=" * len(rep.title), ""]
    out += [f"{k + ':':<14}{v}" for k, v in _overview(rep)]
    for title, items, mark in ((_("What was not working"), rep.failed, "x"), (_("What still worked"), rep.worked, "+")):
        if items:
            out += ["", title] + [f"  [{mark}] {i}" for i in items]
    if rep.status_pages:
        out += ["", _("Provider status pages at the time")] + [f"  - {s}" for s in rep.status_pages]
    if rep.services:
        out += ["", _("Services")] + [f"  - {s['name']}: {code_word(s['state'])}" + (f" [{code_word(s['cause'])}]" if s["cause"] else "") +
                                   (f" — {s['detail']}" if s["detail"] else "") for s in rep.services]
    out += ["", _("Evidence by layer")]
    for title, rows in rep.layers:
        out.append(f"  {title}")
        for e in rows:
            ms = f" ({e['ms']:.0f} ms)" if isinstance(e.get("ms"), int | float) else ""
            mark = _("ok") if e["ok"] else _("FAIL")
            out.append(f"    [{mark}] {e['probe']} {e['target']}: {e['detail']}{ms}")
    out += ["", _(NETWORK_HEADING)] + [f"  {k}: {v}" for k, v in rep.network]
    out += ["", _generated(rep)]
    return "\n".join(out) + "\n"


_CSS = """body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:52em;margin:2em auto;
padding:0 1em;color:#1b1b1b}h1{font-size:1.5em}h2{font-size:1.1em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:3px 8px;vertical-align:top;
border-bottom:1px solid #eee}.ok{color:#1b5e20}.fail{color:#b71c1c;font-weight:600}.drill{background:#fff3cd;
padding:.5em 1em;border:1px solid #e0b000}@media (prefers-color-scheme:dark){body{background:#121212;
color:#eee}.ok{color:#81c784}.fail{color:#ef9a9a}td,th{border-color:#333}}"""


def _ms(value: object) -> str:
    return f"{value:.0f} ms" if isinstance(value, int | float) else ""


def to_html(rep: Report) -> str:
    e = html.escape
    lang = current_language() if current_language() != PSEUDO else "en"
    parts = [f"<!doctype html><html lang='{e(lang.replace('_', '-'))}'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width'>", f"<title>{e(rep.subject())}</title>",
             f"<style>{_CSS}</style></head><body>", f"<h1>{e(rep.title)}</h1>"]
    if rep.drill:
        parts.append("<p class='drill'>" + e(_("This is a drill: nothing was broken.")) + "</p>")
    parts.append("<table>" + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _overview(rep)) +
                 "</table>")
    for title, items, cls, mark in ((_("What was not working"), rep.failed, "fail", "✗"),
                                    (_("What still worked"), rep.worked, "ok", "✓")):
        if items:
            parts.append(f"<h2>{e(title)}</h2><ul>" +
                         "".join(f"<li><span class='{cls}'>{mark}</span> {e(i)}</li>" for i in items) + "</ul>")
    if rep.status_pages:
        parts.append("<h2>" + e(_("Provider status pages at the time")) + "</h2><ul>" +
                     "".join(f"<li>{e(s)}</li>" for s in rep.status_pages) + "</ul>")
    if rep.services:
        parts.append("<h2>" + e(_("Services")) + "</h2><table><tr>" +
                     "".join(f"<th>{e(h)}</th>" for h in (_("Service"), _("State"), _("Phase"), _("Detail"))) + "</tr>" +
                     "".join(f"<tr><td>{e(s['name'])}</td><td>{e(code_word(s['state']))}</td><td>{e(code_word(s['cause']))}</td>"
                             f"<td>{e(s['detail'])}</td></tr>" for s in rep.services) + "</table>")
    parts.append("<h2>" + e(_("Evidence by layer")) + "</h2>")
    marks = {True: e(_("ok")), False: e(_("FAIL"))}
    for title, rows in rep.layers:
        parts.append(f"<h3>{e(title)}</h3><table>" + "".join(
            f"<tr><td class='{'ok' if r['ok'] else 'fail'}'>{marks[bool(r['ok'])]}</td>"
            f"<td>{e(r['probe'])}</td><td>{e(r['target'])}</td><td>{e(r['detail'])}</td>"
            f"<td>{_ms(r.get('ms'))}</td></tr>" for r in rows) + "</table>")
    parts.append(f"<h2>{e(_(NETWORK_HEADING))}</h2><table>" +
                 "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rep.network) + "</table>")
    parts.append(f"<p><small>{e(_generated(rep))}</small></p></body></html>\n")
    return "\n".join(parts)


def to_pdf(rep: Report) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body, small = styles["BodyText"], styles["BodyText"].clone("small", fontSize=8, leading=10)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(html.escape(text), style)

    def table(rows: list[list[str]], widths: list[float], style=body) -> Table:
        t = Table([[p(c, style) for c in r] for r in rows], colWidths=widths)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        return t

    story = [p(rep.title, styles["Title"])]
    if rep.drill:
        story.append(p(_("This is a drill: nothing was broken.")))
    story.append(table([[k, v] for k, v in _overview(rep)], [35 * mm, 135 * mm]))
    for title, items in ((_("What was not working"), rep.failed), (_("What still worked"), rep.worked),
                         (_("Provider status pages at the time"), rep.status_pages)):
        if items:
            story += [Spacer(1, 4 * mm), p(title, styles["Heading2"])] + [p("• " + i) for i in items]
    if rep.services:
        story += [Spacer(1, 4 * mm), p(_("Services"), styles["Heading2"]),
                  table([[_("Service"), _("State"), _("Phase"), _("Detail")]] +
                        [[s["name"], code_word(s["state"]), code_word(s["cause"]), s["detail"]] for s in rep.services],
                        [30 * mm, 20 * mm, 25 * mm, 95 * mm], small)]
    story += [Spacer(1, 4 * mm), p(_("Evidence by layer"), styles["Heading2"])]
    for title, rows in rep.layers:
        story += [p(title, styles["Heading3"]),
                  table([[_("ok") if r["ok"] else _("FAIL"), r["probe"], r["target"], r["detail"],
                          _ms(r.get("ms"))] for r in rows],
                        [12 * mm, 30 * mm, 45 * mm, 68 * mm, 15 * mm], small)]
    story += [Spacer(1, 4 * mm), p(_(NETWORK_HEADING), styles["Heading2"]),
              table([[k, v] for k, v in rep.network], [40 * mm, 130 * mm], small),
              Spacer(1, 4 * mm), p(_generated(rep), small)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=rep.subject(), author="Offline Ready",
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    doc.build(story)
    return buf.getvalue()


RENDERERS = {"text": to_text, "html": to_html, "pdf": to_pdf}
