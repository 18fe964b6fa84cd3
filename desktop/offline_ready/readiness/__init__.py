"""How ready this desk is for the next outage: a checklist with a score out of 100.

``gather`` reads the facts (vault, backup DNS results, settings, drills); ``evaluate`` is a pure
function of those facts, table-tested; the CLI and the Readiness page only present its result.
"""

from .evaluate import evaluate
from .model import Facts, Item, Readiness

__all__ = ["Facts", "Item", "Readiness", "evaluate"]
