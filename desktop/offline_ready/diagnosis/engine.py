"""One diagnosis: plan the probes (:mod:`.plan`), run them (:mod:`.executor`), then classify.

The probe threads are made on first use, never at import: a command that never diagnoses starts
no thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from ..config import Config
from ..probes import dns as dnsprobe
from ..probes.link import read_link
from .classify import classify
from .executor import PlanExecutor
from .model import State, Verdict
from .observations import Observations
from .plan import link_targets, make_probe_plan
from .pool import PROBES
from .settings import ProbeSettings, probe_settings

log = logging.getLogger(__name__)

def diagnose(config: Config, *, system_resolvers: list[str] | None = None,
             previous: Verdict | None = None) -> Verdict:
    """One full diagnosis with the configured targets (``previous``: the last verdict, if any).

    The app's fallback resolution (backup resolvers, DoH, last known addresses; see
    :mod:`offline_ready.fallback_lookup`) finds the services when the system resolver fails, and learns
    their addresses while it works.
    """
    from ..proxy import current
    from ..proxy.pac import discover

    resolver = fallback_resolver(config)
    obs = observe(probe_settings(config), system_resolvers=system_resolvers, resolver=resolver, previous=previous)
    obs.proxy = current().describe()
    if resolver is not None:
        for svc in obs.services:
            r = svc.result
            if r.ok and r.dns is not None and r.dns.ok and r.status is not None and r.status < 400:
                resolver.remember(svc.host, r.dns.addresses)
    verdict = classify(obs)
    if verdict.state is State.NO_INTERNET and not any(c.result.proxy for c in obs.connectivity):
        # nothing answers directly and no proxy is set: does the network offer one (WPAD)?
        found = discover(timeout=min(1.0, config.probes.timeout / 2))
        if found is not None:
            obs.wpad = found[0]
            verdict = classify(obs)
    return verdict


def fallback_resolver(config: Config) -> Any:
    """The configuration's fallback resolver, or None when it cannot be built (bad profiles)."""
    from ..fallback_lookup.fallback import FallbackResolver

    try:
        return FallbackResolver.for_config(config)
    except Exception as exc:  # a broken backup profile must not stop the diagnosis
        log.warning("fallback resolution unavailable: %s", exc)
        return None


def observe(settings: ProbeSettings, *, system_resolvers: list[str] | None = None, resolver: Any = None,
            previous: Verdict | None = None, clock: Callable[[], float] = time.perf_counter) -> Observations:
    """Probe everything the plan says, within ``COLLECT`` × timeout by ``clock``."""
    start = clock()
    link = read_link(link_targets(settings))
    obs = Observations(link=link, timeout=settings.timeout, slow_ms=settings.slow_ms)
    if not link.has_route:
        obs.duration_ms = (clock() - start) * 1000
        return obs  # nothing can leave this machine: no need to wait on probes
    sysres = system_resolvers if system_resolvers is not None else dnsprobe.system_resolvers()
    obs.system_resolvers = sysres
    obs.stub_timeout = dnsprobe.stub_timeout() if system_resolvers is None else None
    plan = make_probe_plan(settings, gateways=link.gateways, system_resolvers=sysres,
                           nxdomain=dnsprobe.random_label(settings.nxdomain_zone), previous=previous)
    return PlanExecutor(plan, PROBES.submit, clock=clock, resolver=resolver).run(obs, start)
