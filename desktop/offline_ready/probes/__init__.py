"""Probes: each looks at one layer with a hard time bound and returns plain data.

No decisions are made here; :mod:`offline_ready.diagnosis.classify` decides.
"""
