"""End-to-end: status pages served by nginx in the lab's "internet", read by ``check``.

Real-shaped Statuspage JSON and feeds; a slow page (nginx limit_rate), a failing one (503), a
hostile feed, an oversized page, and a resolver outage during which the page is still read
through the fallback chain.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from samples import DATA, sample

pytestmark = pytest.mark.netns

STATUS = "status.check.test"
NO_PUBLIC_FALLBACKS = {"backup_dns.builtin_profiles": [], "backup_dns.use_doh": False}


def serve(lab, path: str, data: bytes) -> None:
    target = Path(lab.workdir) / "www" / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def run(lab, home: Path, services: list[dict], *args: str, **settings) -> tuple[int, str, str]:
    cfg = home / "lab.toml"
    cfg.write_text(lab.config_text(services=services, timeout=1.0, **{**NO_PUBLIC_FALLBACKS, **settings}))
    r = lab.exec(["python3", "-m", "offline_ready", "check", "--config", str(cfg), *args],
                 env=lab.client_env({"OFFLINE_READY_HOME": str(home)}), timeout=60)
    return r.returncode, r.stdout, r.stderr


SHOP = {"name": "Shop", "url": "http://shop.test/", "status_page": f"http://{STATUS}/shop"}
FORUM = {"name": "Forum", "url": "https://forum.test/", "status_feed": f"https://{STATUS}/forum/history.rss"}


def test_a_provider_incident_is_named_when_the_service_is_down(healthy_lab, tmp_path) -> None:
    serve(healthy_lab, "shop/api/v2/summary.json", sample("summary-major.json"))
    healthy_lab.http_status("shop.test", 503)
    code, out, err = run(healthy_lab, tmp_path, [SHOP, FORUM])
    assert code == 1, err
    assert "Status pages:\n  Shop's status page: major outage since " in out
    assert "— Elevated errors on checkout (and 1 more incident)" in out
    assert out.index("Status pages:") > out.index("Services:")  # the verdict comes first
    assert "Forum's status page" not in out  # Forum is up: its page is not asked


def test_all_operational_means_the_problem_is_between_you_and_them(healthy_lab, tmp_path) -> None:
    serve(healthy_lab, "shop/api/v2/summary.json", sample("summary-operational.json"))
    healthy_lab.http_status("shop.test", 503)
    code, out, _ = run(healthy_lab, tmp_path, [SHOP])
    assert code == 1
    assert "Shop's status page says all systems operational: the problem is between you and them" in out


def test_on_demand_json_reads_every_page_including_a_feed_over_https(healthy_lab, tmp_path) -> None:
    serve(healthy_lab, "shop/api/v2/summary.json", sample("summary-operational.json"))
    serve(healthy_lab, "forum/history.rss", sample("history.rss"))
    code, out, _ = run(healthy_lab, tmp_path, [SHOP, FORUM], "--json", "--status-pages")
    assert code == 0
    pages = {p["service"]: p for p in json.loads(out)["status_pages"]}
    assert pages["Shop"]["indicator"] == "none" and pages["Shop"]["error"] == ""
    assert [i["name"] for i in pages["Forum"]["incidents"]] == ["Posting fails with an error"]
    # the reading is cached: a second run within status_pages.cache_minutes does not fetch again
    code, out, _ = run(healthy_lab, tmp_path, [SHOP, FORUM], "--json", "--status-pages")
    assert all(p["cached"] for p in json.loads(out)["status_pages"])


def test_slow_broken_hostile_and_oversized_pages_fail_with_a_reason_and_never_hold_the_verdict(
        healthy_lab, tmp_path) -> None:
    big = json.loads(sample("summary-operational.json"))
    big["components"] = big["components"] * 2000  # ~1 MB
    serve(healthy_lab, "slow/api/v2/summary.json", sample("summary-major.json"))  # 100 bytes/s: ~30 s
    serve(healthy_lab, "hostile/history.rss", (DATA / "billion-laughs.xml").read_bytes())
    serve(healthy_lab, "big/api/v2/summary.json", json.dumps(big).encode())
    services = [{"name": "Slow", "url": "http://shop.test/", "status_page": f"http://{STATUS}/slow"},
                {"name": "Broken", "url": "http://forum.test/", "status_page": f"http://{STATUS}/broken"},
                {"name": "Hostile", "url": "http://shop.test/a", "status_feed": f"http://{STATUS}/hostile/history.rss"},
                {"name": "Big", "url": "http://shop.test/b", "status_page": f"http://{STATUS}/big"},
                {"name": "Gone", "url": "http://shop.test/c", "status_page": f"http://{STATUS}/missing"}]
    healthy_lab.http_status("shop.test", 503)
    healthy_lab.http_status("forum.test", 503)
    start = time.monotonic()
    code, out, err = run(healthy_lab, tmp_path, services, **{"status_pages.timeout": 1.5, "status_pages.max_kb": 256})
    wall = time.monotonic() - start
    assert code == 1, err
    lines = {ln.split("'s status page")[0].strip(): ln for ln in out.splitlines() if "'s status page" in ln}
    assert "could not be read: timeout" in lines["Slow"] or "no answer within" in lines["Slow"]
    assert "could not be read: HTTP 503" in lines["Broken"]
    assert "could not be read: refused: the feed declares" in lines["Hostile"] and "unsafe XML" in lines["Hostile"]
    assert "could not be read: larger than 256 KB, refused" in lines["Big"]
    assert "could not be read: HTTP 404" in lines["Gone"]
    assert wall < 12, f"check took {wall:.1f} s"


def test_during_a_resolver_outage_the_page_is_read_through_a_backup_resolver(healthy_lab, tmp_path) -> None:
    serve(healthy_lab, "shop/api/v2/summary.json", sample("summary-operational.json"))
    healthy_lab.resolver_drop()
    code, out, err = run(healthy_lab, tmp_path, [SHOP], "--status-pages")
    assert code == 2, err
    assert out.startswith("DNS OUTAGE")
    assert "Shop's status page says all systems operational" in out, out


def test_the_monitor_keeps_the_providers_word_for_the_incident_report(healthy_lab, tmp_path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
    from test_monitor_scenarios import MonitorProc

    serve(healthy_lab, "shop/api/v2/summary.json", sample("summary-major.json"))
    cfg = tmp_path / "lab.toml"
    cfg.write_text(healthy_lab.config_text(services=[SHOP], timeout=1.0, **NO_PUBLIC_FALLBACKS,
                                           **{"monitor.service_interval": 10, "monitor.full_interval": 30,
                                              "monitor.traffic_budget": 100_000}))
    mon = MonitorProc(healthy_lab, cfg, tmp_path)
    try:
        assert mon.next(20)[1]["state"] == "online"
        healthy_lab.http_status("shop.test", 503)
        end = time.monotonic() + 90
        rec = None
        while time.monotonic() < end:
            _t, rec = mon.next(max(0.1, end - time.monotonic()))
            if any(s["state"] == "down" for s in rec["services"]):
                break
        assert rec is not None and rec["incident_id"], rec
        iid = rec["incident_id"]

        def report():
            return healthy_lab.exec(["python3", "-m", "offline_ready", "history", "report", str(iid), "--config",
                                     str(cfg)], env=healthy_lab.client_env({"OFFLINE_READY_HOME": str(tmp_path)}),
                                    timeout=60)

        # the status page is read in the background: wait until the report has it, not a guessed time
        end = time.monotonic() + 60
        while "Provider status pages at the time" not in report().stdout and time.monotonic() < end:
            time.sleep(0.5)
    finally:
        mon.stop()
    r = report()
    assert r.returncode == 0, r.stderr
    assert "Provider status pages at the time" in r.stdout
    assert "Shop's status page: major outage since" in r.stdout and "Elevated errors on checkout" in r.stdout
