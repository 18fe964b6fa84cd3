"""``offline-ready doctor``: what this desktop lacks for the app to work fully, and the fix for each."""

from .checks import EXIT_CODES, Finding, Report, run_doctor

__all__ = ["EXIT_CODES", "Finding", "Report", "run_doctor"]
