"""Regenerate the screenshots in docs/screenshots (run as root: it builds a network namespace).

    python tests/ui/make_screenshots.py [--out docs/screenshots]

A real X display (Xvfb) with the IceWM tray host, the app running the REAL engine inside
the suite's network lab (tests/netlab), and real faults made with nftables and the servers:
a DNS outage, running on backup DNS (switched through the notification's button), no internet,
a captive portal and a service answering 503 — each with its tray menu and outage window
(``tray-<state>.png``, ``outage-<state>.png``). Only the history is seeded: a day of measurements and two past incidents are written through the
engine's own HistoryStore, so the chart has something to show.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "desktop"))

from ui_samples import verdict  # noqa: E402
from ui_session import Display, SessionBus, app_env, control, in_lab, lab_config_text, start_app, wait_for  # noqa: E402

from netlab import Lab, can_run  # noqa: E402
from support import privns  # noqa: E402


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
        display = Display(work).start(with_tray=True, size="1280x800x24")
        bus = SessionBus(work).start()
        lab = Lab.start()
        home = work / "home"
        app = None
        try:
            (home / "config").mkdir(parents=True)
            policy = home / "policies" / "managed"
            policy.mkdir(parents=True)
            policy.joinpath("company.toml").write_text('[notifications]\nreminder_minutes = 60\n')
            seed_history(home)
            cfg = home / "lab.toml"
            cfg.write_text(lab_config_text(lab, services=[("Shop", "http://shop.test/"),
                                                          ("Order desk", "http://203.0.113.21/orders")],
                                           **{"backup_dns.builtin_profiles": [],
                                              "backup_dns.preferred_profile": "lab",
                                              "backup_dns.profiles": [{"id": "lab", "name": "Lab backup",
                                                                       "servers": ["203.0.113.54"]}]}))
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
            full = work / "root.png"
            display.screenshot(full)
            subprocess.run(["convert", str(full), "-gravity", "SouthEast", "-crop", "560x260+0+0", "+repage",
                            str(args.out / "tray-menu.png")], check=True)
            display.key("Escape")
            # 2. the outage window, opened by clicking the notification
            bus.click(note["id"])
            crop_window(display, "What to do now", args.out / "outage-window.png", full)
            # 3. status, 4. history, 5. settings with a locked setting
            control(home, "show status")
            crop_window(display, "Status — Offline Ready", args.out / "status-window.png", full)
            control(home, "show history")
            time.sleep(1.5)
            crop_window(display, "History — Offline Ready", args.out / "history-window.png", full)
            control(home, "show settings#notifications")  # per-state toggles, a reminder locked by policy (quiet hours would mute the shots)
            crop_window(display, "Settings — Offline Ready", args.out / "settings-window.png", full)
            # every outage state: its tray menu and its outage window
            shoot_state(display, home, "dns-outage", args.out, full)
            bus.click(note["id"], "use-backup-dns")  # the fix, from the notification's button
            try:
                app.wait_state(lambda s: s["situation"] == "on-backup-dns", 30, "on backup DNS")
            except TimeoutError:
                print(app.log_text()[-4000:], file=sys.stderr)
                raise
            if wait_for(lambda: display.windows_named("Keep backup DNS"), 10, what="the countdown"):
                time.sleep(0.5)
                display.key("Return")  # "Keep these settings" is the default
            shoot_state(display, home, "on-backup-dns", args.out, full)
            r = lab.exec(privns.in_system(work / "system", [sys.executable, "-m", "offline_ready", "dns", "restore"],
                                          resolv_conf=lab.resolv_conf),
                         env=lab.client_env({"OFFLINE_READY_HOME": str(home)}))
            try:
                app.wait_state(lambda s: s["situation"] == "dns-outage", 45, "back on the broken resolver")
            except TimeoutError:
                print(r.stdout, r.stderr, app.log_text()[-3000:], file=sys.stderr)
                raise
            control(home, "show-guide")  # the set-up guide, as a first start shows it
            crop_window(display, "Set up Offline Ready", args.out / "first-run-guide.png", full)
            display.key("Escape")
            for name, fault in (("no-internet", lab.upstream_down), ("captive-portal", lab.captive_portal),
                                ("service-down", lambda: lab.http_status(host="shop.test", status=503))):
                lab.reset()
                app.wait_state(lambda s: s["situation"] == "online", 60, "online")
                fault()
                app.wait_state(lambda s, name=name: s["situation"] == name, 120, name)
                time.sleep(1)
                shoot_state(display, home, name, args.out, full)
        finally:
            if app is not None:
                app.stop()
            lab.stop()
            bus.stop()
            display.stop()
    for p in sorted(args.out.glob("*.png")):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
