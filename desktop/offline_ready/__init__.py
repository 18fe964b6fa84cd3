"""Offline Ready: diagnose outages by layer and keep what people need to work offline.

Everything in this package except :mod:`offline_ready.ui` runs without Qt.
"""

__version__ = "0.1.0"
APP_NAME = "Offline Ready"
APP_ID = "offline-ready"
