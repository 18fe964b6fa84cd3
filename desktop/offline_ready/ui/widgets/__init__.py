"""Reusable views: evidence by layer, busy button, lock badge, incident timeline, latency chart."""
