"""Staying useful without switching: name resolution for the app's own traffic.

When the system resolver fails, the app's service checks and document refreshes resolve through a
verified backup resolver, then DNS-over-HTTPS (RFC 8484), and finally the last addresses that worked
(serve-stale, RFC 8767) — always saying which source answered. No admin rights, no system change.
"""

from .fallback import FallbackResolver, ResolveError, ResolveResult, resolve_host, resolving_session
from .session import PinnedAdapter

__all__ = ["FallbackResolver", "PinnedAdapter", "ResolveError", "ResolveResult", "resolve_host",
           "resolving_session"]
