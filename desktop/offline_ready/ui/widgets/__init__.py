"""Reusable views: evidence by layer, busy button, lock badge, incident timeline, latency chart; the
load-on-show rule windows and dialogs follow."""
