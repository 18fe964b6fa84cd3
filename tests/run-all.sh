#!/usr/bin/env bash
# The README's test command: installs what the tests need (apt and pip), then runs the whole suite.
# Needs root: the end-to-end tests build network namespaces with real unbound, nsd and nginx.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/dev-setup.sh
# the installed command, run away from the checkout
(cd / && "$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/offline-ready" --version)
ruff check desktop tests benchmarks
python3 -m pytest "$@"
