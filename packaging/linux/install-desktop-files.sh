#!/usr/bin/env bash
# Installs the desktop integration of Offline Ready under PREFIX (default /usr/local):
# the application menu entry, the AppStream metainfo and the icon. With --autostart-for-all-users
# it also installs the login autostart entry for everyone in /etc/xdg/autostart (a user can still
# turn it off in the app's settings, which writes a Hidden=true entry in their own profile).
set -euo pipefail
cd "$(dirname "$0")"
PREFIX="${PREFIX:-/usr/local}"
ID=org.offlineready.OfflineReady
install -Dm644 "$ID.desktop" "$PREFIX/share/applications/$ID.desktop"
install -Dm644 "$ID.metainfo.xml" "$PREFIX/share/metainfo/$ID.metainfo.xml"
install -Dm644 ../../resources/icons/offline-ready.svg "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"
if [ "${1:-}" = "--autostart-for-all-users" ]; then
  install -Dm644 "autostart/$ID.desktop" "/etc/xdg/autostart/$ID.desktop"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
