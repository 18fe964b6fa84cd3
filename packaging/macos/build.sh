#!/usr/bin/env bash
# Builds dist/OfflineReady-VERSION.pkg on macOS: "Offline Ready.app" (PyInstaller), then a component
# package (pkgbuild) wrapped in a product archive (productbuild) that MDM and `installer` accept.
# Signing-ready: with APP_SIGN_IDENTITY ("Developer ID Application: …") the app is signed with the
# hardened runtime, with PKG_SIGN_IDENTITY ("Developer ID Installer: …") the package is signed;
# without them the app gets an ad-hoc signature and the package is unsigned (fine for testing,
# refused by Gatekeeper on users' Macs). Notarize the signed .pkg with `xcrun notarytool submit`.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
WORK=build/macos
rm -rf "$WORK" && mkdir -p "$WORK/root/Applications" dist
python3 -m pip install --disable-pip-version-check -q "pyinstaller>=6.10" .
python3 packaging/render_icons.py macos/OfflineReady.icns
pyinstaller --noconfirm --clean --distpath "$WORK/pyinstaller" --workpath "$WORK/work" \
  packaging/pyinstaller/offline-ready.spec
APP="$WORK/root/Applications/Offline Ready.app"
cp -R "$WORK/pyinstaller/Offline Ready.app" "$APP"
# The admin policy folders and the login item for every user.
install -d -m 755 "$WORK/root/Library/Application Support/OfflineReady/policies/recommended" \
  "$WORK/root/Library/Application Support/OfflineReady/policies/managed"
install -d -m 755 "$WORK/root/Library/LaunchAgents"
install -m 644 packaging/macos/org.offlineready.OfflineReady.plist "$WORK/root/Library/LaunchAgents/"
if [ -n "${APP_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$APP_SIGN_IDENTITY" "$APP"
else
  codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"
pkgbuild --root "$WORK/root" --identifier org.offlineready.OfflineReady --version "$VERSION" \
  --scripts packaging/macos/scripts --install-location / --ownership recommended \
  --component-plist packaging/macos/components.plist "$WORK/OfflineReady-component.pkg"
sign=()
[ -n "${PKG_SIGN_IDENTITY:-}" ] && sign=(--sign "$PKG_SIGN_IDENTITY" --timestamp)
productbuild --distribution packaging/macos/distribution.xml --package-path "$WORK" \
  --version "$VERSION" "${sign[@]}" "dist/OfflineReady-$VERSION.pkg"
echo "dist/OfflineReady-$VERSION.pkg"
