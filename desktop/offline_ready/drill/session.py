"""One drill from start to record: the steps, what the user did, how long each took, what was missing.

Nothing here changes the system: the backup-DNS step is a dry run (a profile is chosen, never
applied); opening a document uses the vault's own viewer copy. The clock is injected for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..diagnosis.model import Verdict
from ..i18n import _
from ..vault.contacts.model import fold, reachable_offline
from .scenarios import SCENARIOS, drill_verdict
from .store import DrillRecord

# which escalation groups a scenario calls first
CALL_ORDER = {"dns-outage": ("isp", "it"), "no-internet": ("isp", "it"), "captive-portal": ("it",),
              "provider-dns": ("it",)}


@dataclass
class Option:
    id: str
    label: str
    detail: str = ""
    good: bool = True  # usable in a real outage (a copy exists, a number rings offline, tested working)


@dataclass
class Step:
    id: str  # open-plan | who-to-call | backup-dns | fallback
    title: str
    prompt: str
    options: list[Option] = field(default_factory=list)
    missing: str = ""  # known before the user tries: nothing usable to pick
    outcome: str = "pending"  # pending | done | missing | skipped
    choice: str = ""
    seconds: float | None = None
    note: str = ""
    _started: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "outcome": self.outcome, "choice": self.choice,
                "seconds": None if self.seconds is None else round(self.seconds, 1), "note": self.note}


def _group_kind(group: str) -> str:
    g = fold(group)
    if any(w in g for w in ("isp", "provider", "carrier", "telecom", "internet")):
        return "isp"
    return "it"


class DrillSession:
    """Build with what the vault and backup DNS hold; the CLI and the UI drive it step by step."""

    def __init__(self, scenario: str, *, services: list[dict[str, Any]], documents: list[Any],
                 contacts: list[Any], escalation_groups: list[str], continuity_words: str,
                 profiles: list[Any] = (), working_profiles: list[str] = (), service: str | None = None,
                 clock: Callable[[], float] = time.monotonic, now: Callable[[], datetime] | None = None) -> None:
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r} (choose from {', '.join(SCENARIOS)})")
        self.scenario = scenario
        self.service = service or ""
        self.clock = clock
        self._now = now or (lambda: datetime.now(UTC))
        self.started_at = self._now()
        self.verdict: Verdict = drill_verdict(scenario, services, service, now=self.started_at)
        self.steps: list[Step] = [self._plan_step(documents, continuity_words),
                                  self._call_step(contacts, escalation_groups)]
        if scenario == "dns-outage":
            self.steps.append(self._dns_step(profiles, working_profiles))
        if scenario == "provider-dns":
            svc = next((s for s in services if s["name"] == service), services[0] if services else None)
            self.steps.append(self._fallback_step(svc, documents, contacts))
        self.record: DrillRecord | None = None

    # ---- plan ------------------------------------------------------------------------------------
    def _plan_step(self, documents: list[Any], words: str) -> Step:
        step = Step("open-plan", _("Open the continuity plan"), _("Open the document you would follow now, from the "
                                                                  "offline copies on this computer."))
        wanted = fold(words).split()
        for d in documents:
            state = d.freshness.state if d.freshness is not None else "missing"
            step.options.append(Option(str(d.id), d.name, d.freshness.label if d.freshness else "", state != "missing"))
        plans = [o for o, d in zip(step.options, documents, strict=True)
                 if wanted and all(w in fold(d.name) for w in wanted)]
        if not any(o.good for o in plans):
            step.missing = (_("no document named like \"{words}\" has an offline copy").format(words=words)
                            if plans or wanted else _("no continuity plan"))
            if not documents:
                step.missing = _("no documents are kept offline")
        step.options.sort(key=lambda o: (o not in plans, not o.good, fold(o.label)))
        return step

    def _call_step(self, contacts: list[Any], groups: list[str]) -> Step:
        step = Step("who-to-call", _("Find who to call"), _("Pick the person you would call first, and check the "
                                                            "number rings without the internet (a mobile or a "
                                                            "landline)."))
        order = CALL_ORDER[self.scenario]
        ranked = sorted(groups, key=lambda g: order.index(_group_kind(g)) if _group_kind(g) in order else 9)
        for group in ranked:
            for c in contacts:
                if fold(group) not in (fold(g) for g in c.groups):
                    continue
                phone = c.primary_phone
                good = reachable_offline(c.phones)
                step.options.append(Option(c.uid, f"{c.display_name} ({group})",
                                           phone.display() if phone else _("no number"), good))
        if not any(o.good for o in step.options):
            step.missing = _("nobody in {groups} has a number that rings without the internet").format(
                groups=_(" or ").join(ranked) or _("an escalation group"))
        return step

    def _dns_step(self, profiles: list[Any], working: list[str]) -> Step:
        step = Step("backup-dns", _("Pick a backup DNS profile (dry run)"), _("Choose the backup DNS you would switch "
                                                                              "to. Nothing is changed: this is a "
                                                                              "rehearsal."))
        for p in profiles:
            tested = p.id in working
            servers = ", ".join(p.servers[:2])
            step.options.append(Option(p.id, p.name, servers if tested else
                                       _("{servers} — not tested working").format(servers=servers), tested))
        if not any(o.good for o in step.options):
            step.missing = _("no backup DNS profile was tested working (run a DNS test)")
        return step

    def _fallback_step(self, svc: dict[str, Any] | None, documents: list[Any], contacts: list[Any]) -> Step:
        name = svc["name"] if svc else _("the service")
        step = Step("fallback", _("Work without {name}").format(name=name),
                    _("Open the document or find the person that replaces {name} while it is down.").format(name=name))
        fallbacks = [fold(x) for x in (svc or {}).get("fallback", [])]
        for d in documents:
            if fold(d.name) in fallbacks:
                step.options.append(Option(f"doc:{d.id}", d.name, _("document"), d.freshness is None or
                                           d.freshness.state != "missing"))
        for c in contacts:
            if fold(c.display_name) in fallbacks:
                step.options.append(Option(f"contact:{c.uid}", c.display_name, _("contact"),
                                           reachable_offline(c.phones)))
        if not any(o.good for o in step.options):
            step.missing = _("no offline fallback is linked to {name}").format(name=name)
        return step

    # ---- running ---------------------------------------------------------------------------------
    def start_step(self, step_id: str) -> Step:
        step = self.step(step_id)
        step._started = self.clock()
        return step

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def answer(self, step_id: str, option_id: str | None, note: str = "") -> Step:
        """The user picked ``option_id`` (None: could not find anything / gave up on the step)."""
        step = self.step(step_id)
        if step._started is None:
            step._started = self.clock()
        step.seconds = self.clock() - step._started
        step.note = note
        opt = next((o for o in step.options if o.id == option_id), None)
        if opt is None:
            step.outcome, step.choice = "missing", ""
            if not step.missing:
                step.missing = _("{step}: not found during the drill").format(step=step.title)
        else:
            step.choice = opt.label
            step.outcome = "done" if opt.good else "missing"
            if not opt.good:
                step.missing = step.missing or _("{option}: {detail}").format(
                    option=opt.label, detail=opt.detail or _("not usable offline"))
        return step

    @property
    def missing(self) -> list[str]:
        return [s.missing for s in self.steps if s.missing and s.outcome != "done"] + \
            [s.missing for s in self.steps if s.missing and s.outcome == "done"]

    def finish(self, *, aborted: bool = False) -> DrillRecord:
        for s in self.steps:
            if s.outcome == "pending":
                s.outcome = "skipped"
        gaps = [s for s in self.steps if s.outcome != "done"]
        outcome = "aborted" if aborted else ("gaps" if gaps or self.missing else "completed")
        missing = list(dict.fromkeys(m for m in self.missing if m))
        self.record = DrillRecord(self.scenario, self.started_at, self._now(), outcome,
                                  [s.to_dict() for s in self.steps], missing, self.service)
        return self.record
