"""The proxy every HTTP request of the app goes through: the system's, none, a fixed one, or a PAC file.

:func:`current` is the one router for the process (built from the most recently loaded settings);
:func:`~offline_ready.proxy.session.proxied_session` and :func:`offline_ready.probes.http.fetch` both
ask it, so a check page, a watched service, a document refresh, a status page and DoH all take the
same way out that the browser takes.
"""

from .route import DIRECT, ProxySettings, Router, current, set_current

__all__ = ["DIRECT", "ProxySettings", "Router", "current", "set_current"]
