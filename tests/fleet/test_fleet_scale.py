"""A hundred desks push into one engine at once; each writes no more series than documented; a desk
draining a long backlog does so in bounded memory."""

from __future__ import annotations

import threading
import tracemalloc

from fleet.desk import T0, Desk
from offline_ready.fleet import series


def test_a_hundred_desks_at_once_with_the_documented_cardinality(vm, tmp_path):
    desks = []
    for n in range(100):
        desk = Desk(tmp_path / f"desk{n}", name=f"desk-{n}.corp.example")
        desk.open(metrics_url=vm.write_url, site=f"site-{n % 4}", isp_asn=f"AS{64500 + n % 3}")
        desk.observe("online")
        for minute in range(30):
            outage = n % 10 == 0 and 10 <= minute < 20
            desk.tick(60, "online", down={"Shop": "tls"} if outage else None)
        desks.append(desk)
    results: dict[int, dict] = {}
    barrier = threading.Barrier(len(desks))

    def push(i: int, desk: Desk) -> None:
        barrier.wait()
        results[i] = desk.reporter.send_all()

    threads = [threading.Thread(target=push, args=(i, d)) for i, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(results[i] == {"metrics": 31} for i in range(100)), results
    per_desk = {r["metric"]["desk"]: int(r["value"][1])
                for r in vm.query('count by (desk) ({__name__=~"offline_ready_.*"})', at=T0 + 1800)}
    assert len(per_desk) == 100
    # 6 states + backup + 2 services + 3 resolver classes + 1 HTTP class + 8 causes + last seen + info
    assert set(per_desk.values()) <= {23, 24}
    assert max(per_desk.values()) <= series.max_series(2)
    series_total = vm.query('count({__name__=~"offline_ready_.*"})', at=T0 + 1800)
    assert int(series_total[0]["value"][1]) == sum(per_desk.values())
    sites = vm.query('count by (site) (offline_ready_state{state="online"} == 1)', at=T0 + 1800)
    assert {r["metric"]["site"]: int(r["value"][1]) for r in sites} == {f"site-{i}": 25 for i in range(4)}
    down = vm.query('count(offline_ready_service_down_cause{cause="tls"} == 1)', at=T0 + 15 * 60)
    assert int(down[0]["value"][1]) == 10


def test_a_long_backlog_drains_in_bounded_memory(vm, tmp_path):
    desk = Desk(tmp_path / "home")
    rep = desk.open(metrics_url=vm.write_url)
    desk.observe("online")
    for _ in range(24 * 60):  # a day offline, one sample a minute
        desk.now += 60
        rep.record_sample()
    assert rep.spool.stats()["items"] == 24 * 60 + 1
    tracemalloc.start()
    try:
        sent = rep.send_all()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sent == {"metrics": 24 * 60 + 1}
    assert peak < 3 << 20, f"peak {peak / 1e6:.1f} MB while draining"
    assert len(vm.export("offline_ready_last_seen_timestamp_seconds")[0]["timestamps"]) == 24 * 60 + 1
