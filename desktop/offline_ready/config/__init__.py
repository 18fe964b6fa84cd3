"""Layered TOML configuration: defaults < recommended policy < user file < managed policy."""

from .loader import Config, ConfigError, load_config, save_user_settings

__all__ = ["Config", "ConfigError", "load_config", "save_user_settings"]
