"""Incident history in SQLite, shared by the monitor, the tray app and the CLI."""

from .store import HistoryStore, Incident, Sample

__all__ = ["HistoryStore", "Incident", "Sample"]
