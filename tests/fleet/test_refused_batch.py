"""A batch the engine refuses as bad data (HTTP 400) is quarantined with a clear log line; the rest flows.
Sign-in and address problems (401/403/404) and overload (429, 5xx) keep the data for later instead."""

from __future__ import annotations

import logging

from fleet.desk import T0, Desk
from fleet.gate import Gate


def test_a_400_quarantines_that_batch_and_the_rest_arrives(vm, tmp_path, caplog):
    with Gate(vm.url, refuse={2: 400}, body=b"cannot parse: bad label") as gate:
        desk = Desk(tmp_path / "home")
        rep = desk.open(metrics_url=gate.url + "/api/v1/write")
        desk.confirmed = "online"
        desk.observe("online")
        for _ in range(60):
            desk.tick(60)
        with caplog.at_level(logging.WARNING, logger="offline_ready.fleet"):
            sent = rep.send_all()
    assert sent == {"metrics": 40}  # three batches of 20: the second was refused
    assert [r[3] for r in gate.received] == [204, 400, 204]
    assert rep.spool.stats()["items"] == 0
    quarantined = rep.spool.quarantined()
    assert len(quarantined) == 20 and {q["status"] for q in quarantined} == {400}
    assert "cannot parse: bad label" in quarantined[0]["reason"]
    line = next(r.getMessage() for r in caplog.records if "refused" in r.getMessage())
    assert "HTTP 400" in line and "quarantine" in line and "20 item(s)" in line
    stamps = vm.export("offline_ready_last_seen_timestamp_seconds")[0]["timestamps"]
    assert stamps == [int((T0 + 60 * i) * 1000) for i in [*range(1, 21), *range(41, 61)]]
    assert rep.status()["quarantined"] == 20


def test_sign_in_refused_keeps_the_data_for_later(tmp_path):
    with Gate(None, refuse={1: 401, 2: 503}) as gate:
        desk = Desk(tmp_path / "home")
        rep = desk.open(metrics_url=gate.url + "/api/v1/write")
        desk.observe("online")
        desk.tick(60)
        assert rep.send_all() == {"metrics": 0}
        assert "HTTP 401" in rep.last_error["metrics"]
        rep._next_try.clear()
        assert rep.send_all() == {"metrics": 0}
        rep._next_try.clear()
        assert rep.send_all() == {"metrics": 2}
    assert rep.spool.quarantined() == []
    _path, headers, _, _ = gate.received[-1]
    assert headers["Content-Encoding"] == "snappy"
    assert headers["X-Prometheus-Remote-Write-Version"] == "0.1.0"
    assert headers["Content-Type"] == "application/x-protobuf"
