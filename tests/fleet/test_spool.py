"""The spool's own rules, on a real SQLite file: idempotent ids, event-time order, the age and size caps
(routine samples go before state changes and incidents), quarantine, and its store version."""

from __future__ import annotations

import sqlite3

import pytest

from offline_ready.fleet import push
from offline_ready.fleet.spool import INCIDENT, ROUTINE, TRANSITION, Spool
from offline_ready.storeversion import NewerStoreError

NOW = 1_780_000_000.0


def test_one_row_per_id_and_oldest_event_first(tmp_path):
    sp = Spool(tmp_path / "s.sqlite3")
    t = int(NOW * 1000)
    assert sp.put("metrics", "m:3000", t + 3000, {"n": 3}, now=NOW)
    assert sp.put("metrics", "m:1000", t + 1000, {"n": 1}, now=NOW)
    assert not sp.put("metrics", "m:1000", t + 1000, {"n": "again"}, now=NOW)  # the same moment once
    sp.put("events", "e:2000", t + 2000, {"n": 2}, INCIDENT, now=NOW)
    assert [i.body for i in sp.batch("metrics", 10)] == [{"n": 1}, {"n": 3}]
    assert [i.body for i in sp.batch("events", 10)] == [{"n": 2}]
    with pytest.raises(ValueError):
        sp.put("elsewhere", "x", 1, {}, now=NOW)


def test_the_age_cap_drops_what_is_older_than_the_limit(tmp_path):
    sp = Spool(tmp_path / "s.sqlite3", max_age_days=7)
    day = 86400 * 1000
    now_ms = int(NOW * 1000)
    for age in (8, 6, 1):
        sp.put("metrics", f"m:{age}", now_ms - age * day, {"age": age}, INCIDENT, now=NOW)
    assert [i.body["age"] for i in sp.batch("metrics", 10)] == [6, 1]  # even an incident goes after 7 days


def test_the_size_cap_drops_routine_samples_first_then_transitions(tmp_path):
    sp = Spool(tmp_path / "s.sqlite3", max_bytes=40_000)
    pad = "x" * 900
    t = int(NOW * 1000)
    for i in range(10):
        sp.put("events", f"e:{i}", t + i, {"pad": pad}, INCIDENT, now=NOW)
        sp.put("metrics", f"t:{i}", t + i, {"pad": pad}, TRANSITION, now=NOW)
    for i in range(60):
        sp.put("metrics", f"m:{i}", t + 100 + i, {"pad": pad}, ROUTINE, now=NOW)
    stats = sp.stats()
    assert stats["bytes"] <= 40_000
    kept = sp.batch("metrics", 1000)
    assert sum(1 for i in kept if i.priority == TRANSITION) == 10  # every state change kept
    routine = [i.uid for i in kept if i.priority == ROUTINE]
    assert routine and routine == [f"m:{i}" for i in range(60 - len(routine), 60)]  # the newest routine ones
    assert len(sp.batch("events", 100)) == 10
    # past routine samples, state changes go (oldest first) before any incident event
    for i in range(40):
        sp.put("events", f"e2:{i}", t + 1000 + i, {"pad": pad}, INCIDENT, now=NOW)
    assert not [i for i in sp.batch("metrics", 1000) if i.priority == ROUTINE]
    assert sp.stats()["bytes"] <= 40_000


def test_quarantine_keeps_refused_items_aside(tmp_path):
    sp = Spool(tmp_path / "s.sqlite3")
    for i in range(3):
        sp.put("metrics", f"m:{i}", int(NOW * 1000) + i, {"i": i}, now=NOW)
    first = sp.batch("metrics", 2)
    sp.quarantine(first, 400, "bad label", now=NOW)
    assert [i.body for i in sp.batch("metrics", 10)] == [{"i": 2}]
    q = sp.quarantined()
    assert {r["id"] for r in q} == {"m:0", "m:1"} and {r["status"] for r in q} == {400}
    assert sp.stats()["quarantined"]["metrics"]["items"] == 2


def test_a_spool_from_a_newer_release_is_left_alone(tmp_path):
    path = tmp_path / "s.sqlite3"
    Spool(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    with pytest.raises(NewerStoreError):
        Spool(path)


@pytest.mark.parametrize(("status", "verdict"), [
    (200, push.DELIVERED), (204, push.DELIVERED), (400, push.QUARANTINE), (413, push.QUARANTINE),
    (422, push.QUARANTINE), (401, push.RETRY), (403, push.RETRY), (404, push.RETRY), (407, push.RETRY),
    (429, push.RETRY), (500, push.RETRY), (503, push.RETRY), (302, push.RETRY),
])
def test_what_an_answer_means_for_the_batch(status, verdict):
    assert push.classify(status).verdict == verdict


def test_retry_after_and_backoff():
    assert push.classify(429, "", "120").retry_after == 120
    assert push.classify(503, "", "Thu, 28 May 2026 20:27:20 GMT", now=1_780_000_000.0).retry_after == 40
    assert push.parse_retry_after("99999") == 3600
    assert [push.backoff(n, 30) for n in (1, 2, 3, 10)] == [30, 60, 120, 1800]
    assert push.backoff(3, 30, jitter=0.999) < 180
