"""Outage drills: a guided rehearsal that changes nothing on the system.

A scenario stages the observations of a real outage and runs them through the real classifier,
so the drill shows the very verdict, advice and outage window the real thing would. The steps
(open the continuity plan, find who to call, pick a backup DNS profile as a dry run) are timed
and recorded in history, apart from real incidents.
"""

from .scenarios import SCENARIOS, drill_verdict
from .session import DrillSession, Step
from .store import DrillRecord, DrillStore

__all__ = ["SCENARIOS", "DrillRecord", "DrillSession", "DrillStore", "Step", "drill_verdict"]
