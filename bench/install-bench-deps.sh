#!/usr/bin/env bash
# Installs the Debian packages the bench needs, only when missing: a C compiler and librdkafka's
# headers for the load generator (bench/loadgen/loadgen.c), iperf3 for the loopback ceiling.
# perf (linux-perf) is optional and never installed here: `--perf` says so when it is absent.
set -euo pipefail

need=()
command -v cc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -f /usr/include/librdkafka/rdkafka.h ] && [ -f /usr/include/librdkafka/rdkafka_mock.h ] || need+=(librdkafka-dev)
command -v iperf3 >/dev/null 2>&1 || need+=(iperf3)

# shellcheck source=scripts/apt-install-missing.sh
source "$(dirname "$0")/../scripts/apt-install-missing.sh"
apt_install_missing install-bench-deps "${need[@]}"
