"""Who to call, with the REAL engine in the network lab on a real display (Xvfb, IceWM tray host):
when the internet is gone, the internet provider from the vault's contacts is on top of "Who to
call" (not the helpdesk that led while online), its number written as people write it here,
with a tel: link; and the taskbar icon never keeps the tick during the outage."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ui_session import app_env, control, in_lab, lab_config_text, start_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))

import vault_samples as V

pytestmark = [pytest.mark.display, pytest.mark.netns, pytest.mark.timeout(300)]


@pytest.fixture
def contacts_app(healthy_lab, display, session_bus, app_home: Path, tmp_path: Path):
    cfg = tmp_path / "lab.toml"
    cfg.write_text(lab_config_text(healthy_lab))
    (tmp_path / "isp.vcf").write_bytes(V.VCARD_40 + V.VCARD_30_APPLE)  # Ann Lee of "ISP Inc", Bob Ng
    (tmp_path / "help.csv").write_text(V.GOOGLE_CSV, encoding="utf-8")  # Carla Díaz, "IT helpdesk"
    env = healthy_lab.client_env({"OFFLINE_READY_HOME": str(app_home), "PYTHON_KEYRING_BACKEND":
                                  "keyring.backends.fail.Keyring"})
    for f in ("isp.vcf", "help.csv"):
        r = healthy_lab.exec(["python3", "-m", "offline_ready", "contacts", "import", str(tmp_path / f),
                              "--config", str(cfg)], env=env)
        assert r.returncode == 0, r.stdout + r.stderr
    app = start_app(app_home, app_env(display, session_bus, app_home, LC_ALL="en_US.UTF-8"),
                    popen=in_lab(healthy_lab), config=cfg)
    try:
        app.wait_state(lambda s: s["state"] == "online" and "contacts" in s["pages"], 40, "online, pages ready")
        yield app
    finally:
        app.stop()


def _contacts(s: dict) -> dict:
    return s["views"].get("contacts") or {"rows": [], "details": ""}


def test_no_internet_puts_the_provider_on_top_with_a_tel_link(healthy_lab, contacts_app, app_home) -> None:
    # open while online: the helpdesk leads (one service down would be theirs to fix)
    control(app_home, "show contacts")
    st = contacts_app.wait_state(lambda s: len(_contacts(s)["rows"]) == 4, 20, "Who to call, loaded")
    assert _contacts(st)["rows"][0][0] == "Carla Díaz", _contacts(st)["rows"]
    assert st["views"]["taskbar_icon"] == "online"

    healthy_lab.upstream_down()
    contacts_app.wait_state(lambda s: s["situation"] == "no-internet", 40, "no internet, confirmed")
    control(app_home, "show-outage")
    st = contacts_app.wait_state(lambda s: s["windows"]["outage"] and "Who to call" in s["views"].get(
        "outage", {}).get("actions", []), 10, "the outage window offering Who to call")
    assert st["views"]["taskbar_icon"] == "outage"  # never the tick while the internet is gone
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
