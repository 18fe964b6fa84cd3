"""Drills: scenarios through the real classifier, steps timed, records apart from incidents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from offline_ready.drill import SCENARIOS, DrillSession, DrillStore, drill_verdict
from offline_ready.drill.scenarios import is_drill
from offline_ready.history import HistoryStore
from offline_ready.vault.contacts.model import Contact, Phone
from offline_ready.vault.freshness import assess

SERVICES = [{"name": "Shop", "url": "https://shop.example/", "fallback": ["Price list"]},
            {"name": "Forum", "url": "https://forum.example/"}]


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_each_scenario_classifies_as_its_real_outage(scenario: str) -> None:
    v = drill_verdict(scenario, SERVICES, "Shop" if scenario == "provider-dns" else None)
    assert str(v.state) == SCENARIOS[scenario][1]
    assert is_drill(v) and v.advice.headline and v.advice.todo
    if scenario == "provider-dns":
        assert [(s.name, str(s.cause)) for s in v.services_down] == [("Shop", "provider-dns")]


@dataclass
class Doc:
    id: int
    name: str
    freshness: object


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@dataclass
class Prof:
    id: str
    name: str
    servers: tuple


def session(scenario="dns-outage", contacts=None, docs=None, working=("quad9",), clock=None) -> DrillSession:
    now = datetime.now(UTC).timestamp()
    docs = docs if docs is not None else [
        Doc(1, "Continuity plan", assess(True, now - 3600, 7, now)),
        Doc(2, "Price list", assess(True, now - 20 * 86400, 7, now)),
    ]
    contacts = contacts if contacts is not None else [
        Contact("ISP hotline", groups=["ISP"], phones=[Phone("+49 800 123456", "+49800123456", "main")]),
        Contact("Anna (IT)", groups=["IT helpdesk"], phones=[Phone("sip:anna@pbx", None, "other")]),
    ]
    return DrillSession(scenario, services=SERVICES, documents=docs, contacts=contacts,
                        escalation_groups=["IT helpdesk", "ISP"], continuity_words="continuity",
                        profiles=[Prof("quad9", "Quad9", ("9.9.9.9",)), Prof("cloudflare", "Cloudflare", ("1.1.1.1",))],
                        working_profiles=list(working), service="Shop", clock=clock or Clock())


def test_a_complete_dns_drill_records_each_step_and_its_time() -> None:
    clock = Clock()
    s = session(clock=clock)
    assert [st.id for st in s.steps] == ["open-plan", "who-to-call", "backup-dns"]
    plan = s.start_step("open-plan")
    assert plan.options[0].label == "Continuity plan" and not plan.missing
    clock.t += 12
    s.answer("open-plan", plan.options[0].id)
    call = s.start_step("who-to-call")
    assert call.options[0].label == "ISP hotline (ISP)"  # the ISP first in a DNS outage
    clock.t += 30
    s.answer("who-to-call", call.options[0].id)
    s.start_step("backup-dns")
    clock.t += 5
    s.answer("backup-dns", "quad9")
    rec = s.finish()
    assert rec.outcome == "completed" and rec.missing == []
    assert [(st["id"], st["outcome"], st["seconds"]) for st in rec.steps] == [
        ("open-plan", "done", 12.0), ("who-to-call", "done", 30.0), ("backup-dns", "done", 5.0)]


def test_what_was_missing_is_recorded() -> None:
    s = session(contacts=[Contact("Anna (IT)", groups=["IT helpdesk"], phones=[Phone("sip:anna@pbx", None)])],
                docs=[], working=())
    assert s.step("open-plan").missing == "no documents are kept offline"
    s.answer("open-plan", None)
    s.answer("who-to-call", s.step("who-to-call").options[0].id)  # picks the softphone: not usable offline
    s.answer("backup-dns", "cloudflare")  # never tested working
    rec = s.finish()
    assert rec.outcome == "gaps"
    assert rec.missing == ["no documents are kept offline",
                           "nobody in ISP or IT helpdesk has a number that rings without the internet",
                           "no backup DNS profile was tested working (run a DNS test)"]


def test_provider_drill_asks_for_the_service_fallback() -> None:
    s = session("provider-dns")
    assert [st.id for st in s.steps] == ["open-plan", "who-to-call", "fallback"]
    fb = s.step("fallback")
    assert [o.label for o in fb.options] == ["Price list"] and not fb.missing


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown scenario"):
        session("meteor")


def test_drills_are_stored_apart_from_incidents(tmp_path) -> None:
    db = tmp_path / "history.sqlite3"
    history = HistoryStore(db)
    store = DrillStore(db)
    rec = session().finish(aborted=True)
    store.add(rec)
    s2 = session()
    for st in s2.steps:
        s2.answer(st.id, st.options[0].id if st.options else None)
    store.add(s2.finish())
    assert history.incidents() == []  # a drill is never an incident
    assert [d.outcome for d in store.drills()] == ["aborted", "completed"]
    assert store.last_completed().outcome == "completed"
    assert store.drills(since=datetime.now(UTC) + timedelta(hours=1)) == []
    store.close()
    history.close()
