#!/usr/bin/env bash
# Installs everything the test suite needs on a Debian/Ubuntu machine (run as root).
# Used by tests/run-all.sh and so by CI; idempotent and quick on a machine that has it all.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # real servers for the end-to-end tests, run inside network namespaces
  unbound nsd nginx-light nftables iproute2 procps psmisc
  libnetfilter-queue-dev libnfnetlink-dev
  # network lab: NFQUEUE rules (xtables target; nft's own queue needs NFT_QUEUE), unbound's python module
  iptables python3-unbound
  # Qt under a virtual display with a tray host, notifications and a real keyring
  xvfb icewm x11-utils xdotool imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
  libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1 libdbus-1-3
  fonts-dejavu-core
  # packaging checks
  desktop-file-utils appstream
  # Linux packages (packaging/build.sh): the .deb with Debian's tooling, lintian, a clean Debian root
  # for the install test, Debian's python3 with venv for the .deb's environment and the bundle
  build-essential debhelper dpkg-dev lintian debootstrap python3-venv python3-argparse-manpage man-db
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# systemd-resolved for the backup-DNS tests runs from an unpacked copy inside private namespaces:
# installing the package would take over this machine's /etc/resolv.conf.
RESOLVED_CACHE=${OFFLINE_READY_TEST_CACHE:-/var/cache/offline-ready-tests}/systemd-resolved
if [ ! -x "$RESOLVED_CACHE/root/lib/systemd/systemd-resolved" ]; then
  mkdir -p "$RESOLVED_CACHE"
  (cd "$RESOLVED_CACHE" && { apt-get download -qq systemd-resolved 2>/dev/null \
      || { apt-get update -qq && apt-get download -qq systemd-resolved; }; } \
   && dpkg -x "$(ls systemd-resolved_*.deb | tail -n 1)" root)
fi

# The packaged services must not run on the host: the tests start their own copies in namespaces.
for svc in unbound nsd nginx; do
  (systemctl disable --now "$svc" || service "$svc" stop || true) >/dev/null 2>&1
done

python3 -m pip install -q --disable-pip-version-check -e ".[test,bench]"
