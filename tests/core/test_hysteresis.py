"""Hysteresis: one lost round never raises an outage; real ones are confirmed in a few rounds."""

from __future__ import annotations

from offline_ready.diagnosis.model import State
from offline_ready.monitor.hysteresis import Condition, Hysteresis

ON = Condition(State.ONLINE)
DNS = Condition(State.DNS_OUTAGE)
NOI = Condition(State.NO_INTERNET)
NONET = Condition(State.NO_NETWORK)
SHOP = Condition(State.ONLINE, ("Shop",))


def feed(h: Hysteresis, seq: list[Condition]) -> list[State]:
    out = []
    for c in seq:
        if h.observe(c):
            out.append(h.confirmed.state)
    return out


def test_first_verdict_is_reported_at_once() -> None:
    h = Hysteresis()
    assert feed(h, [DNS]) == [State.DNS_OUTAGE]


def test_single_bad_round_is_ignored() -> None:
    h = Hysteresis()
    assert feed(h, [ON, DNS, ON, ON, NOI, ON]) == [State.ONLINE]


def test_three_bad_rounds_confirm_and_two_good_recover() -> None:
    h = Hysteresis(confirm_rounds=3, recover_rounds=2)
    assert feed(h, [ON, DNS, DNS]) == [State.ONLINE]
    assert feed(h, [DNS]) == [State.DNS_OUTAGE]
    assert feed(h, [ON]) == []
    assert feed(h, [ON]) == [State.ONLINE]


def test_flapping_between_problem_states_still_confirms_an_outage() -> None:
    h = Hysteresis()
    feed(h, [ON])
    assert feed(h, [DNS, NOI, DNS]) == [State.DNS_OUTAGE]


def test_link_loss_needs_two_rounds() -> None:
    h = Hysteresis()
    feed(h, [ON])
    assert feed(h, [NONET, NONET]) == [State.NO_NETWORK]


def test_failed_heartbeat_counts_as_a_round() -> None:
    h = Hysteresis()
    feed(h, [ON])
    assert not h.observe(DNS, prior_failures=1)
    assert h.observe(DNS)
    assert h.confirmed == DNS


def test_service_down_is_a_condition_change() -> None:
    h = Hysteresis()
    assert feed(h, [ON, SHOP, SHOP, SHOP]) == [State.ONLINE, State.ONLINE]
    assert h.confirmed == SHOP


def test_alternating_blips_never_confirm() -> None:
    h = Hysteresis()
    feed(h, [ON])
    assert feed(h, [DNS, ON] * 20) == []
