"""Which old versions to keep. Pure.

Two schemes, as in Syncthing's file versioning:

* ``keep-n``: the newest *n* versions (the current one always counts and is always kept);
* ``staggered``: one version per 30 s for the last hour, one per hour for the last day, one per day
  for the last 30 days, one per week up to ``max_age_days``; older ones go.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HOUR = 3600.0
DAY = 86400.0

# (span from now in seconds, bucket size in seconds)
STAGGERED_STEPS: tuple[tuple[float, float], ...] = (
    (HOUR, 30.0),
    (DAY, HOUR),
    (30 * DAY, DAY),
)
WEEK = 7 * DAY


@dataclass(frozen=True)
class Ver:
    id: int
    created_at: float


def keep_n(versions: Sequence[Ver], n: int, current_id: int | None) -> set[int]:
    """Ids to delete so that at most ``n`` versions remain, the current one always among them."""
    n = max(1, n)
    newest_first = sorted(versions, key=lambda v: (v.created_at, v.id), reverse=True)
    keep = {v.id for v in newest_first[:n]}
    if current_id is not None and current_id not in keep and any(v.id == current_id for v in versions):
        # the current version is older than n newer ones (possible after a user rolled back): keep it
        # and drop the oldest kept one so the count still holds
        keep.add(current_id)
        others = [v for v in newest_first if v.id in keep and v.id != current_id]
        if len(keep) > n and others:
            keep.discard(others[-1].id)
    return {v.id for v in versions} - keep


def staggered(versions: Sequence[Ver], now: float, max_age_days: float, current_id: int | None) -> set[int]:
    """Ids to delete under the staggered scheme: in each bucket keep the oldest version of the bucket."""
    max_age = max_age_days * DAY
    keep: set[int] = set()
    seen_buckets: set[tuple[int, int]] = set()
    for v in sorted(versions, key=lambda v: (v.created_at, v.id)):
        age = now - v.created_at
        if age > max_age:
            continue
        bucket = _bucket(age)
        key = (bucket[0], int(v.created_at // bucket[1]))
        if key in seen_buckets:
            continue
        seen_buckets.add(key)
        keep.add(v.id)
    # the newest version is always kept (it is the one a user would look for first)
    if versions:
        keep.add(max(versions, key=lambda v: (v.created_at, v.id)).id)
    if current_id is not None:
        keep.add(current_id)
    return {v.id for v in versions} - keep


def _bucket(age: float) -> tuple[int, float]:
    for i, (span, size) in enumerate(STAGGERED_STEPS):
        if age <= span:
            return i, size
    return len(STAGGERED_STEPS), WEEK


def select_deletions(scheme: str, versions: Iterable[Ver], *, now: float, keep: int, max_age_days: float,
                     current_id: int | None) -> set[int]:
    vs = list(versions)
    if scheme == "staggered":
        return staggered(vs, now, max_age_days, current_id)
    return keep_n(vs, keep, current_id)
