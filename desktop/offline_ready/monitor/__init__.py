"""Continuous monitoring: heartbeats, full diagnoses, hysteresis and network-change triggers."""

from .runner import Monitor

__all__ = ["Monitor"]
