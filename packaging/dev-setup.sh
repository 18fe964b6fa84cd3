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
  # the accessibility bus a screen reader listens on (state changes announced from real windows)
  at-spi2-core
  libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1 libdbus-1-3
  fonts-dejavu-core
  # a real HTTP proxy for the proxy tests (run in the foreground from the tests' own config)
  tinyproxy
  # WPAD by DHCP option 252: a DHCP server (dnsmasq, no service) and client (ISC dhclient) in the lab
  dnsmasq-base isc-dhcp-client
  # a proxy that asks for NTLM sign-in (squid with its ntlm_fake_auth helper, run from the tests' config)
  squid
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
# Install without starting anything: Debian's maintainer scripts start (and enable) the services they
# ship unless /usr/sbin/policy-rc.d says no (exit 101 = "action forbidden", invoke-rc.d(8)). Ours is in
# place only during this install; an existing one is put back untouched afterwards. The machine's own
# unbound, nsd or nginx, if it runs one, is never stopped or disabled: the tests run their own copies,
# from their own configuration, inside network namespaces.
install_without_starting() {
  local policy=/usr/sbin/policy-rc.d saved=""
  if [ -e "$policy" ] || [ -L "$policy" ]; then
    saved=$(mktemp /usr/sbin/.policy-rc.d.saved.XXXXXX)
    mv -f "$policy" "$saved"
  fi
  # shellcheck disable=SC2064  # the paths are fixed now, on purpose
  trap "rm -f '$policy'; [ -z '$saved' ] || mv -f '$saved' '$policy'" EXIT
  printf '#!/bin/sh\n# Offline Ready dev-setup: no service starts during this package install\nexit 101\n' > "$policy"
  chmod 0755 "$policy"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "$@"
  rm -f "$policy"
  [ -z "$saved" ] || mv -f "$saved" "$policy"
  trap - EXIT
}

if [ ${#missing[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  install_without_starting "${missing[@]}"
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

# Fleet reporting tests: Debian's VictoriaMetrics (victoria-metrics, vmalert) and Prometheus' promtool,
# unpacked, never installed: the packages would start (and enable) system services. The tests run
# them on loopback from their own temporary folders.
for pkg_bin in victoria-metrics:victoria-metrics prometheus:promtool; do
  pkg=${pkg_bin%%:*} bin=${pkg_bin#*:}
  PKG_CACHE=${OFFLINE_READY_TEST_CACHE:-/var/cache/offline-ready-tests}/$pkg
  if [ ! -x "$PKG_CACHE/root/usr/bin/$bin" ]; then
    mkdir -p "$PKG_CACHE"
    (cd "$PKG_CACHE" && { apt-get download -qq "$pkg" 2>/dev/null \
        || { apt-get update -qq && apt-get download -qq "$pkg"; }; } \
     && dpkg-deb -x "$(ls "${pkg}"_*.deb | tail -n 1)" root && rm -f "${pkg}"_*.deb)
  fi
done

# Nothing is stopped or disabled here: the tests' unbound, nsd and nginx run from their own
# configuration in their own network namespaces, beside whatever this machine runs.

# Installed as users install it, not editable (an editable install hides files missing from the
# package); the tests import this checkout's own desktop/ first, and tests/install builds the
# sdist and wheel from a clean checkout and installs the wheel into a fresh virtual environment.
python3 -m pip install -q --disable-pip-version-check ".[test,bench]"
