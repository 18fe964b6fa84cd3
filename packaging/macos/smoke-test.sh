#!/usr/bin/env bash
# Installs the .pkg as MDM would (installer -target /), checks what it put where, runs the command
# line against a policy and the generated configuration profile, then uninstalls and checks nothing
# of it is left. Run with sudo on a disposable Mac (CI).
set -euo pipefail
PKG=$1
APP="/Applications/Offline Ready.app"
POL="/Library/Application Support/OfflineReady/policies"
check() { if eval "$1"; then echo "ok: $2"; else echo "FAILED: $2" >&2; exit 1; fi; }
pkgutil --check-signature "$PKG" || true   # unsigned in CI without the organization's certificates
installer -pkg "$PKG" -target /
check '[ -x "$APP/Contents/MacOS/OfflineReady" ]' "the app is in /Applications"
check 'codesign --verify --deep --strict "$APP"' "the app's signature is intact"
check '[ -d "$POL/managed" ] && [ "$(stat -f %Su "$POL/managed")" = root ]' "managed policy folder, owned by root"
check 'plutil -lint /Library/LaunchAgents/org.offlineready.OfflineReady.plist' "login item for all users"
check '/usr/local/bin/offline-ready --version | grep -q offline-ready' "offline-ready --version"
printf '[monitor]\nfull_interval = 300\n' >"$POL/managed/10-test.toml"
check '/usr/local/bin/offline-ready config validate' "config validate with a managed policy"
/usr/local/bin/offline-ready config profile "$POL/managed/10-test.toml" -o /tmp/offline-ready-test.mobileconfig
check 'plutil -lint /tmp/offline-ready-test.mobileconfig' "the generated profile is a valid property list"
rm "$POL/managed/10-test.toml"
sh "$(dirname "$0")/uninstall.sh"
check '[ ! -e "$APP" ] && [ ! -e "$POL" ] && [ ! -e /usr/local/bin/offline-ready ]' "uninstall leaves nothing"
check '! pkgutil --pkgs | grep -q org.offlineready' "the package receipt is gone"
