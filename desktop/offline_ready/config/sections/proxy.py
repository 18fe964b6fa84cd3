"""How the app's own HTTP reaches the web: the system's proxy, none, a fixed one, or a PAC file."""

from __future__ import annotations

from ...i18n import N_
from ..kinds import ListOf, Str
from ..setting import Setting

PROXY_MODES = ("system", "none", "manual", "pac")

SETTINGS = [
    Setting("proxy.mode", Str(choices=PROXY_MODES), "system",
            N_("Proxy"),
            N_("system: the proxy environment variables (http_proxy, https_proxy, no_proxy) and the operating "
            "system's proxy settings; none: always connect directly; manual: the proxy in proxy.url; "
            "pac: the proxy auto-config file at proxy.pac_url (empty: find it by WPAD).")),
    Setting("proxy.url", Str(max_len=2048, pattern=r"https?://[^\s@/]+(:\d+)?/?", example="http://proxy.corp:3128"),
            "",
            N_("Proxy address"),
            N_("The proxy for mode = manual, e.g. http://proxy.corp:3128. Its user name and password live in the "
            "system keyring (offline-ready config proxy-login), never here.")),
    Setting("proxy.pac_url", Str(max_len=2048, pattern=r"(https?|file)://\S+", example="http://wpad.corp/wpad.dat"),
            "",
            N_("Proxy auto-config (PAC) file"),
            N_("The PAC file for mode = pac. Empty: discover it by WPAD (wpad.<your domain>/wpad.dat).")),
    Setting("proxy.no_proxy", ListOf(Str(allow_empty=False, max_len=253), max_len=200), [],
            N_("Connect directly to"),
            N_("Host names, domains (.corp.example) or addresses the manual proxy is not used for.")),
]
