"""Regenerate the screenshots in docs/screenshots (run as root: it builds a network namespace).

    python tests/ui/make_screenshots.py [--out docs/screenshots] [--only outages|readiness]

A real X display (Xvfb) with the IceWM tray host, the app running the REAL engine inside
the suite's network lab (tests/netlab), and real faults made with nftables and the servers.
Two sets, each in its own display and lab:

* ``outages``: a DNS outage, running on backup DNS (switched through the notification's button),
  no internet, a captive portal and a service answering 503 — each with its tray menu and outage
  window (``tray-<state>.png``, ``outage-<state>.png``), plus the status, history, settings
  windows and the set-up guide;
* ``proxy``: the status window with the web only through a proxy, and with that proxy down;
* ``readiness``: the readiness page, a drill, a report and the outage window's readiness section;
  the vault holds a continuity plan and an ISP contact added through the CLI, the Shop's provider
  serves a Statuspage summary from the lab's nginx, and the outage is real (the shop answers 503).

Only the history is seeded: a day of measurements and two past incidents are written through the
engine's own HistoryStore, so the chart has something to show.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "readiness"))
sys.path.insert(0, str(ROOT / "desktop"))

from samples import sample  # noqa: E402
from ui_samples import verdict  # noqa: E402
from ui_session import Display, SessionBus, app_env, control, in_lab, lab_config_text, start_app, wait_for  # noqa: E402

from netlab import Lab, can_run  # noqa: E402
from support import privns  # noqa: E402
from support.lab_vault import import_contacts  # noqa: E402


def seed_history(home: Path) -> None:
    from offline_ready.history.store import HistoryStore

    store = HistoryStore(home / "data" / "history.sqlite3")
    now = datetime.now(UTC)
    rnd = random.Random(7)
    outages = [(now - timedelta(hours=17, minutes=20), 23, "dns-outage"),
               (now - timedelta(hours=6, minutes=5), 9, "no-internet")]
    t = now - timedelta(hours=24)
    while t < now - timedelta(minutes=2):
        evening = 17 <= t.astimezone().hour <= 22
        bad = any(s <= t < s + timedelta(minutes=m) for s, m, _ in outages)
        dns = rnd.gauss(38 if evening else 22, 6)
        tcp = rnd.gauss(31 if evening else 18, 4)
        loss = 1.0 if bad else (0.05 if rnd.random() < (0.06 if evening else 0.01) else 0.0)
        store.add_sample("full", "online", not bad, dns_ms=None if bad else max(4, dns),
                         tcp_ms=None if bad else max(3, tcp), http_ms=None if bad else max(10, tcp * 2.2),
                         loss=loss, ts=t.timestamp())
        t += timedelta(minutes=2)
    for start, minutes, state in outages:
        iid = store.open_incident(verdict(state if state != "no-internet" else "no-internet", start), start)
        store.close_incident(iid, start + timedelta(minutes=minutes))
    store.close()


def crop_window(display: Display, title: str, out: Path, full: Path) -> Path:
    try:
        wid = wait_for(lambda: display.windows_named(title), 15, what=f"window {title!r}")[0]
    except TimeoutError:
        names = [line.strip() for line in display.tree().splitlines() if "offline-ready" in line]
        raise TimeoutError(f"no window {title!r} among {names}") from None
    time.sleep(0.8)  # let it paint
    display.screenshot(full)
    geo = display.run(["xdotool", "getwindowgeometry", "--shell", wid])
    v = dict(line.split("=", 1) for line in geo.split() if "=" in line)
    x, y, w, h = int(v["X"]), int(v["Y"]), int(v["WIDTH"]), int(v["HEIGHT"])
    top = 24  # IceWM's title bar
    subprocess.run(["convert", str(full), "-crop", f"{w + 8}x{h + top + 8}+{max(0, x - 4)}+{max(0, y - top - 4)}",
                    "+repage", str(out)], check=True)
    return out


def shoot_state(display: Display, home: Path, name: str, out: Path, full: Path) -> None:
    """The tray menu and the outage window of the state the app is in now."""
    icon = wait_for(display.app_tray_icon, 10, what="the tray icon")
    display.click(icon["id"], button=3)
    time.sleep(1.0)
    display.screenshot(full)
    subprocess.run(["convert", str(full), "-gravity", "SouthEast", "-crop", "560x260+0+0", "+repage",
                    str(out / f"tray-{name}.png")], check=True)
    display.key("Escape")
    control(home, "show-outage")
    crop_window(display, "What to do now", out / f"outage-{name}.png", full)


@dataclass
class Session:
    """One shooting session: a display with a tray host, a session bus, the network lab and a home."""

    work: Path
    display: Display
    bus: SessionBus
    lab: Lab
    home: Path
    full: Path  # the whole screen, cropped from


@contextmanager
def session(size: str) -> Iterator[Session]:
    with tempfile.TemporaryDirectory(prefix="or-shots-") as d:
        work = Path(d)
        display = Display(work).start(with_tray=True, size=size)
        bus = SessionBus(work).start()
        lab = Lab.start()
        home = work / "home"
        (home / "config").mkdir(parents=True)
        seed_history(home)
        try:
            yield Session(work, display, bus, lab, home, work / "root.png")
        finally:
            lab.stop()
            bus.stop()
            display.stop()


def shoot_outages(sess: Session, out: Path) -> None:
    display, bus, lab, home, work, full = sess.display, sess.bus, sess.lab, sess.home, sess.work, sess.full
    app = None
    try:
        policy = home / "policies" / "managed"
        policy.mkdir(parents=True)
        policy.joinpath("company.toml").write_text('[notifications]\nreminder_minutes = 60\n')
        cfg = home / "lab.toml"
        cfg.write_text(lab_config_text(lab, services=[("Shop", "http://shop.test/"),
                                                      ("Order desk", "http://203.0.113.21/orders")],
                                       **{"backup_dns.builtin_profiles": [],
                                          "backup_dns.preferred_profile": "lab",
                                          "backup_dns.profiles": [{"id": "lab", "name": "Lab backup",
                                                                   "servers": ["203.0.113.54"]}]}))
        # the address book: the outage window's Call button offers the provider (DNS, no internet)
        # or the helpdesk (one service down), as Who to call ranks them
        vcf = home / "contacts.vcf"
        vcf.write_text(CONTACTS_VCF)
        import_contacts(lab, home, cfg, vcf)
        # the policy folder is a fixed system path: the sample policy is mounted over it privately
        lab_popen = in_lab(lab)
        app = start_app(home, app_env(display, bus, home), config=cfg, popen=lambda argv, env: lab_popen(
            # the overlay on /etc hides the lab's resolv.conf: it is mounted again on top
            privns.in_system(work / "system", argv, policies=home / "policies", resolv_conf=lab.resolv_conf), env))
        try:
            app.wait_state(lambda s: s["state"] == "online", 90, "online")
        except TimeoutError:
            print(app.log_text()[-3000:], file=sys.stderr)
            raise
        since = time.time()
        lab.resolver_drop()
        app.wait_state(lambda s: s["state"] == "dns-outage", 60, "the DNS outage")
        note = wait_for(lambda: bus.notifications(since=since), 15, what="the notification")[0]
        time.sleep(1)
        # 1. the tray icon with its menu open
        icon = wait_for(display.app_tray_icon, 10, what="the tray icon")
        display.click(icon["id"], button=3)
        time.sleep(1.0)
        display.screenshot(full)
        subprocess.run(["convert", str(full), "-gravity", "SouthEast", "-crop", "560x260+0+0", "+repage",
                        str(out / "tray-menu.png")], check=True)
        display.key("Escape")
        # 2. the outage window, opened by clicking the notification
        bus.click(note["id"])
        crop_window(display, "What to do now", out / "outage-window.png", full)
        # 3. status, 4. history, 5. settings with a locked setting
        control(home, "show status")
        crop_window(display, "Status — Offline Ready", out / "status-window.png", full)
        control(home, "show history")
        time.sleep(1.5)
        crop_window(display, "History — Offline Ready", out / "history-window.png", full)
        control(home, "show settings#notifications")  # per-state toggles, a reminder locked by policy (quiet hours would mute the shots)
        crop_window(display, "Settings — Offline Ready", out / "settings-window.png", full)
        # every outage state: its tray menu and its outage window
        shoot_state(display, home, "dns-outage", out, full)
        bus.click(note["id"], "use-backup-dns")  # the fix, from the notification's button
        try:
            app.wait_state(lambda s: s["situation"] == "on-backup-dns", 30, "on backup DNS")
        except TimeoutError:
            print(app.log_text()[-4000:], file=sys.stderr)
            raise
        if wait_for(lambda: display.windows_named("Keep backup DNS"), 10, what="the countdown"):
            time.sleep(0.5)
            display.key("Return")  # "Keep these settings" is the default
        shoot_state(display, home, "on-backup-dns", out, full)
        r = lab.exec(privns.in_system(work / "system", [sys.executable, "-m", "offline_ready", "dns", "restore"],
                                      resolv_conf=lab.resolv_conf),
                     env=lab.client_env({"OFFLINE_READY_HOME": str(home)}))
        try:
            app.wait_state(lambda s: s["situation"] == "dns-outage", 45, "back on the broken resolver")
        except TimeoutError:
            print(r.stdout, r.stderr, app.log_text()[-3000:], file=sys.stderr)
            raise
        control(home, "show-guide")  # the set-up guide, as a first start shows it
        crop_window(display, "Set up Offline Ready", out / "first-run-guide.png", full)
        display.key("Escape")
        for name, fault in (("no-internet", lab.upstream_down), ("captive-portal", lab.captive_portal),
                            ("service-down", lambda: lab.http_status(host="shop.test", status=503))):
            lab.reset()
            app.wait_state(lambda s: s["situation"] == "online", 60, "online")
            fault()
            app.wait_state(lambda s, name=name: s["situation"] == name, 120, name)
            time.sleep(1)
            shoot_state(display, home, name, out, full)
    finally:
        if app is not None:
            app.stop()


# the internet provider and the IT helpdesk, as a small office's address book exports them
CONTACTS_VCF = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ISP hotline\r\nTEL;TYPE=CELL:+49 170 1234567\r\n"
                "EMAIL:support@isp.example\r\nCATEGORIES:ISP\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg (IT)\r\nTEL;TYPE=WORK:sip:anna@pbx.example\r\n"
                "CATEGORIES:IT helpdesk\r\nEND:VCARD\r\n")


def seed_vault(lab: Lab, home: Path, cfg: Path) -> None:
    plan = home / "continuity-plan.txt"
    plan.write_text("1. Call the ISP hotline.\n2. Take orders by phone; prices from the offline price list.\n")
    prices = home / "price-list.csv"
    prices.write_text("item,price\nwidget,4.20\n")
    vcf = home / "contacts.vcf"
    vcf.write_text(CONTACTS_VCF)
    env = lab.client_env({"OFFLINE_READY_HOME": str(home)})
    for argv in (["docs", "add", str(plan), "--name", "Continuity plan"],
                 ["docs", "add", str(prices), "--name", "Price list"], ["docs", "sync"],
                 ["contacts", "import", str(vcf)]):
        lab.exec(["python3", "-m", "offline_ready", *argv, "--config", str(cfg)], env=env, timeout=60, check=True)
    # a drill done last week, through the terminal flow (answers piped in)
    lab.exec(["python3", "-m", "offline_ready", "drill", "--scenario", "dns-outage", "--config", str(cfg)],
             env=env, timeout=60, input="1\n1\n\n")


def shoot_readiness(sess: Session, out: Path) -> None:
    display, bus, lab, home, full = sess.display, sess.bus, sess.lab, sess.home, sess.full
    app = None
    try:
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
        crop_window(display, "Readiness — Offline Ready", out / "readiness-page.png", full)
        control(home, "show readiness#drill")
        crop_window(display, "DRILL — What to do now", out / "drill-window.png", full)
        time.sleep(1)
        crop_window(display, "Outage drill — Your DNS resolver stops answering", out / "drill-dialog.png",
                    full)
        control(home, "show readiness#report")
        time.sleep(2)
        crop_window(display, "Report for your ISP or IT", out / "report-dialog.png", full)
        lab.http_status("shop.test", 503)
        control(home, "check-now")
        app.wait_state(lambda s: s.get("situation") == "service-down", 120, "the shop down")
        control(home, "show-outage")
        time.sleep(3)
        crop_window(display, "What to do now", out / "outage-readiness.png", full)
    finally:
        if app is not None:
            app.stop()


def shoot_proxy(sess: Session, out: Path) -> None:
    """The status window on a company network: the web only through a real proxy (tinyproxy), then
    the proxy stopped."""
    from netlab.corpnet import CorporateNetwork

    display, lab, home, full = sess.display, sess.lab, sess.home, sess.full
    corp = CorporateNetwork(lab, sess.work / "corp").start()
    app = None
    try:
        cfg = home / "lab.toml"
        cfg.write_text(lab_config_text(lab, **{"proxy.mode": "manual", "proxy.url": corp.proxy_url}))
        app = start_app(home, app_env(display, sess.bus, home), config=cfg, popen=in_lab(lab))
        app.wait_state(lambda s: s["state"] == "online", 90, "online through the proxy")
        control(home, "show status")
        app.wait_state(lambda s: any(r["key"] == "proxy" for r in s["layers"]), 20, "the proxy row")
        crop_window(display, "Status — Offline Ready", out / "status-proxy.png", full)
        corp.proxy_down()
        control(home, "check-now")
        app.wait_state(lambda s: s["state"] == "no-internet", 90, "the proxy down")
        time.sleep(1.0)
        crop_window(display, "Status — Offline Ready", out / "status-proxy-down.png", full)
    finally:
        if app is not None:
            app.stop()
        corp.stop()


SETS = {"outages": (shoot_outages, "1280x800x24"), "readiness": (shoot_readiness, "1280x860x24"),
        "proxy": (shoot_proxy, "1280x800x24")}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--only", choices=sorted(SETS), help="one set of screenshots (default: all)")
    args = ap.parse_args()
    ok, why = can_run()
    if not ok:
        print(f"cannot run: {why}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (shoot, size) in SETS.items():
        if args.only in (None, name):
            with session(size) as sess:
                shoot(sess, args.out)
    for p in sorted(args.out.glob("*.png")):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
