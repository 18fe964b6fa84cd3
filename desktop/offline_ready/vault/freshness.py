"""How fresh an offline copy is, and when to check it again. Pure.

"Fresh" means the source confirmed the copy (a new version or a 304) within the target age:
a document whose refreshes keep failing grows stale even though it still opens.
"""

from __future__ import annotations

from ..i18n import _, ngettext
from ..valueclass import FrozenRecord, as_dict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FRESH = "fresh"
STALE = "stale"
MISSING = "missing"  # no usable copy at all

DAY = 86400.0


class Freshness(FrozenRecord):
    """How old a document's offline copy is against its target age, in words."""

    state: str  # FRESH, STALE or MISSING
    age_s: float | None  # seconds since last confirmed
    target_s: float
    label: str  # "checked 2 hours ago", "stale: checked 9 days ago", "no offline copy yet"

    @property
    def stale(self) -> bool:
        return self.state != FRESH

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)


def human_age(seconds: float) -> str:
    """'just now', '5 minutes ago', '3 hours ago', '2 days ago', '5 weeks ago'."""
    s = max(0.0, seconds)
    if s < 60:
        return _("just now")
    if s < 3600:
        n = int(s // 60)
        return ngettext("{n} minute ago", "{n} minutes ago", n).format(n=n)
    if s < DAY:
        n = int(s // 3600)
        return ngettext("{n} hour ago", "{n} hours ago", n).format(n=n)
    if s < 14 * DAY:
        n = int(s // DAY)
        return ngettext("{n} day ago", "{n} days ago", n).format(n=n)
    if s < 60 * DAY:
        n = int(s // (7 * DAY))
        return ngettext("{n} week ago", "{n} weeks ago", n).format(n=n)
    n = int(s // (30 * DAY))
    return ngettext("{n} month ago", "{n} months ago", n).format(n=n)


def assess(has_copy: bool, verified_at: float | None, target_age_days: float, now: float) -> Freshness:
    target = target_age_days * DAY
    if not has_copy:
        return Freshness(MISSING, None, target, _("no offline copy yet"))
    if verified_at is None:
        return Freshness(STALE, None, target, _("never confirmed with its source"))
    age = now - verified_at
    if age <= target:
        return Freshness(FRESH, age, target, _("checked {age}").format(age=human_age(age)))
    return Freshness(STALE, age, target, _("stale: last confirmed {age}").format(age=human_age(age)))


def due(checked_at: float | None, verified_at: float | None, interval_s: float, target_s: float, now: float,
        retry_s: float = 3600.0) -> bool:
    """Should a scheduled refresh include this document now?

    Yes when it was never checked, when the refresh interval has passed, or when it is stale and the
    last attempt (which failed) is older than ``retry_s`` (retry failures sooner than the interval).
    """
    if checked_at is None:
        return True
    if now - checked_at >= interval_s:
        return True
    stale = verified_at is None or now - verified_at > target_s
    return stale and now - checked_at >= min(retry_s, interval_s)
