#!/usr/bin/env bash
# relgraph against networkx, igraph, rustworkx and networkit on ../shared/bench/gen.py data, in one
# session, and the ratio table written into the "Scale" section of Benchmarks/README.md.
#
#   Benchmarks/compare.sh [SIZE ...]          (default: 10000 100000 1000000)
#   PARTS=targets Benchmarks/compare.sh       issue 20's targets only ("Performance II": targets.py)
#
# Environment: DATA (generated graphs, default /tmp/relgraph-scale-bench), VENV (the peers'
# virtualenv, default /tmp/anchors), SHARED (default: ../shared beside the clone), RUN (scratch and
# raw results, default /tmp/relgraph-scale-run), PARTS ("scale targets" by default: the Scale table,
# then the Performance II table, each written between its own markers in README.md).
#
# What runs, per size (anchors.py times the peers; ScaleBench times relgraph the same way):
#   10,000     every operation, exact betweenness included (networkx without it: about ten minutes)
#   100,000    load, shortest paths, components, PageRank, degree
#   1,000,000  the same, networkx skipped (tens of minutes to load and rank; it is not the reference
#              for any target), and rustworkx's shortest paths (a one-sided Dijkstra per pair, minutes)
# plus, at 1,000,000, the real CLI under /usr/bin/time: stats on the CSV, snapshot, then stats,
# path, centrality (PageRank) and structure on the snapshot. Times on this shared machine drift from run to run: only ratios within one run count.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${SHARED:-$(cd "$root/.." && pwd)/shared}
data=${DATA:-/tmp/relgraph-scale-bench}
venv=${VENV:-/tmp/anchors}
run=${RUN:-/tmp/relgraph-scale-run}
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
parts=${PARTS:-scale targets}
# The targets need the 100,000 (betweenness) and 1,000,000 graphs whatever the sizes.
data_sizes=("${sizes[@]}")
[[ $parts == *targets* ]] && data_sizes+=(100000 1000000)

[ -x /usr/bin/time ] || { echo "compare.sh needs GNU time (apt-get install time)" >&2; exit 69; }
[ -f "$shared/bench/gen.py" ] || { echo "no $shared/bench/gen.py (set SHARED)" >&2; exit 66; }
mkdir -p "$data" "$run"

step() { printf '%s  %s\n' "$(date -u +%T)" "$*" >&2; }

# 1. Data: generated into a scratch folder and moved into place whole, so that a reader (or another
#    run) never sees a half-written graph; gen.py writes meta.json last.
for size in $(printf '%s\n' "${data_sizes[@]}" | sort -un); do
  if [ ! -f "$data/$size/meta.json" ]; then
    step "generating $size entities (1,000,000 takes about five minutes)"
    scratch=$(mktemp -d "$data/.gen-$size-XXXX")
    python3 "$shared/bench/gen.py" --sizes "$size" --out "$scratch" > /dev/null
    rm -rf "${data:?}/$size"
    mv "$scratch/$size" "$data/$size"
    rmdir "$scratch"
  fi
done

# 2. The peers.
if ! "$venv/bin/python" -c 'import networkx, igraph, rustworkx, networkit, scipy, numpy, polars' 2> /dev/null; then
  step "installing the peers into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet networkx igraph rustworkx networkit scipy numpy polars
fi
cp "$shared/bench/anchors.py" "$run/anchors.py"
ln -sfn "$data" "$run/data"

# 3. relgraph, release builds only. SwiftPM keeps the dependency's file list in the nested package's
#    build plan: dropping the plan makes it see files added to the root package since.
step "building relgraph and ScaleBench (release)"
# relgraph as `make build` makes it (the Swift runtime linked in: the Makefile says why).
(cd "$root" && swift build -c release --static-swift-stdlib 2>&1 | tail -1) >&2
rm -f "$here/.build/release.yaml"
(cd "$here" && swift build -c release 2>&1 | tail -1) >&2
bench="$here/.build/release/ScaleBench"
relgraph="$root/.build/release/relgraph"

# 4. One session.
if [[ $parts == *scale* ]]; then
{ date -u +%FT%TZ; uptime; } > "$run/session.txt"
for size in "${sizes[@]}"; do
  if [ "$size" -le 10000 ]; then ops=sp,cc,pagerank,betweenness,degree; else ops=load,sp,cc,pagerank,degree; fi
  step "relgraph $size ($ops)"
  "$bench" "$data/$size" --ops "$ops" > "$run/relgraph-$size.json"
  for lib in networkx igraph rustworkx networkit; do
    libops=$ops
    if [ "$lib" = networkx ]; then
      [ "$size" -gt 100000 ] && continue
      libops=${ops/betweenness,/}
    fi
    # rustworkx finds each path by a one-sided Dijkstra: 100 of them take minutes at 1,000,000.
    if [ "$lib" = rustworkx ] && [ "$size" -gt 100000 ]; then libops=${libops/sp,/}; fi
    step "$lib $size ($libops)"
    "$venv/bin/python" "$run/anchors.py" --size "$size" --lib "$lib" --ops "$libops" \
      --out "$run/$lib-$size.json" > /dev/null 2> "$run/$lib-$size.err" || step "$lib $size failed: see $run/$lib-$size.err"
  done
  if [ "$size" -ge 1000000 ]; then
    step "relgraph $size: snapshot and the CLI"
    "$bench" "$data/$size" --ops snapshot > "$run/relgraph-$size-snapshot.json"
    /usr/bin/time -v "$relgraph" stats --data "$data/$size" > /dev/null 2> "$run/cli-stats-csv-$size.txt"
    /usr/bin/time -v "$relgraph" snapshot --data "$data/$size" -o "$run/$size.rgs" > /dev/null 2> "$run/cli-snapshot-$size.txt"
    /usr/bin/time -v "$relgraph" stats --data "$run/$size.rgs" > /dev/null 2> "$run/cli-stats-rgs-$size.txt"
    read -r source target _ < <(sed -n 2p "$data/$size/queries.csv" | tr , ' ')
    /usr/bin/time -v "$relgraph" path "$source" "$target" --data "$run/$size.rgs" > /dev/null 2> "$run/cli-path-rgs-$size.txt"
    /usr/bin/time -v "$relgraph" centrality --measure pagerank --data "$run/$size.rgs" > /dev/null 2> "$run/cli-pagerank-rgs-$size.txt"
    /usr/bin/time -v "$relgraph" structure --data "$run/$size.rgs" > /dev/null 2> "$run/cli-structure-rgs-$size.txt"
    rm -f "$run/$size.rgs"
  fi
done
{ uptime; date -u +%FT%TZ; } >> "$run/session.txt"

# 5. The table, into the README between its markers.
step "writing the Scale section of $here/README.md"
python3 "$here/scale_table.py" "$run" "$here/README.md" "${sizes[@]}"
fi

# 6. Issue 20's targets against the strongest peers (polars' reader, networkit's scripts, PLP and
#    biconnected components, igraph's sampled betweenness), in a session of their own.
if [[ $parts == *targets* ]]; then
  step "Performance II targets (about five minutes)"
  "$venv/bin/python" "$here/targets.py" --relgraph "$relgraph" --bench "$bench" --data "$data" --run "$run" \
    --readme "$here/README.md"
fi
