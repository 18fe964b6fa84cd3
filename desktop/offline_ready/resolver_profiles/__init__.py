"""The resolvers the app knows: backup profiles (built-in, the user's captured original, custom), their
last test results, and the strict checks every resolver setting passes before it may reach a system
command.

Kept below both users of it: :mod:`offline_ready.fallback_lookup` (lookups for the app's own traffic)
and :mod:`offline_ready.backup_dns` (testing and switching the system's resolvers). Importing this package
loads nothing else.
"""
