"""The heartbeat asks the watched services' names in turn with the canaries: which name each beat
asks, and what a service name's answer means (pure decisions, no network)."""

from __future__ import annotations

import itertools

import pytest

from offline_ready.monitor.heartbeat import Heartbeat, beat_names
from offline_ready.probes.dns import DnsResult

ROTATIONS = [
    ("no services: the canaries in turn", ["a", "b", "c"], [], 12, ["a", "b", "c", "a", "b", "c"]),
    ("one service between the canaries", ["a", "b", "c"], ["x"], 12, ["a", "x", "b", "c", "a", "x"]),
    ("service names that are canaries too are asked once a cycle", ["c", "s", "f"], ["s", "f"], 12,
     ["c", "s", "f", "c", "s", "f"]),
    ("many services: one canary a cycle, in turn", ["a", "b"], ["h1", "h2", "h3"], 3,
     ["a", "h1", "h2", "h3", "b", "h1", "h2", "h3"]),
    ("only services", ["a"], ["a"], 12, ["a", "a", "a"]),
]


@pytest.mark.parametrize(("what", "canaries", "hosts", "per_cadence", "want"), ROTATIONS, ids=[r[0] for r in ROTATIONS])
def test_rotation(what: str, canaries: list[str], hosts: list[str], per_cadence: int, want: list[str]) -> None:
    assert list(itertools.islice(beat_names(canaries, hosts, per_cadence), len(want))) == want, what


def test_every_service_name_is_asked_within_its_cadence_when_the_beats_allow() -> None:
    hosts = [f"svc{i}.test" for i in range(5)]
    names = list(itertools.islice(beat_names(["a", "b", "c", "d"], hosts, 12), 120))
    for host in hosts:
        at = [i for i, n in enumerate(names) if n == host]
        assert max(b - a for a, b in itertools.pairwise(at)) <= 12


def ok(name: str, *addresses: str) -> DnsResult:
    return DnsResult("203.0.113.53", name, "ok", 3.0, addresses=list(addresses))


def test_a_service_name_that_moves_is_reported_and_its_answer_kept() -> None:
    hb = Heartbeat(["check.test"], [], 1.0, 500.0, hosts=["forum.test"])
    assert hb._note_host("forum.test", ok("forum.test", "203.0.113.22")) == ()  # the first answer is not a move
    assert hb.fresh("forum.test", 60).addresses == ["203.0.113.22"]
    assert hb._note_host("forum.test", ok("forum.test", "203.0.113.22", "203.0.113.23")) == ()  # a new address beside
    assert hb._note_host("forum.test", ok("forum.test", "203.0.113.25")) == ("forum.test",)  # rewritten
    assert hb.fresh("forum.test", 60).addresses == ["203.0.113.25"]
    gone = DnsResult("203.0.113.53", "forum.test", "nxdomain", 3.0)
    assert hb._note_host("forum.test", gone) == ("forum.test",)
    assert hb.fresh("forum.test", 60) is None  # no usable answer: the light check asks itself
    assert hb._note_host("forum.test", gone) == ()  # still gone: not a new move
    assert hb.fresh("forum.test", -1) is None


@pytest.mark.parametrize(("name", "status", "problem"), [
    ("forum.test", "nxdomain", False),  # a service's name is gone: that service's check, not the resolver's
    ("forum.test", "nodata", False),
    ("forum.test", "timeout", True),  # the resolver is not answering: an anomaly whatever the name
    ("forum.test", "servfail", True),
    ("check.test", "nxdomain", True),  # a canary must resolve
])
def test_which_failed_answers_are_an_anomaly(name: str, status: str, problem: bool) -> None:
    hb = Heartbeat(["check.test"], [], 1.0, 500.0, hosts=["forum.test"])
    assert bool(hb._dns_problem(name, DnsResult("203.0.113.53", name, status, 3.0))) is problem
