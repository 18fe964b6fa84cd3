"""Incident reports to send to the ISP or IT: text, self-contained HTML and PDF.

``build`` gathers one incident's facts into a :class:`Report` (pure once given its inputs); the
renderers only lay it out. Every string that leaves goes through :mod:`.redact` first: a report
carries evidence, never credentials, tokens or document contents.
"""

from .build import Report, build_report, report_for_incident
from .mailto import mailto_url

__all__ = ["Report", "build_report", "mailto_url", "report_for_incident"]
