"""Who to call, with the REAL engine in the network lab on a real display (Xvfb, IceWM tray host):
when the internet is gone, the internet provider from the vault's contacts is on top of "Who to
call" (not the helpdesk that led while online), its number written as people write it here,
with a tel: link; and the taskbar icon never keeps the tick during the outage."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ui_session import app_env, control, dominant_colour, in_lab, lab_config_text, start_app, wait_for

from support.lab_vault import add_plan, import_contacts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))

import vault_samples as V

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]


@pytest.fixture
def contacts_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab, **{"ui.helpdesk_name": "IT helpdesk",
                                                   "ui.helpdesk_phone": "+44 20 7946 0000"}))
    (tmp_path / "isp.vcf").write_bytes(V.VCARD_40 + V.VCARD_30_APPLE)  # Ann Lee of "ISP Inc", Bob Ng
    (tmp_path / "help.csv").write_text(V.GOOGLE_CSV, encoding="utf-8")  # Carla Díaz, "IT helpdesk"
    import_contacts(healthy_lab, app_home, cfg, tmp_path / "isp.vcf", tmp_path / "help.csv")
    app = start_app(app_home, app_env(display, session_bus, app_home, LC_ALL="en_US.UTF-8"),
                    popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and "contacts" in s["pages"], 40, "online, pages ready")
        yield app
    finally:
        app.stop()


def _contacts(s: dict) -> dict:
    return s["views"].get("contacts") or {"rows": [], "details": ""}


def _taskbar_icons(display, *titles: str) -> dict[str, tuple[str, int]]:
    """Per window title: the dominant colour of the icon the X server holds for the taskbar
    (_NET_WM_ICON, the pixels the desktop draws) and how many of its pixels are green (a tick)."""
    out = {}
    for title in titles:
        [window] = wait_for(lambda t=title: display.windows_named(t), 10, what=f"the window {title!r} mapped")
        pixels = display.window_icon(window)
        assert len(pixels) >= 64, (title, len(pixels))
        green = sum(1 for r, g, b in pixels if g > 120 and g > r + 40 and g > b + 40)
        out[title] = (dominant_colour(pixels), green)
    return out


def test_no_internet_puts_the_provider_on_top_with_a_tel_link(healthy_lab, display, contacts_app, app_home) -> None:
    # open while online: the helpdesk leads (one service down would be theirs to fix)
    control(app_home, "show contacts")
    st = contacts_app.wait_state(lambda s: len(_contacts(s)["rows"]) == 4, 20, "Who to call, loaded")
    assert _contacts(st)["rows"][0][0] == "Carla Díaz", _contacts(st)["rows"]
    assert st["views"]["taskbar_icon"] == "online"
    online = _taskbar_icons(display, "Contacts")["Contacts"]
    assert online[1] > 0, online  # online, the app's icon with its tick: what the outage must not show

    healthy_lab.upstream_down()
    contacts_app.wait_state(lambda s: s["situation"] == "no-internet", 40, "no internet, confirmed")
    control(app_home, "show-outage")
    st = contacts_app.wait_state(lambda s: s["windows"]["outage"] and "Who to call" in s["views"].get(
        "outage", {}).get("actions", []), 10, "the outage window offering Who to call")
    # its Call button is the provider too, as Who to call writes the number; the helpdesk IT set is
    # only the fallback when the vault has nobody for this kind of outage
    st = contacts_app.wait_state(lambda s: "Call Ann Lee: (202) 555-0143" in s["views"]["outage"]["actions"], 10,
                                 "the Call button offering the provider")
    assert not any("IT helpdesk" in a for a in st["views"]["outage"]["actions"]), st["views"]["outage"]
    assert st["views"]["taskbar_icon"] == "outage"  # never the tick while the internet is gone
    # ... in the pixels the desktop shows: red, not one green (tick) pixel, in the taskbar entry
    # of the main window and of the outage window
    icons = wait_for(lambda: (lambda i: i if all(c == ("red", 0) for c in i.values()) else None)(
        _taskbar_icons(display, "Contacts", "What to do now")), 10, what="red taskbar icons with no tick")
    assert icons == {"Contacts": ("red", 0), "What to do now": ("red", 0)}, icons
    # the page the user already had open follows the outage: the provider on top, selected
    control(app_home, "show contacts")
    st = contacts_app.wait_state(lambda s: _contacts(s)["rows"][:1] == [["Ann Lee", "(202) 555-0143"]]
                                 and "tel:" in _contacts(s)["details"], 15, "the provider on top")
    details = _contacts(st)["details"]
    assert 'href="tel:+12025550143"' in details and "(202) 555-0143" in details, details
    assert "+12025550143<" not in details  # the link dials E.164; the text is for people
    assert st["windows"]["main"]

    healthy_lab.reset()
    contacts_app.wait_state(lambda s: s["situation"] == "online" and s["views"]["taskbar_icon"] == "online"
                            and _contacts(s)["rows"][:1] and _contacts(s)["rows"][0][0] == "Carla Díaz", 40,
                            "back online: the icon and the call order follow")


def test_a_plan_no_program_can_open_says_why_and_offers_show_in_folder(healthy_lab, display, contacts_app,
                                                                       app_home: Path, tmp_path: Path) -> None:
    """A DNS outage, the continuity plan opened from the Documents page with a real click, and no
    program on this desktop to open it (no xdg-open, no viewer in the test session)."""
    cfg = tmp_path / "lab.toml"
    add_plan(healthy_lab, app_home, cfg, tmp_path)
    healthy_lab.resolver_drop()
    contacts_app.wait_state(lambda s: s["situation"] == "dns-outage", 40, "the confirmed DNS outage")
    control(app_home, "show documents")
    st = contacts_app.wait_state(lambda s: (s["views"].get("documents") or {}).get("selected") == "continuity-plan"
                                 and s["views"]["documents"]["open"][0], 20, "the plan selected, Open enabled")
    seen: list = []

    def placed(s: dict) -> bool:  # the window mapped and placed by the window manager: the button stays put
        seen.append(s["views"]["documents"]["open"])
        return s["windows"]["main"] and len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    st = contacts_app.wait_state(placed, 10, "the Documents page placed on screen")
    _, x, y = st["views"]["documents"]["open"]
    display.run(["xdotool", "mousemove", str(x), str(y), "click", "1"])
    st = contacts_app.wait_state(lambda s: any(d["name"] == "open-failed" for d in s["views"]["dialogs"]), 15,
                                 "the reason the plan did not open")
    [box] = [d for d in st["views"]["dialogs"] if d["name"] == "open-failed"]
    assert "No program on this computer opens TXT files" in box["text"] and "continuity-plan" in box["text"], box
    assert "Show in &folder" in box["buttons"]
    # the box is the active window: Alt+F is its "Show in folder"; no file manager here either
    wait_for(lambda: "IsViewable" in display.run(["xwininfo", "-id", box["window"]]), 10, what="the box mapped")
    display.run(["xdotool", "windowactivate", "--sync", box["window"]])
    display.key("alt+f")
    contacts_app.wait_state(lambda s: any("the path is on the clipboard" in d["text"] for d in s["views"]["dialogs"]),
                            15, "what happened to Show in folder, said in the box")
