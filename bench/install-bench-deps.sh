#!/usr/bin/env bash
# Installs the Debian packages the bench needs, only when missing: a C compiler and librdkafka's
# headers for the load generator (bench/loadgen/loadgen.c), iperf3 for the loopback ceiling.
# perf (linux-perf) is optional and never installed here: `--perf` says so when it is absent.
set -euo pipefail

need=()
command -v cc >/dev/null 2>&1 || need+=(gcc libc6-dev)
[ -f /usr/include/librdkafka/rdkafka.h ] && [ -f /usr/include/librdkafka/rdkafka_mock.h ] || need+=(librdkafka-dev)
command -v iperf3 >/dev/null 2>&1 || need+=(iperf3)

if [ ${#need[@]} -eq 0 ]; then
  echo "install-bench-deps: cc, librdkafka-dev and iperf3 are present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-bench-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
