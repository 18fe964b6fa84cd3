"""When the app speaks up: one warning per confirmed incident, snooze, quiet hours, toggles, reminders."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from offline_ready.ui.warnings_policy import (
    WarningPolicy,
    WarningSettings,
    in_quiet_hours,
    parse_quiet_hours,
)

T0 = datetime(2025, 10, 20, 12, 0, tzinfo=UTC)


def _policy(**kw) -> WarningPolicy:
    return WarningPolicy(WarningSettings(**kw))


def start(p: WarningPolicy, state: str, at: datetime, *, incident: int = 1, since: datetime | None = None,
          previous: str = "online"):
    return p.on_state_changed(state, state, incident, since or at, at, previous=previous)


def test_a_change_of_kind_is_said_once_with_the_new_action() -> None:
    p = _policy()
    w = start(p, "no-internet", T0)
    assert w is not None and w.kind == "incident" and w.state == "no-internet"
    # the engine opens a new history row (new id) for the new kind, but the trouble started at T0;
    # the fix is now "sign in", not "call your provider": said once, as a change
    change = p.on_state_changed("captive-portal", "captive-portal", 2, T0, T0 + timedelta(minutes=1))
    assert change is not None and change.kind == "change" and change.category == "captive-portal"
    assert change.started_at == T0
    # flapping back and forth between kinds already said is not news
    assert p.on_state_changed("no-internet", "no-internet", 3, T0, T0 + timedelta(minutes=2)) is None
    assert p.on_state_changed("captive-portal", "captive-portal", 4, T0, T0 + timedelta(minutes=3)) is None
    rec = p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=12))
    assert rec is not None and rec.kind == "recovery" and rec.duration_s == pytest.approx(720)


def test_running_on_backup_dns_is_said_and_is_not_recovery() -> None:
    p = _policy(categories=frozenset({"dns-outage"}))
    assert start(p, "dns-outage", T0).kind == "incident"
    on_backup = p.on_state_changed("online", "on-backup-dns", 2, T0, T0 + timedelta(minutes=1))
    assert on_backup is not None and on_backup.kind == "change" and on_backup.category == "on-backup-dns"
    assert p.in_incident
    # back on the user's own broken resolver after a restore: already said, same incident
    assert p.on_state_changed("dns-outage", "dns-outage", 3, T0, T0 + timedelta(minutes=2)) is None
    rec = p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=5))
    assert rec is not None and rec.kind == "recovery"


def test_a_new_incident_after_recovery_is_announced_again() -> None:
    p = _policy()
    assert start(p, "dns-outage", T0)
    assert p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=5))
    t1 = T0 + timedelta(minutes=30)
    assert start(p, "dns-outage", t1, incident=2)


def test_pause_for_one_hour_silences_start_and_recovery() -> None:
    p = _policy()
    until = p.pause(T0)
    assert until == T0 + timedelta(hours=1)
    assert start(p, "no-internet", T0 + timedelta(minutes=5)) is None
    assert p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=6)) is None
    # the pause ends by itself
    assert start(p, "no-internet", T0 + timedelta(minutes=61), incident=2).kind == "incident"


def test_per_state_toggles() -> None:
    p = _policy(categories=frozenset({"dns-outage"}))
    assert start(p, "degraded", T0) is None
    assert p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=1)) is None  # never announced
    assert start(p, "dns-outage", T0 + timedelta(minutes=2), incident=2).kind == "incident"


def test_disabled_warnings_and_recovery_toggle() -> None:
    assert start(_policy(enabled=False), "no-network", T0) is None
    p = _policy(on_recovery=False)
    assert start(p, "no-network", T0)
    assert p.on_state_changed("online", None, None, None, T0 + timedelta(minutes=1)) is None


def test_quiet_hours_span_midnight() -> None:
    span = parse_quiet_hours("22:00-07:00")
    assert span == (time(22, 0), time(7, 0))
    assert in_quiet_hours(span, datetime(2025, 1, 1, 23, 30))
    assert in_quiet_hours(span, datetime(2025, 1, 1, 6, 59))
    assert not in_quiet_hours(span, datetime(2025, 1, 1, 7, 0))
    assert not in_quiet_hours(span, datetime(2025, 1, 1, 12, 0))
    assert in_quiet_hours(parse_quiet_hours("12:00-13:00"), datetime(2025, 1, 1, 12, 30))
    assert parse_quiet_hours("") is None
    with pytest.raises(ValueError):
        parse_quiet_hours("late")
    with pytest.raises(ValueError):
        parse_quiet_hours("25:00-07:00")


def test_quiet_hours_silence_warnings() -> None:
    local_now = datetime(2025, 1, 1, 23, 30).astimezone()
    p = _policy(quiet_hours=(time(22, 0), time(7, 0)))
    assert start(p, "no-internet", local_now) is None


def test_reminder_is_off_by_default_and_never_more_often_than_every_30_minutes() -> None:
    p = _policy()
    start(p, "no-internet", T0)
    assert p.on_tick(T0 + timedelta(hours=5)) is None
    p = _policy(reminder_minutes=5)
    assert p.settings.reminder_every == timedelta(minutes=30)
    start(p, "no-internet", T0)
    assert p.on_tick(T0 + timedelta(minutes=29)) is None
    r = p.on_tick(T0 + timedelta(minutes=30))
    assert r is not None and r.kind == "reminder" and r.duration_s == pytest.approx(1800)
    assert p.on_tick(T0 + timedelta(minutes=45)) is None
    assert p.on_tick(T0 + timedelta(minutes=60)) is not None


def test_problem_found_at_start_up_waits_for_confirmation() -> None:
    """The engine reports its first verdict as-is; Wi-Fi not joined yet at login must not warn."""
    p = _policy(initial_rounds=3)
    assert start(p, "no-network", T0, previous="unknown") is None
    assert p.on_verdict("no-network", "no-network", T0 + timedelta(seconds=3)) is None
    assert p.on_verdict("no-network", "no-network", T0 + timedelta(seconds=6)) is None
    w = p.on_verdict("no-network", "no-network", T0 + timedelta(seconds=9))
    assert w is not None and w.kind == "incident"
    assert p.on_verdict("no-network", "no-network", T0 + timedelta(seconds=12)) is None


def test_start_up_problem_that_clears_says_nothing() -> None:
    p = _policy(initial_rounds=3)
    assert start(p, "no-network", T0, previous="unknown") is None
    assert p.on_verdict("no-network", "no-network", T0 + timedelta(seconds=3)) is None
    assert p.on_state_changed("online", None, None, None, T0 + timedelta(seconds=6)) is None
    assert p.on_verdict("online", None, T0 + timedelta(seconds=9)) is None


def test_settings_from_config(ui_config) -> None:
    s = WarningSettings.from_config(ui_config)
    assert s.enabled and s.on_recovery and s.reminder_every is None and s.quiet_hours is None
    assert {"dns-outage", "no-internet", "service-down"} <= s.categories
