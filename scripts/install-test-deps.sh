#!/usr/bin/env bash
# Installs the Debian packages the integration tests drive (real Kafka clients), only when missing.
# Debian's Python clients install for /usr/bin/python3; a pyenv python3 earlier on PATH does not
# see them, so the tests and this check always name /usr/bin/python3.
set -euo pipefail

PY=/usr/bin/python3
need=()
command -v kcat >/dev/null 2>&1 || need+=(kcat)
# Independent reference implementations the compression tests check our codecs against.
command -v lz4 >/dev/null 2>&1 || need+=(lz4)
command -v zstd >/dev/null 2>&1 || need+=(zstd)
{ [ -x "$PY" ] && "$PY" -c 'import confluent_kafka' >/dev/null 2>&1; } || need+=(python3 python3-confluent-kafka)
{ [ -x "$PY" ] && "$PY" -c 'import kafka' >/dev/null 2>&1; } || need+=(python3-kafka)
# The gateway's browser tests drive this chromium through playwright-core (test/helpers/browser.ts).
[ -x /usr/bin/chromium ] || need+=(chromium)

# shellcheck source=scripts/apt-install-missing.sh
source "$(dirname "$0")/apt-install-missing.sh"
apt_install_missing install-test-deps "${need[@]}"
