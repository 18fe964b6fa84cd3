#!/usr/bin/env bash
# Builds Offline Ready's Linux deliverables into dist/:
#   python  the sdist and the wheel (pip, pipx)
#   deb     a .deb for Debian/Ubuntu built by dpkg-buildpackage from the sdist, checked by lintian
#   bundle  offline-ready-VERSION-linux-x86_64.tar.gz: a PyInstaller folder that needs no Python
# With no argument it builds all three. Run packaging/dev-setup.sh first for the tools.
# Windows and macOS packages are built on their own runners (.github/workflows/packages.yml).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
DIST=$ROOT/dist
WORK=$DIST/.build
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(python deb bundle)
mkdir -p "$DIST" "$WORK"
export PIP_DISABLE_PIP_VERSION_CHECK=1
# Reproducible timestamps inside the archives: the last commit's time when there is a git checkout.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

python_built=
build_python() {
  [ -z "$python_built" ] || return 0
  python_built=1
  rm -f "$DIST"/offline_ready-"$VERSION"*.whl "$DIST"/offline_ready-"$VERSION".tar.gz
  python3 -m build --sdist --wheel --outdir "$DIST" . >"$WORK/python.log" 2>&1 \
    || { tail -n 30 "$WORK/python.log"; exit 1; }
  echo "dist/offline_ready-$VERSION.tar.gz"
  echo "dist/offline_ready-$VERSION-py3-none-any.whl"
}

build_deb() {
  local sdist=$DIST/offline_ready-$VERSION.tar.gz src=$WORK/deb/offline-ready-$VERSION
  build_python >/dev/null  # the .deb is built from this checkout's sdist, never an older one
  rm -rf "$WORK/deb" && mkdir -p "$WORK/deb"
  tar -xzf "$sdist" -C "$WORK/deb"
  mv "$WORK/deb/offline_ready-$VERSION" "$src"
  cp -r packaging/debian "$src/debian"
  cat >"$src/debian/changelog" <<EOF
offline-ready ($VERSION) unstable; urgency=medium

  * Release $VERSION.

 -- Offline Ready contributors <maintainers@offlineready.org>  $(date -R -u -d "@$SOURCE_DATE_EPOCH")
EOF
  (cd "$src" && dpkg-buildpackage -b -us -uc) >"$WORK/deb.log" 2>&1 || { tail -n 40 "$WORK/deb.log"; exit 1; }
  local deb
  deb=$(ls "$WORK"/deb/offline-ready_"$VERSION"_*.deb)
  mv "$deb" "$DIST/"
  deb=$DIST/$(basename "$deb")
  # Errors fail the build; the overrides in packaging/debian say why each one is accepted.
  lintian --fail-on error "$deb" \
    >"$WORK/lintian.log" 2>&1 || { cat "$WORK/lintian.log"; exit 1; }
  echo "dist/$(basename "$deb")"
}

build_bundle() {
  local venv=$WORK/bundle-venv name=offline-ready-$VERSION-linux-x86_64
  # Debian's python3 (a shared libpython, as PyInstaller needs) in a build environment kept between runs.
  if [ ! -x "$venv/bin/pyinstaller" ] || ! cmp -s pyproject.toml "$venv/pyproject.toml"; then
    rm -rf "$venv"
    /usr/bin/python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q "pyinstaller>=6.10" . >"$WORK/bundle-venv.log" 2>&1 \
      || { tail -n 30 "$WORK/bundle-venv.log"; exit 1; }
    cp pyproject.toml "$venv/pyproject.toml"
  else
    "$venv/bin/python" -m pip install -q --no-deps --force-reinstall . >"$WORK/bundle-venv.log" 2>&1 \
      || { tail -n 30 "$WORK/bundle-venv.log"; exit 1; }
  fi
  rm -rf "$WORK/bundle" "$DIST/$name.tar.gz"
  "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$WORK/bundle" \
    --workpath "$WORK/pyinstaller" packaging/pyinstaller/offline-ready.spec >"$WORK/bundle.log" 2>&1 \
    || { tail -n 40 "$WORK/bundle.log"; exit 1; }
  mv "$WORK/bundle/offline-ready" "$WORK/bundle/$name"
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$WORK/bundle" -czf "$DIST/$name.tar.gz" "$name"
  echo "dist/$name.tar.gz"
}

for t in "${targets[@]}"; do
  case "$t" in
    python) build_python ;;
    deb) build_deb ;;
    bundle) build_bundle ;;
    *) echo "usage: packaging/build.sh [python] [deb] [bundle]" >&2; exit 2 ;;
  esac
done
