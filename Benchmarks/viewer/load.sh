#!/usr/bin/env bash
# Bounded loopback load on `relgraph serve`: wrk (Debian's) with 64 connections on 2 threads for
# DURATION seconds per query kind (search, show, path), requests drawn from the benchmark data.
# Reports requests/s and latency percentiles, and the server's peak memory. Not a test.
#
#   Benchmarks/viewer/load.sh RELGRAPH DATA BENCH_DIR [DURATION]
#   e.g. load.sh .build/release/relgraph /tmp/1m.rgs /tmp/relgraph-bench/1000000 15
set -euo pipefail
relgraph=$1 data=$2 bench=$3 duration=${4:-15}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$(dirname "$0")/load_requests.py" "$bench" "$work"
"$relgraph" serve --data "$data" --port 0 > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 600); do grep -q '^serving' "$work/out" 2>/dev/null && break; sleep 0.5; done
base=$(awk '/^serving/ {print $2; exit}' "$work/out")
echo "server $base (pid $server), RSS after start: $(awk '/VmRSS/ {print $2, $3}' /proc/$server/status)"
curl -s -o /dev/null "${base}api/search?q=su%20doan"   # builds the name index once, before timing
for kind in search show path; do
  echo "== $kind: wrk -t2 -c64 -d${duration}s --latency"
  wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency -s "$work/$kind.lua" "$base" | \
    grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|requests in|Socket errors'
done
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$server/status)"
kill -TERM "$server"; wait "$server" && echo "server stopped cleanly on SIGTERM"
