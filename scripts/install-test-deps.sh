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

if [ ${#need[@]} -eq 0 ]; then
  echo "install-test-deps: kcat, lz4, zstd, confluent-kafka and kafka-python are present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-test-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
