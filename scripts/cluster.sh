#!/usr/bin/env bash
# Starts the example three-node KRaft cluster of config/cluster/ on localhost (clients:
# localhost:9092,localhost:9094,localhost:9096). The first run formats ./data/cluster/node{1,2,3}
# with one new cluster id; later runs reuse them. Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
runnel=(node dist/src/cli/runnel.js)
id_file=data/cluster/cluster.id
mkdir -p data/cluster
[[ -s $id_file ]] || "${runnel[@]}" storage random-uuid > "$id_file"
cluster_id=$(cat "$id_file")
for i in 1 2 3; do
  "${runnel[@]}" storage format -t "$cluster_id" -c "config/cluster/node$i.properties" --ignore-formatted > /dev/null
done
pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop INT TERM
for i in 1 2 3; do
  node --initial-old-space-size=128 dist/src/cli/runnel.js server-start "config/cluster/node$i.properties" > "data/cluster/node$i.log" 2>&1 &
  pids+=($!)
done
echo "cluster $cluster_id starting: logs in data/cluster/node{1,2,3}.log"
echo "try: node dist/src/cli/runnel.js metadata-quorum --bootstrap-server localhost:9092 describe --status"
wait
