"""Presentation models: turn verdicts and history into what the widgets show (no widgets here)."""
