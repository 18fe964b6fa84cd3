"""Providers' public status pages: "is it them or me?".

Atlassian Statuspage (``/api/v2/summary.json``) and RSS/Atom incident feeds, fetched with the
probes' bounded, phase-tagged HTTP through fallback resolution, cached, and judged by pure
functions. Nothing here ever delays a verdict: callers ask with their own deadline.
"""

from .describe import describe, headline_status
from .model import ProviderIncident, ProviderStatus

__all__ = ["ProviderIncident", "ProviderStatus", "describe", "headline_status"]
