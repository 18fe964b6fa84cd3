"""Settings declared per feature; :mod:`offline_ready.config.schema` joins them into one schema.

Each module holds ``SETTINGS: list[Setting]`` for the sections it owns.
"""
