"""Configuration text for the lab's real servers: nsd zones, unbound resolvers, nginx sites.

Pure functions of the lab's state: each fault that reconfigures a server re-renders its file and
asks the server to reload. Every path is inside the lab's own work directory; nothing reads or
writes /etc/unbound, /etc/nsd or /etc/nginx.
"""

from __future__ import annotations

from pathlib import Path

from .addresses import LARGE_BYTES, LARGE_PATH, PORTAL_IP, ZONE_TTL, ZONES

# ----------------------------------------------------------------------------------------- nsd


def zone_text(zone: str) -> str:
    z = ZONES[zone]
    lines = [
        f"$ORIGIN {zone}.",
        f"$TTL {ZONE_TTL}",
        f"@ IN SOA ns.{zone}. hostmaster.{zone}. 1 60 60 600 {ZONE_TTL}",
        f"@ IN NS ns.{zone}.",
        f"ns IN A {z['ns_ip']}",
    ]
    for label, ip in z["records"].items():
        lines.append(f"{label or '@'} IN A {ip}")
    return "\n".join(lines) + "\n"


def nsd_conf(zone: str, workdir: Path) -> str:
    ip = ZONES[zone]["ns_ip"]
    tag = f"nsd-{ip.rsplit('.', 1)[1]}"
    return f"""# authoritative server for {zone} (one process per zone, so each can fail alone)
server:
    ip-address: {ip}
    port: 53
    do-ip4: yes
    do-ip6: no
    username: ""
    chroot: ""
    zonesdir: "{workdir}"
    database: ""
    pidfile: "{workdir}/{tag}.pid"
    logfile: "{workdir}/{tag}.log"
    xfrdfile: "{workdir}/{tag}.xfrd.state"
    xfrdir: "{workdir}"
    zonelistfile: "{workdir}/{tag}.zonelist"
    server-count: 1
    tcp-count: 32
    reuseport: no
    hide-version: yes
    verbosity: 1
remote-control:
    control-enable: no
zone:
    name: "{zone}"
    zonefile: "{workdir}/{zone}.zone"
"""


# -------------------------------------------------------------------------------------- unbound

#: Modes of a resolver: healthy, SERVFAIL for everything, or answering every name with one
#: address (the DNS hijack of a captive portal).
UNBOUND_MODES = ("normal", "servfail", "hijack")

NXREDIRECT_SCRIPT = '''\
"""unbound python module: ISP-style NXDOMAIN redirection (nonexistent names get an address)."""

REDIRECT_TO = "%(address)s"
TTL = %(ttl)d


def init(id, cfg):
    return True


def init_standard(id, env):
    return True


def deinit(id):
    return True


def inform_super(id, qstate, superqstate, qdata):
    return True


def operate(id, event, qstate, qdata):
    if event in (MODULE_EVENT_NEW, MODULE_EVENT_PASS):
        qstate.ext_state[id] = MODULE_WAIT_MODULE
        return True
    if event == MODULE_EVENT_MODDONE:
        rep = qstate.return_msg.rep if qstate.return_msg else None
        if rep is not None and (rep.flags & 0xF) == RCODE_NXDOMAIN:
            name = qstate.qinfo.qname_str
            msg = DNSMessage(name, qstate.qinfo.qtype, RR_CLASS_IN, PKT_QR | PKT_RA)
            if qstate.qinfo.qtype == RR_TYPE_A:
                msg.answer.append("%%s %%d IN A %%s" %% (name, TTL, REDIRECT_TO))
            if msg.set_return_msg(qstate):
                qstate.return_rcode = RCODE_NOERROR
                storeQueryInCache(qstate, qstate.qinfo, qstate.return_msg.rep, 0)
        qstate.ext_state[id] = MODULE_FINISHED
        return True
    qstate.ext_state[id] = MODULE_ERROR
    return True
'''


def unbound_conf(ip: str, workdir: Path, mode: str = "normal", nx_redirect: bool = False,
                 generation: int = 0, wrong: dict[str, str] | None = None) -> str:
    """A resolver on ``ip`` that reaches the lab zones through stub zones to their nsd servers.

    ``wrong``: name -> address this resolver answers instead of the true one (local-data: a stale,
    poisoned or mis-filtered answer for that one name).

    ``generation`` is served as the TXT record of ``generation.netlab.``: the lab reads it back to
    know that a reload has taken effect.
    """
    if mode not in UNBOUND_MODES:
        raise ValueError(f"unknown resolver mode {mode!r}")
    tag = f"unbound-{ip.rsplit('.', 1)[1]}"
    modules = "python iterator" if nx_redirect else "iterator"
    lines = [
        f"# resolver {ip}: mode {mode}{', NXDOMAIN redirection' if nx_redirect else ''}",
        "server:",
        f"    interface: {ip}",
        f"    outgoing-interface: {ip}",
        "    port: 53",
        "    do-ip4: yes",
        "    do-ip6: no",
        "    do-udp: yes",
        "    do-tcp: yes",
        '    username: ""',
        '    chroot: ""',
        f'    directory: "{workdir}"',
        f'    pidfile: "{workdir}/{tag}.pid"',
        f'    logfile: "{workdir}/{tag}.log"',
        "    use-syslog: no",
        "    log-time-ascii: yes",
        "    verbosity: 1",
        "    num-threads: 1",
        "    so-reuseport: no",
        "    outgoing-range: 64",
        "    num-queries-per-thread: 64",
        "    msg-cache-size: 1m",
        "    rrset-cache-size: 1m",
        "    key-cache-size: 1m",
        "    neg-cache-size: 1m",
        # A new size at every reload makes unbound drop its infrastructure cache (its memory of
        # unreachable servers) along with the message cache: a real "flush everything".
        f"    infra-cache-numhosts: {1000 + generation}",
        # Give up on a silent or unreachable server after 0.5 s (SERVFAIL within a second instead of
        # unbound's default of many seconds), and try it again after 5 s.
        "    infra-cache-max-rtt: 500",
        f"    infra-host-ttl: {ZONE_TTL}",
        f"    cache-max-ttl: {ZONE_TTL}",
        f"    cache-max-negative-ttl: {ZONE_TTL}",
        "    qname-minimisation: no",
        "    prefetch: no",
        "    serve-expired: no",
        "    harden-glue: no",
        "    access-control: 0.0.0.0/0 allow",
        f'    module-config: "{modules}"',
        # No DNSSEC for the lab zones (no trust anchor is configured at all).
        '    domain-insecure: "test."',
        # The lab zones live under the reserved .test TLD, which unbound blocks by default.
        '    local-zone: "test." nodefault',
        '    local-zone: "netlab." static',
        f'    local-data: \'generation.netlab. 0 IN TXT "{generation}"\'',
    ]
    if mode == "servfail":
        # Refusing to query any server makes every recursion fail at once: SERVFAIL for every name.
        lines += ["    do-not-query-address: 0.0.0.0/0", "    do-not-query-address: ::/0"]
    elif mode == "hijack":
        lines += ['    local-zone: "." redirect', f'    local-data: ". {ZONE_TTL} IN A {PORTAL_IP}"']
    else:
        # There is no root to ask: names outside the lab zones don't exist (answered at once).
        lines += ['    local-zone: "." static']
        lines += [f'    local-zone: "{zone}." transparent' for zone in ZONES]
        lines += [f"    local-data: '{name}. {ZONE_TTL} IN A {addr}'" for name, addr in sorted((wrong or {}).items())]
    if nx_redirect:
        lines += ["python:", f'    python-script: "{workdir}/nxredirect.py"']
    lines += ["remote-control:", "    control-enable: no"]
    for zone, z in ZONES.items():
        lines += ["stub-zone:", f'    name: "{zone}."', f"    stub-addr: {z['ns_ip']}", "    stub-prime: no"]
    return "\n".join(lines) + "\n"


def nxredirect_script(address: str = PORTAL_IP) -> str:
    return NXREDIRECT_SCRIPT % {"address": address, "ttl": ZONE_TTL}


# ---------------------------------------------------------------------------------------- nginx


def _override(status: int | None, location: str | None) -> str:
    if status is None:
        return ""
    if 300 <= status < 400:
        return f"        return {status} {location or 'http://portal.test/login'};\n"
    return f'        return {status} "lab: status {status}\\n";\n'


def nginx_conf(workdir: Path, cert: Path, key: Path, overrides: dict[str, tuple[int, str | None]],
               generation: int = 0) -> str:
    """One nginx for every web host. ``overrides``: site -> (status, redirect location).

    ``generation`` is served on 127.0.0.1:81 inside the namespace, so the lab can tell when a
    reload has taken effect.
    """

    def site(name: str) -> str:
        return _override(*overrides.get(name, (None, None)))

    tls = f"""        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;
"""
    return f"""# web servers of the lab (one nginx process, one address per site)
daemon off;
master_process on;
worker_processes 1;
user root root;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {workdir}/nginx-access.log;
    client_body_temp_path {workdir}/nginx-tmp/body;
    proxy_temp_path {workdir}/nginx-tmp/proxy;
    fastcgi_temp_path {workdir}/nginx-tmp/fastcgi;
    uwsgi_temp_path {workdir}/nginx-tmp/uwsgi;
    scgi_temp_path {workdir}/nginx-tmp/scgi;
    default_type text/plain;
    keepalive_timeout 5s;
    server_tokens off;

    server {{  # the lab's own reload marker, reachable only inside the namespace
        listen 127.0.0.1:81;
        location = /generation {{ return 200 "{generation}"; }}
    }}

    server {{  # check.test: connectivity checks
        listen 203.0.113.20:80 default_server;
        server_name check.test;
{site("check.test")}        location = /generate_204 {{ return 204; }}
        location = /ok.txt {{ return 200 "OK"; }}
        location = {LARGE_PATH} {{ return 200 "{"x" * (LARGE_BYTES - 1)}\n"; }}
        location / {{ return 404 "not found\\n"; }}
    }}

    server {{  # shop.test over HTTP and HTTPS
        listen 203.0.113.21:80 default_server;
        listen 203.0.113.21:443 ssl default_server;
        server_name shop.test www.shop.test;
{tls}{site("shop.test")}        location / {{ default_type text/html; return 200 "<!doctype html><title>Shop</title><h1>Shop is open</h1>\\n"; }}
    }}

    server {{  # forum.test over HTTP and HTTPS
        listen 203.0.113.22:80 default_server;
        listen 203.0.113.22:443 ssl default_server;
        server_name forum.test www.forum.test;
{tls}{site("forum.test")}        location / {{ default_type text/html; return 200 "<!doctype html><title>Forum</title><h1>Forum</h1>\\n"; }}
    }}

    server {{  # status.check.test: providers' status pages and feeds, files under www/ (written by tests)
        listen 203.0.113.23:80 default_server;
        listen 203.0.113.23:443 ssl default_server;
        server_name status.check.test;
        keepalive_timeout 120s;  # unlike the others, keeps idle connections (as nginx's default 75 s would)
{tls}        root {workdir}/www;
        location /slow/ {{ limit_rate 100; }}
        location = /broken/api/v2/summary.json {{ return 503 "upstream error\n"; }}
    }}

    server {{  # captive portal: everything is sent to the login page
        listen 203.0.113.80:80 default_server;
        server_name _;
        location / {{ return 302 http://portal.test/login; }}
    }}
    server {{
        listen 203.0.113.80:80;
        server_name portal.test;
        location = /login {{
            default_type text/html;
            return 200 "<!doctype html><title>Guest Wi-Fi</title><form method=post action=/login><button>Accept and connect</button></form>\\n";
        }}
        location / {{ return 302 http://portal.test/login; }}
    }}
}}
"""
