"""The system proxy of Windows (WinINet Internet Settings) and macOS (``scutil --proxy``): pure parsers
on the formats those systems produce, and the router following them in system mode.

Windows values are given as ``winreg`` returns them from
``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings`` (ProxyServer in the forms the
Internet Options dialog writes: one "host:port" for all protocols, or "http=…;https=…;ftp=…;socks=…"
when "Use the same proxy server for all protocols" is off); the ``Connections\\DefaultConnectionSettings``
blobs follow the byte layout of regedit exports published with Windows proxy how-tos and in Wine's
registry fixtures (``FRESH`` is a fresh profile's value byte for byte: version 0x46, flags 0x09).
``scutil`` outputs: ``MAC_ICEDTEA_1``/``_2`` are IcedTea-Web's recorded outputs
(AdoptOpenJDK/IcedTea-Web, core/src/test/resources/net/adoptopenjdk/icedteaweb/proxy/mac/out1.txt and
out2.txt, GPL-2.0 with the Classpath exception); the others follow the same format with the keys
of Apple's SystemConfiguration proxies dictionary (kSCPropNetProxies*).
"""

from __future__ import annotations

import pytest

from offline_ready.proxy.ossettings import parse_scutil, scutil_proxies, wininet_proxies
from offline_ready.proxy.pac import file_url_path
from offline_ready.proxy.route import DIRECT, ProxySettings, Router, bypassed


@pytest.mark.parametrize(("values", "expected"), [
    ({"ProxyEnable": 1, "ProxyServer": "proxy.corp.example:8080", "ProxyOverride": "*.corp.example;<local>"},
     {"http": "http://proxy.corp.example:8080", "https": "http://proxy.corp.example:8080",
      "no": "*.corp.example,<local>"}),
    ({"ProxyEnable": 1, "ProxyServer": "http=web.corp.example:80;https=tls.corp.example:443;ftp=ftp.corp.example:21;"
                                       "socks=socks.corp.example:1080"},
     {"http": "http://web.corp.example:80", "https": "http://tls.corp.example:443"}),
    ({"ProxyEnable": 1, "ProxyServer": "socks=socks.corp.example:1080"}, {}),  # nothing for HTTP: direct
    ({"ProxyEnable": 0, "ProxyServer": "proxy.corp.example:8080"}, {}),  # left over after switching it off
    ({"ProxyEnable": 1, "ProxyServer": "http://proxy.corp.example:3128"},
     {"http": "http://proxy.corp.example:3128", "https": "http://proxy.corp.example:3128"}),
    ({"AutoConfigURL": "http://wpad.corp.example/proxy.pac", "ProxyEnable": 1, "ProxyServer": "p:1"},
     {"pac": "http://wpad.corp.example/proxy.pac"}),
    ({"AutoConfigURL": "C:\\corp\\proxy.pac"}, {"pac": "file:///C:/corp/proxy.pac"}),
    ({"AutoConfigURL": "\\\\fileserver\\netlogon\\proxy.pac"}, {"pac": "file://fileserver/netlogon/proxy.pac"}),
    ({"AutoDetect": 1, "ProxyEnable": 0}, {"pac": ""}),  # "Automatically detect settings": WPAD
    ({"AutoDetect": 1, "ProxyEnable": 1, "ProxyServer": "proxy.corp.example:8080"},
     {"http": "http://proxy.corp.example:8080", "https": "http://proxy.corp.example:8080"}),
    ({"ProxyEnable": "1", "ProxyServer": 12}, {}),  # wrong value types (hand-made): ignored
    ({}, {}),
])
def test_wininet(values, expected) -> None:
    assert wininet_proxies(values) == expected


MAC_ICEDTEA_1 = """<dictionary> {
  HTTPEnable : 1
  HTTPPort : 80
  HTTPProxy : example.proxy
  HTTPSEnable : 1
  HTTPSPort : 88
  HTTPSProxy : example.https.proxy
}"""
MAC_ICEDTEA_2 = """<dictionary> {
  ExceptionsList : <array> {
    0 : *.local
    1 : 169.254/16
  }
  FTPPassive : 1
}
"""
MAC_MANUAL = """<dictionary> {
  ExceptionsList : <array> {
    0 : *.local
    1 : 169.254/16
    2 : .corp.example
  }
  ExcludeSimpleHostnames : 1
  FTPPassive : 1
  HTTPEnable : 1
  HTTPPort : 3128
  HTTPProxy : proxy.corp.example
  HTTPSEnable : 1
  HTTPSPort : 3128
  HTTPSProxy : proxy.corp.example
  ProxyAutoDiscoveryEnable : 0
  SOCKSEnable : 0
  __SCOPED__ : <dictionary> {
    en0 : <dictionary> {
      ExceptionsList : <array> {
        0 : *.local
      }
      FTPPassive : 1
    }
  }
}
"""
MAC_PAC = """<dictionary> {
  HTTPEnable : 0
  HTTPSEnable : 0
  ProxyAutoConfigEnable : 1
  ProxyAutoConfigURLString : http://wpad.corp.example/proxy.pac
  ProxyAutoDiscoveryEnable : 1
}
"""
MAC_WPAD = "<dictionary> {\n  FTPPassive : 1\n  ProxyAutoDiscoveryEnable : 1\n}\n"
MAC_OFF = "<dictionary> {\n  HTTPEnable : 0\n  HTTPPort : 7890\n  HTTPProxy : 127.0.0.1\n}\n"


@pytest.mark.parametrize(("text", "expected"), [
    (MAC_ICEDTEA_1, {"http": "http://example.proxy:80", "https": "http://example.https.proxy:88"}),
    (MAC_ICEDTEA_2, {}),  # only exceptions: no proxy
    (MAC_MANUAL, {"http": "http://proxy.corp.example:3128", "https": "http://proxy.corp.example:3128",
                  "no": "*.local,169.254/16,.corp.example,<local>"}),
    (MAC_PAC, {"pac": "http://wpad.corp.example/proxy.pac"}),
    (MAC_WPAD, {"pac": ""}),
    (MAC_OFF, {}),
    ("", {}),
])
def test_scutil(text, expected) -> None:
    assert scutil_proxies(parse_scutil(text)) == expected


def test_scutil_nesting_is_kept_and_bounded() -> None:
    parsed = parse_scutil(MAC_MANUAL)
    assert parsed["ExceptionsList"] == ["*.local", "169.254/16", ".corp.example"]
    assert parsed["__SCOPED__"]["en0"]["ExceptionsList"] == ["*.local"]
    hostile = "<dictionary> {\n" + "  a : <dictionary> {\n" * 100000 + "  HTTPEnable : 1\n"
    parse_scutil(hostile)  # returns (depth and size are capped) instead of exhausting anything


@pytest.mark.parametrize(("host", "bypass", "expected"), [
    ("intranet", "<local>", True),  # WinINet: a name without a dot
    ("intranet.corp.example", "<local>", False),
    ("::1", "<local>", False),
    ("wiki.corp.example", "*.corp.example", True),
    ("corp.example", "*.corp.example", True),  # as curl and no_proxy read ".corp.example"
    ("10.1.2.3", "10.*", True),  # WinINet globs
    ("110.1.2.3", "10.*", False),
    ("169.254.10.1", "169.254/16", True),  # macOS's short network form
    ("198.51.100.7", "198.51.100.0/24", True),
    ("2001:db8::5", "2001:db8::/32", True),
    ("printer.local", "*.local,169.254/16", True),
    ("shop.example", "*.local,169.254/16,<local>", False),
    ("api.shop.example", ".shop.example", True),
    ("anything.example", "*", True),
])
def test_bypass_lists_as_the_systems_write_them(host, bypass, expected) -> None:
    assert bypassed(host, bypass) is expected


@pytest.mark.parametrize(("url", "windows", "path"), [
    ("file:///C:/corp/proxy.pac", True, "C:\\corp\\proxy.pac"),
    ("file://C:/corp/proxy.pac", True, "C:\\corp\\proxy.pac"),
    ("file://fileserver/netlogon/proxy.pac", True, "\\\\fileserver\\netlogon\\proxy.pac"),
    ("file:///C:/Program%20Files/corp/proxy.pac", True, "C:\\Program Files\\corp\\proxy.pac"),
    ("file:///etc/offline-ready/proxy.pac", False, "/etc/offline-ready/proxy.pac"),
])
def test_pac_file_urls(url, windows, path) -> None:
    assert file_url_path(url, windows=windows) == path


def no_login(host, port):
    return None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_system_mode_follows_the_os_proxy(platform) -> None:
    found = {"win32": wininet_proxies({"ProxyEnable": 1, "ProxyServer": "proxy.corp.example:8080",
                                       "ProxyOverride": "*.corp.example;<local>"}),
             "darwin": scutil_proxies(parse_scutil(MAC_MANUAL.replace("3128", "8080")))}[platform]
    r = Router(ProxySettings(mode="system"), env={}, creds=no_login, platform=platform,
               os_proxies=lambda _: found)
    assert r.choices("https://shop.example/") == ["http://proxy.corp.example:8080"]
    assert r.choices("https://wiki.corp.example/") == [DIRECT]
    assert r.choices("http://intranet/") == [DIRECT]
    assert "the system's proxy proxy.corp.example:8080" in r.describe()
    # the environment still wins, as in every other program on the machine
    r = Router(ProxySettings(mode="system"), env={"https_proxy": "http://198.51.100.9:3128"}, creds=no_login,
               platform=platform, os_proxies=lambda _: found)
    assert r.choices("https://shop.example/") == ["http://198.51.100.9:3128"]


def blob(flags: int, proxy: str = "", bypass: str = "", pac: str = "", counter: int = 3) -> bytes:
    """A DefaultConnectionSettings value laid out as regedit exports show it
    ("46,00,00,00,<counter>,<flags>,<len>,<proxy>,<len>,<bypass>,<len>,<pac>", then zero padding)."""
    out = (0x46).to_bytes(4, "little") + counter.to_bytes(4, "little") + flags.to_bytes(4, "little")
    for text in (proxy, bypass, pac):
        out += len(text).to_bytes(4, "little") + text.encode("latin-1")
    return out + bytes(32)


# the untouched default of a fresh Windows profile, as exported: direct, "Automatically detect" ticked
FRESH = bytes.fromhex("4600000000000000090000000000000000000000000000000000000000000000"
                      "000000000000000000000000000000000000000000000000")


@pytest.mark.parametrize(("values", "expected"), [
    ({"ProxyEnable": 0, "DefaultConnectionSettings": FRESH}, {"pac": ""}),
    ({"DefaultConnectionSettings": blob(0x07, "198.51.100.3:80", "", "http://pac.corp.example/proxy.pac")},
     {"pac": "http://pac.corp.example/proxy.pac"}),
    ({"AutoConfigURL": "", "DefaultConnectionSettings": blob(0x0B, "127.0.0.1:80", "<local>")},
     {"http": "http://127.0.0.1:80", "https": "http://127.0.0.1:80", "no": "<local>"}),
    ({"ProxyEnable": 0, "DefaultConnectionSettings": blob(0x01)}, {}),  # "Automatically detect" unticked
    ({"ProxyEnable": 0, "DefaultConnectionSettings": b"\x46\x00\x00"}, {}),  # truncated: ignored
])
def test_wininet_connection_settings_blob(values, expected) -> None:
    assert wininet_proxies(values) == expected


def test_connection_settings_blob_is_bounded() -> None:
    from offline_ready.proxy.ossettings import parse_connection_settings

    assert parse_connection_settings(blob(0x03, "proxy.corp.example:8080", "*.corp.example;<local>")) == {
        "flags": 3, "ProxyServer": "proxy.corp.example:8080", "ProxyOverride": "*.corp.example;<local>",
        "AutoConfigURL": ""}
    lying = (0x46).to_bytes(4, "little") + bytes(4) + (3).to_bytes(4, "little") + (10**9).to_bytes(4, "little")
    assert parse_connection_settings(lying) == {"flags": 3}  # a length beyond the value is not followed


def test_winhttp_settings_blob() -> None:
    from offline_ready.proxy.ossettings import winhttp_proxies

    # `netsh winhttp set proxy proxy.corp.example:8080 "<local>;*.corp.example"` (version 0x28, flags 3)
    set_proxy = (0x28).to_bytes(4, "little") + bytes(4) + (3).to_bytes(4, "little") + \
        len(b"proxy.corp.example:8080").to_bytes(4, "little") + b"proxy.corp.example:8080" + \
        len(b"<local>;*.corp.example").to_bytes(4, "little") + b"<local>;*.corp.example"
    assert winhttp_proxies(set_proxy) == {"http": "http://proxy.corp.example:8080",
                                          "https": "http://proxy.corp.example:8080", "no": "<local>,*.corp.example"}
    # `netsh winhttp reset proxy`: direct access (flags 1), empty strings
    reset = (0x28).to_bytes(4, "little") + bytes(4) + (1).to_bytes(4, "little") + bytes(8)
    assert winhttp_proxies(reset) == {} and winhttp_proxies(b"") == {}
