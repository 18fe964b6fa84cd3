"""A report as text to paste, a self-contained HTML page (no external resources) and a PDF."""

from __future__ import annotations

import html
import io
from datetime import datetime

from .build import Report


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if dt else "—"


def duration_text(seconds: float) -> str:
    s = int(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s"
    return f"{s // 3600} h {(s % 3600) // 60} min"


def _overview(rep: Report) -> list[tuple[str, str]]:
    return [("What failed", rep.summary), ("State", rep.state), ("Started", _when(rep.started_at)),
            ("Ended", _when(rep.ended_at) if rep.ended_at else "still ongoing"),
            ("Duration", duration_text(rep.duration_s) + (" so far" if rep.ongoing else ""))]


def to_text(rep: Report) -> str:
    out = [rep.title, "=" * len(rep.title), ""]
    out += [f"{k + ':':<14}{v}" for k, v in _overview(rep)]
    for title, items, mark in (("What was not working", rep.failed, "x"), ("What still worked", rep.worked, "+")):
        if items:
            out += ["", title] + [f"  [{mark}] {i}" for i in items]
    if rep.status_pages:
        out += ["", "Provider status pages at the time"] + [f"  - {s}" for s in rep.status_pages]
    if rep.services:
        out += ["", "Services"] + [f"  - {s['name']}: {s['state']}" + (f" [{s['cause']}]" if s["cause"] else "") +
                                   (f" — {s['detail']}" if s["detail"] else "") for s in rep.services]
    out += ["", "Evidence by layer"]
    for title, rows in rep.layers:
        out.append(f"  {title}")
        for e in rows:
            ms = f" ({e['ms']:.0f} ms)" if isinstance(e.get("ms"), int | float) else ""
            out.append(f"    [{'ok' if e['ok'] else 'FAIL'}] {e['probe']} {e['target']}: {e['detail']}{ms}")
    out += ["", "This computer's network"] + [f"  {k}: {v}" for k, v in rep.network]
    out += ["", f"Generated {_when(rep.generated_at)} by Offline Ready."]
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
    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
             "<meta name='viewport' content='width=device-width'>", f"<title>{e(rep.subject())}</title>",
             f"<style>{_CSS}</style></head><body>", f"<h1>{e(rep.title)}</h1>"]
    if rep.drill:
        parts.append("<p class='drill'>This is a drill: nothing was broken.</p>")
    parts.append("<table>" + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _overview(rep)) +
                 "</table>")
    for title, items, cls, mark in (("What was not working", rep.failed, "fail", "✗"),
                                    ("What still worked", rep.worked, "ok", "✓")):
        if items:
            parts.append(f"<h2>{e(title)}</h2><ul>" +
                         "".join(f"<li><span class='{cls}'>{mark}</span> {e(i)}</li>" for i in items) + "</ul>")
    if rep.status_pages:
        parts.append("<h2>Provider status pages at the time</h2><ul>" +
                     "".join(f"<li>{e(s)}</li>" for s in rep.status_pages) + "</ul>")
    if rep.services:
        parts.append("<h2>Services</h2><table><tr><th>Service</th><th>State</th><th>Phase</th><th>Detail</th></tr>" +
                     "".join(f"<tr><td>{e(s['name'])}</td><td>{e(s['state'])}</td><td>{e(s['cause'])}</td>"
                             f"<td>{e(s['detail'])}</td></tr>" for s in rep.services) + "</table>")
    parts.append("<h2>Evidence by layer</h2>")
    for title, rows in rep.layers:
        parts.append(f"<h3>{e(title)}</h3><table>" + "".join(
            f"<tr><td class='{'ok' if r['ok'] else 'fail'}'>{'ok' if r['ok'] else 'FAIL'}</td>"
            f"<td>{e(r['probe'])}</td><td>{e(r['target'])}</td><td>{e(r['detail'])}</td>"
            f"<td>{_ms(r.get('ms'))}</td></tr>" for r in rows) + "</table>")
    parts.append("<h2>This computer's network</h2><table>" +
                 "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rep.network) + "</table>")
    parts.append(f"<p><small>Generated {e(_when(rep.generated_at))} by Offline Ready.</small></p></body></html>\n")
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
        story.append(p("This is a drill: nothing was broken."))
    story.append(table([[k, v] for k, v in _overview(rep)], [35 * mm, 135 * mm]))
    for title, items in (("What was not working", rep.failed), ("What still worked", rep.worked),
                         ("Provider status pages at the time", rep.status_pages)):
        if items:
            story += [Spacer(1, 4 * mm), p(title, styles["Heading2"])] + [p("• " + i) for i in items]
    if rep.services:
        story += [Spacer(1, 4 * mm), p("Services", styles["Heading2"]),
                  table([["Service", "State", "Phase", "Detail"]] +
                        [[s["name"], s["state"], s["cause"], s["detail"]] for s in rep.services],
                        [30 * mm, 20 * mm, 25 * mm, 95 * mm], small)]
    story += [Spacer(1, 4 * mm), p("Evidence by layer", styles["Heading2"])]
    for title, rows in rep.layers:
        story += [p(title, styles["Heading3"]),
                  table([["ok" if r["ok"] else "FAIL", r["probe"], r["target"], r["detail"],
                          _ms(r.get("ms"))] for r in rows],
                        [12 * mm, 30 * mm, 45 * mm, 68 * mm, 15 * mm], small)]
    story += [Spacer(1, 4 * mm), p("This computer's network", styles["Heading2"]),
              table([[k, v] for k, v in rep.network], [40 * mm, 130 * mm], small),
              Spacer(1, 4 * mm), p(f"Generated {_when(rep.generated_at)} by Offline Ready.", small)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=rep.subject(), author="Offline Ready",
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm)
    doc.build(story)
    return buf.getvalue()


RENDERERS = {"text": to_text, "html": to_html, "pdf": to_pdf}
