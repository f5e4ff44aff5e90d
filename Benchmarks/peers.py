#!/usr/bin/env python3
"""The peers of issue 20's targets (Benchmarks/compare.sh, part "targets"), on gen.py data.

Usage: peers.py OP DATA/N [--runs R]
  polars-load        polars' multi-threaded CSV reader on nodes.csv + edges.csv, timed inside Python
                     (interpreter start and import excluded): the loader to beat.
  networkit-pairs    a whole networkit script, as a user with 100 pairs runs it: read the CSVs with
                     polars, hand the edges to networkit (GraphFromCoo), then a shortest path (with
                     the path itself: BidirectionalBFS storePred) for every pair of queries.csv.
                     Timed from outside, as a process; prints the lengths so they can be checked.
  networkit-structure  networkit's parallel label propagation (PLP) and BiconnectedComponents on the
                     undirected graph, timed inside Python (load excluded).
Prints one JSON object: median and runs (seconds) and the answers to check.
"""
import json, os, statistics, sys, time


def read_polars(folder):
    import polars as pl
    nodes = pl.read_csv(os.path.join(folder, "nodes.csv"))
    edges = pl.read_csv(os.path.join(folder, "edges.csv"))
    return nodes, edges


def undirected_graph(folder):
    import networkit as nk
    import numpy as np
    nodes, edges = read_polars(folder)
    n = nodes.height
    src = edges["source"].to_numpy().astype(np.uint64)
    tgt = edges["target"].to_numpy().astype(np.uint64)
    g = nk.GraphFromCoo((np.ones(len(src)), (src, tgt)), n=n, directed=False, weighted=False)
    g.removeMultiEdges()
    g.removeSelfLoops()
    return g


def queries(folder):
    with open(os.path.join(folder, "queries.csv")) as f:
        next(f)
        return [tuple(int(x) for x in line.split(",")) for line in f if line.strip()]


def polars_load(folder, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        nodes, edges = read_polars(folder)
        times.append(time.perf_counter() - t)
        rows = (nodes.height, edges.height)
        del nodes, edges
    return {"median": statistics.median(times), "runs": times, "rows": rows}


def networkit_pairs(folder):
    import networkit as nk
    g = undirected_graph(folder)
    lengths = []
    for s, t, _ in queries(folder):
        bfs = nk.distance.BidirectionalBFS(g, s, t, storePred=True)
        bfs.run()
        d = bfs.getDistance()
        lengths.append(len(bfs.getPath()) + 1 if s != t and d < g.numberOfNodes() else (0 if s == t else -1))
    expected = [e for _, _, e in queries(folder)]
    return {"lengths": lengths, "mismatches": sum(1 for a, b in zip(lengths, expected) if a != b)}


def networkit_structure(folder, runs):
    import networkit as nk
    g = undirected_graph(folder)
    result = {"threads": nk.getMaxNumberOfThreads()}
    for name, make in [("plp", lambda: nk.community.PLP(g)), ("biconnected", lambda: nk.components.BiconnectedComponents(g))]:
        times = []
        for _ in range(runs):
            algorithm = make()
            t = time.perf_counter()
            algorithm.run()
            times.append(time.perf_counter() - t)
        result[name] = {"median": statistics.median(times), "runs": times}
        if name == "plp":
            result["plp_communities"] = algorithm.getPartition().numberOfSubsets()
        else:
            result["biconnected_components"] = algorithm.numberOfComponents()
    result["median"] = result["plp"]["median"] + result["biconnected"]["median"]
    return result


def main():
    op, folder = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    if op == "polars-load":
        record = polars_load(folder, runs)
    elif op == "networkit-pairs":
        record = networkit_pairs(folder)
    elif op == "networkit-structure":
        record = networkit_structure(folder, runs)
    else:
        sys.exit(f"unknown op {op}")
    import importlib
    record["version"] = importlib.import_module(op.split("-")[0]).__version__
    print(json.dumps(record))


if __name__ == "__main__":
    main()
