"""How the app's own HTTP reaches the web: the system's proxy, none, a fixed one, or a PAC file."""

from __future__ import annotations

from ..kinds import ListOf, Str
from ..setting import Setting

PROXY_MODES = ("system", "none", "manual", "pac")

SETTINGS = [
    Setting("proxy.mode", Str(choices=PROXY_MODES), "system",
            "Proxy",
            "system: the proxy environment variables (http_proxy, https_proxy, no_proxy) and the operating "
            "system's proxy settings; none: always connect directly; manual: the proxy in proxy.url; "
            "pac: the proxy auto-config file at proxy.pac_url (empty: find it by WPAD)."),
    Setting("proxy.url", Str(max_len=2048, pattern=r"https?://[^\s@/]+(:\d+)?/?", example="http://proxy.corp:3128"),
            "",
            "Proxy address",
            "The proxy for mode = manual, e.g. http://proxy.corp:3128. Its user name and password live in the "
            "system keyring (offline-ready config proxy-login), never here."),
    Setting("proxy.pac_url", Str(max_len=2048, pattern=r"(https?|file)://\S+", example="http://wpad.corp/wpad.dat"),
            "",
            "Proxy auto-config (PAC) file",
            "The PAC file for mode = pac. Empty: discover it by WPAD (wpad.<your domain>/wpad.dat)."),
    Setting("proxy.no_proxy", ListOf(Str(allow_empty=False, max_len=253), max_len=200), [],
            "Connect directly to",
            "Host names, domains (.corp.example) or addresses the manual proxy is not used for."),
]
