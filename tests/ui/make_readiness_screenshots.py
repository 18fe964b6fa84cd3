"""Screenshots of the readiness page, a drill, a report and the outage window's readiness section
(run as root: it builds the suite's network lab).

    python tests/ui/make_readiness_screenshots.py [--out docs/screenshots]

The app runs the REAL engine under Xvfb with IceWM, inside the network lab; the vault holds a
continuity plan and an ISP contact added through the CLI, the Shop's provider serves a
Statuspage summary from the lab's nginx, and the outage is real (the shop answers 503).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "readiness"))
sys.path.insert(0, str(ROOT / "desktop"))

from make_screenshots import crop_window, seed_history  # noqa: E402
from samples import sample  # noqa: E402
from ui_session import Display, SessionBus, app_env, control, in_lab, lab_config_text, start_app  # noqa: E402

from netlab import Lab, can_run  # noqa: E402


def seed_vault(lab: Lab, home: Path, cfg: Path) -> None:
    plan = home / "continuity-plan.txt"
    plan.write_text("1. Call the ISP hotline.\n2. Take orders by phone; prices from the offline price list.\n")
    prices = home / "price-list.csv"
    prices.write_text("item,price\nwidget,4.20\n")
    vcf = home / "contacts.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ISP hotline\r\nTEL;TYPE=CELL:+49 170 1234567\r\n"
                   "EMAIL:support@isp.example\r\nCATEGORIES:ISP\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg (IT)\r\nTEL;TYPE=WORK:sip:anna@pbx.example\r\n"
                   "CATEGORIES:IT helpdesk\r\nEND:VCARD\r\n")
    env = lab.client_env({"OFFLINE_READY_HOME": str(home)})
    for argv in (["docs", "add", str(plan), "--name", "Continuity plan"],
                 ["docs", "add", str(prices), "--name", "Price list"], ["docs", "sync"],
                 ["contacts", "import", str(vcf)]):
        lab.exec(["python3", "-m", "offline_ready", *argv, "--config", str(cfg)], env=env, timeout=60, check=True)
    # a drill done last week, through the terminal flow (answers piped in)
    lab.exec(["python3", "-m", "offline_ready", "drill", "--scenario", "dns-outage", "--config", str(cfg)],
             env=env, timeout=60, input="1\n1\n\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    ok, why = can_run()
    if not ok:
        print(f"cannot run: {why}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="or-shots-") as d:
        work = Path(d)
        display = Display(work).start(with_tray=True, size="1280x860x24")
        bus = SessionBus(work).start()
        lab = Lab.start()
        home = work / "home"
        app = None
        full = work / "root.png"
        try:
            (home / "config").mkdir(parents=True)
            seed_history(home)
            www = Path(lab.workdir) / "www" / "shop" / "api" / "v2"
            www.mkdir(parents=True)
            (www / "summary.json").write_bytes(sample("summary-major.json"))
            cfg = home / "lab.toml"
            cfg.write_text(lab_config_text(lab, services=[
                {"name": "Shop", "url": "http://shop.test/", "status_page": "http://status.check.test/shop",
                 "fallback": ["Price list"]},
                {"name": "Forum", "url": "http://forum.test/"}], **{"drill.interval_days": 30}))
            seed_vault(lab, home, cfg)
            app = start_app(home, app_env(display, bus, home), popen=in_lab(lab), config=cfg)
            app.wait_state(lambda s: s["state"] == "online", 60, "online")
            control(home, "show readiness")
            time.sleep(2.5)
            crop_window(display, "Readiness — Offline Ready", args.out / "readiness-page.png", full)
            control(home, "show readiness#drill")
            crop_window(display, "DRILL — What to do now", args.out / "drill-window.png", full)
            time.sleep(1)
            crop_window(display, "Outage drill — Your DNS resolver stops answering", args.out / "drill-dialog.png",
                        full)
            control(home, "show readiness#report")
            time.sleep(2)
            crop_window(display, "Report for your ISP or IT", args.out / "report-dialog.png", full)
            lab.http_status("shop.test", 503)
            control(home, "check-now")
            app.wait_state(lambda s: s.get("situation") == "service-down", 120, "the shop down")
            control(home, "show-outage")
            time.sleep(3)
            crop_window(display, "What to do now", args.out / "outage-readiness.png", full)
        finally:
            if app is not None:
                app.stop()
            lab.stop()
            bus.stop()
            display.stop()
    for name in ("readiness-page", "drill-window", "drill-dialog", "report-dialog", "outage-readiness"):
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
