#!/bin/sh
# Removes Offline Ready from a Mac (run with sudo). macOS has no package uninstaller: this removes
# exactly what the .pkg installed. Policy files an administrator added, managed profiles and each
# user's own settings and data (~/Library/Application Support/offline-ready …) stay.
set -e
launchctl bootout gui/"$(stat -f %u /dev/console)"/org.offlineready.OfflineReady 2>/dev/null || true
rm -rf "/Applications/Offline Ready.app"
rm -f /Library/LaunchAgents/org.offlineready.OfflineReady.plist /usr/local/bin/offline-ready
rmdir "/Library/Application Support/OfflineReady/policies/recommended" \
  "/Library/Application Support/OfflineReady/policies/managed" \
  "/Library/Application Support/OfflineReady/policies" "/Library/Application Support/OfflineReady" 2>/dev/null || true
pkgutil --forget org.offlineready.OfflineReady >/dev/null 2>&1 || true
