"""Regenerate the SVG icons in this folder: ``python resources/icons/generate.py``.

Tray state icons differ by SHAPE as well as colour (colour-blind users): a circle with a
tick (online), a triangle with "!" (degraded), a diamond with a dash (a service down), an
octagon with a cross (outage), a square with a sign-in arrow (captive portal), a hollow
dashed ring with "?" (unknown) or three dots (checking). Each comes in two variants:
``-on-light`` for light panels (dark outline) and ``-on-dark`` for dark panels (light
outline). The monochrome UI icons come in the same two variants.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
WHITE = "#ffffff"
INK = "#1d1d1d"

# name: (shape, fill, glyph, glyph colour)
STATES = {
    "online": ("circle", "#2e8b47", "tick", WHITE),
    "degraded": ("triangle", "#f2b01e", "bang", INK),
    "service-down": ("diamond", "#f08a24", "dash", INK),
    "outage": ("octagon", "#d0312d", "cross", WHITE),
    "portal": ("square", "#2f6fd6", "signin", WHITE),
    "unknown": ("ring", "none", "question", None),
    "checking": ("ring", "none", "dots", None),
}

SHAPES = {
    "circle": '<circle cx="16" cy="16" r="13.6"/>',
    "triangle": '<path d="M16 2.6 L30 28.2 H2 Z" stroke-linejoin="round"/>',
    "diamond": '<path d="M16 1.6 L30.4 16 L16 30.4 L1.6 16 Z" stroke-linejoin="round"/>',
    "octagon": '<path d="M10.2 2 H21.8 L30 10.2 V21.8 L21.8 30 H10.2 L2 21.8 V10.2 Z" stroke-linejoin="round"/>',
    "square": '<rect x="2.6" y="2.6" width="26.8" height="26.8" rx="3.2"/>',
    "ring": '<circle cx="16" cy="16" r="12.8" stroke-dasharray="5.2 2.6"/>',
}

GLYPHS = {
    "tick": '<path d="M9 16.6 L13.8 21.2 L23.2 11.2" fill="none" stroke="{c}" stroke-width="3.4" '
            'stroke-linecap="round" stroke-linejoin="round"/>',
    "bang": '<path d="M16 11.2 V19.4" stroke="{c}" stroke-width="3.4" stroke-linecap="round"/>'
            '<circle cx="16" cy="24.2" r="2" fill="{c}"/>',
    "dash": '<path d="M9.6 16 H22.4" stroke="{c}" stroke-width="3.6" stroke-linecap="round"/>',
    "cross": '<path d="M11 11 L21 21 M21 11 L11 21" stroke="{c}" stroke-width="3.6" stroke-linecap="round"/>',
    "signin": '<path d="M7.4 16 H17.6 M13.6 11.6 L18 16 L13.6 20.4" fill="none" stroke="{c}" stroke-width="3" '
              'stroke-linecap="round" stroke-linejoin="round"/>'
              '<path d="M20.4 8.8 H24.2 V23.2 H20.4" fill="none" stroke="{c}" stroke-width="3" '
              'stroke-linecap="round" stroke-linejoin="round"/>',
    "question": '<path d="M12 12.6 A4.2 4.2 0 1 1 18.4 16.1 C16.9 17 16 17.7 16 19.4" fill="none" stroke="{c}" '
                'stroke-width="3" stroke-linecap="round"/><circle cx="16" cy="23.8" r="1.9" fill="{c}"/>',
    "dots": '<circle cx="10" cy="16" r="2.2" fill="{c}"/><circle cx="16" cy="16" r="2.2" fill="{c}"/>'
            '<circle cx="22" cy="16" r="2.2" fill="{c}"/>',
}

# Outline per panel: a dark rim on light panels, a light rim on dark panels, so every
# shape keeps its silhouette whatever the panel colour.
PANELS = {"on-light": {"rim": "#1d1d1d", "ring": "#3c3f44"}, "on-dark": {"rim": "#f4f4f4", "ring": "#e6e6e6"}}


def state_svg(shape: str, fill: str, glyph: str, glyph_colour: str | None, panel: str) -> str:
    p = PANELS[panel]
    if shape == "ring":
        body = (f'<g fill="{"#ffffff" if panel == "on-light" else "#000000"}" fill-opacity="0.35" '
                f'stroke="{p["ring"]}" stroke-width="2.6">{SHAPES[shape]}</g>')
        colour = p["ring"]
    else:
        body = f'<g fill="{fill}" stroke="{p["rim"]}" stroke-width="1.2" stroke-opacity="0.85">{SHAPES[shape]}</g>'
        colour = glyph_colour or WHITE
    return _svg(body + GLYPHS[glyph].format(c=colour))


# Monochrome UI icons, drawn with stroke "{c}" on a 32×32 grid.
UI = {
    "status": '<path d="M3 17 H9 L12.5 8 L17.5 25 L21 14 L23 17 H29" fill="none" stroke="{c}" stroke-width="2.4" '
              'stroke-linecap="round" stroke-linejoin="round"/>',
    "history": '<circle cx="16" cy="16" r="12" fill="none" stroke="{c}" stroke-width="2.4"/>'
               '<path d="M16 9 V16 L21 19" fill="none" stroke="{c}" stroke-width="2.4" stroke-linecap="round" '
               'stroke-linejoin="round"/>',
    "settings": '<path d="M5 9 H27 M5 16 H27 M5 23 H27" stroke="{c}" stroke-width="2.2" stroke-linecap="round"/>'
                '<circle cx="11" cy="9" r="3" fill="{b}" stroke="{c}" stroke-width="2.2"/>'
                '<circle cx="21" cy="16" r="3" fill="{b}" stroke="{c}" stroke-width="2.2"/>'
                '<circle cx="14" cy="23" r="3" fill="{b}" stroke="{c}" stroke-width="2.2"/>',
    "documents": '<path d="M8 3.5 H19 L25 9.5 V28.5 H8 Z M19 3.5 V9.5 H25" fill="none" stroke="{c}" stroke-width="2.2" '
                 'stroke-linejoin="round"/><path d="M12 15 H21 M12 19.5 H21 M12 24 H18" stroke="{c}" '
                 'stroke-width="2" stroke-linecap="round"/>',
    "contacts": '<rect x="4" y="6" width="24" height="20" rx="3" fill="none" stroke="{c}" stroke-width="2.2"/>'
                '<circle cx="12.5" cy="14" r="3.2" fill="none" stroke="{c}" stroke-width="2"/>'
                '<path d="M7.5 22.5 C8.5 18.8 16.5 18.8 17.5 22.5" fill="none" stroke="{c}" stroke-width="2"/>'
                '<path d="M20 13 H24.5 M20 17.5 H24.5" stroke="{c}" stroke-width="2" stroke-linecap="round"/>',
    "backup_dns": '<rect x="5" y="5" width="22" height="9" rx="2" fill="none" stroke="{c}" stroke-width="2.2"/>'
                  '<rect x="5" y="18" width="22" height="9" rx="2" fill="none" stroke="{c}" stroke-width="2.2"/>'
                  '<circle cx="10" cy="9.5" r="1.5" fill="{c}"/><circle cx="10" cy="22.5" r="1.5" fill="{c}"/>'
                  '<path d="M15 9.5 H22 M15 22.5 H22" stroke="{c}" stroke-width="2" stroke-linecap="round"/>',
    "check-now": '<path d="M25.5 16 A9.5 9.5 0 1 1 22.7 9.3" fill="none" stroke="{c}" stroke-width="2.6" '
                 'stroke-linecap="round"/><path d="M23.8 3.8 V10.4 H17.2" fill="none" stroke="{c}" '
                 'stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>',
    "lock": '<rect x="7" y="14" width="18" height="14" rx="2.5" fill="none" stroke="{c}" stroke-width="2.4"/>'
            '<path d="M11 14 V10 A5 5 0 0 1 21 10 V14" fill="none" stroke="{c}" stroke-width="2.4"/>'
            '<circle cx="16" cy="21" r="2" fill="{c}"/>',
    "pause": '<path d="M16 4.5 C11 4.5 9 8.5 9 13 V19 L6 23.5 H26 L23 19 V13 C23 8.5 21 4.5 16 4.5 Z" fill="none" '
             'stroke="{c}" stroke-width="2.2" stroke-linejoin="round"/><path d="M13 27 A3.2 3.2 0 0 0 19 27" '
             'fill="none" stroke="{c}" stroke-width="2.2"/><path d="M4 4 L28 28" stroke="{c}" stroke-width="2.4" '
             'stroke-linecap="round"/>',
    "quit": '<path d="M16 4 V15" stroke="{c}" stroke-width="2.6" stroke-linecap="round"/>'
            '<path d="M9.5 8.5 A10.5 10.5 0 1 0 22.5 8.5" fill="none" stroke="{c}" stroke-width="2.6" '
            'stroke-linecap="round"/>',
    "outage": '<path d="M16 4 L29 27 H3 Z" fill="none" stroke="{c}" stroke-width="2.4" stroke-linejoin="round"/>'
              '<path d="M16 12 V19" stroke="{c}" stroke-width="2.6" stroke-linecap="round"/>'
              '<circle cx="16" cy="23.2" r="1.7" fill="{c}"/>',
    "open": '<rect x="4" y="6" width="24" height="20" rx="2.5" fill="none" stroke="{c}" stroke-width="2.2"/>'
            '<path d="M4 11.5 H28" stroke="{c}" stroke-width="2.2"/>',
    "export": '<path d="M16 4 V19 M10 13.5 L16 19.5 L22 13.5" fill="none" stroke="{c}" stroke-width="2.4" '
              'stroke-linecap="round" stroke-linejoin="round"/><path d="M5 20 V27 H27 V20" fill="none" '
              'stroke="{c}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>',
    "readiness": '<rect x="6" y="5" width="20" height="24" rx="2.5" fill="none" stroke="{c}" stroke-width="2.2"/>'
                 '<path d="M12 3.5 H20 V7.5 H12 Z" fill="{b}" stroke="{c}" stroke-width="2" stroke-linejoin="round"/>'
                 '<path d="M10 14 L12 16 L15 12.5 M10 21.5 L12 23.5 L15 20" fill="none" stroke="{c}" '
                 'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>'
                 '<path d="M18 14.5 H22.5 M18 22 H22.5" stroke="{c}" stroke-width="2" stroke-linecap="round"/>',
    "report": '<path d="M8 3.5 H19 L25 9.5 V28.5 H8 Z M19 3.5 V9.5 H25" fill="none" stroke="{c}" stroke-width="2.2" '
              'stroke-linejoin="round"/><path d="M12 24 V19 M16 24 V14 M20 24 V17" stroke="{c}" stroke-width="2.4" '
              'stroke-linecap="round"/>',
}
UI_COLOURS = {"on-light": ("#2b2d31", "#ffffff"), "on-dark": ("#ececec", "#2b2d31")}

# The application icon (menus, .desktop file, About): a shield holding a tick, in full colour.
APP_ICON = """<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#3aa35a"/><stop offset="1" stop-color="#23753b"/></linearGradient></defs>
  <path d="M64 8 L112 26 V60 C112 90 92 110 64 121 C36 110 16 90 16 60 V26 Z" fill="url(#g)"
        stroke="#17522a" stroke-width="4" stroke-linejoin="round"/>
  <path d="M40 64 L57 80 L89 46" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round"
        stroke-linejoin="round"/>
</svg>
"""


def _svg(body: str) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">'
            f"{body}</svg>\n")


def main() -> None:
    for panel in PANELS:
        for name, (shape, fill, glyph, colour) in STATES.items():
            (HERE / f"tray-{name}-{panel}.svg").write_text(state_svg(shape, fill, glyph, colour, panel), "utf-8")
        ink, back = UI_COLOURS[panel]
        for name, body in UI.items():
            (HERE / f"{name}-{panel}.svg").write_text(_svg(body.format(c=ink, b=back)), "utf-8")
    (HERE / "offline-ready.svg").write_text(APP_ICON, "utf-8")


if __name__ == "__main__":
    main()
