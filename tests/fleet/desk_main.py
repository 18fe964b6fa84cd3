"""A desk in its own process, for the kill tests: ``python -m fleet.desk_main HOME URL START MINUTES``.

Records one sample a minute from START (desk clock) for MINUTES, then sends everything. With
``OFFLINE_READY_FAULT`` set the process is killed (SIGKILL) at that named point.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fleet.desk import Desk


def main() -> None:
    home, url, start, minutes = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    desk = Desk(home, now=start)
    rep = desk.open(metrics_url=url)
    desk.confirmed = "online"  # the desk was running before: no transition at the start
    desk.observe("online")
    for _ in range(minutes):
        desk.tick(60)
    sent = rep.send_all()
    print(json.dumps({"sent": sent, "queued": rep.spool.stats()["items"]}))


if __name__ == "__main__":
    main()
