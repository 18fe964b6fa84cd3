"""The network lab itself: every fault really does what it says, seen from inside the client
namespace with real client libraries, and ``reset()`` brings the healthy lab back.

One lab for the session (the ``lab`` fixture); each test starts from ``healthy_lab``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from netlab import CHECK_IP, FORUM_IP, ISP_RESOLVER, PORTAL_IP, PUBLIC_RESOLVERS, RESOLVERS, SHOP_IP, Lab, LabError
from netlab.lab import BASE_DIR, ETC_NETNS, delay_supported
from support.require import require

pytestmark = pytest.mark.netns

GATEWAY = "198.51.100.1"


def dns(name: str, server: str = ISP_RESOLVER, **kw) -> dict:
    return {"dns": name, "server": server, **kw}


def ok_answer(result: dict, ip: str) -> bool:
    return result.get("rcode") == "NOERROR" and result.get("answers") == [ip]


def assert_healthy(lab: Lab) -> None:
    """The healthy lab, as the client sees it (one probe run)."""
    r = lab.probe(
        dns("shop.test"), dns("forum.test", PUBLIC_RESOLVERS[0]), dns("check.test", PUBLIC_RESOLVERS[1]),
        {"http": "http://check.test/generate_204"}, {"tcp": f"{SHOP_IP}:443"},
    )
    assert ok_answer(r[0], SHOP_IP) and ok_answer(r[1], FORUM_IP) and ok_answer(r[2], CHECK_IP), r
    assert r[3]["status"] == 204 and r[4]["result"] == "open", r


# ------------------------------------------------------------------------------------ topology


def test_topology_is_sealed(lab: Lab) -> None:
    def ip(ns: str, *args: str) -> str:
        return subprocess.run(["ip", "-n", ns, *args], capture_output=True, text=True, check=True).stdout

    routes = sorted(line.split(" proto")[0].strip() for line in ip(lab.client_ns, "-4", "route").splitlines())
    assert routes == ["198.51.100.0/24 dev eth0", "default via 198.51.100.1 dev eth0"]
    assert ip(lab.client_ns, "-6", "route").strip() == ""
    addrs = {line.split()[3] for line in ip(lab.client_ns, "-o", "addr").splitlines()}
    assert addrs == {"127.0.0.1/8", "198.51.100.2/24"}
    for ns in (lab.router_ns, lab.net_ns):
        assert "default" not in ip(ns, "route"), f"{ns} must have no way out of the lab"
    # the lab's veth ends never appear on the host
    host_links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
    assert not any(f" {name}@" in host_links or f" {name}:" in host_links for name in ("lan0", "wan0"))
    # every server runs inside "the internet" namespace
    in_net = set(map(int, subprocess.run(["ip", "netns", "pids", lab.net_ns], capture_output=True,
                                         text=True).stdout.split()))
    daemons = {d.name: d.pid for d in lab._daemons.values()}
    assert set(daemons.values()) <= in_net, daemons
    assert lab.exec(["cat", "/etc/resolv.conf"]).stdout == f"nameserver {ISP_RESOLVER}\n"


def test_healthy_lab_serves_everything(healthy_lab: Lab) -> None:
    probes = [dns(n, s) for s in RESOLVERS for n in ("shop.test", "www.shop.test", "forum.test", "check.test")]
    probes += [dns("nx-netlab-1.check.test", s) for s in RESOLVERS]
    probes += [
        dns("shop.test", PUBLIC_RESOLVERS[0], tcp=True),
        {"system": "www.shop.test"},
        {"http": "http://check.test/generate_204"},
        {"http": "http://check.test/ok.txt"},
        {"http": "http://shop.test/"},
        {"http": "https://shop.test/"},
        {"http": "https://forum.test/"},
        {"tcp": f"{CHECK_IP}:80"}, {"tcp": f"{SHOP_IP}:443"}, {"tcp": f"{FORUM_IP}:80"},
        {"tcp": f"{GATEWAY}:80"},
        {"ping": GATEWAY},
    ]
    r = healthy_lab.probe(*probes)
    want = {"shop.test": SHOP_IP, "www.shop.test": SHOP_IP, "forum.test": FORUM_IP, "check.test": CHECK_IP}
    for p, res in zip(probes[:12], r[:12], strict=True):
        assert ok_answer(res, want[p["dns"]]), (p, res)
    assert all(res["rcode"] == "NXDOMAIN" for res in r[12:15]), r[12:15]
    tcp_dns, system, g204, ok_txt, shop, shop_tls, forum_tls, *tcps, gw, ping = r[15:]
    assert ok_answer(tcp_dns, SHOP_IP), tcp_dns
    assert system["addresses"] == [SHOP_IP], system
    assert g204["status"] == 204 and g204["body"] == "", g204
    assert (ok_txt["status"], ok_txt["body"]) == (200, "OK"), ok_txt
    assert shop["status"] == 200 and "Shop" in shop["body"], shop
    assert shop_tls["status"] == 200 and forum_tls["status"] == 200, (shop_tls, forum_tls)  # lab CA verified
    assert [t["result"] for t in tcps] == ["open"] * 3, tcps
    assert gw["result"] == "refused" and gw["ms"] < 500, "the gateway answers closed ports with RST"
    assert ping["reply"], ping


# ------------------------------------------------------------------------------------ faults


def test_link_down_leaves_no_route(healthy_lab: Lab) -> None:
    healthy_lab.link_down()
    healthy_lab.link_down()  # idempotent
    assert healthy_lab.exec(["ip", "-4", "route"]).stdout.strip() == ""
    r = healthy_lab.probe(dns("shop.test"), {"tcp": f"{GATEWAY}:80"}, {"http": "http://check.test/generate_204"})
    assert r[0]["error"] == "ENETUNREACH" and r[0]["ms"] < 500, r[0]
    assert r[1]["result"] == "unreachable", r[1]
    assert r[2]["error"] == "ConnectionError", r[2]
    healthy_lab.link_up()
    assert_healthy(healthy_lab)


def test_upstream_down_keeps_the_lan(healthy_lab: Lab) -> None:
    healthy_lab.upstream_down()
    r = healthy_lab.probe(dns("shop.test", timeout=0.5), {"tcp": f"{CHECK_IP}:80", "timeout": 0.5},
                          {"tcp": f"{GATEWAY}:80"}, {"ping": GATEWAY})
    assert r[0]["error"] == "timeout" and r[1]["result"] == "timeout", r
    assert r[2]["result"] == "refused" and r[3]["reply"], "the gateway still answers"
    healthy_lab.upstream_down(on=False)
    assert_healthy(healthy_lab)


def test_resolver_drop_is_silent_and_alone(healthy_lab: Lab) -> None:
    healthy_lab.resolver_drop(ip=ISP_RESOLVER)
    r = healthy_lab.probe(dns("shop.test", timeout=0.5), dns("shop.test", tcp=True, timeout=0.5),
                          dns("shop.test", PUBLIC_RESOLVERS[0]), dns("shop.test", PUBLIC_RESOLVERS[1]),
                          {"tcp": f"{CHECK_IP}:80"})
    assert r[0]["error"] == "timeout" and r[1]["error"] == "timeout", r[:2]
    assert ok_answer(r[2], SHOP_IP) and ok_answer(r[3], SHOP_IP) and r[4]["result"] == "open", r
    healthy_lab.resolver_drop(ip=ISP_RESOLVER, on=False)
    assert_healthy(healthy_lab)


def test_resolver_servfail(healthy_lab: Lab) -> None:
    healthy_lab.resolver_servfail(ip=ISP_RESOLVER)
    r = healthy_lab.probe(dns("shop.test"), dns("check.test"), dns("nx-netlab-2.check.test"),
                          dns("shop.test", PUBLIC_RESOLVERS[0]))
    assert [x["rcode"] for x in r[:3]] == ["SERVFAIL"] * 3, r
    assert all(x["ms"] < 500 for x in r[:3]), "SERVFAIL comes at once"
    assert ok_answer(r[3], SHOP_IP), r[3]
    healthy_lab.resolver_servfail(ip=ISP_RESOLVER, on=False)
    assert_healthy(healthy_lab)


def test_auth_down_fails_the_zone_on_every_resolver(healthy_lab: Lab) -> None:
    lab = healthy_lab
    assert ok_answer(lab.probe(dns("shop.test", PUBLIC_RESOLVERS[0]))[0], SHOP_IP)  # now cached there
    lab.auth_down(zone="shop.test")
    cached = lab.probe(dns("shop.test", PUBLIC_RESOLVERS[0]))[0]
    assert ok_answer(cached, SHOP_IP), "a cached answer lives on until its TTL (5 s) runs out"
    lab.flush_caches()
    probes = [dns(n, s, timeout=3) for s in RESOLVERS for n in ("shop.test", "www.shop.test")]
    probes += [dns("forum.test", s) for s in RESOLVERS]
    r = lab.probe(*probes)
    # unbound gives up on the dead server after ~0.75 s: well inside a 2 s probe timeout
    assert all(x.get("rcode") == "SERVFAIL" and x["ms"] < 1900 for x in r[:6]), r[:6]
    assert all(ok_answer(x, FORUM_IP) for x in r[6:]), "other providers' zones are unaffected"
    lab.auth_down(zone="shop.test", on=False, flush=True)
    assert_healthy(lab)


def test_dns_delay_holds_one_resolvers_replies(healthy_lab: Lab) -> None:
    require(*delay_supported())
    healthy_lab.dns_delay(ms=800, ip=ISP_RESOLVER)
    r = healthy_lab.probe(dns("shop.test"), dns("shop.test", tcp=True), dns("shop.test", PUBLIC_RESOLVERS[0]))
    assert ok_answer(r[0], SHOP_IP) and 750 <= r[0]["ms"] < 1500, r[0]
    assert ok_answer(r[1], SHOP_IP) and r[1]["ms"] >= 750, r[1]
    assert ok_answer(r[2], SHOP_IP) and r[2]["ms"] < 300, r[2]
    healthy_lab.dns_delay(ms=0, ip=ISP_RESOLVER)
    r = healthy_lab.probe(dns("shop.test"))
    assert ok_answer(r[0], SHOP_IP) and r[0]["ms"] < 300, r[0]


def test_loss_drops_a_random_share(healthy_lab: Lab) -> None:
    healthy_lab.loss(percent=50)
    lossy = healthy_lab.probe({"burst": PUBLIC_RESOLVERS[0], "count": 300, "timeout": 0.8})[0]
    # 50 % each way: about a quarter of the queries come back
    assert 0.12 * 300 < lossy["answered"] < 0.42 * 300, lossy
    gw = healthy_lab.probe({"ping": GATEWAY})[0]
    healthy_lab.loss(percent=0)
    clean = healthy_lab.probe({"burst": PUBLIC_RESOLVERS[0], "count": 300, "timeout": 0.8})[0]
    assert clean["answered"] >= 297, clean
    assert gw["reply"], "loss is on the forward path only; the gateway itself is not lossy"


def test_captive_portal(healthy_lab: Lab) -> None:
    healthy_lab.captive_portal(on=True)
    r = healthy_lab.probe(
        {"http": "http://check.test/generate_204"},
        {"http": "http://portal.test/login"},
        dns("shop.test"), dns("www.example.com"),
        dns("shop.test", PUBLIC_RESOLVERS[0], timeout=0.5),
        {"tcp": f"{SHOP_IP}:443", "timeout": 0.5},
        {"http": "https://shop.test/", "timeout": 1},
        {"tcp": f"{GATEWAY}:80"},
    )
    g204, login, hijacked, hijacked2, other_resolver, tls_port, https, gw = r
    assert g204["status"] == 302 and g204["location"] == "http://portal.test/login", g204
    assert login["status"] == 200 and "Accept" in login["body"], login
    assert ok_answer(hijacked, PORTAL_IP) and ok_answer(hijacked2, PORTAL_IP), "the ISP resolver hijacks DNS"
    assert other_resolver["error"] == "timeout", other_resolver
    assert tls_port["result"] == "timeout" and https["error"] in ("ConnectTimeout", "ConnectionError"), r
    assert gw["result"] == "refused"
    healthy_lab.captive_portal(on=False)
    assert_healthy(healthy_lab)


def test_http_status_per_site(healthy_lab: Lab) -> None:
    healthy_lab.http_status(host="shop.test", status=503)
    r = healthy_lab.probe({"http": "http://shop.test/"}, {"http": "https://www.shop.test/"},
                          {"http": "https://forum.test/"}, {"http": "http://check.test/generate_204"})
    assert [x["status"] for x in r] == [503, 503, 200, 204], r
    healthy_lab.http_status(host="shop.test", status=None)
    assert healthy_lab.probe({"http": "https://shop.test/"})[0]["status"] == 200


def test_nxdomain_redirect(healthy_lab: Lab) -> None:
    healthy_lab.nxdomain_redirect(on=True)
    r = healthy_lab.probe(dns("nx-netlab-3.check.test"), dns("nx-netlab-3.check.test", type="AAAA"),
                          dns("shop.test"), dns("nx-netlab-3.check.test", PUBLIC_RESOLVERS[0]))
    assert ok_answer(r[0], PORTAL_IP), r[0]
    assert r[1]["rcode"] == "NOERROR" and r[1]["answers"] == [], r[1]
    assert ok_answer(r[2], SHOP_IP), "names that exist are left alone"
    assert r[3]["rcode"] == "NXDOMAIN", "honest resolvers still say NXDOMAIN"
    healthy_lab.nxdomain_redirect(on=False)
    assert healthy_lab.probe(dns("nx-netlab-4.check.test"))[0]["rcode"] == "NXDOMAIN"


def test_blip_drops_then_restores(healthy_lab: Lab) -> None:
    thread = healthy_lab.blip(seconds=2.0)
    r = healthy_lab.probe({"tcp": f"{CHECK_IP}:80", "timeout": 0.5})
    assert r[0]["result"] == "timeout", r
    thread.join(5)
    assert healthy_lab.faults() == {}
    assert_healthy(healthy_lab)


def test_reset_restores_everything_at_once(healthy_lab: Lab) -> None:
    lab = healthy_lab
    lab.upstream_down()
    lab.loss(percent=20)
    lab.resolver_drop(ip=PUBLIC_RESOLVERS[0])
    lab.resolver_servfail(ip=PUBLIC_RESOLVERS[1])
    lab.auth_down(zone="forum.test")
    lab.dns_delay(ms=300)
    lab.captive_portal()
    lab.http_status(host="forum.test", status=500)
    lab.nxdomain_redirect()
    lab.blip(seconds=30)
    lab.resolv_conf.write_text("nameserver 203.0.113.54\n")
    lab.link_down()
    assert len(lab.faults()) == 11, lab.faults()
    t0 = time.monotonic()
    lab.reset()
    elapsed = time.monotonic() - t0
    assert lab.faults() == {}
    assert lab.resolv_conf.read_text() == f"nameserver {ISP_RESOLVER}\n"
    assert_healthy(lab)
    r = lab.probe(dns("forum.test", PUBLIC_RESOLVERS[1]), {"http": "https://forum.test/"},
                  dns("nx-netlab-5.check.test"))
    assert ok_answer(r[0], FORUM_IP) and r[1]["status"] == 200 and r[2]["rcode"] == "NXDOMAIN", r
    assert elapsed < 3, f"reset took {elapsed:.2f} s"  # typically ~0.2 s; generous for a loaded CI machine


# ------------------------------------------------------------------------------------ client side


def test_client_resolv_conf_is_writable(healthy_lab: Lab) -> None:
    lab = healthy_lab
    lab.resolver_servfail(ip=ISP_RESOLVER)
    assert "error" in lab.probe({"system": "shop.test"})[0]
    write = "open('/etc/resolv.conf', 'w').write('nameserver 203.0.113.54\\n')"
    lab.exec(["python3", "-c", write], check=True)
    assert lab.resolv_conf.read_text() == "nameserver 203.0.113.54\n"
    assert lab.probe({"system": "shop.test"})[0]["addresses"] == [SHOP_IP]


def test_exec_popen_and_env(healthy_lab: Lab, tmp_path: Path) -> None:
    lab = healthy_lab
    env = lab.client_env({"OFFLINE_READY_HOME": str(tmp_path)})
    assert env["REQUESTS_CA_BUNDLE"] == str(lab.ca_file) and Path(env["REQUESTS_CA_BUNDLE"]).exists()
    assert not any(k.lower().endswith("_proxy") for k in env)
    code = ("import os, offline_ready, netlab; "
            "print(os.environ['OFFLINE_READY_HOME'], open('/proc/net/route').read().count('\\n'))")
    r = lab.exec(["python3", "-c", code], env=env, check=True)
    home, route_lines = r.stdout.split()
    assert home == str(tmp_path) and route_lines == "3", r.stdout  # header + the two routes of the client
    with pytest.raises(subprocess.CalledProcessError):
        lab.exec(["python3", "-c", "raise SystemExit(4)"], check=True)
    proc = lab.popen(["python3", "-c", "import sys; print('line one', flush=True); sys.stdin.read()"],
                     stdin=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "line one"
    proc.stdin.close()
    assert proc.wait(10) == 0


def test_config_text_targets_only_the_lab(lab: Lab, tmp_path: Path) -> None:
    text = lab.config_text(timeout=1.5, extra={"monitor.trouble_interval": 1})
    cfg = tomllib.loads(text)
    assert cfg["probes"] == {
        "connectivity": [{"url": "http://check.test/generate_204", "status": 204},
                         {"url": "http://check.test/ok.txt", "body": "OK"}],
        "ip_endpoints": ["203.0.113.20:80", "203.0.113.21:443", "203.0.113.22:80"],
        "resolvers": ["203.0.113.54", "203.0.113.55"],
        "canary_names": ["check.test", "shop.test", "forum.test"],
        "nxdomain_zone": "check.test",
        "large_transfer": ["http://check.test/large.txt"],
        "timeout": 1.5,
    }
    assert cfg["backup_dns"] == {"builtin_profiles": []}  # no public backup resolver is ever asked
    assert cfg["services"] == [{"name": "Shop", "url": "http://shop.test/"},
                               {"name": "Forum", "url": "https://forum.test/"}]
    assert cfg["monitor"] == {"trouble_interval": 1}
    assert tomllib.loads(lab.config_text(services=[]))["services"] == []
    from offline_ready.config import load_config

    path = tmp_path / "lab.toml"
    path.write_text(text)
    config = load_config(path)  # the app's own schema accepts it
    assert config["probes.resolvers"] == ["203.0.113.54", "203.0.113.55"]


def test_traffic_counter(healthy_lab: Lab) -> None:
    counter = healthy_lab.count_client_traffic()
    assert counter.bytes() == 0
    healthy_lab.probe(dns("shop.test"), {"http": "http://check.test/generate_204"})
    assert counter.bytes() > 100 and counter.packets() >= 4 and counter.rx_bytes() > 100
    counter.reset()
    assert counter.bytes() == 0
    shop = healthy_lab.count_client_traffic(peer="203.0.113.21")
    shop = healthy_lab.count_client_traffic(peer="203.0.113.21")  # again: the same counters, not doubled
    healthy_lab.probe({"http": "http://check.test/generate_204"})
    assert shop.bytes() == 0 and counter.bytes() > 100
    healthy_lab.probe({"http": "http://shop.test/"})
    assert 100 < shop.bytes() < counter.bytes() and shop.rx_bytes() > 100


# ------------------------------------------------------------------------------------ lifecycle


def _leftovers(prefix: str) -> list[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    found = [line.split()[0] for line in out.splitlines() if line.startswith(f"{prefix}-")]
    found += [str(p) for p in ETC_NETNS.glob(f"{prefix}-*")]
    if (BASE_DIR / prefix).exists():
        found.append(str(BASE_DIR / prefix))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_killed_run_is_cleaned_up_and_labs_run_side_by_side(lab: Lab) -> None:
    prefix = f"k{os.getpid()}"  # unique to this test run
    tests_dir = Path(__file__).resolve().parent
    child = subprocess.Popen(
        [sys.executable, "-c",
         f"import time; from netlab import Lab; lab = Lab.start(prefix='{prefix}'); print('up', flush=True); "
         "time.sleep(120)"],
        cwd=tests_dir, env={**os.environ, "PYTHONPATH": str(tests_dir)}, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "up"
        daemon_pids = [int(p.read_text().split()[0]) for p in (BASE_DIR / prefix / "pids").glob("*.pid")]
        assert len(daemon_pids) >= 7
        child.send_signal(signal.SIGKILL)  # no atexit, no finalizer: everything is left behind
        child.wait(10)
        assert all(_alive(p) for p in daemon_pids) and len(_leftovers(prefix)) >= 5
        with pytest.raises(LabError, match="in use"):
            Lab.start(prefix=lab.prefix)  # a live lab's prefix is never taken over
        second = Lab.start(prefix=prefix)  # cleans the killed run's leftovers first
        try:
            assert not any(_alive(p) for p in daemon_pids)
            second.check_health()
            lab.check_health()  # two labs side by side, same addresses, no interference
            second.upstream_down()
            lab.check_health()
            new_pids = [d.pid for d in second._daemons.values()]
        finally:
            second.stop()
        assert _leftovers(prefix) == []
        assert not any(_alive(p) for p in new_pids)
    finally:
        if child.poll() is None:
            child.kill()
        from netlab import cleanup_stale

        cleanup_stale(prefix)


def test_a_daemon_that_fails_to_start_is_reported_with_its_log(lab: Lab, monkeypatch) -> None:
    from netlab import configs

    monkeypatch.setattr(configs, "nsd_conf", lambda zone, workdir: "server:\n    no-such-option: 1\n")
    prefix = f"b{os.getpid()}"
    with pytest.raises(LabError) as info:
        Lab.start(prefix=prefix)
    message = str(info.value)
    assert "nsd-30" in message and "no-such-option" in message, message
    assert _leftovers(prefix) == []


def test_optional_servers_are_off_unless_asked_for(lab: Lab) -> None:
    """Extra resolvers and DoH exist only in labs started with them (tests/backup_dns/dns_lab.py)."""
    assert lab.resolvers == RESOLVERS and lab.doh_ip is None and lab.doh_url is None
    with pytest.raises(ValueError):
        lab.resolver_drop("203.0.113.56")
    with pytest.raises(LabError):
        lab.doh_drop()
    with pytest.raises(ValueError):
        Lab(extra_resolvers=5)


def test_hard_faults_each_do_what_they_say_and_reset_clears_them(healthy_lab: Lab) -> None:
    lab = healthy_lab
    lab.mtu_blackhole(max_size=1300)
    small, large = lab.probe({"http": "http://check.test/generate_204", "timeout": 1},
                             {"http": "http://check.test/large.txt", "timeout": 1})
    assert small["status"] == 204 and large["error"] == "ReadTimeout", large
    lab.reset()
    lab.wrong_answer(name="shop.test")
    ours, theirs, old = lab.probe({"system": "shop.test"}, dns("shop.test", server="203.0.113.54"),
                                  {"tcp": "203.0.113.25:80"})
    assert ours["addresses"] == ["203.0.113.25"] and theirs["answers"] == ["203.0.113.21"]
    assert old["result"] == "refused"
    lab.no_dns_config()
    assert "nameserver" not in lab.resolv_conf.read_text()
    lab.udp53_blocked()
    udp, tcp = lab.probe(dns("forum.test", timeout=0.5), dns("forum.test", tcp=True, timeout=0.5))
    assert udp["error"] == "timeout" and tcp["answers"] == ["203.0.113.22"]
    assert set(lab.faults()) >= {"wrong_answer", "no_dns_config", "udp53_blocked"}
    lab.reset()
    assert lab.faults() == {} and lab.resolv_conf.read_text() == "nameserver 203.0.113.53\n"
    lab.first_resolver_dead()
    assert lab.resolv_conf.read_text().splitlines()[0] == "nameserver 203.0.113.52"
    (dead,) = lab.probe(dns("shop.test", server="203.0.113.52", timeout=0.5))
    assert dead["error"] == "timeout"
    lab.reset()
    lab.dns_loss(percent=50)
    (burst,) = lab.probe({"burst": "203.0.113.53", "name": "shop.test", "count": 200, "timeout": 0.5})
    assert 20 <= burst["answered"] <= 90, burst  # 0.5 x 0.5 of 200 answered, give or take
