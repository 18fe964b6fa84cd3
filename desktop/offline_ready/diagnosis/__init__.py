"""Outage diagnosis: probe results in, a layered verdict with evidence and advice out."""
