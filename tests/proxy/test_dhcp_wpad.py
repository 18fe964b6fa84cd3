"""WPAD by DHCP option 252, read from the DHCP clients' own state (the real server-and-client run is
``test_wpad_by_dhcp_option_252`` in tests/e2e/test_corporate_network.py).

Where the formats come from:
- ``DHCLIENT_LEASE`` / ``DHCLIENT_UNKNOWN``: written by ISC dhclient 4.4.3-P1 (Debian 12) from a
  lease dnsmasq 2.90 gave in the test network, once with NetworkManager's dhclient.conf lines
  (``option wpad code 252 = string; also request wpad;``), once with none (``unknown-252``);
  ``db-time-format local`` writes ``expire epoch N; # date`` instead.
- ``NMCLI_*``: ``nmcli -t -f DHCP4 device show`` / ``nmcli device show``: "DHCP4.OPTION[n]:name = value";
  the option is named ``wpad`` and requested by default (NetworkManager, src/libnm-client-impl /
  nm-dhcp-options.c: REQ(NM_DHCP_OPTION_DHCP4_PRIVATE_PROXY_AUTODISCOVERY, "wpad", TRUE)); bytes
  that are not printable are escaped (nm_utils_buf_utf8safe_escape: a NUL becomes "\\000").
- ``NETWORKD_LEASE``: systemd-networkd's /run/systemd/netif/leases/<ifindex>, KEY=value lines;
  private options as ``OPTION_<tag>=`` + lower-case hex (systemd, sd-dhcp-lease.c dhcp_lease_save /
  serialize_dhcp_option with hexmem).
"""

from __future__ import annotations

import os

import pytest

from offline_ready.proxy.dhcpwpad import (
    clean_url,
    dhcp_wpad_urls,
    parse_dhclient_leases,
    parse_networkd_lease,
    parse_nmcli,
)

URL = "http://wpad.corp.example/wpad.dat"
NOW = 1796040000.0  # 2026-12-01 13:20 UTC

DHCLIENT_LEASE = """lease {
  interface "eth0";
  fixed-address 198.51.100.60;
  option wpad "http://wpad.corp.example/wpad.dat";
  option subnet-mask 255.255.255.0;
  option routers 198.51.100.1;
  option dhcp-lease-time 3600;
  option dhcp-message-type 5;
  option dhcp-server-identifier 198.51.100.1;
  option dhcp-renewal-time 1800;
  option broadcast-address 198.51.100.255;
  option dhcp-rebinding-time 3150;
  renew 2 2026/12/01 13:49:22;
  rebind 2 2026/12/01 14:17:23;
  expire 2 2026/12/01 14:24:53;
}
"""
DHCLIENT_UNKNOWN = DHCLIENT_LEASE.replace('option wpad "', 'option unknown-252 "')
DHCLIENT_EPOCH = DHCLIENT_LEASE.replace("expire 2 2026/12/01 14:24:53;",
                                        "expire epoch 1796048693; # Tue Dec 01 14:24:53 2026")
DHCLIENT_HEX = DHCLIENT_LEASE.replace('"http://wpad.corp.example/wpad.dat"',
                                      ":".join(f"{b:02x}" for b in URL.encode() + b"\0"))
DHCLIENT_EXPIRED = DHCLIENT_LEASE.replace("2026/12/01 14:24:53", "2026/11/02 09:00:00")
# the next lease on another network (no option 252) replaces the office's
DHCLIENT_MOVED = DHCLIENT_LEASE + DHCLIENT_LEASE.replace('  option wpad "http://wpad.corp.example/wpad.dat";\n', "")

NMCLI_TERSE = """DHCP4.OPTION[1]:broadcast_address = 198.51.100.255
DHCP4.OPTION[2]:dhcp_lease_time = 3600
DHCP4.OPTION[3]:dhcp_server_identifier = 198.51.100.1
DHCP4.OPTION[4]:domain_name_servers = 198.51.100.1
DHCP4.OPTION[5]:expiry = 1796048693
DHCP4.OPTION[6]:ip_address = 198.51.100.60
DHCP4.OPTION[7]:requested_wpad = 1
DHCP4.OPTION[8]:routers = 198.51.100.1
DHCP4.OPTION[9]:subnet_mask = 255.255.255.0
DHCP4.OPTION[10]:wpad = http://wpad.corp.example/wpad.dat

DHCP4.OPTION[1]:dhcp_lease_time = 86400

"""
NMCLI_ESCAPED = NMCLI_TERSE.replace("wpad = http://", "wpad = http\\://")
NMCLI_NUL = NMCLI_TERSE.replace("wpad.dat\n", "wpad.dat\\000\n", 1)
NMCLI_PADDED = """GENERAL.DEVICE:                         enp0s31f6
GENERAL.TYPE:                           ethernet
IP4.ADDRESS[1]:                         198.51.100.60/24
DHCP4.OPTION[1]:                        dhcp_lease_time = 3600
DHCP4.OPTION[2]:                        wpad = http://wpad.corp.example/wpad.dat
"""
NMCLI_NONE = "DHCP4.OPTION[1]:dhcp_lease_time = 86400\nDHCP4.OPTION[2]:requested_wpad = 1\n"

NETWORKD_LEASE = """# This is private data. Do not parse.
ADDRESS=198.51.100.60
NETMASK=255.255.255.0
ROUTER=198.51.100.1
SERVER_ADDRESS=198.51.100.1
LIFETIME=3600
DNS=198.51.100.1
CLIENTID=ff8a6e2b1a00020000ab11f3c1d2e4a5b6c7d8
OPTION_252=687474703a2f2f777061642e636f72702e6578616d706c652f777061642e64617400
"""


@pytest.mark.parametrize(("text", "expected"), [
    (DHCLIENT_LEASE, URL), (DHCLIENT_UNKNOWN, URL), (DHCLIENT_EPOCH, URL), (DHCLIENT_HEX, URL),
    (DHCLIENT_EXPIRED, None), (DHCLIENT_MOVED, None), ("", None), ("lease {\n", None),
])
def test_dhclient_lease_files(text, expected) -> None:
    assert parse_dhclient_leases(text, NOW) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (NMCLI_TERSE, [URL]), (NMCLI_ESCAPED, [URL]), (NMCLI_NUL, [URL]), (NMCLI_PADDED, [URL]), (NMCLI_NONE, []),
    ("", []),
])
def test_nmcli(text, expected) -> None:
    assert parse_nmcli(text) == expected


def test_networkd_lease() -> None:
    assert parse_networkd_lease(NETWORKD_LEASE) == URL
    assert parse_networkd_lease(NETWORKD_LEASE.replace("OPTION_252", "OPTION_249")) is None
    assert parse_networkd_lease("OPTION_252=zz\n") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("http://wpad.corp.example/wpad.dat\n", URL),  # a newline from the server's config (seen in the wild)
    ('"http://wpad.corp.example/wpad.dat"', URL),
    ("http://198.51.100.7:8080/proxy.pac", "http://198.51.100.7:8080/proxy.pac"),
    ("file:///etc/passwd", None),  # only http(s): a DHCP server must not point at local files
    ("javascript:alert(1)", None),
    ("http://", None),
    ("http://wpad.corp.example/" + "a" * 3000, None),
    ("http://wpad.corp.example/\x01x", None),
])
def test_urls_are_tidied_and_only_web_addresses_kept(raw, expected) -> None:
    assert clean_url(raw) == expected


def test_gathered_from_every_client_newest_lease_first(tmp_path) -> None:
    networkd = tmp_path / "netif" / "leases"
    networkd.mkdir(parents=True)
    (networkd / "2").write_text(f"ADDRESS=198.51.100.61\nOPTION_252={b'http://nd.corp.example/wpad.dat'.hex()}\n")
    dhcp = tmp_path / "dhcp"
    dhcp.mkdir()
    old, new = dhcp / "dhclient.wlan0.leases", dhcp / "dhclient.eth0.leases"
    old.write_text(DHCLIENT_LEASE.replace("wpad.corp", "old.corp"))
    new.write_text(DHCLIENT_LEASE)
    os.utime(new, (NOW, NOW))
    os.utime(old, (NOW - 600, NOW - 600))
    (dhcp / "dhclient.wwan0.leases").write_text(DHCLIENT_EXPIRED.replace("wpad.corp", "gone.corp"))
    big = dhcp / "big.leases"
    big.write_bytes(b"x" * 600_000 + DHCLIENT_LEASE.replace("wpad.corp", "big.corp").encode())  # its end only
    os.utime(big, (NOW - 900, NOW - 900))
    urls = dhcp_wpad_urls(platform="linux", networkd_dir=networkd, dhclient_globs=(str(dhcp / "*.leases"),),
                          nmcli=False, now=NOW)
    assert urls == ["http://nd.corp.example/wpad.dat", URL, "http://old.corp.example/wpad.dat",
                    "http://big.corp.example/wpad.dat"]
    assert dhcp_wpad_urls(platform="win32") == []

