"""The ``offline-ready`` command line: every subcommand, JSON output for scripts."""
