"""Top-level windows and the built-in pages of the main window."""
